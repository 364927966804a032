// The throttles in front of the password hash (64 MiB each): every attempt
// is counted before the hash, in one write transaction with the check, so
// many requests at once cannot slip past a limit together. Sign-in per
// account (and client address), applications for an account per client
// address. Eight workers, so requests really run side by side; requests
// from other loopback addresses (127.0.0.x) stand for other clients.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { Client, DEMO_PASSWORD } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';

let portal;
const REGISTER_LIMIT = 3;
before(async () => ({ portal } = await startStack({ settings: { workers: 8, register_max_per_ip: REGISTER_LIMIT } })));
after(() => stopStack({ portal }));

const sql = (q) => portal.sql(q);
const tally = (results) => results.reduce((t, r) => ({ ...t, [r.status]: (t[r.status] ?? 0) + 1 }), {});

// A Client whose connections come from another loopback address, which
// nginx passes on as the client address.
class ClientFrom extends Client {
  constructor(base, localAddress) {
    super(base);
    this.localAddress = localAddress;
  }

  request(method, path, { body, headers = {} } = {}) {
    const url = new URL(this.base + path);
    return new Promise((ok, fail) => {
      const req = http.request({
        hostname: url.hostname, port: url.port, path: url.pathname + url.search, method, localAddress: this.localAddress,
        headers: { cookie: this.cookieHeader(), ...headers, ...(body ? { 'content-length': Buffer.byteLength(body) } : {}) },
      }, (res) => {
        const chunks = [];
        res.on('data', (d) => chunks.push(d));
        res.on('end', () => {
          const h = new Headers();
          for (const [k, v] of Object.entries(res.headers)) for (const x of [].concat(v)) h.append(k, x);
          this.remember({ headers: h });
          const text = Buffer.concat(chunks).toString('utf8');
          const m = text.match(/name="csrf_token" value="([^"]+)"/);
          if (m) this.csrf = m[1];
          ok({ status: res.statusCode, headers: h, text, location: h.get('location') });
        });
      });
      req.on('error', fail);
      req.end(body);
    });
  }
}

test('40 wrong passwords at once for one account: only the limit (5) are checked, the rest are throttled', async () => {
  const email = 'finance@acme.test';
  const c = new Client(portal.url);
  await c.get('/login');
  const results = await Promise.all(Array.from({ length: 40 },
    (_, i) => c.post('/login', { email, password: `wrong-password-${i}` })));
  const seen = tally(results);
  assert.deepEqual(seen, { 422: 5, 429: 35 }, `answers by status: ${JSON.stringify(seen)}`);
  for (const r of results.filter((x) => x.status === 429)) assert.match(r.text, /Too many failed sign-in attempts/);
  for (const r of results.filter((x) => x.status === 422)) assert.match(r.text, /The email or password is incorrect/);
  assert.equal(sql(`SELECT COUNT(*) FROM login_failures WHERE kind = 'sign_in' AND email = '${email}'`), '5',
    'exactly the checked attempts are counted');
  // the account stays paused, even for the right password
  assert.equal((await c.post('/login', { email, password: DEMO_PASSWORD })).status, 429);
  // another account from the same address is not affected
  assert.equal((await new Client(portal.url).signIn('purchasing@acme.test')).status, 303);
});

test('many unknown accounts at once from one address: at most the per-address limit are checked', async () => {
  const c = new ClientFrom(portal.url, '127.0.0.7');
  await c.get('/login');
  const results = await Promise.all(Array.from({ length: 40 },
    (_, i) => c.post('/login', { email: `nobody-${i}@acme.test`, password: 'wrong-password' })));
  const seen = tally(results);
  assert.deepEqual(seen, { 422: 30, 429: 10 }, `answers by status: ${JSON.stringify(seen)}`);
  assert.equal(sql("SELECT COUNT(*) FROM login_failures WHERE client_ip = '127.0.0.7'"), '30');
});

const PASSWORD = 'a long enough passphrase';
const application = (email, overrides = {}) => ({
  company_name: 'Harbor Marine Services', tax_id: '93-5550112', existing_account: '',
  billing_line1: '2100 W Commodore Way', billing_line2: '', billing_city: 'Seattle', billing_region: 'WA',
  billing_postal: '98199', billing_country: 'US', contact_name: 'Mia Svensson', job_title: 'Buyer',
  email, phone: '(206) 555-0190', password: PASSWORD, terms: 'yes', ...overrides,
});

test('applications are throttled per client address: 429 on the same form, values kept', async () => {
  const c = new ClientFrom(portal.url, '127.0.0.2');
  await c.get('/register');
  for (let i = 0; i < REGISTER_LIMIT; i++) {
    const res = await c.post('/register', application(`throttle-${i}@harbor.test`));
    assert.equal(res.status, 303, `application ${i + 1}`);
  }
  // a known address counts the same (it costs the same hash)
  const res = await c.post('/register', application('buyer@acme.test', { company_name: 'Harbor <Marine> Services' }));
  assert.equal(res.status, 429);
  assert.match(res.text, /Too many applications were sent from your network in a short time\. Please try again in \d+ minutes?/);
  assert.match(res.text, /id="form-failure"/);
  assert.match(res.text, /value="Harbor &lt;Marine&gt; Services"/, 'values kept, escaped');
  assert.match(res.text, /value="2100 W Commodore Way"/);
  assert.match(res.text, /value="buyer@acme.test"/);
  assert.doesNotMatch(res.text, new RegExp(PASSWORD), 'the password is not echoed');
  assert.match(res.text, /name="csrf_token"/);
  const refused = await c.post('/register', application('throttle-late@harbor.test'));
  assert.equal(refused.status, 429);
  assert.equal(sql("SELECT COUNT(*) FROM users WHERE email = 'throttle-late@harbor.test'"), '0');
  // bad input is still answered with its messages (nothing to hash, nothing counted)
  const bad = await c.post('/register', application('throttle-bad@harbor.test', { tax_id: '' }));
  assert.equal(bad.status, 422);
  assert.match(bad.text, /id="tax_id-error"/);

  // another client address is not affected
  const other = new ClientFrom(portal.url, '127.0.0.3');
  await other.get('/register');
  assert.equal((await other.post('/register', application('throttle-other@harbor.test'))).status, 303);
  assert.equal(sql("SELECT COUNT(*) FROM login_failures WHERE kind = 'register' AND client_ip = '127.0.0.2'"), String(REGISTER_LIMIT));
});

test('parallel applications from one address: at most the limit are hashed', async () => {
  const c = new ClientFrom(portal.url, '127.0.0.4');
  await c.get('/register');
  const results = await Promise.all(Array.from({ length: 12 },
    (_, i) => c.post('/register', application(`parallel-${i}@harbor.test`))));
  const seen = tally(results);
  assert.deepEqual(seen, { 303: REGISTER_LIMIT, 429: 12 - REGISTER_LIMIT }, `answers by status: ${JSON.stringify(seen)}`);
  assert.equal(sql("SELECT COUNT(*) FROM users WHERE email LIKE 'parallel-%@harbor.test'"), String(REGISTER_LIMIT));
});
