// Checking out what is in a member's cart, the way a browser does: the
// checkout form's preselected choices, the review, the submit. Answers the
// order number.
import assert from 'node:assert/strict';

const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

export async function checkoutCart(client, poNumber) {
  const form = await client.get('/checkout');
  assert.equal(form.status, 200, 'the checkout form');
  const radios = (name) => [...form.text.matchAll(new RegExp(`<input[^>]*name="${name}"[^>]*>`, 'g'))].map((m) => m[0]);
  const pick = (name) => {
    const tags = radios(name).filter((t) => !/value="new"/.test(t));
    return ((tags.find((t) => / checked/.test(t)) ?? tags[0]).match(/value="([^"]*)"/) || [])[1];
  };
  const review = await client.post('/checkout/review', { ship_to: pick('ship_to'), bill_to: pick('bill_to'),
    shipping_method: pick('shipping_method'), payment_method: pick('payment_method'), po_number: poNumber,
    delivery_date: '', notes: '' });
  assert.equal(review.status, 200, 'the review page');
  const place = review.text.slice(review.text.indexOf('action="/checkout"'));
  const hidden = Object.fromEntries([...place.slice(0, place.indexOf('</form>')).matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)]
    .map((m) => [m[1], unescape(m[2])]));
  const done = await client.post('/checkout', hidden);
  assert.equal(done.status, 303, 'placed');
  return done.location.split('/').pop();
}
