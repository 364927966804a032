// Forgotten password (mailed single-use link) and My profile: details,
// sign-in email, password and sessions. Each test uses its own demo user,
// since these tests change passwords, emails and sessions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client, DEMO_PASSWORD } from '../lib/portal.mjs';
import { now } from '../lib/clock.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';

let portal, smtp;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const NEW_PASSWORD = 'a-brand-new-passphrase-7';

before(async () => ({ portal, smtp } = await startStack({ mail: true })));
after(() => stopStack({ portal, smtp }));

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const mailTo = (addr, subject) => (m) => m.rcpt_tos.includes(addr) && subject.test(m.headers.Subject);
const RESET_SUBJECT = /^Choose a new password/;
const CHANGED_SUBJECT = /password was changed$/;

// The path of the link in a mail's text part, e.g. /password/reset/<token>.
function linkIn(mail, prefix) {
  const m = mail.text.match(new RegExp(`${escapeRe(portal.url)}(${escapeRe(prefix)}[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])`));
  assert.ok(m, `a ${prefix} link in:\n${mail.text}`);
  return m[1];
}

async function signedIn(email, password = DEMO_PASSWORD) {
  const c = new Client(portal.url);
  const res = await c.signIn(email, password);
  assert.equal(res.status, 303, `${email} signs in`);
  return c;
}

async function signInStatus(email, password) {
  return (await new Client(portal.url).signIn(email, password)).status;
}

async function askForReset(email, client = new Client(portal.url)) {
  await client.get('/password/forgot');
  return client.post('/password/forgot', { email });
}

// Asks for a link for `email` and returns its path from the mail.
async function resetLink(email) {
  const before = smtp.messages().filter(mailTo(email, RESET_SUBJECT)).length;
  const res = await askForReset(email);
  assert.equal(res.status, 303);
  const mails = await smtp.waitFor(before + 1, mailTo(email, RESET_SUBJECT));
  return linkIn(mails[mails.length - 1], '/password/reset/');
}

const userId = (email) => portal.sql(`SELECT id FROM users WHERE email = '${email}'`);

// ---- forgotten password ---------------------------------------------------

test('forgot: the same answer for a known and an unknown address; only the known one gets a link', async () => {
  const c = new Client(portal.url);
  const form = await c.get('/password/forgot');
  assert.equal(form.status, 200);
  assert.match(form.text, /<label for="email"/);
  assert.match(form.text, /name="csrf_token"/);

  const known = await askForReset('h.nguyen@acme.test', c);
  const unknown = await askForReset('nobody.here@acme.test', c);
  assert.equal(known.status, 303);
  assert.equal(unknown.status, known.status);
  assert.equal(unknown.location, known.location);
  assert.deepEqual(unknown.headers.getSetCookie().map((x) => x.split('=')[0]),
    known.headers.getSetCookie().map((x) => x.split('=')[0]));
  const answer = await c.get(known.location);
  assert.equal(answer.status, 200);
  assert.match(answer.text, /If an account exists for that address, we sent a link/);

  const [mail] = await smtp.waitFor(1, mailTo('h.nguyen@acme.test', RESET_SUBJECT));
  assert.match(linkIn(mail, '/password/reset/'), /^\/password\/reset\//);
  assert.match(mail.html, new RegExp(`href="${escapeRe(portal.url)}/password/reset/`));
  await sleep(700);   // several mailer rounds
  assert.equal(smtp.messages().filter((m) => m.rcpt_tos.includes('nobody.here@acme.test')).length, 0);
  assert.equal(portal.sql("SELECT COUNT(*) FROM outbox WHERE to_address = 'nobody.here@acme.test'"), '0');
});

test('forgot: a known and an unknown address take the same time and get byte-identical answers', async () => {
  // Accounts no other test here uses; 3 asks each, then their links are
  // forgotten, so every known ask would really issue one (the hourly limit
  // is 3 links per account).
  const accounts = ['dana.reyes@seller.test', 'marcus.lee@seller.test', 'kelly.obrien@seller.test', 's.marin@acme.test',
    'w.becker@ridgeline.test', 'o.park@summitlab.test', 'lena@northwind-janitorial.test', 'g.whitfield@cascade.test'];
  const c = new Client(portal.url);
  await c.get('/password/forgot');
  // Each ask timed twice: end to end (what a prober sees) and by the app
  // itself (its log line "POST /password/forgot 303 812us"), which is free
  // of nginx and network noise.
  const logged = () => [...portal.appLog().matchAll(/^POST \/password\/forgot 303 (\d+)us$/gm)].map((m) => Number(m[1]) / 1000);
  let seen = logged().length;
  const ask = async (email) => {
    const t0 = performance.now();
    const res = await c.post('/password/forgot', { email });
    const ms = performance.now() - t0;
    let lines = logged();
    for (let i = 0; i < 50 && lines.length <= seen; i++) {
      await sleep(20);
      lines = logged();
    }
    assert.ok(lines.length > seen, 'the app logged the request');
    return { ms, server: lines[seen++], res };
  };
  const shape = ({ res }) => JSON.stringify({ status: res.status, location: res.location, body: res.text,
    cookies: res.headers.getSetCookie(), type: res.headers.get('content-type'), length: res.headers.get('content-length') });
  const known = [], unknown = [];
  const rounds = accounts.length * 6;
  const forgetLinks = () => portal.sql(`DELETE FROM one_time_tokens WHERE purpose = 'password_reset'
    AND user_id IN (SELECT id FROM users WHERE email IN (${accounts.map((a) => `'${a}'`).join(', ')}))`);
  for (let i = 0; i < rounds; i++) {
    if (i && i % (accounts.length * 3) === 0) forgetLinks();
    // alternate which goes first, so neither side always follows the other
    const pair = i % 2
      ? [await ask(`nobody-${i}@acme.test`), await ask(accounts[i % accounts.length])].reverse()
      : [await ask(accounts[i % accounts.length]), await ask(`nobody-${i}@acme.test`)];
    known.push(pair[0]);
    unknown.push(pair[1]);
    assert.equal(shape(pair[0]), shape(pair[1]), 'the same answer, byte for byte');
  }
  assert.equal(known[0].res.status, 303);
  assert.equal(known[0].res.location, '/password/forgot?sent=1');

  // Medians with a generous margin, and a sign test over the pairs: when
  // only known addresses did the token and mail work (in the app 1.9 vs
  // 1.2 ms), a known address was slower in nearly every pair; without a
  // difference about half go either way (3 of 4 or more: p < 0.001).
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  for (const [what, key] of [['end to end', 'ms'], ['in the app', 'server']]) {
    const mk = median(known.map((x) => x[key])), mu = median(unknown.map((x) => x[key]));
    const slower = known.filter((k, i) => k[key] > unknown[i][key]).length;
    console.log(`# forgot, ${what}: known ${mk.toFixed(2)} ms, unknown ${mu.toFixed(2)} ms (medians of ${rounds}); known slower in ${slower} of ${rounds} pairs`);
    assert.ok(mk / mu > 0.67 && mk / mu < 1.5, `${what}: known/unknown median ratio ${(mk / mu).toFixed(2)}`);
    assert.ok(slower > rounds * 0.25 && slower < rounds * 0.75, `${what}: known slower in ${slower} of ${rounds} pairs`);
  }

  // and only the known addresses get mail, from the mailer
  await smtp.waitFor(3, mailTo('s.marin@acme.test', RESET_SUBJECT));
  await sleep(500);
  assert.equal(smtp.messages().filter((m) => m.rcpt_tos.some((r) => /^nobody-\d+@acme\.test$/.test(r))).length, 0);
  assert.equal(portal.sql('SELECT COUNT(*) FROM password_reset_requests'), '0', 'every request handled');
});

test('forgot: a malformed address gets a message on the form, not a mail', async () => {
  const c = new Client(portal.url);
  await c.get('/password/forgot');
  const res = await c.post('/password/forgot', { email: 'not an address' });
  assert.equal(res.status, 422);
  assert.match(res.text, /Enter an email address like name@company.com/);
  assert.match(res.text, /id="email"[^>]*value="not an address"/);
  assert.match(res.text, /aria-describedby="email-error"/);
});

test('reset: a weak password is refused without spending the link; the good one works once and ends every session', async () => {
  const email = 'd.kowalski@acme.test';
  const earlier = await signedIn(email);
  assert.equal((await earlier.get('/account')).status, 200);

  // the mailed link proves the address, so an unconfirmed one counts as confirmed after
  portal.sql(`UPDATE users SET email_verified_at = NULL WHERE email = '${email}'`);
  const link = await resetLink(email);
  const c = new Client(portal.url);
  const form = await c.get(link);
  assert.equal(form.status, 200);
  assert.match(form.text, /Choose a new password/);
  assert.match(form.text, /d\.kowalski@acme\.test/);
  assert.match(form.text, /autocomplete="new-password"/);
  // opening the link changes nothing
  assert.equal(portal.sql(`SELECT COUNT(*) FROM one_time_tokens WHERE user_id = ${userId(email)} AND purpose = 'password_reset' AND used_at IS NULL`), '1');

  const weak = await c.post(link, { new_password: '11-chars-xx', confirm_password: '11-chars-xx' });
  assert.equal(weak.status, 422);
  assert.match(weak.text, /Use at least 12 characters for the password/);
  assert.match(weak.text, /aria-describedby="new_password-help new_password-error" aria-invalid="true"/);
  assert.doesNotMatch(weak.text, /11-chars-xx/, 'passwords are never echoed');
  const mismatch = await c.post(link, { new_password: NEW_PASSWORD, confirm_password: NEW_PASSWORD + 'x' });
  assert.equal(mismatch.status, 422);
  assert.match(mismatch.text, /The two passwords do not match/);
  assert.equal((await c.get(link)).status, 200, 'the link still works after refused attempts');

  const done = await c.post(link, { new_password: NEW_PASSWORD, confirm_password: NEW_PASSWORD });
  assert.equal(done.status, 303);
  assert.equal(done.location, '/login');
  const login = await c.get('/login');
  assert.match(login.text, /Your password is changed/);

  // used once: both opening and posting are refused
  const again = await c.get(link);
  assert.equal(again.status, 410);
  assert.match(again.text, /already been used/);
  assert.match(again.text, /href="\/password\/forgot"/);
  assert.equal((await c.post(link, { new_password: 'yet-another-password-9', confirm_password: 'yet-another-password-9' })).status, 410);

  // every earlier session is gone
  const old = await earlier.get('/account');
  assert.equal(old.status, 303);
  assert.match(old.location, /^\/login/);

  assert.equal(await signInStatus(email, DEMO_PASSWORD), 422);
  assert.equal(await signInStatus(email, NEW_PASSWORD), 303);
  assert.equal(await signInStatus(email, 'yet-another-password-9'), 422);
  assert.equal(portal.sql(`SELECT email_verified_at IS NOT NULL FROM users WHERE email = '${email}'`), '1');

  const [changed] = await smtp.waitFor(1, mailTo(email, CHANGED_SUBJECT));
  assert.match(changed.text, /was just changed/);
  assert.match(changed.text, new RegExp(`${escapeRe(portal.url)}/password/forgot`));
});

test('reset: an expired link and a made-up link are refused', async () => {
  const email = 'r.alvarez@acme.test';
  const link = await resetLink(email);
  portal.sql(`UPDATE one_time_tokens SET expires_at = ${now()} - 1 WHERE user_id = ${userId(email)} AND purpose = 'password_reset'`);
  const c = new Client(portal.url);
  const page = await c.get(link);
  assert.equal(page.status, 410);
  assert.match(page.text, /This link has expired/);
  assert.doesNotMatch(page.text, /name="new_password"/);
  await c.get('/password/forgot');   // a CSRF token for the post
  const post = await c.post(link, { new_password: NEW_PASSWORD, confirm_password: NEW_PASSWORD });
  assert.equal(post.status, 410);
  assert.equal(await signInStatus(email, DEMO_PASSWORD), 303, 'the password did not change');

  const madeUp = await c.get(`/password/reset/${'A'.repeat(43)}`);
  assert.equal(madeUp.status, 404);
  assert.match(madeUp.text, /This link is not valid/);
  assert.equal((await c.get('/password/reset/short')).status, 404);
});

test('forgot: at most 3 mails an hour per address, with the same answer every time', async () => {
  const email = 't.washington@acme.test';
  const answers = [];
  for (let i = 0; i < 4; i++) answers.push(await askForReset(email));
  for (const a of answers) {
    assert.equal(a.status, 303);
    assert.equal(a.location, answers[0].location);
  }
  await smtp.waitFor(3, mailTo(email, RESET_SUBJECT));
  await sleep(700);
  assert.equal(smtp.messages().filter(mailTo(email, RESET_SUBJECT)).length, 3);
  assert.equal(portal.sql(`SELECT COUNT(*) FROM one_time_tokens WHERE user_id = ${userId(email)} AND purpose = 'password_reset'`), '3');
  // only the newest link works
  assert.equal(portal.sql(`SELECT COUNT(*) FROM one_time_tokens WHERE user_id = ${userId(email)} AND purpose = 'password_reset' AND used_at IS NULL`), '1');
});

test('forgot: seller staff get a link too (they sign in on the same page)', async () => {
  const link = await resetLink('staff@seller.test');
  assert.equal((await new Client(portal.url).get(link)).status, 200);
});

// ---- my profile -----------------------------------------------------------

test('profile: details are saved, validated, shown escaped, and protected against forged posts', async () => {
  const email = 'buyer@acme.test';
  const c = await signedIn(email);
  const page = await c.get('/account/profile');
  assert.equal(page.status, 200);
  assert.match(page.text, /id="name" name="name" value="Ben Carter"/);
  assert.match(page.text, /value="\(773\) 555-0163"/);
  assert.match(page.text, /href="\/account\/notifications"/);
  assert.match(page.text, /autocomplete="organization-title"/);

  const ok = await c.post('/account/profile', { name: '  Ben Carter-Smith ', job_title: 'Maintenance Lead', phone: '+1 312 555 0000' });
  assert.equal(ok.status, 303);
  assert.equal(ok.location, '/account/profile');
  const saved = await c.get('/account/profile');
  assert.match(saved.text, /Your details are saved/);
  assert.match(saved.text, /value="Ben Carter-Smith"/);
  assert.equal(portal.sql(`SELECT name || '|' || job_title || '|' || phone FROM users WHERE email = '${email}'`),
    'Ben Carter-Smith|Maintenance Lead|+1 312 555 0000');

  const empty = await c.post('/account/profile', { name: '   ', job_title: 'Kept title', phone: '555' });
  assert.equal(empty.status, 422);
  assert.match(empty.text, /id="name-error">This field is required/);
  assert.match(empty.text, /value="Kept title"/, 'what was typed is kept');

  const huge = await c.post('/account/profile', { name: 'x'.repeat(10240), job_title: '', phone: '' });
  assert.equal(huge.status, 422);
  assert.match(huge.text, /id="name-error">Use at most 120 characters\./);
  const longPhone = await c.post('/account/profile', { name: 'Ben', job_title: '', phone: '1'.repeat(41) });
  assert.equal(longPhone.status, 422);
  assert.match(longPhone.text, /id="phone-error">Use at most 40 characters\./);
  assert.equal(portal.sql(`SELECT name FROM users WHERE email = '${email}'`), 'Ben Carter-Smith');

  const script = '<script>alert(1)</script> Ben';
  assert.equal((await c.post('/account/profile', { name: script, job_title: '', phone: '' })).status, 303);
  const shown = await c.get('/account/profile');
  assert.doesNotMatch(shown.text, /<script>alert/);
  assert.match(shown.text, /&lt;script&gt;alert\(1\)&lt;\/script&gt; Ben/);

  const forged = await c.post('/account/profile', { csrf_token: 'forged-token', name: 'Hacked', job_title: '', phone: '' });
  assert.equal(forged.status, 403);
  const missing = await c.post('/account/profile', { name: 'Hacked', job_title: '', phone: '' }, { csrf: false });
  assert.equal(missing.status, 403);
  assert.equal(portal.sql(`SELECT name FROM users WHERE email = '${email}'`), script);

  const anon = new Client(portal.url);
  const redirect = await anon.get('/account/profile');
  assert.equal(redirect.status, 303);
  assert.match(redirect.location, /^\/login\?next=/);
});

test('profile: a password change needs the current password, then ends the other sessions and keeps this one', async () => {
  const email = 'purchasing@acme.test';
  const here = await signedIn(email);
  const elsewhere = await signedIn(email);
  await here.get('/account/profile');
  // an email change someone started with the old password
  assert.equal((await here.post('/account/profile/email', { new_email: 'priya@elsewhere.test', email_password: DEMO_PASSWORD })).status, 303);
  const [confirm] = await smtp.waitFor(1, mailTo('priya@elsewhere.test', /^Confirm/));
  const pendingLink = linkIn(confirm, '/email/confirm/');

  const wrong = await here.post('/account/profile/password',
    { current_password: 'not-my-password', new_password: NEW_PASSWORD, confirm_password: NEW_PASSWORD });
  assert.equal(wrong.status, 422);
  assert.match(wrong.text, /id="current_password-error">That is not your current password/);
  assert.doesNotMatch(wrong.text, new RegExp(NEW_PASSWORD));
  const mismatch = await here.post('/account/profile/password',
    { current_password: DEMO_PASSWORD, new_password: NEW_PASSWORD, confirm_password: 'something-else-entirely' });
  assert.equal(mismatch.status, 422);
  assert.match(mismatch.text, /id="confirm_password-error">The two passwords do not match/);
  const weak = await here.post('/account/profile/password',
    { current_password: DEMO_PASSWORD, new_password: 'short', confirm_password: 'short' });
  assert.equal(weak.status, 422);
  assert.equal((await elsewhere.get('/account')).status, 200, 'nothing changed yet');

  const ok = await here.post('/account/profile/password',
    { current_password: DEMO_PASSWORD, new_password: NEW_PASSWORD, confirm_password: NEW_PASSWORD });
  assert.equal(ok.status, 303);
  const after = await here.get('/account/profile');
  assert.equal(after.status, 200, 'this session is kept');
  assert.match(after.text, /Your password is changed/);
  const ended = await elsewhere.get('/account');
  assert.equal(ended.status, 303);
  assert.match(ended.location, /^\/login/);

  assert.equal(await signInStatus(email, DEMO_PASSWORD), 422);
  assert.equal(await signInStatus(email, NEW_PASSWORD), 303);
  await smtp.waitFor(1, mailTo(email, CHANGED_SUBJECT));
  // ...cannot be finished with a link mailed before the new password
  assert.equal((await here.get(pendingLink)).status, 410);
  assert.equal(portal.sql(`SELECT email FROM users WHERE id = ${userId(email)}`), email);
});

test('profile: an email change is confirmed by a link to the new address, with a notice to the old one', async () => {
  const email = 'finance@acme.test';
  const fresh = 'frank.osei@newmail.test';
  const c = await signedIn(email);
  await c.get('/account/profile');

  const wrong = await c.post('/account/profile/email', { new_email: fresh, email_password: 'not-my-password' });
  assert.equal(wrong.status, 422);
  assert.match(wrong.text, /id="email_password-error">That is not your current password/);
  assert.match(wrong.text, /id="new_email"[^>]*value="frank.osei@newmail.test"/);
  const inUse = await c.post('/account/profile/email', { new_email: 'Admin@Acme.test', email_password: DEMO_PASSWORD });
  assert.equal(inUse.status, 422);
  assert.match(inUse.text, /id="new_email-error">That address is already in use/);
  const bad = await c.post('/account/profile/email', { new_email: 'frank at newmail', email_password: DEMO_PASSWORD });
  assert.equal(bad.status, 422);
  const same = await c.post('/account/profile/email', { new_email: email, email_password: DEMO_PASSWORD });
  assert.equal(same.status, 422);
  assert.match(same.text, /already your sign-in email/);
  assert.equal(portal.sql(`SELECT COUNT(*) FROM outbox WHERE template LIKE 'email_change%' AND user_id = ${userId(email)}`), '0');

  const ok = await c.post('/account/profile/email', { new_email: fresh, email_password: DEMO_PASSWORD });
  assert.equal(ok.status, 303);
  const page = await c.get('/account/profile');
  assert.match(page.text, /We sent a link to frank\.osei@newmail\.test/);

  const [confirm] = await smtp.waitFor(1, mailTo(fresh, /^Confirm your new email address/));
  const link = linkIn(confirm, '/email/confirm/');
  const [notice] = await smtp.waitFor(1, mailTo(email, /sign-in email is being changed$/));
  assert.match(notice.text, /frank\.osei@newmail\.test/);
  assert.ok(!notice.text.includes(link) && !notice.html.includes(link.split('/').pop()), 'the old address never sees the link');

  // opening the link changes nothing; the button does
  const anon = new Client(portal.url);
  const form = await anon.get(link);
  assert.equal(form.status, 200);
  assert.match(form.text, /Confirm frank\.osei@newmail\.test/);
  assert.equal(portal.sql(`SELECT COUNT(*) FROM users WHERE email = '${email}'`), '1');
  const done = await anon.post(link);
  assert.equal(done.status, 303);
  assert.equal(done.location, '/login');
  assert.match((await anon.get('/login')).text, /Your sign-in email is now frank\.osei@newmail\.test/);

  assert.equal(await signInStatus(email, DEMO_PASSWORD), 422);
  assert.equal(await signInStatus(fresh, DEMO_PASSWORD), 303);
  assert.equal((await c.get('/account/profile')).status, 200, 'the session that asked is still signed in');

  const reused = await anon.get(link);
  assert.equal(reused.status, 410);
  assert.match(reused.text, /already been used/);
  assert.equal((await anon.post(link)).status, 410);
});

test('email confirm: signed in, it comes back to the profile; an address taken meanwhile is refused', async () => {
  const c = await signedIn('j.tremblay@borealis.test');
  await c.get('/account/profile');
  assert.equal((await c.post('/account/profile/email', { new_email: 'jordan@tremblay.test', email_password: DEMO_PASSWORD })).status, 303);
  const [mail] = await smtp.waitFor(1, mailTo('jordan@tremblay.test', /^Confirm/));
  const link = linkIn(mail, '/email/confirm/');
  await c.get(link);
  const done = await c.post(link);
  assert.equal(done.status, 303);
  assert.equal(done.location, '/account/profile');
  const page = await c.get('/account/profile');
  assert.match(page.text, /Your sign-in email is now jordan@tremblay\.test/);
  assert.match(page.text, /You sign in with <strong>jordan@tremblay\.test<\/strong>/);

  const s = await signedIn('a.sandhu@borealis.test');
  await s.get('/account/profile');
  assert.equal((await s.post('/account/profile/email', { new_email: 'amrit@sandhu.test', email_password: DEMO_PASSWORD })).status, 303);
  const [m2] = await smtp.waitFor(1, mailTo('amrit@sandhu.test', /^Confirm/));
  const link2 = linkIn(m2, '/email/confirm/');
  // someone else gets that address before the link is opened
  portal.sql("UPDATE users SET email = 'amrit@sandhu.test' WHERE email = 'admin@borealis.test'");
  await s.get(link2);
  const refused = await s.post(link2);
  assert.equal(refused.status, 409);
  assert.match(refused.text, /now used by another account/);
  assert.equal(portal.sql(`SELECT email FROM users WHERE id = ${portal.sql("SELECT user_id FROM one_time_tokens WHERE data = 'amrit@sandhu.test'")}`),
    'a.sandhu@borealis.test');
  portal.sql("UPDATE users SET email = 'admin@borealis.test' WHERE email = 'amrit@sandhu.test'");
});

test('sessions: the member sees where they are signed in and signs out of all other sessions', async () => {
  const email = 'admin@acme.test';
  const here = await signedIn(email);
  const elsewhere = await signedIn(email);
  const page = await here.get('/account/profile');
  const rows = page.text.match(/<tr>\s*<td><span title=/g) || [];
  assert.equal(rows.length, 2);
  assert.equal((page.text.match(/This device/g) || []).length, 1);
  assert.match(page.text, /127\.0\.0\.1/);
  assert.match(page.text, /Sign out of all other sessions/);

  const res = await here.post('/account/profile/sessions');
  assert.equal(res.status, 303);
  const after = await here.get('/account/profile');
  assert.equal(after.status, 200);
  assert.match(after.text, /You are signed out of 1 other session\./);
  assert.match(after.text, /You are not signed in anywhere else/);
  assert.doesNotMatch(after.text, /Sign out of all other sessions/);
  const ended = await elsewhere.get('/account');
  assert.equal(ended.status, 303);
  assert.match(ended.location, /^\/login/);
  assert.equal(portal.sql(`SELECT COUNT(*) FROM sessions WHERE user_id = ${userId(email)}`), '1');
});

test('profile pages are for members: staff get 403, and a signed-out post is refused', async () => {
  const staff = await signedIn('staff@seller.test');
  assert.equal((await staff.get('/account/profile')).status, 403);
  const anon = new Client(portal.url);
  await anon.get('/login');
  assert.equal((await anon.post('/account/profile/sessions')).status, 403);
});
