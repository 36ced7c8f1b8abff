// What keeps a person from reading or reaching a page's parts in the current window, one line per problem (none: []).
// arguments[0]: the CSS selector of the part measured (a form, the page's body); arguments[1]: the selector of its
// controls. Each control is scrolled into view as a person would, then must lie inside the window with nothing
// scrolled sideways; wrapped text needs room for about 12 characters; text and controls are at least 12 px.
var root = document.querySelector(arguments[0]);
var problems = [];
var page = document.scrollingElement;
var width = document.documentElement.clientWidth;
if (page.scrollWidth > page.clientWidth) {
  problems.push('the page scrolls sideways: ' + page.scrollWidth + ' px of content in ' + page.clientWidth + ' px');
}
var shown = function (element) { return element.getClientRects().length > 0; };
var scrolledSideways = function (element) {
  for (var e = element; e; e = e.parentElement) { if (e.scrollLeft > 0) { return e; } }
  return window.scrollX > 0 ? page : null;
};
var named = function (control) {
  var row = control.closest('[data-row]');
  return (row ? 'leaf ' + row.getAttribute('data-row') + ': ' : '')
      + (control.getAttribute('data-field') || control.id || control.getAttribute('data-unit') || control.textContent.trim().slice(0, 20)
         || control.type);
};
Array.prototype.forEach.call(root.querySelectorAll(arguments[1]), function (control) {
  if (!shown(control)) { return; }
  control.scrollIntoView({ block: 'center', inline: 'nearest' });
  var r = control.getBoundingClientRect(), name = named(control);
  var sideways = scrolledSideways(control);
  if (r.left < 0 || r.right > width || sideways) {
    problems.push(name + ' at ' + Math.round(r.left) + '..' + Math.round(r.right) + ' px of a ' + width + ' px window'
        + (sideways ? ', reached only by scrolling ' + (sideways.className || sideways.tagName) + ' sideways' : ''));
  }
  var size = parseFloat(getComputedStyle(control).fontSize);
  if (size < 12) { problems.push(name + ' in ' + size + ' px'); }
});
var measure = document.createElement('canvas').getContext('2d');
var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
var range = document.createRange();
for (var node = walker.nextNode(); node; node = walker.nextNode()) {
  var parent = node.parentElement, text = node.textContent.trim();
  if (!text || /^(SCRIPT|STYLE|OPTION)$/.test(parent.tagName) || !shown(parent) || parent.closest('svg')) { continue; }
  var style = getComputedStyle(parent);
  if (parseFloat(style.fontSize) < 12) {
    problems.push('"' + text.slice(0, 30) + '" in ' + style.fontSize);
  }
  range.selectNodeContents(node);
  var lines = {};
  Array.prototype.forEach.call(range.getClientRects(), function (r) { lines[Math.round(r.top)] = true; });
  if (Object.keys(lines).length < 2) { continue; }
  var block = parent;
  while (getComputedStyle(block).display.indexOf('inline') === 0) { block = block.parentElement; }
  measure.font = style.font;
  var twelve = measure.measureText('nnnnnnnnnnnn').width;
  if (block.clientWidth < twelve) {
    problems.push('"' + text.slice(0, 30) + '" wraps in a column of ' + block.clientWidth + ' px, narrower than 12 characters ('
        + Math.round(twelve) + ' px)');
  }
}
window.scrollTo(0, 0);
return problems;
