/* What the map encodes, as pure functions of the papers on screen: the y measures of the axis
   layout and its positions (x = year, y = measure, higher = more), node size (citations,
   PageRank or fixed), node colour (year on a sequential scale, or Louvain cluster on a
   categorical palette) and the polarity colours of edges. The legend (legend.js) draws the
   same scales, so it cannot disagree with the map. */
/* global window */
(function () {
  'use strict';
  var X = window.EvidenceGraphExplorer;

  var POLARITY = {
    SUPPORTING: '#2e7d32',
    CONTRASTING: '#c62828',
    MENTIONING: '#757575',
    UNCLASSIFIED: '#cfcfcf',
  };
  // Tableau-like categorical palette; clusters past its length reuse it, drawn with a ring.
  var CLUSTER = [
    '#4e79a7',
    '#f28e2b',
    '#59a14f',
    '#b07aa1',
    '#edc948',
    '#76b7b2',
    '#ff9da7',
    '#9c755f',
    '#e15759',
    '#bab0ac',
  ];
  var MEASURES = {
    citations: { label: 'citations in the graph', value: (p) => p.citations },
    logCitations: { label: 'log10(1 + citations)', value: (p) => Math.log10(1 + p.citations) },
    references: { label: 'references in the graph', value: (p) => p.references },
    inMap: { label: 'in-map citations', value: (p) => p.inMap },
  };
  var SIZES = {
    citations: 'citations in the graph',
    pagerank: 'PageRank in this network',
    fixed: 'fixed',
  };

  function range(values) {
    var lo = Infinity;
    var hi = -Infinity;
    values.forEach(function (v) {
      if (v === null || v === undefined || isNaN(v)) return;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    });
    return lo === Infinity ? null : { lo: lo, hi: hi };
  }

  /** Positions of the axis layout: x by year (papers with no year in a column left of the
      oldest), y by `measure`, higher values higher up, scaled to fill a `view` of {w, h}
      pixels at zoom 1. Papers sharing a year and a value are spread sideways within a third
      of a year, so order by year is kept. */
  function axisPositions(papers, measure, view) {
    var m = MEASURES[measure] || MEASURES.citations;
    var years = range(papers.map((p) => p.year));
    var values = range(papers.map(m.value));
    var yearCount = years ? years.hi - years.lo + 1 : 1;
    var X_SPAN = Math.max(24, (view.w - 140) / yearCount); // pixels per year
    var Y_SPAN = Math.max(200, view.h - 120); // pixels from the lowest to the highest value
    var spread = {};
    var pos = {};
    papers.forEach(function (p) {
      var v = m.value(p);
      var year = p.year == null ? (years ? years.lo - 1 : 0) : p.year;
      var key = year + '|' + v;
      var k = (spread[key] = (spread[key] || 0) + 1) - 1;
      var offset = ((k % 7) - 3) * (X_SPAN / 21); // within ±1/7 of a year
      var t = values && values.hi > values.lo ? (v - values.lo) / (values.hi - values.lo) : 0.5;
      pos[p.id] = { x: (year - (years ? years.lo : 0)) * X_SPAN + offset, y: (1 - t) * Y_SPAN };
    });
    return {
      positions: pos,
      years: years,
      values: values,
      measure: m,
      xSpan: X_SPAN,
      ySpan: Y_SPAN,
    };
  }

  /** Year colour: light blue (oldest) to dark blue (newest); grey with no year. */
  function yearColour(year, years) {
    if (year == null || !years) return '#bdbdbd';
    var t = years.hi > years.lo ? (year - years.lo) / (years.hi - years.lo) : 1;
    var from = [198, 219, 239];
    var to = [8, 48, 107];
    var c = from.map(function (f, i) {
      return Math.round(f + (to[i] - f) * t);
    });
    return 'rgb(' + c.join(',') + ')';
  }

  function clusterColour(n) {
    return n == null ? '#bdbdbd' : CLUSTER[n % CLUSTER.length];
  }

  /** Node diameter in pixels for the size encoding. */
  function nodeSize(p, size, max) {
    if (size === 'fixed') return 24;
    var v = size === 'pagerank' ? p.score : p.citations;
    var top = size === 'pagerank' ? max.score : max.citations;
    return 16 + 50 * Math.sqrt(top > 0 ? (v || 0) / top : 0);
  }

  X.encodings = {
    POLARITY: POLARITY,
    MEASURES: MEASURES,
    SIZES: SIZES,
    range: range,
    axisPositions: axisPositions,
    yearColour: yearColour,
    clusterColour: clusterColour,
    nodeSize: nodeSize,
  };
})();
