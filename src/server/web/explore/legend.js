/* The legend: one entry for every encoding in use (node size, node colour by year or by
   cluster, edge polarity and dashed model labels, similarity links, the pinned seed, a path),
   rebuilt whenever the encodings or the network change, from the same scales as the map. */
/* global window, document */
(function () {
  'use strict';
  var X = window.EvidenceGraphExplorer;
  var E = X.encodings;
  var h = window.EvidenceGraphDom.h;
  var box = document.getElementById('legend');

  function swatch(colour, cls) {
    return h('span', { class: 'swatch ' + (cls || ''), style: { background: colour } }, []);
  }

  function item(children) {
    return h('li', {}, children);
  }

  function draw(info) {
    var s = X.state;
    var items = [];
    items.push(
      item([
        h('strong', {}, ['Size: ']),
        E.SIZES[s.size] + (s.size === 'fixed' ? '' : ' (larger = more)'),
      ]),
    );
    if (s.colour === 'year') {
      var y = info.years;
      items.push(
        item([
          h('strong', {}, ['Colour: ']),
          'year ',
          y ? String(y.lo) : '',
          swatch(E.yearColour(y && y.lo, y), 'dot'),
          h('span', { class: 'ramp', 'aria-hidden': 'true' }, []),
          swatch(E.yearColour(y && y.hi, y), 'dot'),
          y ? String(y.hi) : '',
          ' · grey: no year',
        ]),
      );
    } else {
      var c = X.model.clusters;
      var counts = {};
      Object.keys(X.model.papers).forEach(function (id) {
        var n = c ? c.community[id] : null;
        counts[n] = (counts[n] || 0) + 1;
      });
      var parts = [h('strong', {}, ['Colour: ']), 'cluster (Louvain, network on screen) '];
      Object.keys(counts)
        .filter((k) => k !== 'null' && k !== 'undefined')
        .sort((a, b) => a - b)
        .slice(0, 10)
        .forEach(function (k) {
          parts.push(
            swatch(E.clusterColour(Number(k)), 'dot'),
            h('span', { class: 'cluster-key' }, [String(Number(k) + 1) + ' (' + counts[k] + ')']),
          );
        });
      items.push(item(parts));
    }
    if (s.layout === 'similarity') {
      items.push(
        item([
          h('strong', {}, ['Links: ']),
          swatch('#6a8caf', 'dotted'),
          'similar papers (co-cited or sharing references; shorter = more shared)',
        ]),
      );
    } else {
      items.push(
        item([
          h('strong', {}, ['Edges (citing → cited): ']),
          swatch(E.POLARITY.SUPPORTING),
          'supporting',
          swatch(E.POLARITY.CONTRASTING),
          'contrasting',
          swatch(E.POLARITY.MENTIONING),
          'mentioning',
          swatch(E.POLARITY.UNCLASSIFIED),
          'unclassified / no statement',
          swatch('none', 'dashed'),
          'dashed: polarity from the classifier only',
        ]),
      );
    }
    items.push(item([swatch('none', 'seed'), s.pin ? 'seed (pinned, diamond)' : 'seed']));
    if (X.state.path) items.push(item([swatch('#6a1b9a'), 'citation path']));
    box.replaceChildren(h('ul', {}, items));
  }

  X.on('encoded', draw);
})();
