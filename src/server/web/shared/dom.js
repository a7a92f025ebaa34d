/* Browser helpers shared by the explorer and the evidence dashboard, served once at
   /assets/shared/dom.js and loaded before each page's own script: gql() posts to the page's
   GraphQL endpoint (its body's data-endpoint) and h() builds DOM nodes. Plain ES5, no build
   step; the pages' CSP of 'self' allows it. */
/* global document, window, fetch */
(function () {
  'use strict';

  // `headers` (optional) adds to the request's, e.g. a curator's Authorization.
  function gql(query, variables, headers) {
    var endpoint = document.body.getAttribute('data-endpoint') || '/graphql';
    return fetch(endpoint, {
      method: 'POST',
      headers: Object.assign({ 'content-type': 'application/json' }, headers || {}),
      body: JSON.stringify({ query: query, variables: variables }),
    })
      .then(function (r) {
        return r.json();
      })
      .then(function (body) {
        if (body.errors) throw new Error(body.errors[0].message);
        return body.data;
      });
  }

  // Styles go through CSSOM (node.style), which a CSP without 'unsafe-inline' allows;
  // style="" would not.
  function h(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'style') Object.assign(node.style, attrs.style);
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }

  window.EvidenceGraphDom = { gql: gql, h: h };
})();
