/* Citation network explorer: search, the network view (Cytoscape.js), filters, the statements
   panel of a clicked paper and download links for the current view. Plain ES5, no build step.
   Tests read window.__explorer (the Cytoscape instance and the loaded seed). */
/* global document, window, cytoscape, URLSearchParams */
(function () {
  'use strict';
  // gql() and h() come from /assets/shared/dom.js, loaded first.
  var gql = window.EvidenceGraphDom.gql;
  var h = window.EvidenceGraphDom.h;
  var filters = document.getElementById('filters');
  var statusLine = document.getElementById('status');
  var panel = document.getElementById('panel');
  var results = document.getElementById('results');
  var explorer = (window.__explorer = { cy: null, seed: null, loads: 0, error: null });

  var COLOURS = {
    SUPPORTING: '#2e7d32',
    CONTRASTING: '#c62828',
    MENTIONING: '#757575',
    UNCLASSIFIED: '#cfcfcf',
  };
  var NETWORK_QUERY =
    'query($seeds: [ID!]!, $depth: Int, $direction: Direction, $where: NetworkWhere, $limit: Int) {' +
    ' citationNetwork(seeds: $seeds, depth: $depth, direction: $direction, where: $where, limit: $limit) {' +
    ' truncated nodes { depth inDegree outDegree score paper { id title year doi } }' +
    ' edges { source target statementCount supporting mentioning contrasting unclassified dominantPolarity modelPolarity weight } } }';
  var SEARCH_QUERY =
    'query($text: String!) { search(text: $text, first: 15) { edges { node {' +
    ' __typename ... on Paper { id title year } ... on Statement { citing { id title year } } } } } }';
  var STATEMENTS_QUERY =
    'query($about: StatementWhere, $by: StatementWhere) {' +
    ' about: statements(where: $about, first: 50) { totalCount edges { node {' +
    '   id text section polarity confidence citing { id title year } } } }' +
    ' by: statements(where: $by, first: 50) { totalCount edges { node {' +
    '   id text section polarity confidence cited { id title year } } } } }';

  function say(text, isError) {
    statusLine.textContent = text;
    statusLine.className = isError ? 'error' : '';
  }

  /** The form's filters as GraphQL variables (null where not set). */
  function options() {
    var form = new window.FormData(filters);
    var num = function (name) {
      var v = form.get(name);
      return v === null || v === '' ? null : Number(v);
    };
    var where = {};
    var polarity = form.getAll('polarity');
    if (polarity.length) where.polarity = polarity;
    if (form.get('section')) where.section = [form.get('section')];
    if (num('minConfidence') !== null) where.minConfidence = num('minConfidence');
    if (num('yearFrom') !== null) where.yearFrom = num('yearFrom');
    if (num('yearTo') !== null) where.yearTo = num('yearTo');
    return {
      depth: num('depth') || 1,
      direction: form.get('direction') || 'BOTH',
      where: where,
      limit: num('limit') || 200,
    };
  }

  /** Query string of /export/network.* for the current seed and filters. */
  function exportQuery(seed, o) {
    var q = new URLSearchParams();
    q.append('seed', seed);
    q.append('depth', String(o.depth));
    q.append('direction', o.direction);
    q.append('limit', String(o.limit));
    Object.keys(o.where).forEach(function (k) {
      var v = o.where[k];
      q.append(k, Array.isArray(v) ? v.join(',') : String(v));
    });
    return q.toString();
  }

  function setDownloads(seed, o) {
    var q = exportQuery(seed, o);
    var links = {
      'dl-graphml': 'graphml',
      'dl-gexf': 'gexf',
      'dl-json': 'json',
      'dl-csv-nodes': 'csv',
      'dl-csv-edges': 'csv',
    };
    Object.keys(links).forEach(function (id) {
      var part = id === 'dl-csv-edges' ? '&part=edges' : id === 'dl-csv-nodes' ? '&part=nodes' : '';
      document
        .getElementById(id)
        .setAttribute('href', '/export/network.' + links[id] + '?' + q + part);
    });
    document.getElementById('downloads').hidden = false;
  }

  function label(paper) {
    var t = paper.title.length > 40 ? paper.title.slice(0, 38) + '…' : paper.title;
    return t + (paper.year ? ' (' + paper.year + ')' : '');
  }

  function elements(network) {
    var max = network.nodes.reduce(function (m, n) {
      return Math.max(m, n.score);
    }, 0);
    var nodes = network.nodes.map(function (n) {
      return {
        data: {
          id: n.paper.id,
          label: label(n.paper),
          title: n.paper.title,
          year: n.paper.year,
          doi: n.paper.doi,
          depth: n.depth,
          score: n.score,
          size: 18 + 52 * Math.sqrt(max > 0 ? n.score / max : 0),
        },
      };
    });
    var edges = network.edges.map(function (e, i) {
      var d = { id: 'e' + i, colour: COLOURS[e.dominantPolarity] || COLOURS.UNCLASSIFIED };
      Object.keys(e).forEach(function (k) {
        d[k] = e[k];
      });
      return { data: d };
    });
    return nodes.concat(edges);
  }

  function draw(network, seed) {
    if (explorer.cy) explorer.cy.destroy();
    explorer.cy = cytoscape({
      container: document.getElementById('cy'),
      elements: elements(network),
      maxZoom: 1.6,
      style: [
        {
          selector: 'node',
          style: {
            width: 'data(size)',
            height: 'data(size)',
            'background-color': '#4a6fa5',
            label: 'data(label)',
            'font-size': 9,
            'text-wrap': 'ellipsis',
            'text-max-width': 140,
            color: '#333',
          },
        },
        { selector: 'node[depth = 0]', style: { 'background-color': '#f9a825' } },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#000' } },
        {
          selector: 'edge',
          style: {
            width: 'mapData(weight, 1, 10, 1.5, 6)',
            'line-color': 'data(colour)',
            'target-arrow-color': 'data(colour)',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
          },
        },
        // A polarity only the classifier gave (no source, no curator) is drawn dashed.
        { selector: 'edge[?modelPolarity]', style: { 'line-style': 'dashed' } },
      ],
      layout: {
        name: 'concentric',
        concentric: function (node) {
          return 10 - node.data('depth');
        },
        levelWidth: function () {
          return 1;
        },
        minNodeSpacing: 20,
        animate: false,
      },
    });
    explorer.cy.on('tap', 'node', function (evt) {
      showStatements(evt.target.id());
    });
    explorer.seed = seed;
    explorer.loads += 1;
  }

  function loadSeed(seed) {
    var o = options();
    say('Loading the network around ' + seed + '…');
    explorer.error = null;
    return gql(NETWORK_QUERY, {
      seeds: [seed],
      depth: o.depth,
      direction: o.direction,
      where: o.where,
      limit: o.limit,
    })
      .then(function (data) {
        var n = data.citationNetwork;
        if (n.nodes.length === 0) {
          say('No paper found for ' + seed + '.', true);
          return;
        }
        draw(n, seed);
        setDownloads(seed, o);
        say(
          n.nodes.length +
            ' papers, ' +
            n.edges.length +
            ' citations' +
            (n.truncated ? ' (truncated to the closest, most cited papers)' : '') +
            '. Click a paper to see its statements.',
        );
        var url = new URL(window.location.href);
        url.searchParams.set('seed', seed);
        window.history.replaceState(null, '', url.toString());
      })
      .catch(function (e) {
        explorer.error = e.message;
        say('Could not load the network: ' + e.message, true);
      });
  }

  function statementList(title, conn, other) {
    var items = conn.edges.map(function (e) {
      var s = e.node;
      var p = s[other];
      return h('li', { class: 'statement ' + s.polarity }, [
        h('q', {}, [s.text]),
        h('div', { class: 'meta' }, [
          s.polarity.toLowerCase() +
            ' · ' +
            s.section.toLowerCase() +
            (s.confidence != null ? ' · confidence ' + s.confidence : '') +
            ' · ' +
            (other === 'citing' ? 'by ' : 'about ') +
            p.title +
            (p.year ? ' (' + p.year + ')' : ''),
        ]),
      ]);
    });
    var body = items.length ? h('ul', { class: 'statements' }, items) : h('p', {}, ['None.']);
    return [h('h3', {}, [title + ' (' + conn.totalCount + ')']), body];
  }

  function showStatements(id) {
    var o = options();
    var base = {};
    ['polarity', 'section', 'minConfidence'].forEach(function (k) {
      if (o.where[k] !== undefined) base[k] = o.where[k];
    });
    var about = Object.assign({ cited: id }, base);
    var by = Object.assign({ citing: id }, base);
    var node = explorer.cy && explorer.cy.getElementById(id);
    panel.replaceChildren(h('p', {}, ['Loading statements…']));
    return gql(STATEMENTS_QUERY, { about: about, by: by })
      .then(function (data) {
        var head = [h('h2', {}, [node ? node.data('title') : id])];
        if (node && node.data('doi')) head.push(h('p', {}, ['DOI ' + node.data('doi')]));
        var seedButton = h('button', { type: 'button' }, ['Centre the network on this paper']);
        seedButton.addEventListener('click', function () {
          loadSeed(id);
        });
        head.push(seedButton);
        panel.replaceChildren.apply(
          panel,
          head
            .concat(statementList('Statements about this paper', data.about, 'citing'))
            .concat(statementList('Statements this paper makes', data.by, 'cited')),
        );
      })
      .catch(function (e) {
        panel.replaceChildren(
          h('p', { class: 'error' }, ['Could not load statements: ' + e.message]),
        );
      });
  }
  explorer.select = showStatements;
  // The hook of the harvest panel (harvest.js): show a network once its DOI is harvested.
  explorer.loadSeed = loadSeed;

  document.getElementById('search').addEventListener('submit', function (evt) {
    evt.preventDefault();
    var text = document.getElementById('search-text').value.trim();
    if (!text) return;
    results.replaceChildren(h('li', {}, ['Searching…']));
    gql(SEARCH_QUERY, { text: text })
      .then(function (data) {
        var seen = {};
        var items = [];
        data.search.edges.forEach(function (e) {
          var p = e.node.__typename === 'Paper' ? e.node : e.node.citing;
          if (!p || seen[p.id]) return;
          seen[p.id] = true;
          var b = h('button', { type: 'button' }, [label(p)]);
          b.addEventListener('click', function () {
            loadSeed(p.id);
          });
          items.push(h('li', {}, [b]));
        });
        results.replaceChildren.apply(results, items.length ? items : [h('li', {}, ['No match.'])]);
      })
      .catch(function (e) {
        results.replaceChildren(h('li', {}, ['Search failed: ' + e.message]));
      });
  });

  filters.addEventListener('submit', function (evt) {
    evt.preventDefault();
    if (explorer.seed) loadSeed(explorer.seed);
  });

  var initial = new URLSearchParams(window.location.search).get('seed');
  if (initial) loadSeed(initial);
})();
