/* The axes of the axis layout: year ticks along the bottom and ticks of the y measure along the
   left, an SVG laid over the graph and redrawn as it pans and zooms. Hidden in the other
   layouts, whose positions mean nothing on their own. */
/* global window, document */
(function () {
  'use strict';
  var X = window.EvidenceGraphExplorer;
  var NS = 'http://www.w3.org/2000/svg';
  var svg = document.getElementById('axes');

  function el(tag, attrs, text) {
    var node = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach((k) => node.setAttribute(k, attrs[k]));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function draw() {
    var axis = X.model.axis;
    svg.replaceChildren();
    // An <svg> has no `hidden` property; display does the same.
    var off = !axis || !X.cy || !axis.years;
    svg.style.display = off ? 'none' : 'block';
    if (off) return;
    var zoom = X.cy.zoom();
    var pan = X.cy.pan();
    var box = svg.getBoundingClientRect();
    var w = box.width;
    var h = box.height;
    var base = axis.years.lo;
    var step = Math.max(1, Math.ceil(60 / (axis.xSpan * zoom)));
    svg.appendChild(el('line', { x1: 0, y1: h - 18, x2: w, y2: h - 18, class: 'axis' }));
    var years = [];
    for (var year = axis.years.lo; year <= axis.years.hi; year += step) years.push(year);
    // The newest year is always labelled: the frontier is what people look for.
    if (years[years.length - 1] !== axis.years.hi) {
      if (axis.years.hi - years[years.length - 1] < step / 2) years.pop();
      years.push(axis.years.hi);
    }
    years.forEach(function (year) {
      var x = (year - base) * axis.xSpan * zoom + pan.x;
      if (x < 0 || x > w) return;
      svg.appendChild(el('line', { x1: x, y1: h - 22, x2: x, y2: h - 14, class: 'axis' }));
      svg.appendChild(el('text', { x: x, y: h - 3, 'text-anchor': 'middle' }, String(year)));
    });
    svg.appendChild(el('line', { x1: 46, y1: 0, x2: 46, y2: h, class: 'axis' }));
    if (axis.values) {
      for (var i = 0; i <= 4; i++) {
        var t = i / 4;
        var v = axis.values.lo + t * (axis.values.hi - axis.values.lo);
        var y = (1 - t) * axis.ySpan * zoom + pan.y;
        if (y < 0 || y > h) continue;
        svg.appendChild(el('line', { x1: 42, y1: y, x2: 50, y2: y, class: 'axis' }));
        svg.appendChild(
          el('text', { x: 40, y: y + 4, 'text-anchor': 'end' }, String(Math.round(v * 10) / 10)),
        );
      }
    }
    svg.appendChild(
      el(
        'text',
        { x: 54, y: 14, class: 'axis-title' },
        '↑ ' + axis.measure.label + ' · → publication year',
      ),
    );
  }

  X.on('laidout', draw);
  X.on('viewport', draw);
})();
