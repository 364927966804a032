// The outbox and the mailer against a real SMTP server on loopback.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startPortal, Client } from '../lib/portal.mjs';
import { now } from '../lib/clock.mjs';
import { startSmtp } from '../lib/smtp.mjs';

let portal, smtp, staff;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

before(async () => {
  smtp = await startSmtp();
  portal = await startPortal({
    settings: {
      smtp_url: smtp.url, mail_from: 'Acme Supply Portal <portal@seller.test>',
      mailer_poll_ms: 100, mail_retry_base_seconds: 1, mail_retry_cap_seconds: 1,
      mail_max_attempts: 5, mail_claim_timeout_seconds: 2,
    },
  });
  staff = new Client(portal.url);
  await staff.signIn('staff@seller.test');
  await staff.get('/backoffice/mail');
});
after(async () => {
  await portal?.stop();
  await smtp?.stop();
});

const to = (addr) => (m) => m.rcpt_tos.includes(addr);
const outbox = (addr) => portal.sql(`SELECT status || '|' || attempts || '|' || last_error FROM outbox WHERE to_address = '${addr}'`);

async function sendTest(addresses) {
  await staff.get('/backoffice/mail');
  return staff.post('/backoffice/mail/test', { to: addresses });
}

async function waitForStatus(addr, status, timeoutMs = 15000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (outbox(addr).startsWith(status + '|')) return outbox(addr);
    await sleep(100);
  }
  throw new Error(`${addr} never reached ${status}: ${outbox(addr)}`);
}

test('a queued mail arrives with the right headers and both parts', async () => {
  const res = await sendTest('ops@customer.test');
  assert.equal(res.status, 303);
  const [mail] = await smtp.waitFor(1, to('ops@customer.test'));
  const h = mail.headers;
  assert.equal(mail.mail_from, 'portal@seller.test');
  assert.equal(h.From, 'Acme Supply Portal <portal@seller.test>');
  assert.equal(h.To, 'ops@customer.test');
  assert.equal(h.Subject, 'Test message from Acme Supply Portal');
  assert.match(h['Message-ID'], /^<bd-[0-9a-f]{24}@seller\.test>$/);
  assert.match(h.Date, /^\w{3}, \d{1,2} \w{3} \d{4} \d\d:\d\d:\d\d \+0000$/);
  assert.equal(h['MIME-Version'], '1.0');
  assert.equal(mail.content_type, 'multipart/alternative');
  assert.match(mail.text, /test message sent by Sam Staffer/);
  assert.ok(mail.text.includes(`${portal.url}/login`), 'absolute link in the text part');
  assert.match(mail.html, new RegExp(`href="${portal.url}/login"`));
  assert.doesNotMatch(mail.raw, /[^\r]\n/, 'CRLF line endings only');
  await waitForStatus('ops@customer.test', 'sent');   // the sink has it a moment before the outbox says so
  // the stored Message-ID is the one that went out
  const stored = portal.sql("SELECT message_id FROM outbox WHERE to_address = 'ops@customer.test'");
  assert.equal(h['Message-ID'], `<${stored}>`);
});

test('with the SMTP server down the mail is retried, and arrives once after it is back', async () => {
  await smtp.stop();
  await sendTest('later@customer.test');
  const row = await waitForStatus('later@customer.test', 'retrying');
  assert.match(row, /Couldn't connect|connect/i);
  await smtp.start();
  await smtp.waitFor(1, to('later@customer.test'));
  await waitForStatus('later@customer.test', 'sent');
  await sleep(1500);   // a few more mailer rounds: nothing is sent twice
  assert.equal(smtp.messages().filter(to('later@customer.test')).length, 1);
});

test('after the last attempt a message is failed; staff retry it from the back office', async () => {
  await smtp.stop();
  await sendTest('stuck@customer.test');
  const row = await waitForStatus('stuck@customer.test', 'failed');
  assert.equal(row.split('|')[1], '5', 'mail_max_attempts attempts');
  const list = await staff.get('/backoffice/mail?status=failed');
  assert.match(list.text, /stuck@customer\.test/);
  assert.match(list.text, /Couldn&#39;t connect|connect to server/i);
  await smtp.start();
  const id = portal.sql("SELECT id FROM outbox WHERE to_address = 'stuck@customer.test'");
  const res = await staff.post(`/backoffice/mail/${id}/retry`);
  assert.equal(res.status, 303);
  await smtp.waitFor(1, to('stuck@customer.test'));
  await waitForStatus('stuck@customer.test', 'sent');
});

test('a permanent SMTP failure ends as failed at once and shows in the back office', async () => {
  await sendTest('reject-me@customer.test');
  const row = await waitForStatus('reject-me@customer.test', 'failed');
  assert.equal(row.split('|')[1], '1', 'no retries after a 5xx');
  assert.match(row, /550/);
  const id = portal.sql("SELECT id FROM outbox WHERE to_address = 'reject-me@customer.test'");
  const page = await staff.get(`/backoffice/mail/${id}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /failed/);
  assert.match(page.text, /550/);
  assert.match(page.text, /Retry now/);
});

test('a rolled-back transaction sends nothing', async () => {
  // the second address is valid for the portal but not for SMTP (no
  // SMTPUTF8), so queueing fails and the whole transaction rolls back
  const before = portal.sql('SELECT COUNT(*) FROM outbox');
  const res = await sendTest('first-ok@customer.test, josé@customer.test');
  assert.equal(res.status, 422);
  assert.match(res.text, /Nothing was sent/);
  assert.match(res.text, /value="first-ok@customer.test, josé@customer.test"/);
  assert.equal(portal.sql('SELECT COUNT(*) FROM outbox'), before);
  await sleep(800);
  assert.equal(smtp.messages().filter(to('first-ok@customer.test')).length, 0);
});

test('a message claimed by a mailer that died is delivered by another', async () => {
  await smtp.stop();
  await sendTest('orphan@customer.test');
  await waitForStatus('orphan@customer.test', 'retrying');
  // pretend a mailer claimed it and died mid-delivery
  // attempts back to 0: a retry already in flight must not use up the last attempt before the sink is back
  portal.sql(`UPDATE outbox SET status = 'sending', attempts = 0, claimed_at = ${now()} - 60 WHERE to_address = 'orphan@customer.test'`);
  await smtp.start();
  await smtp.waitFor(1, to('orphan@customer.test'));
  await waitForStatus('orphan@customer.test', 'sent');
});

test('mail due together goes out in batches: each message once, each outcome its own', async () => {
  // 40 messages due at the same moment (more than two of the mailer's
  // batches of 16), five of them refused for good by the server: the
  // batch records each outcome on its own message.
  await smtp.stop();
  const addresses = Array.from({ length: 40 }, (_, i) => (i % 8 === 3 ? `reject-batch${i}@customer.test` : `batch${i}@customer.test`));
  for (let i = 0; i < 40; i += 10) assert.equal((await sendTest(addresses.slice(i, i + 10).join(', '))).status, 303);
  for (const a of addresses) await waitForStatus(a, 'retrying');
  await smtp.start();
  const good = addresses.filter((a) => !a.startsWith('reject'));
  for (const a of good) await waitForStatus(a, 'sent');
  for (const a of addresses.filter((x) => x.startsWith('reject'))) assert.match(await waitForStatus(a, 'failed'), /550/);
  await sleep(800);   // more mailer rounds: nothing is sent twice
  for (const a of good) assert.equal(smtp.messages().filter(to(a)).length, 1, a);
  assert.equal(portal.sql(`SELECT COUNT(*) FROM outbox WHERE status = 'sending'`), '0');
});

test('header injection and bad addresses are refused at the form', async () => {
  for (const bad of ['victim@x.test\r\nBcc: all@x.test', 'no-at-sign', '"quoted"@x.test', '<a@b.test>', '']) {
    const res = await sendTest(bad);
    assert.equal(res.status, 422, JSON.stringify(bad));
  }
  assert.equal(portal.sql("SELECT COUNT(*) FROM outbox WHERE to_address LIKE '%bcc%' OR to_address LIKE '%quoted%'"), '0');
});

test('the jobs runner started by serve (the mailer) is restarted when it dies, and nothing is lost', async () => {
  const { execFileSync } = await import('node:child_process');
  const runnerPid = () => execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(portal.server.pid)]).toString()
    .split('\n').filter((l) => l.includes('buyerdesk-jobs')).map((l) => Number(l.trim().split(/\s+/)[0]));
  const [first] = runnerPid();
  assert.ok(first > 0, 'serve runs a jobs runner');
  process.kill(first, 'SIGKILL');
  await sendTest('after-restart@customer.test');
  await smtp.waitFor(1, to('after-restart@customer.test'));
  const [second] = runnerPid();
  assert.ok(second > 0 && second !== first, 'a new runner runs');
  assert.match(portal.appLog(), /jobs runner \d+ ended/);
});

test('mail pages are for staff only', async () => {
  const buyer = new Client(portal.url);
  assert.equal((await buyer.signIn('buyer@acme.test')).status, 303);
  assert.equal((await buyer.get('/backoffice/mail')).status, 403);
  assert.equal((await buyer.get('/backoffice/mail/1')).status, 403);
  assert.equal((await staff.get('/backoffice/mail/999999')).status, 404);
  assert.equal((await staff.get('/backoffice/mail/abc')).status, 404);
});

test('members choose optional notifications; required ones stay on', async () => {
  const c = new Client(portal.url);
  await c.signIn('buyer@acme.test');
  let page = await c.get('/account/notifications');
  assert.equal(page.status, 200);
  assert.match(page.text, /id="notify_order_shipped"[^>]*checked/);
  assert.match(page.text, /id="notify_password_reset" checked disabled/);
  const res = await c.post('/account/notifications', { notify_order_confirmation: 'on', notify_password_reset: 'off' });
  assert.equal(res.status, 303);
  page = await c.get('/account/notifications');
  assert.doesNotMatch(page.text, /id="notify_order_shipped"[^>]*checked/);
  assert.match(page.text, /id="notify_order_confirmation"[^>]*checked/);
  assert.match(page.text, /Your notification settings are saved/);
  const uid = portal.sql("SELECT id FROM users WHERE email = 'buyer@acme.test'");
  assert.equal(portal.sql(`SELECT type || '=' || enabled FROM notification_preferences WHERE user_id = ${uid} ORDER BY type`),
    'address_decided=0\napproval_decision=0\napproval_progress=0\nlist_reorder_cart=0\nlist_reorder_failed=0\n'
    + 'list_schedule_paused=0\norder_confirmation=1\norder_shipped=0\nrequisition_decided=0\nrequisition_received=0');
});

test('without SMTP configured, mail is written to the spool folder as .eml and marked sent', async () => {
  const demo = await startPortal({ settings: { mailer_poll_ms: 100 } });
  try {
    const c = new Client(demo.url);
    await c.signIn('staff@seller.test');
    await c.get('/backoffice/mail');
    assert.equal((await c.post('/backoffice/mail/test', { to: 'spool@customer.test' })).status, 303);
    const { readdirSync, readFileSync } = await import('node:fs');
    const id = demo.sql("SELECT id FROM outbox WHERE to_address = 'spool@customer.test'");
    const mine = (f) => f.startsWith(`${id}-`) && f.endsWith('.eml');
    let files = [];
    for (let i = 0; i < 100 && files.length === 0; i++) {
      await sleep(100);
      try { files = readdirSync(`${demo.dir}/mail-spool`).filter(mine); } catch { /* not yet */ }
    }
    assert.equal(files.length, 1);
    const eml = readFileSync(`${demo.dir}/mail-spool/${files[0]}`, 'utf8');
    assert.match(eml, /^To: spool@customer\.test\r$/m);
    assert.match(eml, /Content-Type: multipart\/alternative/);
    const status = () => demo.sql(`SELECT status FROM outbox WHERE id = ${id}`);
    for (let i = 0; i < 50 && status() !== 'sent'; i++) await sleep(100);
    assert.equal(status(), 'sent');
    // the demo's own messages went to the spool too
    assert.equal(demo.sql("SELECT COUNT(*) FROM outbox WHERE status = 'queued'"), '0');
  } finally {
    await demo.stop();
  }
});

test('the mail preview gets its own strict policy; every other page keeps the site one', async () => {
  const id = portal.sql("SELECT id FROM outbox WHERE to_address = 'ops@customer.test'");
  const res = await fetch(`${portal.url}/backoffice/mail/${id}/html`, { headers: { cookie: staff.cookieHeader() } });
  assert.equal(res.status, 200);
  const csp = res.headers.get('content-security-policy');
  assert.equal(csp, "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox");
  assert.equal(res.headers.get('x-frame-options'), 'SAMEORIGIN');
  assert.match(await res.text(), /Open the portal/);
  const page = await fetch(`${portal.url}/backoffice/mail/${id}`, { headers: { cookie: staff.cookieHeader() } });
  assert.match(page.headers.get('content-security-policy'), /frame-ancestors 'none'/);
  assert.equal(page.headers.get('x-frame-options'), 'DENY');
  const anon = await fetch(`${portal.url}/backoffice/mail/${id}/html`, { redirect: 'manual' });
  assert.equal(anon.status, 303);
});
