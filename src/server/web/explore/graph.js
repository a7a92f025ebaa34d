/* The map: the model of the papers and citations on screen (filled from citationNetwork, grown
   by expansions, cut by removals), its Cytoscape.js view, the three layouts and the encodings
   applied to nodes. Emits 'hover' and 'select' with a paper id when the pointer or a tap does
   something in the graph; other files answer those (list.js, panel.js). */
/* global window, document, cytoscape, performance */
(function () {
  'use strict';
  var X = window.EvidenceGraphExplorer;
  var E = X.encodings;
  var model = (X.model = { papers: {}, edges: {}, seed: null, similar: null, clusters: null });
  var cy = null;

  function paperOf(n) {
    var p = n.paper;
    return {
      id: p.id,
      title: p.title,
      year: p.year,
      doi: p.doi,
      citations: p.tally ? p.tally.citingPapers : 0,
      references: p.tally ? p.tally.references : 0,
      score: n.score || 0,
      depth: n.depth === undefined ? 1 : n.depth,
    };
  }
  var edgeKey = (s, t) => s + '\u2192' + t;

  /** Adds the papers and citations of a citationNetwork answer; returns the ids it added. */
  function merge(network) {
    var added = [];
    network.nodes.forEach(function (n) {
      if (model.papers[n.paper.id]) return;
      model.papers[n.paper.id] = paperOf(n);
      added.push(n.paper.id);
    });
    network.edges.forEach(function (e) {
      if (model.papers[e.source] && model.papers[e.target])
        model.edges[edgeKey(e.source, e.target)] = e;
    });
    return added;
  }

  function reset(seed) {
    model.papers = {};
    model.edges = {};
    model.similar = null;
    model.clusters = null;
    model.seed = seed;
  }

  function remove(id) {
    delete model.papers[id];
    Object.keys(model.edges).forEach(function (k) {
      var e = model.edges[k];
      if (e.source === id || e.target === id) delete model.edges[k];
    });
  }

  /** In-map citations: how often the papers on screen cite each paper. */
  function countInMap() {
    Object.keys(model.papers).forEach(function (id) {
      model.papers[id].inMap = 0;
    });
    Object.keys(model.edges).forEach(function (k) {
      var e = model.edges[k];
      if (e.kind !== 'similar') model.papers[e.target].inMap += 1;
    });
  }

  function label(p) {
    var t = p.title.length > 40 ? p.title.slice(0, 38) + '…' : p.title;
    return t + (p.year ? ' (' + p.year + ')' : '');
  }

  function edgeData(k, e) {
    var d = { id: k, source: e.source, target: e.target };
    Object.keys(e).forEach(function (f) {
      d[f] = e[f];
    });
    d.colour =
      e.kind === 'similar' ? '#6a8caf' : E.POLARITY[e.dominantPolarity] || E.POLARITY.UNCLASSIFIED;
    d.weight = e.weight || 1;
    return d;
  }

  var STYLE = [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(colour)',
        'border-width': 1,
        'border-color': '#555',
        label: 'data(label)',
        'font-size': 9,
        'min-zoomed-font-size': 5,
        color: '#333',
      },
    },
    { selector: 'node.seed', style: { 'border-width': 4, 'border-color': '#f9a825' } },
    { selector: 'node.pinned', style: { shape: 'round-diamond' } },
    {
      selector: 'node.hovered',
      style: { 'border-width': 4, 'border-color': '#ff6f00', 'z-index': 10 },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 5, 'border-color': '#000', 'z-index': 11 },
    },
    {
      selector: 'edge',
      style: {
        width: 'mapData(weight, 1, 10, 1.5, 6)',
        'line-color': 'data(colour)',
        'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'triangle',
        'curve-style': 'straight',
        opacity: 0.8,
      },
    },
    // A polarity only the classifier gave (no source, no curator) is drawn dashed.
    { selector: 'edge[?modelPolarity]', style: { 'line-style': 'dashed' } },
    {
      selector: 'edge[kind = "similar"]',
      style: { 'target-arrow-shape': 'none', 'line-style': 'dotted' },
    },
    { selector: '.faded', style: { opacity: 0.15 } },
    {
      selector: 'node.on-path',
      style: { 'border-width': 5, 'border-color': '#6a1b9a', opacity: 1 },
    },
    {
      selector: 'edge.on-path',
      style: { width: 6, 'line-color': '#6a1b9a', 'target-arrow-color': '#6a1b9a', opacity: 1 },
    },
  ];

  /** Big maps draw edges as haystacks (straight, no arrowheads): several times faster. */
  function edgeShape() {
    var big = cy.edges().length > 3000;
    cy.style()
      .selector('edge[kind != "similar"]')
      .style({
        'curve-style': big ? 'haystack' : 'straight',
        'target-arrow-shape': big ? 'none' : 'triangle',
      })
      .update();
    model.haystack = big;
  }

  function create() {
    cy = X.cy = cytoscape({
      container: document.getElementById('cy'),
      style: STYLE,
      maxZoom: 2.5,
      minZoom: 0.02,
      // Keeps panning and zooming smooth with thousands of elements.
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      pixelRatio: 1,
    });
    cy.on('mouseover', 'node', (evt) => X.emit('hover', evt.target.id()));
    cy.on('mouseout', 'node', () => X.emit('hover', null));
    cy.on('tap', 'node', (evt) => X.emit('select', evt.target.id()));
    cy.on('mouseover', 'edge', (evt) =>
      X.emit('edgehover', { edge: evt.target, event: evt.originalEvent }),
    );
    cy.on('mouseout', 'edge', () => X.emit('edgehover', null));
    cy.on('viewport', () => X.emit('viewport'));
    return cy;
  }

  /** Cytoscape elements in step with the model: missing ones added, gone ones removed. */
  function sync() {
    if (!cy) create();
    countInMap();
    var wanted = {};
    var add = [];
    Object.keys(model.papers).forEach(function (id) {
      wanted[id] = true;
      var p = model.papers[id];
      if (cy.getElementById(id).empty())
        add.push({
          group: 'nodes',
          data: { id: id, label: label(p), title: p.title, year: p.year, depth: p.depth },
        });
    });
    Object.keys(model.edges).forEach(function (k) {
      wanted[k] = true;
      if (cy.getElementById(k).empty())
        add.push({ group: 'edges', data: edgeData(k, model.edges[k]) });
    });
    cy.batch(function () {
      cy.elements()
        .filter((el) => !wanted[el.id()])
        .remove();
      cy.add(add);
    });
    edgeShape();
  }

  /** Size and colour of every node from the current encodings. */
  function encode() {
    var s = X.state;
    var ids = Object.keys(model.papers);
    var papers = ids.map((id) => model.papers[id]);
    var max = {
      score: Math.max.apply(null, papers.map((p) => p.score).concat(0)),
      citations: Math.max.apply(null, papers.map((p) => p.citations).concat(0)),
    };
    var years = E.range(papers.map((p) => p.year));
    cy.batch(function () {
      papers.forEach(function (p) {
        var n = cy.getElementById(p.id);
        var cluster = model.clusters ? model.clusters.community[p.id] : null;
        n.data('size', E.nodeSize(p, s.size, max));
        n.data(
          'colour',
          s.colour === 'cluster' ? E.clusterColour(cluster) : E.yearColour(p.year, years),
        );
        n.data('cluster', cluster);
        n.toggleClass('seed', p.id === model.seed);
        n.toggleClass('pinned', p.id === model.seed && s.pin);
      });
    });
    X.emit('encoded', { years: years, max: max });
  }

  /** Zoom and pan so that every position is in view (with room for labels), at most 1.2×. */
  function fitTo(pos) {
    var xs = [];
    var ys = [];
    Object.keys(pos).forEach(function (id) {
      xs.push(pos[id].x);
      ys.push(pos[id].y);
    });
    var box = E.range(xs);
    var boy = E.range(ys);
    if (!box) return;
    // Room on the left and at the bottom for the axes' tick labels (axes.js).
    var pad = { left: 80, right: 40, top: 60, bottom: 50 };
    var w = cy.width() - pad.left - pad.right;
    var h = cy.height() - pad.top - pad.bottom;
    var zoom = Math.min(1.2, w / Math.max(1, box.hi - box.lo), h / Math.max(1, boy.hi - boy.lo));
    cy.viewport({
      zoom: zoom,
      pan: {
        x: pad.left + w / 2 - (zoom * (box.lo + box.hi)) / 2,
        y: pad.top + h / 2 - (zoom * (boy.lo + boy.hi)) / 2,
      },
    });
  }

  // Past this many papers the force layout runs on the server (ForceAtlas2, Barnes–Hut):
  // CoSE here costs n² a step and froze the page for tens of seconds at 2,000.
  var BIG_FORCE = 300;

  /** ForceAtlas2 positions from POST /explore/layout; placed papers stay put on expansion. */
  function serverForce(around) {
    var s = X.state;
    var c = around ? cy.getElementById(around).position() : null;
    var nodes = cy.nodes().map(function (n, i) {
      var o = { id: n.id() };
      if (around && !n.data('fresh')) Object.assign(o, n.position(), { fixed: true });
      else if (around) Object.assign(o, { x: c.x + 60 * Math.cos(i), y: c.y + 60 * Math.sin(i) });
      if (s.pin && o.id === model.seed && !around) Object.assign(o, { x: 0, y: 0, fixed: true });
      return o;
    });
    var edges = Object.keys(model.edges).map(function (k) {
      var e = model.edges[k];
      return { source: e.source, target: e.target, weight: e.weight || 1 };
    });
    return X.queries.layout(nodes, edges).then(function (r) {
      var pos = r.positions;
      if (!around) {
        // ForceAtlas2's units are its own: spread the map to about 60 px a paper across.
        var xs = E.range(Object.keys(pos).map((id) => pos[id].x));
        var ys = E.range(Object.keys(pos).map((id) => pos[id].y));
        var span = Math.max(1, xs.hi - xs.lo, ys.hi - ys.lo);
        var k = (60 * Math.sqrt(nodes.length)) / span;
        Object.keys(pos).forEach((id) => (pos[id] = { x: pos[id].x * k, y: pos[id].y * k }));
      }
      cy.batch(() => cy.nodes().forEach((n) => pos[n.id()] && n.position(pos[n.id()])));
      if (!around) fitTo(pos);
    });
  }

  function cose(around) {
    var s = X.state;
    var seedNode = cy.getElementById(model.seed);
    var fresh = around ? cy.nodes().filter((n) => n.data('fresh')) : cy.nodes();
    if (around) {
      var c = cy.getElementById(around).position();
      fresh.forEach(function (n, i) {
        var a = (2 * Math.PI * i) / fresh.length;
        n.position({ x: c.x + 120 * Math.cos(a), y: c.y + 120 * Math.sin(a) });
      });
      cy.nodes().difference(fresh).lock();
    } else {
      cy.nodes().forEach(function (n, i) {
        var a = (2 * Math.PI * i) / cy.nodes().length;
        n.position({ x: 400 * Math.cos(a), y: 400 * Math.sin(a) });
      });
    }
    if (s.pin && seedNode.nonempty()) {
      if (!around) seedNode.position({ x: 0, y: 0 });
      seedNode.lock();
    }
    cy.layout({
      name: 'cose',
      randomize: false,
      animate: false,
      fit: !around,
      padding: 40,
      numIter: 1000,
      idealEdgeLength: (e) =>
        e.data('kind') === 'similar' ? 220 / Math.sqrt(e.data('weight')) : 90,
      nodeRepulsion: () => 8000,
    }).run();
    cy.nodes().unlock();
    // A small map fitted to the view would be drawn huge.
    if (!around && cy.zoom() > 1.2) {
      cy.zoom(1.2);
      cy.center();
    }
  }

  /** Runs the layout of the state; `around` (an expanded paper) keeps the others in place.
      Resolves when the nodes have their positions. */
  function layout(around) {
    var s = X.state;
    var papers = Object.keys(model.papers).map((id) => model.papers[id]);
    var done;
    model.axis = null;
    if (s.layout === 'axis') {
      model.axis = E.axisPositions(papers, s.y, { w: cy.width(), h: cy.height() });
      cy.nodes().unlock();
      // Positions set in one batch and the viewport fitted from them: a preset layout with
      // fit measures every edge and label first, seconds at 2,000 papers and 10,000 citations.
      var pos = model.axis.positions;
      cy.batch(() => cy.nodes().forEach((n) => n.position(pos[n.id()])));
      if (!around) fitTo(pos);
      done = Promise.resolve();
    } else if (cy.nodes().length > BIG_FORCE) {
      done = serverForce(around);
    } else {
      cose(around);
      done = Promise.resolve();
    }
    return done.then(function () {
      cy.nodes().removeData('fresh');
      X.emit('laidout', model.axis);
    });
  }

  /** Redraws the model: elements, encodings, layout. `opts.around` (an expanded paper) keeps
      the other papers where they are; `opts.keep` keeps every position (after a removal) except
      in the axis layout, whose positions follow from the data. */
  function draw(opts) {
    opts = opts || {};
    // Where the time of a draw goes (bench/explorer-render.ts reads it).
    var t = (X.timings = { start: performance.now() });
    sync();
    t.sync = performance.now();
    if (opts.around && model.freshIds) {
      Object.keys(model.freshIds).forEach((id) => cy.getElementById(id).data('fresh', true));
    }
    encode();
    t.encode = performance.now();
    var laid =
      !opts.keep || X.state.layout === 'axis'
        ? layout(opts.around)
        : Promise.resolve(X.emit('laidout', model.axis));
    return laid.then(function () {
      t.layout = performance.now();
      var drawn = new Promise(function (resolve) {
        cy.one('render', function () {
          X.drawnAt = performance.now();
          X.emit('drawn');
          resolve();
        });
      });
      cy.forceRender();
      return drawn;
    });
  }

  function highlightPath(ids) {
    cy.elements().removeClass('on-path faded');
    if (!ids) return;
    var on = cy.collection();
    ids.forEach(function (id, i) {
      on = on.union(cy.getElementById(id));
      if (i > 0) on = on.union(cy.getElementById(edgeKey(ids[i - 1], id)));
    });
    cy.elements().difference(on).addClass('faded');
    on.addClass('on-path');
  }

  X.graph = {
    reset: reset,
    merge: merge,
    remove: remove,
    draw: draw,
    encode: encode,
    layout: layout,
    highlightPath: highlightPath,
    edgeKey: edgeKey,
    markFresh: function (ids) {
      model.freshIds = {};
      ids.forEach((id) => (model.freshIds[id] = true));
    },
  };
})();
