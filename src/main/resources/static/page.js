// par-index: the one toolkit of the app's pages (/*.html, as a classic script) and of the Tasklist's embedded forms
// (imported by scripts/par-forms.js): elements built from text nodes, never from HTML strings, and one fetch helper.
window.Page = {
  el: function (id) {
    return document.getElementById(id);
  },

  /**
   * A new element: attributes set one by one (a null or false one is left out, true gives an empty one), children
   * (one or a list) appended, strings and numbers as text: nothing the API returns is parsed as HTML.
   */
  node: function (tag, attributes, children) {
    return Page.build(document.createElement(tag), attributes, children);
  },

  /** A new SVG element, built as Page.node builds HTML ones. */
  svg: function (tag, attributes, children) {
    return Page.build(document.createElementNS('http://www.w3.org/2000/svg', tag), attributes, children);
  },

  build: function (element, attributes, children) {
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value != null && value !== false) { element.setAttribute(name, value === true ? '' : String(value)); }
    });
    [].concat(children == null ? [] : children).forEach(function (child) {
      if (child != null && child !== false) {
        element.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
      }
    });
    return element;
  },

  /** Replaces an element's children with the given ones (null ones left out). */
  fill: function (element, children) {
    element.replaceChildren.apply(element, children.filter(function (child) { return child != null; }));
    return element;
  },

  /**
   * Replaces a table body's rows, each cell labelled with its column's header (data-label), which a narrow screen
   * shows beside the cell when the table stacks its rows (page.css, table.stack).
   */
  rows: function (tbody, rows) {
    var headers = Array.prototype.map.call(tbody.closest('table').querySelectorAll('thead th'), function (th) {
      return th.textContent;
    });
    rows.forEach(function (tr) {
      Array.prototype.forEach.call(tr.children, function (td, i) {
        if (headers[i] && td.colSpan === 1) { td.setAttribute('data-label', headers[i]); }
      });
    });
    return Page.fill(tbody, rows);
  },

  /**
   * What changed for a unit from the published preliminary results to the final ones (an item of the API's
   * results/changes), its index written by index(): before → after, then each reason the reader may know; '—' if
   * nothing did.
   */
  resultChange: function (change, index) {
    if (!change) { return ''; }
    var standing = function (s) {
      return index(s.index) + '% · ' + s.classification + ' · ' + (s.rank ? 'hạng ' + s.rank : 'không xếp hạng');
    };
    var before = standing(change.preliminary), after = standing(change.result);
    if (before === after && !change.reasons.length) { return '—'; }
    return [Page.node('div', { 'class': change.rankOrBandChanged ? 'moved' : null }, 'Sơ bộ ' + before + ' → chính thức ' + after)]
      .concat(change.reasons.map(function (reason) { return Page.node('div', { 'class': 'why' }, reason); }));
  },

  /** A date and time of the API ("2026-12-17T04:20:00") as Vietnamese write it: "17/12/2026 04:20"; '' if none. */
  when: function (dateTime) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(dateTime || '');
    return parts ? parts[3] + '/' + parts[2] + '/' + parts[1] + ' ' + parts[4] + ':' + parts[5] : '';
  },

  /**
   * Calls the app's API with the session's cookie and the anti-forgery header; a body is sent as JSON, a FormData
   * as it is. Resolves with the JSON body (null when empty), or { file: Blob, headers } for a file (the headers say
   * what the file cannot, such as an import's counts); rejects with the API's error
   * ({ message, details, fields }), or a message of its own when the answer is not the API's.
   */
  call: function (method, url, body) {
    var headers = { 'X-Requested-With': 'XMLHttpRequest' };
    var json = body != null && !(body instanceof FormData);
    if (json) { headers['Content-Type'] = 'application/json'; }
    return fetch(url, { method: method, credentials: 'same-origin', headers: headers,
                        body: body != null ? (json ? JSON.stringify(body) : body) : undefined })
      .catch(function () { throw { message: 'Không kết nối được máy chủ; hãy thử lại.' }; })
      .then(function (response) {
        var type = response.headers.get('Content-Type') || '';
        if (response.ok && type && type.indexOf('json') < 0) {
          return response.blob().then(function (file) { return { file: file, headers: response.headers }; });
        }
        return response.text().then(function (text) {
          var data = null;
          try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
          if (!response.ok) { throw data && data.message ? data : { message: 'Lỗi ' + response.status + '.' }; }
          return data;
        });
      });
  }
};
