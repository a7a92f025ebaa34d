/* Evidence dashboard: filters, the heatmap table and the detail panel of a cell. */
/* global document, window */
(function () {
  'use strict';
  // gql() and h() come from /assets/shared/dom.js, loaded first.
  var gql = window.EvidenceGraphDom.gql;
  var h = window.EvidenceGraphDom.h;
  var form = document.getElementById('filters');
  var mapBox = document.getElementById('map');
  var detail = document.getElementById('detail');

  var POOLED =
    'pooled { measure method knappHartung basis poolable reason k estimate se ciLower ciUpper ' +
    'z p tau2 i2 h2 q qDf qP predictionLower predictionUpper direction }';
  var MAP_QUERY =
    'query($where: EvidenceWhere, $method: PoolingMethod, $rollUp: Boolean) {' +
    ' evidenceMap(where: $where, method: $method, rollUp: $rollUp) {' +
    ' interventions { id name parent { id } } outcomes { id name domain }' +
    ' cells { intervention { id } outcome { id } studies reviews machineTaggedPapers lowerIsBetter papers(first: 100) { id }' +
    ' direction { favoursIntervention favoursControl noDifference unknown }' +
    ' statements { supporting mentioning contrasting unclassified } ' +
    POOLED +
    ' } } }';
  var CELL_QUERY =
    'query($where: EvidenceWhere, $method: PoolingMethod, $rollUp: Boolean) {' +
    ' evidenceMap(where: $where, method: $method, rollUp: $rollUp) { cells {' +
    ' intervention { id name } outcome { id name } studies reviews machineTaggedPapers ' +
    POOLED +
    ' effects { yi vi ciLower ciUpper direction included weight reason measure' +
    '   finding { id timepoint note paper { id title year } } }' +
    ' statementList(first: 50) { id text polarity section citing { id title year } cited { id title } }' +
    ' papers(first: 50) { id title year publicationTypes } } } }';

  function state() {
    var f = new window.FormData(form);
    var where = {};
    if (f.get('domain')) where.domains = [f.get('domain')];
    if (f.get('population')) where.populations = [f.get('population')];
    if (f.get('setting')) where.settings = [f.get('setting')];
    if (f.get('yearFrom')) where.yearFrom = Number(f.get('yearFrom'));
    if (f.get('yearTo')) where.yearTo = Number(f.get('yearTo'));
    return { where: where, method: f.get('method') || 'REML', rollUp: f.get('rollUp') === 'on' };
  }

  // Diverging colour: blue favours the intervention, orange the control; stronger when
  // the effect is larger and its CI excludes no difference; white when nothing is pooled.
  function colour(cell) {
    var p = cell.pooled;
    if (p.estimate === null) return '#ffffff';
    var better =
      p.direction === 'FAVOURS_INTERVENTION' ||
      (p.direction !== 'FAVOURS_CONTROL' && p.estimate > 0 !== cell.lowerIsBetter);
    var size = Math.min(Math.abs(p.estimate) / 0.8, 1);
    var decisive = p.direction === 'FAVOURS_INTERVENTION' || p.direction === 'FAVOURS_CONTROL';
    var alpha = (decisive ? 0.45 : 0.12) + size * (decisive ? 0.55 : 0.2);
    return better
      ? 'rgba(33,102,172,' + alpha.toFixed(2) + ')'
      : 'rgba(214,96,30,' + alpha.toFixed(2) + ')';
  }

  function describe(cell, i, o) {
    var p = cell.pooled;
    var effect =
      p.estimate === null
        ? 'no pooled effect'
        : (p.poolable ? 'pooled ' : 'single ') +
          p.measure +
          ' ' +
          p.estimate.toFixed(2) +
          ' (' +
          p.ciLower.toFixed(2) +
          ' to ' +
          p.ciUpper.toFixed(2) +
          '), ' +
          p.direction.toLowerCase().replace(/_/g, ' ');
    return (
      i.name +
      ' × ' +
      o.name +
      ': ' +
      cell.studies +
      ' studies, ' +
      cell.reviews +
      ' reviews, ' +
      machineTagged(cell) +
      effect +
      ', ' +
      cell.statements.contrasting +
      ' contrasting statements'
    );
  }

  // How many of the cell's papers only the concept tagger placed there (TAGGER links).
  function machineTagged(cell) {
    return cell.machineTaggedPapers ? cell.machineTaggedPapers + ' machine-tagged, ' : '';
  }

  function renderMap(data) {
    var map = data.evidenceMap;
    var cells = {};
    map.cells.forEach(function (c) {
      cells[c.intervention.id + '|' + c.outcome.id] = c;
    });
    var depth = {};
    map.interventions.forEach(function (i) {
      depth[i.id] = i.parent && depth[i.parent.id] !== undefined ? depth[i.parent.id] + 1 : 0;
    });
    var head = h(
      'tr',
      {},
      [h('th', { scope: 'col' }, ['Intervention \\ outcome'])].concat(
        map.outcomes.map(function (o) {
          return h('th', { scope: 'col', class: 'col', title: o.name }, [h('span', {}, [o.name])]);
        }),
      ),
    );
    var body = map.interventions.map(function (i) {
      return h(
        'tr',
        {},
        [
          h('th', { scope: 'row', style: { paddingLeft: 4 + depth[i.id] * 12 + 'px' } }, [i.name]),
        ].concat(
          map.outcomes.map(function (o) {
            var c = cells[i.id + '|' + o.id];
            if (!c) return h('td', { class: 'empty' }, []);
            var n = c.papers.length;
            var d = Math.round(10 + Math.min(Math.sqrt(n) * 6, 20));
            var dot = h(
              'span',
              {
                class: 'dot',
                style: { width: d + 'px', height: d + 'px', background: colour(c) },
              },
              [String(n)],
            );
            var kids = [dot];
            if (c.statements.contrasting > 0) kids.push(h('span', { class: 'badge' }, ['!']));
            var b = h(
              'button',
              {
                type: 'button',
                class: 'cell',
                'data-i': i.id,
                'data-o': o.id,
                'aria-label': describe(c, i, o),
              },
              kids,
            );
            b.addEventListener('click', function () {
              select(i.id, o.id, b);
            });
            return h('td', {}, [b]);
          }),
        ),
      );
    });
    var table = h('table', { class: 'heatmap' }, [
      h('caption', {}, [
        map.cells.length +
          ' cells: ' +
          map.interventions.length +
          ' interventions × ' +
          map.outcomes.length +
          ' outcomes',
      ]),
      h('thead', {}, [head]),
      h('tbody', {}, body),
    ]);
    mapBox.replaceChildren(table);
  }

  function select(i, o, button) {
    document.querySelectorAll('button.cell[aria-pressed]').forEach(function (b) {
      b.removeAttribute('aria-pressed');
    });
    button.setAttribute('aria-pressed', 'true');
    var s = state();
    var where = Object.assign({}, s.where, { interventions: [i], outcomes: [o] });
    detail.replaceChildren(h('p', { role: 'status' }, ['Loading…']));
    gql(CELL_QUERY, { where: where, method: s.method, rollUp: s.rollUp })
      .then(function (data) {
        var cell = data.evidenceMap.cells.filter(function (c) {
          return c.intervention.id === i && c.outcome.id === o;
        })[0];
        if (cell) renderDetail(cell);
      })
      .catch(showError(detail));
  }

  function renderDetail(cell) {
    var statements = cell.statementList.map(function (st) {
      return h('li', { class: 'statement ' + st.polarity.toLowerCase() }, [
        h('strong', {}, [st.polarity.toLowerCase()]),
        ' · ' + st.section.toLowerCase() + ' · ',
        h('cite', {}, [
          (st.citing.title || st.citing.id) + (st.citing.year ? ' (' + st.citing.year + ')' : ''),
        ]),
        h('blockquote', {}, [st.text]),
      ]);
    });
    var papers = cell.papers.map(function (p) {
      return h('li', {}, [
        (p.title || p.id) +
          (p.year ? ' (' + p.year + ')' : '') +
          (p.publicationTypes.length ? ' — ' + p.publicationTypes.join(', ') : ''),
      ]);
    });
    detail.replaceChildren(
      h('h2', {}, [cell.intervention.name + ' × ' + cell.outcome.name]),
      h('p', {}, [
        cell.studies +
          ' studies, ' +
          cell.reviews +
          ' reviews, ' +
          machineTagged(cell) +
          cell.effects.length +
          ' findings' +
          (cell.pooled.measure ? ' · measure ' + cell.pooled.measure : ''),
      ]),
      window.EvidenceForest.forestPlot(cell),
      h('p', { class: 'heterogeneity' }, [window.EvidenceForest.heterogeneityText(cell.pooled)]),
      h('h3', {}, ['Statements about this pair (' + statements.length + ')']),
      statements.length
        ? h('ul', { class: 'statements' }, statements)
        : h('p', {}, ['None in this graph.']),
      h('h3', {}, ['Papers']),
      h('ul', { class: 'papers' }, papers),
    );
  }

  function showError(box) {
    return function (err) {
      box.replaceChildren(h('p', { role: 'alert', class: 'error' }, [String(err.message || err)]));
    };
  }

  function load() {
    var s = state();
    gql(MAP_QUERY, s).then(renderMap).catch(showError(mapBox));
  }

  function fillOptions() {
    return gql('{ populations { id name } settings { id name } }', {}).then(function (data) {
      [
        ['population', data.populations],
        ['setting', data.settings],
      ].forEach(function (pair) {
        var select = form.elements[pair[0]];
        pair[1].forEach(function (c) {
          select.appendChild(h('option', { value: c.id }, [c.name]));
        });
      });
    });
  }

  form.addEventListener('change', load);
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    load();
  });
  fillOptions()
    .catch(function () {})
    .then(load);
})();
