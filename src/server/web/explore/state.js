/* Explorer state and its URL: everything that makes a view (seed, filters, layout, encodings,
   expanded and removed papers, the pinned seed, the path and the selection) lives in the query
   string, so a copied link reproduces the view. Also the page's tiny event bus. Loaded first of
   the explorer's scripts; every other one hangs its part on window.EvidenceGraphExplorer. */
/* global window, URLSearchParams */
(function () {
  'use strict';
  var handlers = {};
  var X = (window.EvidenceGraphExplorer = {
    on: function (name, fn) {
      (handlers[name] = handlers[name] || []).push(fn);
    },
    emit: function (name, value) {
      (handlers[name] || []).forEach(function (fn) {
        fn(value);
      });
    },
  });

  var CHOICES = {
    layout: ['axis', 'force', 'similarity'],
    y: ['citations', 'logCitations', 'references', 'inMap'],
    size: ['citations', 'pagerank', 'fixed'],
    colour: ['year', 'cluster'],
  };
  var FILTERS = [
    'depth',
    'direction',
    'polarity',
    'section',
    'minConfidence',
    'yearFrom',
    'yearTo',
    'limit',
  ];
  var DEFAULTS = { layout: 'axis', y: 'citations', size: 'citations', colour: 'year' };
  var list = function (v) {
    return v ? v.split(',').filter(Boolean) : [];
  };

  /** The state a query string describes; unknown choices fall back to the defaults. */
  function parse(search) {
    var q = new URLSearchParams(search);
    var s = { seed: q.get('seed') || null, filters: {} };
    Object.keys(CHOICES).forEach(function (k) {
      var v = q.get(k);
      s[k] = CHOICES[k].indexOf(v) >= 0 ? v : DEFAULTS[k];
    });
    FILTERS.forEach(function (k) {
      if (q.get(k) !== null && q.get(k) !== '') s.filters[k] = q.get(k);
    });
    s.expand = list(q.get('expand'));
    s.hide = list(q.get('hide'));
    s.pin = q.get('pin') !== '0';
    var path = list(q.get('path'));
    s.path = path.length === 2 ? path : null;
    s.sel = q.get('sel') || null;
    return s;
  }

  /** The query string of a state; defaults are left out to keep links short. */
  function serialise(s) {
    var q = new URLSearchParams();
    if (s.seed) q.set('seed', s.seed);
    FILTERS.forEach(function (k) {
      if (s.filters[k] !== undefined && s.filters[k] !== '') q.set(k, s.filters[k]);
    });
    Object.keys(CHOICES).forEach(function (k) {
      if (s[k] !== DEFAULTS[k]) q.set(k, s[k]);
    });
    if (s.expand.length) q.set('expand', s.expand.join(','));
    if (s.hide.length) q.set('hide', s.hide.join(','));
    if (!s.pin) q.set('pin', '0');
    if (s.path) q.set('path', s.path.join(','));
    if (s.sel) q.set('sel', s.sel);
    return q.toString();
  }

  X.state = parse(window.location.search);
  X.CHOICES = CHOICES;
  X.FILTERS = FILTERS;
  X.parseState = parse;
  X.serialiseState = serialise;
  /** Writes the current state into the address bar (no reload, no history entry per click). */
  X.saveState = function () {
    var q = serialise(X.state);
    window.history.replaceState(null, '', window.location.pathname + (q ? '?' + q : ''));
  };
})();
