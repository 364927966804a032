/* Checkout (templates/checkout/form.tpl): the new ship-to address's fields
 * open in place when "Ship to a new address" is chosen and close when a
 * saved address is, disabled then so they are not sent. Without this
 * script app.css opens them the same way and the server reads them only
 * for a new address. No inline script: the site's Content-Security-Policy. */
(function () {
  'use strict';
  var fields = document.getElementById('new-address');
  var choice = document.getElementById('ship_to-new');
  if (!fields || !choice) return;
  function update() {
    fields.hidden = !choice.checked;
    fields.disabled = !choice.checked;
  }
  document.querySelectorAll('input[name="ship_to"]').forEach(function (radio) {
    radio.addEventListener('change', update);
  });
  update();
})();
