// The benchmark's write driver: members place orders the way a browser
// does (add to cart, open checkout, review, submit with the review's
// one-time key), in parallel for a while; approval rules, spending limits
// and the outbox mail all run in the app's transaction. Then the database
// is checked: every order the driver was told about exists once, none
// was made twice. Used by bench.mjs; runs alone too:
//
//   node tests/bench/place_orders.mjs URL DB [SECONDS] [MEMBERS]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PASSWORD = 'demo-password-1';
const sql = (db, q) => execFileSync('sqlite3', ['-cmd', '.timeout 10000', db, q], { encoding: 'utf8' }).trim();

class Session {
  constructor(url) { this.url = url; this.jar = new Map(); this.csrf = ''; }
  cookie() { return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; '); }
  async request(method, path, fields) {
    const init = {
      method, redirect: 'manual',
      headers: { cookie: this.cookie(), ...(fields ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: fields ? new URLSearchParams({ csrf_token: this.csrf, ...fields }).toString() : undefined,
    };
    let res;
    // A kept-alive connection closed under the request (nginx ends idle
    // ones, and the pool may hold several): again, up to three times (a
    // submit is safe to repeat: its one-time key makes it one order).
    for (let attempt = 1; !res; attempt++) {
      try {
        res = await fetch(this.url + path, init);
      } catch (e) {
        if (attempt === 3) throw e;
        this.retries = (this.retries ?? 0) + 1;
      }
    }
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair.indexOf('=');
      this.jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const text = await res.text();
    const m = text.match(/name="csrf_token" value="([^"]+)"/);
    if (m) this.csrf = m[1];
    return { status: res.status, text, location: res.headers.get('location') };
  }
}

const unescape = (s) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

// The checkout form's choices as a browser would send them: the checked
// radio of each group, else its first saved choice.
function choices(html) {
  const out = {};
  for (const name of ['ship_to', 'bill_to', 'shipping_method', 'payment_method']) {
    const radios = [...html.matchAll(new RegExp(`<input[^>]*type="radio" name="${name}"[^>]*>`, 'g'))].map((m) => m[0]);
    const pick = radios.find((r) => / checked/.test(r)) ?? radios.find((r) => !/value="new"/.test(r));
    const v = pick?.match(/value="([^"]*)"/);
    if (v) out[name] = unescape(v[1]);
  }
  return out;
}

function hiddenFields(html, action) {
  const start = html.indexOf(`action="${action}"`);
  if (start < 0) return null;
  const form = html.slice(start, html.indexOf('</form>', start));
  const fields = {};
  for (const m of form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) fields[m[1]] = unescape(m[2]);
  return fields;
}

export async function placeOrders({ url, db, seconds = 10, members = 32 }) {
  const run = `BENCH-${Date.now().toString(36)}`;
  // Buyers of active companies with an address to ship to; products that
  // need no pack or minimum arithmetic.
  const buyers = sql(db, `SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id JOIN roles r ON r.id = m.role_id
      JOIN companies c ON c.id = m.company_id
      WHERE r.name IN ('Buyer', 'Purchasing manager') AND m.status = 'active' AND u.status = 'active' AND c.status = 'active'
        AND EXISTS (SELECT 1 FROM addresses a WHERE a.company_id = c.id AND a.status = 'active')
      ORDER BY m.company_id % 7, m.id LIMIT ${members}`).split('\n').filter(Boolean);
  const skus = sql(db, `SELECT sku FROM products WHERE active = 1 AND pack_size = 1 AND min_order_qty = 1 ORDER BY id LIMIT 200`)
    .split('\n').filter(Boolean);
  if (!buyers.length || !skus.length) throw new Error('place_orders: no buyers or products to order');

  const sessions = await Promise.all(buyers.map(async (email) => {
    const s = new Session(url);
    await s.request('GET', '/login');
    const res = await s.request('POST', '/login', { email, password: PASSWORD });
    if (res.status !== 303) throw new Error(`place_orders: ${email} could not sign in (${res.status})`);
    return s;
  }));

  let placed = 0, errors = 0, attempt = 0;
  const numbers = [];
  const firstErrors = [];
  const fail = (what) => { errors++; if (firstErrors.length < 5) firstErrors.push(what); };
  const until = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(sessions.map(async (s, k) => {
    while (Date.now() < until) {
      const n = attempt++;
      await s.request('GET', '/cart');
      const add = await s.request('POST', '/cart/items', { sku: skus[(n * 7 + k) % skus.length], quantity: String(1 + (n % 5)), return_to: '/cart' });
      if (add.status !== 303) { fail(`add ${add.status}`); continue; }
      const form = await s.request('GET', '/checkout');
      if (form.status !== 200) { fail(`checkout ${form.status}`); continue; }
      const review = await s.request('POST', '/checkout/review', { ...choices(form.text), po_number: `${run}-${n}`, delivery_date: '', notes: '' });
      const fields = review.status === 200 ? hiddenFields(review.text, '/checkout') : null;
      if (!fields) { fail(`review ${review.status} ${review.text.match(/alert-danger[^]*?<\/div>/)?.[0] ?? ''}`); continue; }
      const submit = await s.request('POST', '/checkout', fields);
      const m = submit.location?.match(/^\/checkout\/done\/(.+)$/);
      if (submit.status !== 303 || !m) { fail(`submit ${submit.status}`); continue; }
      numbers.push(m[1]);
      placed++;
    }
  }));
  const elapsed = (Date.now() - started) / 1000;
  const retries = sessions.reduce((n, s) => n + (s.retries ?? 0), 0);
  // Every order once, with its PO number, none twice.
  const found = Number(sql(db, `SELECT COUNT(*) FROM orders WHERE po_number LIKE '${run}-%'`));
  const doubled = Number(sql(db, `SELECT COUNT(*) FROM (SELECT po_number FROM orders WHERE po_number LIKE '${run}-%'
                                  GROUP BY po_number HAVING COUNT(*) > 1)`));
  const distinctNumbers = new Set(numbers).size;
  return {
    orders: placed, seconds: elapsed, perSecond: placed / elapsed, errors, firstErrors, retries,
    lost: Math.max(0, placed - found) + (numbers.length - distinctNumbers), doubled: doubled + Math.max(0, found - placed),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [url, db, seconds = '10', members = '32'] = process.argv.slice(2);
  placeOrders({ url, db, seconds: Number(seconds), members: Number(members) })
    .then((r) => { console.log(JSON.stringify(r)); process.exitCode = r.errors || r.lost || r.doubled ? 1 : 0; })
    .catch((e) => { console.error(e.message); process.exitCode = 1; });
}
