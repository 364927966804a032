/* The approval-rule editor in place (templates/approvals/rule.tpl): each
 * condition shows only the fields its "Looks at" uses, and "Add condition"
 * and "Remove" work without a round trip. Without this script the same
 * buttons post the form and the server answers with it rebuilt; the
 * server reads only the fields a condition's kind uses either way.
 * No inline script: the site's Content-Security-Policy. */
(function () {
  'use strict';
  var form = document.getElementById('rule-form');
  var list = form && form.querySelector('[data-conditions]');
  var blank = document.getElementById('condition-template');
  if (!list || !blank) return;
  var addButton = form.querySelector('[data-add]');
  var status = document.getElementById('conditions-status');
  var max = Number(list.getAttribute('data-max')) || 4;

  function blocks() {
    return Array.prototype.slice.call(list.querySelectorAll('[data-condition]'));
  }

  /* Shows the parts the block's kind (and comparison, period) uses;
   * the others are hidden and disabled, so they are not posted. */
  function showParts(block) {
    var kind = block.querySelector('[data-kind]');
    var op = block.querySelector('[data-op]');
    var period = block.querySelector('[data-period]');
    block.querySelectorAll('[data-part]').forEach(function (part) {
      var kinds = (part.getAttribute('data-kinds') || '').split(' ');
      var needsOp = part.getAttribute('data-op');
      var needsPeriod = part.getAttribute('data-period');
      var used = kinds.indexOf(kind.value) >= 0
        && (!needsOp || (op && op.value === needsOp))
        && (!needsPeriod || (period && period.value === needsPeriod));
      part.hidden = !used;
      part.querySelectorAll('input, select, textarea').forEach(function (field) {
        field.disabled = !used;
      });
    });
    /* "Amount", "Number" or "Spend over", and the keyboard to match. */
    var chosen = kind.options[kind.selectedIndex];
    if (chosen && chosen.hasAttribute('data-amount-label')) {
      block.querySelector('label[data-amount-label]').textContent = chosen.getAttribute('data-amount-label');
      block.querySelectorAll('[data-part="amount"] input, [data-part="amount2"] input').forEach(function (input) {
        input.inputMode = chosen.getAttribute('data-amount-mode');
      });
    }
  }

  /* Numbers the blocks 1..n again: legends, ids, names, labels, buttons. */
  function renumber() {
    var all = blocks();
    all.forEach(function (block, i) {
      var n = String(i + 1);
      block.querySelectorAll('[data-n]').forEach(function (span) { span.textContent = n; });
      block.querySelectorAll('[id], [name], [for], [aria-describedby]').forEach(function (el) {
        ['id', 'name', 'for', 'aria-describedby'].forEach(function (attr) {
          var value = el.getAttribute(attr);
          if (value) el.setAttribute(attr, value.replace(/\bc\d+_/g, 'c' + n + '_'));
        });
      });
      block.querySelectorAll('[data-remove]').forEach(function (button) {
        button.value = 'remove-' + n;
        button.hidden = all.length < 2;
      });
    });
    if (addButton) addButton.disabled = all.length >= max;
  }

  function say(text) {
    if (!status) return;
    status.textContent = '';
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  function focusKind(block) {
    var kind = block && block.querySelector('[data-kind]');
    if (kind) kind.focus();
  }

  function remove(block) {
    var all = blocks();
    if (all.length < 2) return;
    var index = all.indexOf(block);
    block.remove();
    renumber();
    var rest = blocks();
    say('Condition ' + (index + 1) + ' removed. ' + rest.length + (rest.length === 1 ? ' condition' : ' conditions') + ' left.');
    focusKind(rest[Math.min(index, rest.length - 1)]);
  }

  function add() {
    if (blocks().length >= max) return;
    var block = blank.content.firstElementChild.cloneNode(true);
    list.appendChild(block);
    prepare(block);
    renumber();
    say('Condition ' + blocks().length + ' added.');
    focusKind(block);
  }

  function prepare(block) {
    /* "Update fields" asks the server for a kind's fields: not needed here. */
    block.querySelectorAll('[data-no-script]').forEach(function (button) { button.remove(); });
    block.querySelectorAll('[data-remove]').forEach(function (button) {
      button.type = 'button';
      button.removeAttribute('name');
      button.addEventListener('click', function () { remove(block); });
    });
    block.addEventListener('change', function (event) {
      if (event.target.matches('[data-kind], [data-op], [data-period]')) showParts(block);
    });
    showParts(block);
  }

  blocks().forEach(prepare);
  if (addButton) {
    addButton.type = 'button';
    addButton.removeAttribute('name');
    addButton.addEventListener('click', add);
  }
  form.querySelectorAll('input[name="combine"]').forEach(function (radio) {
    radio.addEventListener('change', function () {
      if (radio.checked) list.setAttribute('data-join', radio.getAttribute('data-join'));
    });
  });
  renumber();
})();
