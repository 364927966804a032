// Back office: shipping methods (flat and weight bands), tax rates (per
// region, per address), payment methods and a company's PO requirement —
// each change audited, bad input refused with values kept, and checkout
// offering exactly what staff configured.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';

let portal;

before(async () => ({ portal } = await startStack()));
after(() => stopStack({ portal }));

const sql = (q) => portal.sql(q);
const num = (q) => Number(sql(q));
const methodId = (name) => sql(`SELECT id FROM shipping_methods WHERE name = '${name}'`);
const companyId = (name) => sql(`SELECT id FROM companies WHERE name = '${name}'`);
const addressId = (label) => sql(`SELECT id FROM addresses WHERE label = '${label}'`);
const lastAudit = (action) => sql(`SELECT subject || '|' || COALESCE((SELECT group_concat(field || ':' || before || '>' || after, ';')
                                     FROM (SELECT * FROM audit_log_changes c WHERE c.audit_id = a.id ORDER BY c.id)), '')
                                     FROM audit_log a WHERE action = '${action}' ORDER BY id DESC LIMIT 1`);

async function signedIn(email) {
  const c = new Client(portal.url);
  const res = await c.signIn(email);
  assert.equal(res.status, 303, `${email} signs in`);
  return c;
}

async function staff() {
  const s = await signedIn('staff@seller.test');
  await s.get('/backoffice/shipping');
  return s;
}

test('the page lists the demo methods with their prices, the tax rates and the payment methods', async () => {
  const s = await signedIn('staff@seller.test');
  const page = await s.get('/backoffice/shipping');
  assert.equal(page.status, 200);
  assert.match(page.text, /Standard ground<\/a><\/td>\s*<td class="text-nowrap d-none d-md-table-cell">By weight<\/td>\s*<td class="small">up to 10 kg \$12\.00 · 50 kg \$29\.00 · 250 kg \$89\.00 · 1000 kg \$240\.00 · 2500 kg \$520\.00 · 5000 kg \$950\.00<\/td>/);
  assert.match(page.text, /Express \(2 days\)<\/a><\/td>\s*<td class="text-nowrap d-none d-md-table-cell">By weight<\/td>\s*<td class="small">up to 10 kg \$45\.00 · 50 kg \$79\.00 · 250 kg \$189\.00 · 1000 kg \$480\.00 · 2500 kg \$1,150\.00<\/td>/);
  assert.match(page.text, /Will call \(pick up\)<\/a><\/td>\s*<td class="text-nowrap d-none d-md-table-cell">Flat<\/td>\s*<td class="small">Free<\/td>/);
  assert.match(page.text, /<td>United States<\/td>\s*<td>IL<\/td>\s*<td class="d-none d-sm-table-cell">IL<\/td>\s*<td class="text-end text-nowrap">8\.25%<\/td>/);
  assert.match(page.text, /<td>Canada<\/td>\s*<td>Whole country<\/td>\s*<td class="d-none d-sm-table-cell">GST<\/td>\s*<td class="text-end text-nowrap">5%<\/td>/);
  assert.match(page.text, /value="on_account" checked/);
  assert.match(page.text, /value="bank_transfer" checked/);
  assert.match(page.text, /value="card_on_file">/);

  const buyer = await signedIn('buyer@acme.test');
  assert.equal((await buyer.get('/backoffice/shipping')).status, 403, 'members never reach the back office');
  await buyer.get('/account');
  assert.equal((await buyer.post('/backoffice/shipping/methods', { name: 'Sneaky', kind: 'flat', flat_cost: '1' })).status, 403);
  assert.equal(num("SELECT COUNT(*) FROM shipping_methods WHERE name = 'Sneaky'"), 0);
});

test('creating a method: bad input comes back with every message and the values kept; a taken name is a conflict', async () => {
  const s = await staff();
  const bad = await s.post('/backoffice/shipping/methods', {
    name: '', description: 'Pallets by truck', kind: 'flat', flat_cost: '-5', sort_order: 'abc', active: '1',
  });
  assert.equal(bad.status, 422);
  assert.match(bad.text, /id="name-error">Enter a name buyers recognise, like &quot;Standard ground&quot;\.</);
  assert.match(bad.text, /id="flat_cost-error">Enter an amount of zero or more \(no minus sign\)\.</);
  assert.match(bad.text, /id="sort_order-error">Enter a whole number from 0 to 9999\.</);
  assert.match(bad.text, /id="description" name="description" value="Pallets by truck"/);
  assert.match(bad.text, /id="flat_cost" name="flat_cost" value="-5"/);

  const taken = await s.post('/backoffice/shipping/methods', { name: 'standard GROUND', kind: 'flat', flat_cost: '1', active: '1' });
  assert.equal(taken.status, 409);
  assert.match(taken.text, /There is a shipping method with this name already/);
  assert.equal(num('SELECT COUNT(*) FROM shipping_methods'), 3);

  const ok = await s.post('/backoffice/shipping/methods', {
    name: 'Freight (LTL)', description: 'Pallets by truck', kind: 'flat', flat_cost: '$1,150.5', sort_order: '40', active: '1',
  });
  assert.equal(ok.status, 303);
  assert.equal(ok.location, '/backoffice/shipping');
  assert.equal(sql("SELECT kind || '|' || flat_cents || '|' || active || '|' || sort_order FROM shipping_methods WHERE name = 'Freight (LTL)'"),
    'flat|115050|1|40');
  assert.equal(lastAudit('shipping_method.created'), 'Freight (LTL)|Name:>Freight (LTL);Pricing:>Flat;Flat cost:>$1,150.50;Active:>Yes');
});

test('a weight method gets its bands on its page; bad bands are refused; a deactivated method leaves checkout', async () => {
  const s = await staff();
  const created = await s.post('/backoffice/shipping/methods', { name: 'Economy freight', kind: 'weight', sort_order: '50', active: '1' });
  assert.equal(created.status, 303);
  const id = methodId('Economy freight');
  assert.equal(created.location, `/backoffice/shipping/methods/${id}`);
  const page = await s.get(created.location);
  assert.equal(page.status, 200);
  assert.match(page.text, /No weight bands yet|Weight bands/);
  const form = { name: 'Economy freight', description: '', kind: 'weight', flat_cost: '', sort_order: '50', active: '1' };
  const post = (bands) => {
    const body = new URLSearchParams({ csrf_token: s.csrf, ...form });
    for (const [w, c] of bands) { body.append('band_weight', w); body.append('band_cost', c); }
    return s.request('POST', `/backoffice/shipping/methods/${id}`, { body: body.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  };
  for (const [bands, message] of [
    [[['5', '10'], ['5', '12']], 'Two bands have the same weight.'],
    [[['5', '-1']], 'A band&#39;s cost: Enter an amount of zero or more (no minus sign).'],
    [[['0', '1']], 'Enter each band&#39;s weight in kilograms, above 0 (like 10 or 2.5).'],
    [[['', '']], 'A method priced by weight needs at least one band.'],
  ]) {
    const res = await post(bands);
    assert.equal(res.status, 422, message);
    assert.ok(res.text.includes(`id="bands-error">${message}<`), message);
  }
  const kept = await post([['5', '10'], ['5', '12']]);
  assert.match(kept.text, /name="band_weight" value="5"[^]*name="band_cost" value="12"/, 'the typed rows are kept');
  assert.equal(num(`SELECT COUNT(*) FROM shipping_weight_bands WHERE method_id = ${id}`), 0);

  const saved = await post([['20', '25.00'], ['2.5', '9'], ['', '']]);
  assert.equal(saved.status, 303);
  assert.equal(sql(`SELECT group_concat(up_to_grams || ':' || cents, ',') FROM (SELECT * FROM shipping_weight_bands WHERE method_id = ${id} ORDER BY up_to_grams)`),
    '2500:900,20000:2500');
  assert.equal(lastAudit('shipping_method.updated'), 'Economy freight|Price:No weight bands yet: not offered>up to 2.5 kg $9.00 · 20 kg $25.00');
  const again = await s.get(`/backoffice/shipping/methods/${id}`);
  assert.match(again.text, /name="band_weight" value="2\.5"/);
  assert.match(again.text, /name="band_cost" value="25\.00"/);

  // Checkout offers it (by weight) until it is deactivated.
  const buyer = await signedIn('buyer@acme.test');
  const u = sql("SELECT id FROM users WHERE email = 'buyer@acme.test'");
  sql(`DELETE FROM cart_items WHERE user_id = ${u}`);
  sql(`INSERT INTO cart_items (company_id, user_id, product_id, quantity, added_price_cents, added_at, updated_at)
       SELECT ${companyId('Acme Industrial Supply')}, ${u}, id, 2, 1, 1, 1 FROM products WHERE sku = 'HTL-ADW-0102'`);   // 0.56 kg
  assert.match((await buyer.get('/checkout')).text, new RegExp(`id="shipping_method-${id}"[^]*?\\$9\\.00`));
  const off = await post([['20', '25.00'], ['2.5', '9']]);   // "active" still sent
  assert.equal(off.status, 303);
  const { active, ...inactive } = form;   // eslint-disable-line no-unused-vars
  const body = new URLSearchParams({ csrf_token: s.csrf, ...inactive, band_weight: '20', band_cost: '25' });
  const deactivated = await s.request('POST', `/backoffice/shipping/methods/${id}`, { body: body.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  assert.equal(deactivated.status, 303);
  assert.equal(num(`SELECT active FROM shipping_methods WHERE id = ${id}`), 0);
  assert.doesNotMatch((await buyer.get('/checkout')).text, new RegExp(`id="shipping_method-${id}"`));

  // Renaming onto another method's name is a conflict; an unknown method is a 404.
  const clash = await s.post(`/backoffice/shipping/methods/${id}`, { ...form, name: 'Express (2 days)', band_weight: '20', band_cost: '1' });
  assert.equal(clash.status, 409);
  assert.equal((await s.get('/backoffice/shipping/methods/999999')).status, 404);
  assert.equal((await s.post('/backoffice/shipping/methods/999999', form)).status, 404);
});

test('tax rates: add, change, refuse out-of-range rates, delete; an address\'s own rate', async () => {
  const s = await staff();
  for (const [rate, status] of [['101', 422], ['-1', 422], ['abc', 422], ['8.255', 422]]) {
    const res = await s.post('/backoffice/shipping/tax-rates', { country: 'US', region: 'CA', rate, label: 'CA' });
    assert.equal(res.status, status, rate);
    assert.match(res.text, /id="rate-error">Enter a rate from 0 to 100%, like 8\.25\.</);
    assert.match(res.text, /id="region" name="region" value="CA"/);
  }
  assert.equal((await s.post('/backoffice/shipping/tax-rates', { country: 'XX', region: '', rate: '5', label: '' })).status, 422);
  const added = await s.post('/backoffice/shipping/tax-rates', { country: 'US', region: 'CA', rate: '7.25%', label: '' });
  assert.equal(added.status, 303);
  assert.equal(sql("SELECT rate_bp || '|' || label FROM tax_rates WHERE country = 'US' AND region = 'CA'"), '725|CA');
  const changed = await s.post('/backoffice/shipping/tax-rates', { country: 'US', region: 'il', rate: '10.25', label: 'Chicago' });
  assert.equal(changed.status, 303);
  assert.equal(sql("SELECT rate_bp || '|' || label FROM tax_rates WHERE country = 'US' AND region = 'IL'"), '1025|Chicago');
  assert.equal(num("SELECT COUNT(*) FROM tax_rates WHERE country = 'US' AND region = 'IL' COLLATE NOCASE"), 1, 'updated, not added');
  assert.equal(lastAudit('tax_rate.saved'), 'US IL|Rate:8.25%>10.25%;Label:IL>Chicago');

  const id = sql("SELECT id FROM tax_rates WHERE country = 'US' AND region = 'CA'");
  const del = await s.post(`/backoffice/shipping/tax-rates/${id}/delete`, {});
  assert.equal(del.status, 303);
  assert.equal(num(`SELECT COUNT(*) FROM tax_rates WHERE id = ${id}`), 0);
  assert.equal(lastAudit('tax_rate.deleted'), 'US CA|Rate:7.25%>;Label:CA>');
  assert.equal((await s.post(`/backoffice/shipping/tax-rates/${id}/delete`, {})).status, 404);

  // An address's own rate, recorded in its company's activity.
  const elk = addressId('Elk Grove Distribution Center');
  assert.equal((await s.post('/backoffice/shipping/tax-rates', { scope: 'address', address_id: '999999', address_rate: '0' })).status, 422);
  const badRate = await s.post('/backoffice/shipping/tax-rates', { scope: 'address', address_id: elk, address_rate: '120' });
  assert.equal(badRate.status, 422);
  assert.match(badRate.text, new RegExp(`id="address_id" name="address_id" value="${elk}"`));
  const exempt = await s.post('/backoffice/shipping/tax-rates', { scope: 'address', address_id: elk, address_rate: '0' });
  assert.equal(exempt.status, 303);
  assert.equal(num(`SELECT tax_rate_bp FROM addresses WHERE id = ${elk}`), 0);
  assert.equal(sql(`SELECT company_id FROM audit_log WHERE action = 'tax_rate.saved' ORDER BY id DESC LIMIT 1`), companyId('Acme Industrial Supply'));
  assert.match((await s.get('/backoffice/shipping')).text, new RegExp(`#${elk}</span> Elk Grove Distribution Center, Elk Grove Village</td><td>Acme Industrial Supply</td><td class="text-end">0%`));
  assert.equal((await s.post('/backoffice/shipping/tax-rates', { scope: 'address', address_id: elk, address_rate: '' })).status, 303);
  assert.equal(sql(`SELECT tax_rate_bp IS NULL FROM addresses WHERE id = ${elk}`), '1');
});

test('payment methods: at least one, only known ones; checkout offers what is enabled', async () => {
  const s = await staff();
  const none = await s.post('/backoffice/shipping/payment-methods', {});
  assert.equal(none.status, 422);
  assert.match(none.text, /Keep at least one payment method, or buyers cannot place orders\./);
  assert.doesNotMatch(none.text, /value="on_account" checked/, 'the form shows what was sent');
  const unknown = await s.post('/backoffice/shipping/payment-methods', { payment_methods: 'cash' });
  assert.equal(unknown.status, 422);
  assert.equal(sql("SELECT value FROM seller_settings WHERE key = 'payment_methods'"), 'on_account,bank_transfer');

  const body = new URLSearchParams({ csrf_token: s.csrf });
  body.append('payment_methods', 'card_on_file');
  body.append('payment_methods', 'on_account');
  const ok = await s.request('POST', '/backoffice/shipping/payment-methods', { body: body.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  assert.equal(ok.status, 303);
  assert.equal(sql("SELECT value FROM seller_settings WHERE key = 'payment_methods'"), 'on_account,card_on_file');
  assert.equal(lastAudit('payment_methods.updated'), 'Payment methods|Payment methods:on_account,bank_transfer>on_account,card_on_file');

  const buyer = await signedIn('buyer@acme.test');
  const u = sql("SELECT id FROM users WHERE email = 'buyer@acme.test'");
  sql(`INSERT OR IGNORE INTO cart_items (company_id, user_id, product_id, quantity, added_price_cents, added_at, updated_at)
       SELECT ${companyId('Acme Industrial Supply')}, ${u}, id, 1, 1, 1, 1 FROM products WHERE sku = 'HTL-ADW-0101'`);
  const page = await buyer.get('/checkout');
  assert.match(page.text, /value="card_on_file"/);
  assert.doesNotMatch(page.text, /value="bank_transfer"/);
});

test('a company\'s PO requirement is set from its page, audited, and followed by checkout', async () => {
  const s = await signedIn('staff@seller.test');
  const acme = companyId('Acme Industrial Supply');
  const page = await s.get(`/backoffice/companies/${acme}`);
  assert.match(page.text, /id="po_number_required" name="po_number_required" value="1" checked/);
  const off = await s.post(`/backoffice/companies/${acme}/ordering`, {});
  assert.equal(off.status, 303);
  assert.equal(off.location, `/backoffice/companies/${acme}`);
  assert.equal(num(`SELECT po_number_required FROM companies WHERE id = ${acme}`), 0);
  assert.equal(lastAudit('company.ordering_updated'), 'Acme Industrial Supply|PO number required:Yes>No');
  assert.doesNotMatch((await s.get(`/backoffice/companies/${acme}`)).text, /id="po_number_required" name="po_number_required" value="1" checked/);

  const buyer = await signedIn('buyer@acme.test');
  assert.match((await buyer.get('/checkout')).text, /Purchase order \(PO\) number <span class="text-body-secondary small">\(optional\)/);

  assert.equal((await s.post(`/backoffice/companies/${acme}/ordering`, { po_number_required: '1' })).status, 303);
  assert.equal(num(`SELECT po_number_required FROM companies WHERE id = ${acme}`), 1);
  assert.equal((await s.post(`/backoffice/companies/${acme}/ordering`, { po_number_required: 'yes' })).status, 422);
  assert.equal((await s.post('/backoffice/companies/999999/ordering', { po_number_required: '1' })).status, 404);
});
