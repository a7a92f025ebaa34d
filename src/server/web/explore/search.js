/* Finding a seed: full-text search over papers and statements (Query.search); choosing a result
   centres the map on that paper. */
/* global window, document */
(function () {
  'use strict';
  var X = window.EvidenceGraphExplorer;
  var gql = window.EvidenceGraphDom.gql;
  var h = window.EvidenceGraphDom.h;
  var results = document.getElementById('results');
  var SEARCH =
    'query($text: String!) { search(text: $text, first: 15) { edges { node {' +
    ' __typename ... on Paper { id title year } ... on Statement { citing { id title year } } } } } }';

  document.getElementById('search').addEventListener('submit', function (evt) {
    evt.preventDefault();
    var text = document.getElementById('search-text').value.trim();
    if (!text) return;
    results.replaceChildren(h('li', {}, ['Searching…']));
    gql(SEARCH, { text: text })
      .then(function (data) {
        var seen = {};
        var items = [];
        data.search.edges.forEach(function (e) {
          var p = e.node.__typename === 'Paper' ? e.node : e.node.citing;
          if (!p || seen[p.id]) return;
          seen[p.id] = true;
          var b = h('button', { type: 'button' }, [p.title + (p.year ? ' (' + p.year + ')' : '')]);
          b.addEventListener('click', () => X.emit('reseed', p.id));
          items.push(h('li', {}, [b]));
        });
        results.replaceChildren.apply(results, items.length ? items : [h('li', {}, ['No match.'])]);
      })
      .catch(function (e) {
        results.replaceChildren(h('li', {}, ['Search failed: ' + e.message]));
      });
  });
})();
