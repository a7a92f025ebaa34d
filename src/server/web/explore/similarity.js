/* The similarity view around the seed (Connected Papers' idea, from this graph's counts): the
   seed, its co-cited papers and its bibliographically coupled papers, linked by how much they
   share (each paper's own coCited/coupled lists, kept to papers on screen). Beside it, two
   ranked lists exactly as the API ranks them: prior works (Paper.coCited: cited together with
   the seed by the papers that cite it) and derivative works (Paper.coupled: citing the same
   works as the seed). */
/* global window, document */
(function () {
  'use strict';
  var X = window.EvidenceGraphExplorer;
  var h = window.EvidenceGraphDom.h;
  var box = document.getElementById('similar');
  var N = 15;

  function toPaper(p) {
    return {
      id: p.id,
      title: p.title,
      year: p.year,
      doi: p.doi,
      citations: p.tally.citingPapers,
      references: p.tally.references,
      score: 0,
      depth: 1,
    };
  }

  /** Fills the model with the similarity network of `seed`; resolves with the seed's id. */
  function load(seed) {
    return X.queries.related(seed, N).then(function (s) {
      if (!s) return null;
      var m = X.model;
      m.papers = {};
      m.edges = {};
      m.papers[s.id] = toPaper(s);
      m.papers[s.id].depth = 0;
      var link = function (a, b, shared) {
        if (a === b || !m.papers[a] || !m.papers[b]) return;
        var k = a < b ? a + '~' + b : b + '~' + a;
        var e = m.edges[k];
        if (!e)
          m.edges[k] = {
            source: a < b ? a : b,
            target: a < b ? b : a,
            weight: shared,
            kind: 'similar',
          };
        else e.weight = Math.max(e.weight, shared);
      };
      var related = s.coCited.concat(s.coupled);
      related.forEach(function (r) {
        if (!m.papers[r.paper.id]) m.papers[r.paper.id] = toPaper(r.paper);
      });
      related.forEach(function (r) {
        link(s.id, r.paper.id, r.shared);
        r.paper.coCited
          .concat(r.paper.coupled)
          .forEach((o) => link(r.paper.id, o.paper.id, o.shared));
      });
      m.similar = { prior: s.coCited, derivative: s.coupled };
      return s.id;
    });
  }

  function list(title, id, items, what) {
    var lis = items.map(function (r) {
      var b = h('button', { type: 'button', 'data-id': r.paper.id }, [
        r.paper.title + (r.paper.year ? ' (' + r.paper.year + ')' : ''),
      ]);
      b.addEventListener('click', () => X.emit('select', r.paper.id));
      b.addEventListener('mouseenter', () => X.emit('hover', r.paper.id));
      b.addEventListener('mouseleave', () => X.emit('hover', null));
      return h('li', {}, [b, h('span', { class: 'meta' }, [' ' + r.shared + ' ' + what])]);
    });
    return [
      h('h3', { id: id + '-h' }, [title]),
      items.length ? h('ol', { id: id, 'aria-labelledby': id + '-h' }, lis) : h('p', {}, ['None.']),
    ];
  }

  function render() {
    var s = X.model.similar;
    box.hidden = X.state.layout !== 'similarity' || !s;
    if (box.hidden) return box.replaceChildren();
    box.replaceChildren.apply(
      box,
      list('Prior works: cited together with it', 'prior', s.prior, 'shared citing papers').concat(
        list(
          'Derivative works: citing what it cites',
          'derivative',
          s.derivative,
          'shared references',
        ),
      ),
    );
  }

  X.on('drawn', render);
  X.similarity = { load: load };
})();
