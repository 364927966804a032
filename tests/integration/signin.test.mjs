// Sign-in, sessions, CSRF and the request layer, through nginx.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startPortal, Client, DEMO_PASSWORD } from '../lib/portal.mjs';

let portal;
before(async () => { portal = await startPortal(); });
after(async () => { await portal?.stop(); });

test('the login form has labelled fields for password managers and a CSRF token', async () => {
  const c = new Client(portal.url);
  const res = await c.get('/login');
  assert.equal(res.status, 200);
  assert.match(res.text, /<label for="email"/);
  assert.match(res.text, /name="email"[^>]*autocomplete="username"/s);
  assert.match(res.text, /name="password"[^>]*autocomplete="current-password"/s);
  assert.ok(c.csrf.length === 43, 'csrf token present');
  assert.ok(c.cookies.has('bd_visitor'), 'visitor cookie set for the login form');
});

test('a buyer signs in and lands on the account dashboard', async () => {
  const c = new Client(portal.url);
  const res = await c.signIn('buyer@acme.test');
  assert.equal(res.status, 303);
  assert.equal(res.location, '/account');
  const cookie = res.headers.getSetCookie().find((h) => h.startsWith('bd_session='));
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Lax/);
  assert.doesNotMatch(cookie, /Secure/, 'no Secure flag on a plain-http base URL');
  const page = await c.get('/account');
  assert.equal(page.status, 200);
  assert.match(page.text, /Welcome back, Ben/);
  assert.match(page.text, /Acme Industrial Supply/);
  assert.match(page.text, /Buyer/);
  // only the session's hash is stored
  const token = c.cookies.get('bd_session');
  assert.equal(portal.sql(`SELECT COUNT(*) FROM sessions WHERE token_hash = '${token}'`), '0');
  assert.equal(portal.sql('SELECT length(token_hash) FROM sessions LIMIT 1'), '32');
});

test('email is matched case-insensitively and with spaces trimmed', async () => {
  const c = new Client(portal.url);
  const res = await c.signIn('  Purchasing@ACME.test ');
  assert.equal(res.status, 303);
  assert.equal(res.location, '/account');
});

test('staff sign in on the same page and land in the back office', async () => {
  const c = new Client(portal.url);
  const res = await c.signIn('staff@seller.test');
  assert.equal(res.status, 303);
  assert.equal(res.location, '/backoffice');
  const page = await c.get('/backoffice');
  assert.equal(page.status, 200);
  assert.match(page.text, /Customer companies/);
  assert.match(page.text, /Borealis Builders/);
  // staff are not company members
  assert.equal((await c.get('/account')).status, 403);
});

test('a member cannot open the back office', async () => {
  const c = new Client(portal.url);
  await c.signIn('admin@acme.test');
  const res = await c.get('/backoffice');
  assert.equal(res.status, 403);
  assert.doesNotMatch(res.text, /Customer companies/);
});

test('wrong password and unknown email get the same generic message', async () => {
  const a = new Client(portal.url);
  const wrong = await a.signIn('admin@borealis.test', 'not-the-password');
  const b = new Client(portal.url);
  const unknown = await b.signIn('nobody@nowhere.test', 'not-the-password');
  for (const res of [wrong, unknown]) {
    assert.equal(res.status, 422);
    assert.match(res.text, /The email or password is incorrect\./);
    assert.equal(res.headers.getSetCookie().some((h) => h.startsWith('bd_session=') && !/Max-Age=0/.test(h)), false);
  }
  // the typed email is kept, the password is not
  assert.match(wrong.text, /value="admin@borealis.test"/);
  assert.doesNotMatch(wrong.text, /not-the-password/);
});

test('unknown emails take as long as wrong passwords (no account probing)', async () => {
  const time = async (email) => {
    const c = new Client(portal.url);
    await c.get('/login');
    const t0 = performance.now();
    await c.post('/login', { email, password: 'wrong-password-123' });
    return performance.now() - t0;
  };
  const known = [], unknown = [];
  for (let i = 0; i < 3; i++) {
    known.push(await time(`a.sandhu@borealis.test`));
    unknown.push(await time(`ghost${i}@acme.test`));
  }
  const median = (xs) => xs.sort((x, y) => x - y)[1];
  const ratio = median(unknown) / median(known);
  assert.ok(ratio > 0.5 && ratio < 2, `unknown/known timing ratio ${ratio.toFixed(2)}`);
});

test('empty fields get a clear message on the form', async () => {
  const c = new Client(portal.url);
  await c.get('/login');
  const res = await c.post('/login', { email: 'buyer@acme.test', password: '' });
  assert.equal(res.status, 422);
  assert.match(res.text, /Enter your email address and your password/);
  assert.match(res.text, /value="buyer@acme.test"/);
});

test('hostile input is escaped and never crashes the server', async () => {
  const c = new Client(portal.url);
  await c.get('/login');
  const script = '<script>alert(1)</script>@x.test';
  let res = await c.post('/login', { email: script, password: 'x' });
  assert.equal(res.status, 422);
  assert.doesNotMatch(res.text, /<script>alert/);
  assert.match(res.text, /&lt;script&gt;/);
  res = await c.post('/login', { email: 'a'.repeat(10000), password: 'b'.repeat(5000) });
  assert.equal(res.status, 422);
  res = await c.post('/login', { email: 'x@y.test', next: 'https://evil.test/', password: DEMO_PASSWORD });
  assert.equal(res.status, 422);
});

test('after sign-in the user goes back to the page they asked for, with its query', async () => {
  for (const path of ['/cart', '/product/ABR-CWW-0102', '/catalog/hand-tools', '/account/orders?status=delivered',
    '/account', '/catalog/search?q=ABR%2FCWW&page=2']) {
    const c = new Client(portal.url);
    const first = await c.get(path);
    assert.equal(first.status, 303, path);
    assert.equal(first.location, `/login?next=${encodeURIComponent(path)}`);
    const form = await c.get(first.location);
    assert.ok(form.text.includes(`name="next" value="${path.replace(/&/g, '&amp;')}"`), `the form carries ${path}`);
    const res = await c.post('/login', { email: 'buyer@acme.test', password: DEMO_PASSWORD, next: path });
    assert.equal(res.status, 303);
    assert.equal(res.location, path, `back to ${path}`);
    assert.equal((await c.get(res.location)).status, 200, `${path} opens`);
  }
  // staff go back to a back-office page, members never do
  const s = new Client(portal.url);
  await s.get('/login');
  let res = await s.post('/login', { email: 'staff@seller.test', password: DEMO_PASSWORD, next: '/backoffice/orders?status=processing' });
  assert.equal(res.location, '/backoffice/orders?status=processing');
  const d = new Client(portal.url);
  await d.get('/login');
  res = await d.post('/login', { email: 'buyer@acme.test', password: DEMO_PASSWORD, next: '/backoffice' });
  assert.equal(res.location, '/account', 'a member is not sent to the back office');
  const e = new Client(portal.url);
  await e.get('/login');
  res = await e.post('/login', { email: 'staff@seller.test', password: DEMO_PASSWORD, next: '/cart' });
  assert.equal(res.location, '/backoffice', 'staff are not sent to member pages');
});

test('sign-in never returns to another host, a crafted path or a line break', async () => {
  const hostile = [
    '//evil.test', '//evil.test/account', '///evil.test', 'https://evil.test/', 'https:evil.test', 'http:/evil.test',
    'javascript:alert(1)', '/\\evil.test', '\\\\evil.test', '\\/evil.test', '/account/\\evil.test', '/account?x=\\',
    '/%2F%2Fevil.test', '/%2f%2fevil.test', '%2F%2Fevil.test', '/%5Cevil.test', '/%5cevil.test', '/%252F%252Fevil.test',
    '/account//evil.test', '/account/%2F%2Fevil.test',
    '/account\r\nSet-Cookie: stolen=1', '/account\nLocation: //evil.test', '/\t/evil.test', '/account?x=\r\n',
    '/%0D%0ALocation:%20//evil.test', ' /account', 'account',
  ];
  for (const next of hostile) {
    const c = new Client(portal.url);
    await c.get('/login');
    const res = await c.post('/login', { email: 'buyer@acme.test', password: DEMO_PASSWORD, next });
    assert.equal(res.status, 303, JSON.stringify(next));
    assert.equal(res.location, '/account', `${JSON.stringify(next)} lands at home`);
    assert.ok(!res.headers.getSetCookie().some((h) => h.startsWith('stolen')), 'no injected header');
  }
});

test('signing in again ends the session the browser came with', async () => {
  const sessionsOf = (email) => Number(portal.sql(
    `SELECT COUNT(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = '${email}'`));
  const c = new Client(portal.url);
  await c.signIn('purchasing@acme.test');
  assert.equal((await c.get('/account')).status, 200);
  const old = c.cookies.get('bd_session');
  const before = sessionsOf('purchasing@acme.test');
  // the same browser signs in again (another tab's form, another person)
  const res = await c.post('/login', { email: 'finance@acme.test', password: DEMO_PASSWORD });
  assert.equal(res.status, 303);
  assert.notEqual(c.cookies.get('bd_session'), old);
  assert.match((await c.get('/account')).text, /Finance/);
  const replay = new Client(portal.url);
  replay.cookies.set('bd_session', old);
  const again = await replay.get('/account');
  assert.equal(again.status, 303, 'the old cookie no longer works');
  assert.match(again.location, /^\/login/);
  assert.equal(sessionsOf('purchasing@acme.test'), before - 1, 'the old session row is gone');
});

test('a POST without a valid CSRF token gets 403 and changes nothing', async () => {
  const c = new Client(portal.url);
  await c.get('/login');
  const before = portal.sql('SELECT COUNT(*) FROM sessions');
  let res = await c.post('/login', { email: 'buyer@acme.test', password: DEMO_PASSWORD }, { csrf: false });
  assert.equal(res.status, 403);
  res = await c.post('/login', { email: 'buyer@acme.test', password: DEMO_PASSWORD, csrf_token: 'A'.repeat(43) }, { csrf: false });
  assert.equal(res.status, 403);
  assert.equal(portal.sql('SELECT COUNT(*) FROM sessions'), before);

  // signed in: sign-out needs the session's token, a forged one is refused
  await c.signIn('buyer@acme.test');
  await c.get('/account');
  res = await c.post('/logout', { csrf_token: 'forged' }, { csrf: false });
  assert.equal(res.status, 403);
  assert.equal((await c.get('/account')).status, 200, 'still signed in');
  // the token from before sign-in no longer works once signed in
  const visitorToken = c.csrf;
  assert.ok(visitorToken);
});

test('sign-out deletes the session on the server', async () => {
  const c = new Client(portal.url);
  await c.signIn('finance@acme.test');
  await c.get('/account');
  const token = c.cookies.get('bd_session');
  const res = await c.post('/logout');
  assert.equal(res.status, 303);
  assert.equal(res.location, '/login');
  const flash = await c.get('/login');
  assert.match(flash.text, /You have been signed out/);
  // replaying the old cookie does not bring the session back
  const replay = new Client(portal.url);
  replay.cookies.set('bd_session', token);
  const again = await replay.get('/account');
  assert.equal(again.status, 303);
  assert.match(again.location, /^\/login/);
});

test('a new session token is issued at every sign-in', async () => {
  const c = new Client(portal.url);
  await c.signIn('buyer@acme.test');
  const first = c.cookies.get('bd_session');
  await c.post('/logout');
  await c.signIn('buyer@acme.test');
  assert.notEqual(c.cookies.get('bd_session'), first);
});

test('after 5 failures in 15 minutes the account is throttled, even with the right password', async () => {
  const c = new Client(portal.url);
  await c.get('/login');
  for (let i = 0; i < 5; i++) {
    const res = await c.post('/login', { email: 'h.nguyen@acme.test', password: `wrong-${i}` });
    assert.equal(res.status, 422);
  }
  const res = await c.post('/login', { email: 'h.nguyen@acme.test', password: DEMO_PASSWORD });
  assert.equal(res.status, 429);
  assert.match(res.text, /Too many failed sign-in attempts/);
  assert.match(res.text, /try again in 15 minutes/);
  // other accounts from the same address still work
  const other = new Client(portal.url);
  assert.equal((await other.signIn('admin@acme.test')).status, 303);
});

test('unknown paths answer 404, wrong methods 405', async () => {
  const c = new Client(portal.url);
  let res = await c.get('/no/such/page');
  assert.equal(res.status, 404);
  assert.match(res.text, /There is no page at this address/);
  res = await c.request('DELETE', '/login');
  assert.equal(res.status, 405);
  res = await c.get('/logout');
  assert.equal(res.status, 405);
});

test('malformed percent-escapes and invalid UTF-8 get 400, not a crash', async () => {
  const c = new Client(portal.url);
  assert.equal((await c.get('/login?next=%zz')).status, 400);
  assert.equal((await c.get('/login?next=%C0%AF')).status, 400);
  await c.get('/login');
  const res = await c.request('POST', '/login', {
    body: `csrf_token=${c.csrf}&email=%ff%fe&password=x`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(res.status, 400);
  assert.equal((await c.get('/login')).status, 200, 'server still answers');
});

test('an oversized body is refused with 413', async () => {
  const c = new Client(portal.url);
  await c.get('/login');
  const res = await c.post('/login', { email: 'buyer@acme.test', password: 'x'.repeat(1536 * 1024) });
  assert.equal(res.status, 413);
  assert.equal((await c.get('/login')).status, 200);
});

test('nginx serves the CSS directly with security headers on every page', async () => {
  const css = await fetch(`${portal.url}/static/bootstrap/css/bootstrap.min.css`);
  assert.equal(css.status, 200);
  assert.match(css.headers.get('content-type'), /text\/css/);
  assert.ok((await css.text()).includes('Bootstrap'));
  const own = await fetch(`${portal.url}/static/app.css`);
  assert.equal(own.status, 200);
  const page = await fetch(`${portal.url}/login`);
  const csp = page.headers.get('content-security-policy');
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(page.headers.get('x-frame-options'), 'DENY');
  assert.equal(page.headers.get('content-security-policy').split('default-src').length, 2, 'exactly one policy');
  assert.ok(page.headers.get('referrer-policy'));
  assert.match(await page.text(), /^<!doctype html>/);
});

test('every request is logged with method, path, status and microseconds', async () => {
  await fetch(`${portal.url}/login?probe=1`);
  await new Promise((r) => setTimeout(r, 100));
  assert.match(portal.appLog(), /^GET \/login 200 \d+us$/m);
});
