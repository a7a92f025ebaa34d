/* Citation network explorer, the page's wiring (loaded last): the toolbar and filter forms,
   loading a view from the state (seed network or similarity view, then the expansions, removals,
   clusters, path and selection the URL names), and the answers to the map's events (select,
   hover, expand, remove, reseed, path ends). Tests read window.__explorer.

   Hook for other modules (e.g. a curator's "harvest a DOI" form): pass the script to
   exploreRoutes(endpoint, [{ script }]) so it loads after this one, put controls in
   #explore-tools, and use EvidenceGraphExplorer: reseed(id) shows a paper, reload() redraws
   the view, on('drawn', fn) follows redraws, say(text) writes the status line. */
/* global document, window */
(function () {
  'use strict';
  var X = window.EvidenceGraphExplorer;
  var statusLine = document.getElementById('status');
  var filters = document.getElementById('filters');
  var view = document.getElementById('view');
  var h = window.EvidenceGraphDom.h;
  var explorer = (window.__explorer = { cy: null, seed: null, loads: 0, error: null, X: X });
  var pathEnds = [null, null];

  function say(text, isError) {
    statusLine.textContent = text;
    statusLine.className = isError ? 'error' : '';
  }

  /** The form controls show the state (after a URL load). */
  function showState() {
    var s = X.state;
    ['layout', 'y', 'size', 'colour'].forEach((k) => (view.elements[k].value = s[k]));
    view.elements.pin.checked = s.pin;
    view.elements.y.disabled = s.layout !== 'axis';
    X.FILTERS.forEach(function (k) {
      var v = s.filters[k];
      if (k === 'polarity') {
        var on = (v || '').split(',');
        filters
          .querySelectorAll('input[name="polarity"]')
          .forEach((c) => (c.checked = on.indexOf(c.value) >= 0));
      } else if (filters.elements[k]) {
        var el = filters.elements[k];
        if (v !== undefined) el.value = v;
        else if (el.tagName === 'SELECT') el.selectedIndex = 0;
        else el.value = el.defaultValue;
      }
    });
    document.getElementById('clear-path').hidden = !s.path;
  }

  function readFilters() {
    var form = new window.FormData(filters);
    var f = {};
    X.FILTERS.forEach(function (k) {
      var v = k === 'polarity' ? form.getAll(k).join(',') : form.get(k);
      if (v !== null && v !== '') f[k] = String(v);
    });
    if (f.depth === '1') delete f.depth;
    if (f.direction === 'BOTH') delete f.direction;
    if (f.limit === '200') delete f.limit;
    return f;
  }

  /** Louvain clusters of the network on screen, when the colour encoding needs them. */
  function clusters() {
    if (X.state.colour !== 'cluster') return Promise.resolve();
    var m = X.model;
    var edges = Object.keys(m.edges).map((k) => ({
      source: m.edges[k].source,
      target: m.edges[k].target,
      weight: m.edges[k].weight || 1,
    }));
    return X.queries.communities(Object.keys(m.papers), edges).then((c) => (m.clusters = c));
  }

  function expandInto(id) {
    return X.queries.network([id], X.state.filters, 1).then(function (n) {
      var added = X.graph.merge(n);
      X.graph.markFresh(added);
      X.state.hide = X.state.hide.filter((h) => added.indexOf(h) < 0);
      return added;
    });
  }

  function summary() {
    var m = X.model;
    var n = Object.keys(m.papers).length;
    var e = Object.keys(m.edges).length;
    return X.state.layout === 'similarity'
      ? n + ' papers in the similarity view of ' + m.papers[m.seed].title + '.'
      : n +
          ' papers, ' +
          e +
          ' citations' +
          (m.truncated ? ' (truncated to the closest, most cited papers)' : '') +
          '. Click a paper to see its statements.';
  }

  /** Loads the whole view the state describes. */
  function load() {
    var s = X.state;
    if (!s.seed) return Promise.resolve();
    say('Loading the network around ' + s.seed + '…');
    explorer.error = null;
    X.graph.reset(s.seed);
    var data =
      s.layout === 'similarity'
        ? X.similarity.load(s.seed).then(function (id) {
            if (!id) throw new Error('no paper found for ' + s.seed);
            X.model.seed = id;
          })
        : X.queries.network([s.seed], s.filters).then(function (n) {
            var seedNode = n.nodes.filter((x) => x.depth === 0)[0];
            if (!seedNode) throw new Error('no paper found for ' + s.seed);
            X.model.seed = seedNode.paper.id;
            X.model.truncated = n.truncated;
            X.graph.merge(n);
            return s.expand.reduce(
              (p, id) => p.then(() => (X.model.papers[id] ? expandInto(id) : null)),
              Promise.resolve(),
            );
          });
    return data
      .then(function () {
        s.hide.forEach((id) => id !== X.model.seed && X.graph.remove(id));
        return clusters();
      })
      .then(() => X.graph.draw())
      .then(function () {
        explorer.cy = X.cy;
        explorer.seed = X.model.seed;
        say(summary());
        return s.path ? showPath() : null;
      })
      .then(function () {
        if (s.sel && X.model.papers[s.sel]) select(s.sel);
        X.saveState();
        // Read by bench/explorer-render.ts: the view drawn and its list filled.
        explorer.readyAt = window.performance.now();
        explorer.loads += 1;
      })
      .catch(function (e) {
        explorer.error = e.message;
        say('Could not load the network: ' + e.message, true);
      });
  }

  function select(id) {
    X.state.sel = id;
    X.saveState();
    if (X.cy) {
      X.cy.$(':selected').unselect();
      X.cy.getElementById(id).select();
    }
    X.emit('selected', id);
    return X.panel.show(id);
  }

  /** Redraw after a change of the network on screen (clusters follow it). */
  function redraw(opts) {
    return clusters()
      .then(() => X.graph.draw(opts))
      .then(function () {
        if (X.state.path) X.graph.highlightPath(X.model.path);
        say(summary());
        X.saveState();
        explorer.loads += 1;
      });
  }

  function showPath() {
    var p = X.state.path;
    return X.queries.path(p[0], p[1]).then(function (papers) {
      document.getElementById('clear-path').hidden = false;
      if (!papers) {
        X.model.path = null;
        X.graph.highlightPath(null);
        say('No citation path from ' + p[0] + ' to ' + p[1] + ' (at most 6 citations).', true);
        return;
      }
      var ids = papers.map((x) => x.id);
      var missing = papers.filter((x) => !X.model.papers[x.id]);
      missing.forEach((x) =>
        X.graph.merge({ nodes: [{ paper: x, depth: 2, score: 0 }], edges: [] }),
      );
      ids.forEach(function (id, i) {
        var k = i > 0 && X.graph.edgeKey(ids[i - 1], id);
        if (k && !X.model.edges[k])
          X.model.edges[k] = {
            source: ids[i - 1],
            target: id,
            weight: 1,
            statementCount: 0,
            supporting: 0,
            mentioning: 0,
            contrasting: 0,
            unclassified: 0,
          };
      });
      X.model.path = ids;
      var done = missing.length ? X.graph.draw({ keep: true }) : Promise.resolve();
      return done.then(function () {
        X.graph.highlightPath(ids);
        say(
          'Citation path: ' +
            papers.map((x) => x.title).join(' → ') +
            ' (' +
            (ids.length - 1) +
            ' citations).',
        );
      });
    });
  }

  // The map's events.
  X.on('select', select);
  X.on('hover', function (id) {
    if (!X.cy) return;
    X.cy.nodes('.hovered').removeClass('hovered');
    if (id) X.cy.getElementById(id).addClass('hovered');
  });
  function failed(what) {
    return function (e) {
      explorer.error = e.message;
      say('Could not ' + what + ': ' + e.message, true);
    };
  }

  X.on('expand', function (id) {
    if (X.state.expand.indexOf(id) < 0) X.state.expand.push(id);
    say('Expanding…');
    expandInto(id)
      .then(function (added) {
        return redraw({ around: id }).then(() =>
          say(summary() + ' Expanded: ' + added.length + ' papers added.'),
        );
      })
      .catch(failed('expand the paper'));
  });
  X.on('remove', function (id) {
    if (id === X.model.seed) return;
    X.graph.remove(id);
    if (X.state.hide.indexOf(id) < 0) X.state.hide.push(id);
    if (X.state.sel === id) X.state.sel = null;
    redraw({ keep: true }).catch(failed('remove the paper'));
  });
  X.on('reseed', function (id) {
    Object.assign(X.state, { seed: id, expand: [], hide: [], path: null, sel: id });
    load();
  });
  X.on('pathEnd', function (p) {
    pathEnds[p.end] = p.id;
    if (!pathEnds[0] || !pathEnds[1]) return say('Now choose the other end of the path.');
    X.state.path = pathEnds.slice();
    pathEnds = [null, null];
    showPath().then(X.saveState, failed('find a citation path'));
  });

  // The toolbar: layout and encodings change the view without asking the server for the network
  // again, except the similarity view, which is another network.
  view.addEventListener('change', function (evt) {
    var s = X.state;
    var name = evt.target.name;
    var before = s.layout;
    if (name === 'pin') s.pin = evt.target.checked;
    else s[name] = evt.target.value;
    view.elements.y.disabled = s.layout !== 'axis';
    if (name === 'layout' && (before === 'similarity' || s.layout === 'similarity')) return load();
    if (!X.cy || !s.seed) return X.saveState();
    if (name === 'colour') return redraw({ keep: true }).catch(failed('colour the map'));
    if (name === 'size') {
      X.graph.encode();
      return X.saveState();
    }
    X.graph.encode();
    say('Laying out…');
    X.graph
      .layout()
      .then(function () {
        X.saveState();
        say(summary());
        explorer.loads += 1;
      })
      .catch(failed('lay out the map'));
  });
  document.getElementById('clear-path').addEventListener('click', function () {
    X.state.path = null;
    X.model.path = null;
    X.graph.highlightPath(null);
    this.hidden = true;
    X.saveState();
  });

  filters.addEventListener('submit', function (evt) {
    evt.preventDefault();
    Object.assign(X.state, { filters: readFilters(), expand: [], hide: [], path: null });
    load();
  });

  X.reseed = (id) => X.emit('reseed', id);
  X.reload = load;
  X.say = say;
  X.h = h;

  /** Starts the page from the URL; other modules may call it again after changing the state. */
  X.init = function () {
    showState();
    return load();
  };
  X.init();
})();
