/* Downloads of the view: the picture as SVG (written here from the drawn positions, colours and
   sizes: SVG 1.1, one <line> per edge, one <circle> per paper with its title) or PNG (Cytoscape's
   renderer), and the network data as GraphML, GEXF, Cytoscape JSON or CSV through
   /export/network.* with the view's seed and filters. */
/* global window, document, URLSearchParams, Blob */
(function () {
  'use strict';
  var X = window.EvidenceGraphExplorer;

  /** Query string of /export/network.* for the current seed and filters. */
  function exportQuery() {
    var f = X.state.filters;
    var q = new URLSearchParams();
    q.append('seed', X.model.seed);
    q.append('depth', f.depth || '1');
    q.append('direction', f.direction || 'BOTH');
    q.append('limit', f.limit || '200');
    var w = X.queries.networkWhere(f);
    Object.keys(w).forEach(function (k) {
      var v = w[k];
      q.append(k, Array.isArray(v) ? v.join(',') : String(v));
    });
    return q.toString();
  }

  var esc = (s) =>
    String(s).replace(
      /[&<>"]/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
    );

  /** The drawn graph as an SVG document. */
  function svg() {
    var cy = X.cy;
    var bb = cy.elements().boundingBox();
    var pad = 20;
    var out = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="' +
        [bb.x1 - pad, bb.y1 - pad, bb.w + 2 * pad, bb.h + 2 * pad].join(' ') +
        '" width="' +
        Math.round(bb.w + 2 * pad) +
        '" height="' +
        Math.round(bb.h + 2 * pad) +
        '">',
      '<rect x="' +
        (bb.x1 - pad) +
        '" y="' +
        (bb.y1 - pad) +
        '" width="100%" height="100%" fill="#fff"/>',
    ];
    cy.edges().forEach(function (e) {
      var s = e.sourceEndpoint();
      var t = e.targetEndpoint();
      var dash =
        e.style('line-style') === 'dashed'
          ? ' stroke-dasharray="6 4"'
          : e.style('line-style') === 'dotted'
            ? ' stroke-dasharray="2 3"'
            : '';
      out.push(
        '<line x1="' +
          s.x +
          '" y1="' +
          s.y +
          '" x2="' +
          t.x +
          '" y2="' +
          t.y +
          '" stroke="' +
          e.style('line-color') +
          '" stroke-width="' +
          parseFloat(e.style('width')) +
          '"' +
          dash +
          ' opacity="0.8"/>',
      );
    });
    cy.nodes().forEach(function (n) {
      var p = n.position();
      out.push(
        '<circle cx="' +
          p.x +
          '" cy="' +
          p.y +
          '" r="' +
          n.data('size') / 2 +
          '" fill="' +
          n.style('background-color') +
          '" stroke="#555"><title>' +
          esc(n.data('title')) +
          '</title></circle>',
        '<text x="' +
          p.x +
          '" y="' +
          (p.y - n.data('size') / 2 - 3) +
          '" font-size="9" text-anchor="middle" font-family="sans-serif">' +
          esc(n.data('label')) +
          '</text>',
      );
    });
    out.push('</svg>');
    return out.join('\n');
  }

  function save(blob, name) {
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  document.getElementById('dl-svg').addEventListener('click', function () {
    save(new Blob([svg()], { type: 'image/svg+xml' }), 'network.svg');
  });
  document.getElementById('dl-png').addEventListener('click', function () {
    save(X.cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 }), 'network.png');
  });

  function update() {
    var q = exportQuery();
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

  X.on('drawn', update);
  X.downloads = { svg: svg, exportQuery: exportQuery };
})();
