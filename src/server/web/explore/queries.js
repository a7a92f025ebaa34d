/* The explorer's reads: GraphQL through the shared gql() (citationNetwork, the paper panel,
   statements of an edge, coCited/coupled, citationPath) and the explorer's data routes (POST
   /explore/communities and /explore/layout). One place, so every file asks for papers with the
   same fields. */
/* global window, fetch */
(function () {
  'use strict';
  var X = window.EvidenceGraphExplorer;
  var gql = window.EvidenceGraphDom.gql;
  var PAPER = 'id title year doi tally { citingPapers references }';
  var STATEMENT =
    'id text section polarity purpose confidence polaritySource purposeSource source' +
    ' classification { polarityVersion purposeVersion }';

  var NETWORK =
    'query($seeds: [ID!]!, $depth: Int, $direction: Direction, $where: NetworkWhere, $limit: Int) {' +
    ' citationNetwork(seeds: $seeds, depth: $depth, direction: $direction, where: $where, limit: $limit) {' +
    ' truncated nodes { depth inDegree outDegree score paper { ' +
    PAPER +
    ' } }' +
    ' edges { source target statementCount supporting mentioning contrasting unclassified dominantPolarity modelPolarity weight } } }';
  var DETAIL =
    'query($id: ID!, $about: StatementWhere, $by: StatementWhere) { paper(id: $id) { ' +
    PAPER +
    ' authors { name } venue { name } interventions { id name } outcomes { id name }' +
    ' tally { citingPapers statements supporting mentioning contrasting unclassified references } }' +
    ' about: statements(where: $about, first: 100) { totalCount edges { node { ' +
    STATEMENT +
    ' citing { id title year } } } }' +
    ' by: statements(where: $by, first: 100) { totalCount edges { node { ' +
    STATEMENT +
    ' cited { id title year } } } } }';
  var EDGE =
    'query($where: StatementWhere) { statements(where: $where, first: 20) { totalCount edges { node { ' +
    STATEMENT +
    ' } } } }';
  var RELATED_ITEM =
    'shared paper { ' +
    PAPER +
    ' coCited(first: $n) { shared paper { id } } coupled(first: $n) { shared paper { id } } }';
  var RELATED =
    'query($id: ID!, $n: Int) { paper(id: $id) { ' +
    PAPER +
    ' coCited(first: $n) { ' +
    RELATED_ITEM +
    ' } coupled(first: $n) { ' +
    RELATED_ITEM +
    ' } } }';
  var PATH =
    'query($from: ID!, $to: ID!) { citationPath(from: $from, to: $to, maxHops: 6) { ' +
    PAPER +
    ' } }';

  /** The statement filters of the form as a NetworkWhere. */
  function networkWhere(f) {
    var where = {};
    if (f.polarity) where.polarity = f.polarity.split(',');
    if (f.section) where.section = [f.section];
    if (f.minConfidence) where.minConfidence = Number(f.minConfidence);
    if (f.yearFrom) where.yearFrom = Number(f.yearFrom);
    if (f.yearTo) where.yearTo = Number(f.yearTo);
    return where;
  }

  X.queries = {
    networkWhere: networkWhere,
    /** citationNetwork around `seeds` with the filters `f` (state.filters). */
    network: function (seeds, f, depth) {
      return gql(NETWORK, {
        seeds: seeds,
        depth: depth || Number(f.depth) || 1,
        direction: f.direction || 'BOTH',
        where: networkWhere(f),
        limit: Number(f.limit) || 200,
      }).then(function (d) {
        return d.citationNetwork;
      });
    },
    /** The selected paper and the statements about it and by it (statement filters applied). */
    detail: function (id, f) {
      var base = {};
      var w = networkWhere(f);
      ['polarity', 'section', 'minConfidence'].forEach(function (k) {
        if (w[k] !== undefined) base[k] = w[k];
      });
      return gql(DETAIL, {
        id: id,
        about: Object.assign({ cited: id }, base),
        by: Object.assign({ citing: id }, base),
      });
    },
    /** The statements of one citation, for the edge tooltip. */
    edge: function (source, target) {
      return gql(EDGE, { where: { citing: source, cited: target } }).then(function (d) {
        return d.statements;
      });
    },
    /** The seed with its co-cited and coupled papers, each with their own lists. */
    related: function (id, n) {
      return gql(RELATED, { id: id, n: n }).then(function (d) {
        return d.paper;
      });
    },
    path: function (from, to) {
      return gql(PATH, { from: from, to: to }).then(function (d) {
        return d.citationPath;
      });
    },
    /** Louvain clusters of the network on screen. */
    communities: function (nodes, edges) {
      return post('/explore/communities', { nodes: nodes, edges: edges });
    },
    /** ForceAtlas2 positions of the network on screen (nodes: {id, x?, y?, fixed?}). */
    layout: function (nodes, edges) {
      return post('/explore/layout', { nodes: nodes, edges: edges });
    },
  };

  function post(path, body) {
    return fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
      .then(function (r) {
        return r.json();
      })
      .then(function (answer) {
        if (answer.errors) throw new Error(answer.errors[0].message);
        return answer;
      });
  }
})();
