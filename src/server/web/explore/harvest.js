/* The explorer's harvest panel: a signed-in curator (a bearer token, kept for this tab only)
   harvests a DOI the graph does not hold yet through startHarvest, follows the job with
   harvestJob, then shows the DOI's network. Its own module, loaded after explore.js: it puts
   its controls in the page's #explore-tools and shows the harvested paper through the
   explorer's extension API (window.EvidenceGraphExplorer.reseed), so the explorer can be
   reworked without it. Plain ES5, no build step. Tests read window.__harvest. */
/* global document, window, URLSearchParams */
(function () {
  'use strict';
  var gql = window.EvidenceGraphDom.gql;
  var h = window.EvidenceGraphDom.h;
  var tools = document.getElementById('explore-tools');
  var explorer = window.EvidenceGraphExplorer;
  if (!tools || !explorer) return;
  var root = h('div', { id: 'harvest' }, []);
  tools.appendChild(root);
  var state = (window.__harvest = { job: null, error: null });
  var START = 'mutation($input: HarvestInput!) { startHarvest(input: $input) { id status dois } }';
  var JOB =
    'query($id: ID!) { harvestJob(id: $id) { status phase done failed errors { source reason }' +
    ' counts { reached papers citations statements fullTexts } } }';
  var TOKEN_KEY = 'evidence-graph.token';

  var doi = h('input', { id: 'harvest-doi', type: 'text', placeholder: '10.xxxx/...', size: '28' });
  var token = h('input', { id: 'harvest-token', type: 'password', placeholder: 'curator token' });
  var depth = h('select', { id: 'harvest-depth' }, [
    h('option', { value: '1' }, ['1']),
    h('option', { value: '0' }, ['0']),
    h('option', { value: '2' }, ['2']),
  ]);
  var fulltext = h('input', { id: 'harvest-fulltext', type: 'checkbox' });
  var start = h('button', { type: 'submit' }, ['Harvest']);
  var status = h('p', { id: 'harvest-status', role: 'status' }, []);
  var form = h('form', { id: 'harvest-form', 'aria-label': 'Harvest a DOI' }, [
    h('label', {}, ['DOI ', doi]),
    h('label', {}, [' Token ', token]),
    h('label', {}, [' Depth ', depth]),
    h('label', {}, [' ', fulltext, ' open full texts']),
    ' ',
    start,
  ]);
  root.replaceChildren(
    h('details', {}, [
      h('summary', {}, ['Harvest a DOI not in the graph (curators)']),
      form,
      status,
    ]),
  );
  token.value = window.sessionStorage.getItem(TOKEN_KEY) || '';
  var seed = new URLSearchParams(window.location.search).get('seed');
  if (seed && /^(https?:\/\/(dx\.)?doi\.org\/)?10\.\d+\//i.test(seed)) doi.value = seed;

  function say(text, isError) {
    status.textContent = text;
    status.className = isError ? 'error' : '';
  }

  function headers() {
    return token.value ? { authorization: 'Bearer ' + token.value.trim() } : {};
  }

  function follow(id, target) {
    return gql(JOB, { id: id }, headers()).then(function (data) {
      var job = data.harvestJob;
      state.job = job;
      if (!job.done) {
        say('Harvesting ' + target + ': ' + (job.phase || job.status.toLowerCase()) + '…');
        return new Promise(function (resolve) {
          window.setTimeout(resolve, 1000);
        }).then(function () {
          return follow(id, target);
        });
      }
      var c = job.counts;
      var failures = job.errors
        .map(function (e) {
          return (e.source || 'harvest') + ': ' + e.reason;
        })
        .join('; ');
      say(
        (job.failed ? 'Harvest failed. ' : 'Harvested ' + c.reached + ' works: ') +
          (job.failed
            ? ''
            : c.papers +
              ' papers, ' +
              c.citations +
              ' citations, ' +
              c.statements +
              ' statements added. ') +
          failures,
        job.failed || failures !== '',
      );
      if (!job.failed) explorer.reseed(target);
    });
  }

  form.addEventListener('submit', function (evt) {
    evt.preventDefault();
    var target = doi.value.trim();
    if (!target) return say('Give a DOI.', true);
    window.sessionStorage.setItem(TOKEN_KEY, token.value.trim());
    state.error = null;
    say('Starting the harvest of ' + target + '…');
    var input = { dois: [target], depth: Number(depth.value), fulltext: fulltext.checked };
    gql(START, { input: input }, headers())
      .then(function (data) {
        var job = data.startHarvest;
        return follow(job.id, job.dois[0]);
      })
      .catch(function (e) {
        state.error = e.message;
        say('Could not harvest: ' + e.message, true);
      });
  });
})();
