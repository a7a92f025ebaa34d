/* Evidence dashboard: the forest plot of one cell, drawn as SVG with DOM calls only. */
/* global document, window */
(function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  var ROW = 26;
  var LABEL = 190;
  var PLOT = 240;
  var RIGHT = 150;

  function el(name, attrs, text) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) {
      node.setAttribute(k, String(attrs[k]));
    });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function fmt(x) {
    return x === null || x === undefined ? '–' : Number(x).toFixed(2);
  }

  function label(effect) {
    var f = effect.finding;
    var p = f.paper || {};
    var who = (p.title || p.id || f.id).slice(0, 28);
    return who + (p.year ? ' (' + p.year + ')' : '');
  }

  /** Draws the forest plot of `cell` (effects + pooled) and returns the <svg>. */
  function forestPlot(cell) {
    var effects = cell.effects;
    var pooled = cell.pooled;
    var xs = [0];
    effects.forEach(function (e) {
      if (e.ciLower !== null) xs.push(e.ciLower, e.ciUpper);
      if (e.yi !== null) xs.push(e.yi);
    });
    if (pooled.estimate !== null) xs.push(pooled.ciLower, pooled.ciUpper);
    if (pooled.predictionLower !== null) xs.push(pooled.predictionLower, pooled.predictionUpper);
    var lo = Math.min.apply(null, xs);
    var hi = Math.max.apply(null, xs);
    var pad = (hi - lo || 1) * 0.08;
    lo -= pad;
    hi += pad;
    var x = function (v) {
      return LABEL + ((v - lo) / (hi - lo)) * PLOT;
    };
    var rows = effects.length + (pooled.estimate !== null ? 2 : 1);
    var height = rows * ROW + 40;
    var width = LABEL + PLOT + RIGHT;
    var svg = el('svg', {
      class: 'forest',
      viewBox: '0 0 ' + width + ' ' + height,
      width: width,
      height: height,
      role: 'img',
      'aria-label':
        'Forest plot of ' +
        effects.length +
        ' finding(s)' +
        (pooled.estimate !== null ? ', pooled estimate ' + fmt(pooled.estimate) : ''),
    });
    svg.appendChild(el('line', { x1: x(0), x2: x(0), y1: 8, y2: height - 30, class: 'null-line' }));
    effects.forEach(function (e, i) {
      var y = 20 + i * ROW;
      var g = el('g', { class: 'study' + (e.included ? '' : ' excluded') });
      g.appendChild(el('text', { x: 4, y: y + 4, class: 'label' }, label(e)));
      if (e.yi !== null && e.ciLower !== null) {
        g.appendChild(
          el('line', { x1: x(e.ciLower), x2: x(e.ciUpper), y1: y, y2: y, class: 'ci' }),
        );
        var side = e.weight !== null ? 4 + Math.sqrt(e.weight) * 1.4 : 6;
        g.appendChild(
          el('rect', {
            x: x(e.yi) - side / 2,
            y: y - side / 2,
            width: side,
            height: side,
            class: 'square',
          }),
        );
        var text = fmt(e.yi) + ' [' + fmt(e.ciLower) + ', ' + fmt(e.ciUpper) + ']';
        if (e.weight !== null) text += ' ' + e.weight.toFixed(1) + '%';
        g.appendChild(el('text', { x: LABEL + PLOT + 6, y: y + 4, class: 'value' }, text));
      } else {
        g.appendChild(
          el(
            'text',
            { x: LABEL + 6, y: y + 4, class: 'value' },
            'no effect size: ' + (e.reason || 'no precision'),
          ),
        );
      }
      g.appendChild(el('title', {}, e.finding.id + (e.reason ? ' — ' + e.reason : '')));
      svg.appendChild(g);
    });
    if (pooled.estimate !== null) {
      var py = 20 + (effects.length + 0.5) * ROW;
      if (pooled.predictionLower !== null) {
        svg.appendChild(
          el('line', {
            x1: x(pooled.predictionLower),
            x2: x(pooled.predictionUpper),
            y1: py,
            y2: py,
            class: 'prediction',
          }),
        );
      }
      var d = [
        [x(pooled.ciLower), py],
        [x(pooled.estimate), py - 8],
        [x(pooled.ciUpper), py],
        [x(pooled.estimate), py + 8],
      ];
      svg.appendChild(
        el('polygon', {
          points: d
            .map(function (p) {
              return p.join(',');
            })
            .join(' '),
          class: 'pooled-diamond',
        }),
      );
      var name = pooled.poolable
        ? pooled.method + ' pooled (k = ' + pooled.k + ')'
        : 'single result, not pooled';
      svg.appendChild(el('text', { x: 4, y: py + 4, class: 'label pooled' }, name));
      svg.appendChild(
        el(
          'text',
          { x: LABEL + PLOT + 6, y: py + 4, class: 'value pooled' },
          fmt(pooled.estimate) + ' [' + fmt(pooled.ciLower) + ', ' + fmt(pooled.ciUpper) + ']',
        ),
      );
    }
    var axisY = height - 22;
    svg.appendChild(
      el('line', { x1: LABEL, x2: LABEL + PLOT, y1: axisY, y2: axisY, class: 'axis' }),
    );
    [lo + pad, 0, hi - pad].forEach(function (v) {
      svg.appendChild(el('text', { x: x(v), y: axisY + 14, class: 'tick' }, fmt(v)));
    });
    return svg;
  }

  /** The heterogeneity line: τ², I², Q (df, p) and the prediction interval. */
  function heterogeneityText(pooled) {
    if (!pooled.poolable) return pooled.reason || 'Nothing pooled.';
    var parts = [
      pooled.method + (pooled.knappHartung ? ' (Knapp–Hartung)' : ''),
      'τ² = ' + fmt(pooled.tau2),
      'I² = ' + (pooled.i2 === null ? '–' : pooled.i2.toFixed(1) + '%'),
      'Q = ' +
        fmt(pooled.q) +
        ' (df ' +
        pooled.qDf +
        ', p = ' +
        (pooled.qP === null ? '–' : pooled.qP.toPrecision(2)) +
        ')',
      'prediction interval ' + fmt(pooled.predictionLower) + ' to ' + fmt(pooled.predictionUpper),
    ];
    return parts.join('; ') + (pooled.reason ? '. Note: ' + pooled.reason : '');
  }

  window.EvidenceForest = { forestPlot: forestPlot, heterogeneityText: heterogeneityText };
})();
