/* Hovering a citation edge shows what the citing paper says: the edge's polarity counts at once,
   then its sentences (statements of citing → cited, fetched once per edge and kept for the page's
   life). Similarity links say how much the two papers share. */
/* global window, document */
(function () {
  'use strict';
  var X = window.EvidenceGraphExplorer;
  var h = window.EvidenceGraphDom.h;
  var tip = document.getElementById('edge-tip');
  var cache = {};
  var current = null;

  function place(evt) {
    var box = document.getElementById('cy').getBoundingClientRect();
    tip.style.left = Math.min(evt.clientX - box.left + 12, box.width - 320) + 'px';
    tip.style.top = evt.clientY - box.top + 12 + 'px';
  }

  function sentences(list) {
    if (!list.edges.length)
      return [h('p', {}, ['No statement: the citation is known from a reference list.'])];
    return [
      h(
        'ul',
        {},
        list.edges.map((e) =>
          h('li', { class: 'statement ' + e.node.polarity }, [
            h('q', {}, [e.node.text]),
            h('div', { class: 'meta' }, [
              e.node.polarity.toLowerCase() +
                ' · ' +
                e.node.section.toLowerCase() +
                (e.node.polaritySource ? ' · label: ' + e.node.polaritySource.toLowerCase() : ''),
            ]),
          ]),
        ),
      ),
    ];
  }

  X.on('edgehover', function (hover) {
    if (!hover) {
      current = null;
      tip.hidden = true;
      return;
    }
    var d = hover.edge.data();
    var s = X.model.papers[d.source];
    var t = X.model.papers[d.target];
    current = d.id;
    if (hover.event) place(hover.event);
    tip.hidden = false;
    if (d.kind === 'similar') {
      tip.replaceChildren(h('p', {}, [s.title + ' and ' + t.title + ' share ' + d.weight + '.']));
      return;
    }
    var head = h('p', { class: 'meta' }, [
      s.title +
        ' → ' +
        t.title +
        ': ' +
        d.statementCount +
        ' statements (' +
        d.supporting +
        ' supporting, ' +
        d.contrasting +
        ' contrasting, ' +
        d.mentioning +
        ' mentioning)',
    ]);
    tip.replaceChildren(head, h('p', {}, ['Loading sentences…']));
    (cache[d.id] = cache[d.id] || X.queries.edge(d.source, d.target)).then(
      function (list) {
        if (current === d.id) tip.replaceChildren.apply(tip, [head].concat(sentences(list)));
      },
      function (e) {
        if (current === d.id) tip.replaceChildren(head, h('p', { class: 'error' }, [e.message]));
      },
    );
  });
})();
