// par-index: helpers shared by the app's own pages (/ket-qua.html, /kien-nghi.html); the Tasklist forms have ParForms.
window.Page = {
  el: function (id) {
    return document.getElementById(id);
  },

  /**
   * A new element with the given attributes and children: strings become text nodes (never parsed as HTML), null
   * children are left out.
   */
  node: function (tag, attributes, children) {
    var element = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { element.setAttribute(name, attributes[name]); });
    (children || []).forEach(function (child) { if (child != null) { element.append(child); } });
    return element;
  },

  esc: function (s) {
    var d = document.createElement('div');
    d.textContent = s == null ? '' : String(s);
    return d.innerHTML;
  },

  /**
   * Calls the app's API with the Tasklist session and the anti-forgery header; a body is sent as JSON, a FormData
   * as it is. Resolves with the response body, rejects with the API's error ({ message, details }).
   */
  call: function (method, url, body) {
    var headers = { 'X-Requested-With': 'XMLHttpRequest' };
    var json = body && !(body instanceof FormData);
    if (json) { headers['Content-Type'] = 'application/json'; }
    return fetch(url, { method: method, credentials: 'same-origin', headers: headers,
                        body: body ? (json ? JSON.stringify(body) : body) : undefined })
      .then(function (r) {
        return r.text().then(function (text) {
          var data = text ? JSON.parse(text) : null;   // 204: no body
          if (!r.ok) { throw data || { message: 'Lỗi ' + r.status + '.' }; }
          return data;
        });
      });
  }
};
