// par-index: helpers of the embedded forms of bpmn/, loaded by the Tasklist at start (config.js customScripts), on
// top of the app pages' own toolkit (window.Page: elements and the API call), imported from the one copy the pages use.
import '/page.js';

var node = window.Page.node;

window.ParForms = {
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
   * Binds the Tasklist's "Hoàn thành" to complete(), which completes the task through the app's API and resolves with
   * whether it did (then back to the task list). The Tasklist's handler returns before that answer, so a second click
   * could send it again: while a completion is on its way further clicks are ignored and the button is disabled; a
   * refusal enables it again.
   */
  onComplete: function (camForm, complete) {
    var busy = false;
    camForm.on('submit', function (evt) {
      evt.submitPrevented = true;
      if (busy) { return; }
      busy = true;
      var button = completeButton(camForm.formElement[0]);
      if (button) { button.disabled = true; }
      Promise.resolve().then(complete).catch(function () { return false; }).then(function (done) {
        if (done) {
          window.ParForms.done();
        } else {
          busy = false;
          if (button) { button.disabled = false; }
        }
      });
    });
  },

  /**
   * An input for a number as a person types it, sent as typed: the server reads it ("1,5" as 1.5) and marks what is
   * not a number at its leaf. Not type=number, whose value is empty for text the browser cannot parse (a decimal comma
   * in a browser set to English), which would send the answer as cleared. Shown with the decimal comma.
   */
  numberInput: function (attributes, value) {
    var input = node('input', Object.assign({ type: 'text', inputmode: 'decimal', autocomplete: 'off', 'class': 'par-number' },
        attributes));
    input.value = value == null ? '' : String(value).replace('.', ',');
    return input;
  },

  /**
   * Calls the app's API (Page.call). Resolves with the response body, or with null after showing the Vietnamese
   * message in errorElement and each leaf's problems (the API's "fields") in its form's [data-leaf-error] holder,
   * the other details in errorElement.
   */
  call: function (method, url, body, errorElement) {
    return window.Page.call(method, url, body).then(function (data) {
      window.ParForms.showErrors(errorElement, {});
      return data || {};
    }, function (error) {
      window.ParForms.showErrors(errorElement, error);
      return null;
    });
  },

  /**
   * Shows an API error ({ message, details, fields }; {} clears): each leaf's problems at its leaf, marked invalid,
   * the rest in errorElement.
   */
  showErrors: function (errorElement, error) {
    var fields = error.fields || {};
    var form = errorElement.closest('form');
    Array.prototype.forEach.call(form ? form.querySelectorAll('[data-leaf-error]') : [], function (holder) {
      var messages = fields[holder.getAttribute('data-leaf-error')];
      holder.textContent = messages ? messages.join(' ') : '';
      var leaf = holder.closest('[data-row]');
      if (leaf) { leaf.classList.toggle('invalid', !!messages); }
    });
    var details = (error.details || []).filter(function (d) {
      return d !== error.message && !Object.keys(fields).some(function (code) { return d.indexOf('Tiêu chí ' + code + ':') === 0; });
    });
    window.Page.fill(errorElement, (error.message ? [error.message] : []).concat(details).map(function (line, i) {
      return i === 0 ? document.createTextNode(line) : node('div', {}, line);
    }));
  },

  /**
   * Table rows of a ranking per block (rank, unit, index, class, what decided the rank); given the changes from the
   * published preliminary results (the API's results/changes), a last column says what changed and why.
   */
  rankingRows: function (results, changes) {
    var rows = [], block = null, byUnit = {};
    (changes || []).forEach(function (c) { byUnit[c.unitCode] = c; });
    results.forEach(function (r) {
      if (r.rankingBlock !== block) {
        block = r.rankingBlock;
        rows.push(node('tr', { 'class': 'block' }, node('td', { colspan: changes ? 6 : 5 }, block)));
      }
      rows.push(node('tr', { 'data-unit': r.unitCode }, [node('td', {}, r.rank || '—'), node('td', {}, r.unitName),
        node('td', {}, window.ParForms.index(r.index)), node('td', {}, r.classification), node('td', {}, r.rankRule),
        changes ? node('td', {}, window.Page.resultChange(byUnit[r.unitCode], window.ParForms.index)) : null]));
    });
    return rows;
  },

  /**
   * An evidence file's link and, for a PDF, one line on its digital signatures (who signed, when, whether the file is
   * unchanged, the certificate trusted and not revoked), marked when anything there is not as it should be.
   */
  evidenceFile: function (base, file) {
    var check = file.signatureCheck;
    return [node('a', { href: base + '/evidence/' + file.id }, file.fileName), check ? node('small', {
      'class': 'par-signature' + (check.verified ? ' verified' : ''), 'data-signature-of': file.id }, check.summary) : null];
  },

  /** An index as published: two decimals (JSON drops the trailing zeros). */
  index: function (value) {
    return Number(value).toFixed(2);
  },

  /** After the API completed the task itself, go back to the task list. */
  done: function () {
    window.location.href = '/camunda/app/tasklist/default/';
  }
};

/** The Tasklist's own "Hoàn thành" of the task a form is shown in: drawn by Camunda's template around the form. */
function completeButton(form) {
  for (var e = form; e; e = e.parentElement) {
    var button = e.querySelector('button[ng-click="complete()"]');
    if (button) { return button; }
  }
  return null;
}

/**
 * Links to the app's own pages in the Tasklist's header: the standing body's workspace (for the standing body and
 * administrators), the results, a unit's complaints, the change of password. The header is drawn by Camunda's Angular code,
 * which may draw it again: the links are put back whenever they are missing. A user who still holds a handed-over
 * password is taken to the change of password: the engine refuses him everything else.
 */
(function headerLinks() {
  var links = null, asking = false;
  function link(href, text) {
    return node('li', { 'class': 'par-link' }, node('a', { href: href }, text));
  }
  function ask() {   // once logged in: the login form is part of the same page
    asking = true;
    window.Page.call('GET', '/api/me').then(function (me) {
      asking = false;
      if (me.passwordChangeRequired) { window.location.href = '/doi-mat-khau.html'; return; }
      var workspace = me.groups.indexOf('standing-body') >= 0 || me.groups.indexOf('camunda-admin') >= 0;
      var unit = me.groups.some(function (g) { return g.indexOf('unit-') === 0; });
      links = function () {
        return [workspace ? link('/thuong-truc.html', 'Bàn làm việc') : null, link('/ket-qua.html', 'Kết quả'),
          unit ? link('/kien-nghi.html', 'Kiến nghị') : null, link('/doi-mat-khau.html', 'Đổi mật khẩu')];
      };
    }, function () { asking = false; });
  }
  setInterval(function () {
    var menu = document.querySelector('nav.cam-nav.app-menu > ul');
    var loggedIn = menu && menu.querySelector('li.account');
    if (!loggedIn) { links = null; return; }
    if (!links) { if (!asking) { ask(); } return; }
    if (!menu.querySelector('.par-link')) { menu.prepend.apply(menu, links().filter(function (l) { return l; })); }
  }, 500);
})();

export {};
