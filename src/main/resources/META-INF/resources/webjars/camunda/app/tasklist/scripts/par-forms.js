// par-index: helpers shared by the embedded forms of bpmn/, loaded by the Tasklist at start (config.js customScripts).
window.ParForms = {
  el: function (id) {
    return document.getElementById(id);
  },

  /** Fetches the task's process variables by name once the form loads, then calls back with their values by name. */
  withVariables: function (camForm, names, callback) {
    camForm.on('form-loaded', function () {
      names.forEach(function (name) { camForm.variableManager.fetchVariable(name); });
    });
    camForm.on('variables-fetched', function () {
      var values = {};
      names.forEach(function (name) { values[name] = camForm.variableManager.variableValue(name); });
      callback(values);
    });
  },

  /**
   * A new element: attributes set one by one (a null or false one is left out, true gives an empty one), children
   * appended, strings and numbers as text: nothing the API returns is parsed as HTML.
   */
  h: function (tag, attributes, children) {
    var element = document.createElement(tag);
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

  esc: function (s) {
    var d = document.createElement('div');
    d.textContent = s == null ? '' : String(s);
    return d.innerHTML;
  },

  /**
   * Calls the app's API synchronously (forms decide before the Tasklist submits) with the anti-forgery header.
   * Returns the response body, or null after showing the Vietnamese message in errorElement and each leaf's
   * problems (the API's "fields") in its form's [data-leaf-error] holder, the other details in errorElement.
   */
  call: function (method, url, body, errorElement) {
    var xhr = new XMLHttpRequest();
    xhr.open(method, url, false);
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    var json = body && !(body instanceof FormData);
    if (json) { xhr.setRequestHeader('Content-Type', 'application/json'); }
    xhr.send(body ? (json ? JSON.stringify(body) : body) : null);
    var data = xhr.responseText ? JSON.parse(xhr.responseText) : {};
    var fields = xhr.status >= 400 && data.fields ? data.fields : {};
    var form = errorElement.closest('form');
    Array.prototype.forEach.call(form ? form.querySelectorAll('[data-leaf-error]') : [], function (holder) {
      var messages = fields[holder.getAttribute('data-leaf-error')];
      holder.textContent = messages ? messages.join(' ') : '';
    });
    errorElement.textContent = '';
    if (xhr.status >= 400) {
      var details = (data.details || []).filter(function (d) {
        return d !== data.message && !Object.keys(fields).some(function (code) { return d.indexOf('Tiêu chí ' + code + ':') === 0; });
      });
      [data.message || 'Lỗi không xác định.'].concat(details).forEach(function (line, i) {
        errorElement.appendChild(i === 0 ? document.createTextNode(line) : window.ParForms.h('div', {}, line));
      });
      return null;
    }
    return data;
  },

  /**
   * Table rows of a ranking per block (rank, unit, index, class, what decided the rank); given earlier results,
   * a last column says what changed since them.
   */
  rankingRows: function (results, earlier) {
    var esc = window.ParForms.esc, rows = [], block = null, before = {};
    (earlier || []).forEach(function (r) { before[r.unitCode] = r; });
    results.forEach(function (r) {
      if (r.rankingBlock !== block) {
        block = r.rankingBlock;
        rows.push('<tr class="block"><td colspan="' + (earlier ? 6 : 5) + '">' + esc(block) + '</td></tr>');
      }
      var was = before[r.unitCode];
      var change = !earlier ? null : !was ? '' : (was.index === r.index && was.rank === r.rank ? '—'
          : 'từ ' + was.index + '% (hạng ' + was.rank + ')');
      rows.push('<tr><td>' + (r.rank || '—') + '</td><td>' + esc(r.unitName) + '</td><td>' + r.index + '</td><td>'
          + esc(r.classification) + '</td><td>' + esc(r.rankRule) + '</td>' + (change === null ? '' : '<td>' + esc(change) + '</td>') + '</tr>');
    });
    return rows.join('');
  },

  /** After the API completed the task itself, go back to the task list. */
  done: function () {
    window.location.href = '/camunda/app/tasklist/default/';
  }
};

/**
 * Links to the app's own pages in the Tasklist's header: the standing body's workspace (for the standing body and
 * administrators), the published results, the change of password. The header is drawn by Camunda's Angular code,
 * which may draw it again: the links are put back whenever they are missing. A user who still holds a handed-over
 * password is taken to the change of password: the engine refuses him everything else.
 */
(function headerLinks() {
  var links = null, asking = false;
  function ask() {   // once logged in: the login form is part of the same page
    asking = true;
    var xhr = new XMLHttpRequest();
    xhr.open('GET', '/api/me');
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    xhr.onloadend = function () {
      asking = false;
      if (xhr.status !== 200) { return; }
      var me = JSON.parse(xhr.responseText), groups = me.groups;
      if (me.passwordChangeRequired) { window.location.href = '/doi-mat-khau.html'; return; }
      links = (groups.indexOf('standing-body') >= 0 || groups.indexOf('camunda-admin') >= 0
        ? '<li class="par-link"><a href="/thuong-truc.html">Bàn làm việc</a></li>' : '')
        + '<li class="par-link"><a href="/ket-qua.html">Kết quả</a></li>'
        + '<li class="par-link"><a href="/doi-mat-khau.html">Đổi mật khẩu</a></li>';
    };
    xhr.send();
  }
  setInterval(function () {
    var menu = document.querySelector('nav.cam-nav.app-menu > ul');
    var loggedIn = menu && menu.querySelector('li.account');
    if (!loggedIn) { links = null; return; }
    if (!links) { if (!asking) { ask(); } return; }
    if (!menu.querySelector('.par-link')) { menu.insertAdjacentHTML('afterbegin', links); }
  }, 500);
})();

export {};
