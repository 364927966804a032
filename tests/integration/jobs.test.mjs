// The jobs runner (src/jobs/): the runner `serve` starts, `buyerdesk jobs
// list` and `jobs run NAME --once` (and their old names), leases in the
// database with two `serve` processes on one database, a killed runner,
// a lease held by a runner that died (it blocks the job until it
// expires: the clock is pinned past it), `mailer = 0`, and the back
// office's table of jobs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { startPortal, binary, Client, waitFor as until } from '../lib/portal.mjs';
import { startSmtp } from '../lib/smtp.mjs';
import { now, clockAt } from '../lib/clock.mjs';

let portal, smtp;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

before(async () => {
  smtp = await startSmtp();
  portal = await startPortal({
    settings: { smtp_url: smtp.url, mailer_poll_ms: 100, mail_claim_timeout_seconds: 2 },
  });
});
after(async () => {
  await portal?.stop();
  await smtp?.stop();
});

const sql = (q) => portal.sql(q);
const job = (name, column) => sql(`SELECT ${column} FROM jobs WHERE name = '${name}'`);

// A buyerdesk command against the portal's database; never throws.
function buyerdesk(args, env = {}) {
  const r = spawnSync(binary, ['--config', portal.config, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Messages straight into the outbox, due now (what mail_enqueue writes).
let queued = 0;
function queue(addresses) {
  const rows = addresses.map((a) => {
    queued++;
    return `('bd-jobs-test-${queued}-${Date.now()}@seller.test', 'test', '${a}', 'Jobs test to ${a}', 'text', '<p>html</p>', 'queued', ${now()}, ${now()})`;
  });
  sql(`INSERT INTO outbox (message_id, template, to_address, subject, text_body, html_body, status, next_attempt_at, created_at)
    VALUES ${rows.join(', ')}`);
}
const received = (addresses) => smtp.messages().filter((m) => m.rcpt_tos.some((r) => addresses.includes(r)));

// The runner process of a serve (buyerdesk-jobs in ps).
const runnerOf = (serve) => execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(serve.pid)]).toString()
  .split('\n').filter((l) => l.includes('buyerdesk-jobs')).map((l) => Number(l.trim().split(/\s+/)[0]))[0];

const iso = (t) => new Date(t * 1000).toISOString().replace('T', ' ').slice(0, 19) + ' UTC';
const reminderRuns = () => (portal.appLog().match(/jobs: approval-reminders ok in \d+ ms/g) ?? []).length;

test('serve runs the jobs runner: mail every pass, reminders first one interval after start; jobs list shows them', async () => {
  await until(() => job('mail', 'last_outcome') === 'ok', 'the first mail run');
  assert.match(portal.appLog(), /jobs: runner [^:]+:\d+: mail approval-reminders/);
  // A fresh server mails no reminders at once (as before the runner).
  const next = Number(job('approval-reminders', 'next_run_at'));
  assert.ok(Math.abs(next - (now() + 600)) < 30, 'due one interval after the runner first saw it, by the portal clock');
  assert.equal(job('approval-reminders', 'last_started_at'), '0');
  const list = buyerdesk(['jobs', 'list']);
  assert.equal(list.status, 0);
  assert.match(list.stdout.split('\n')[0], /^job\s+interval\s+last run\s+duration\s+outcome\s+next run$/);
  assert.match(list.stdout, /^mail\s+every pass\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\s+\d+ ms\s+ok\s+every pass$/m);
  assert.match(list.stdout, new RegExp(`^approval-reminders\\s+every 10 min\\s+never\\s+-\\s+-\\s+${iso(next)}$`, 'm'));
});

test('after downtime a job runs once, not once per missed interval, and is next due an interval after that run', async () => {
  // As if the runner had been down for three days (432 intervals).
  sql(`UPDATE jobs SET next_run_at = ${now() - 3 * 86400} WHERE name = 'approval-reminders'`);
  await until(() => job('approval-reminders', 'last_outcome') === 'ok', 'the catch-up run');
  await sleep(1000);   // ten more passes of the runner
  assert.equal(reminderRuns(), 1);
  const started = Number(job('approval-reminders', 'last_started_at'));
  assert.ok(Math.abs(started - now()) < 30);
  assert.equal(Number(job('approval-reminders', 'next_run_at')), started + 600);
  assert.equal(job('approval-reminders', 'lease_holder'), '', 'the lease is given back');
  assert.match(buyerdesk(['jobs', 'list']).stdout,
    new RegExp(`^approval-reminders\\s+every 10 min\\s+${iso(started)}\\s+\\d+ ms\\s+ok\\s+${iso(started + 600)}$`, 'm'));
});

test('jobs run NAME --once runs it now whatever its due time, records it, and refuses an unknown job', async () => {
  const before = Number(job('approval-reminders', 'last_started_at'));
  await sleep(1100);   // a later second
  const r = buyerdesk(['jobs', 'run', 'approval-reminders', '--once']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /jobs: approval-reminders ok in \d+ ms/);
  assert.ok(Number(job('approval-reminders', 'last_started_at')) > before);
  const alias = buyerdesk(['approvals', 'remind']);
  assert.equal(alias.status, 0, alias.stderr);
  assert.match(alias.stderr, /jobs: approval-reminders ok/);
  const mail = buyerdesk(['mailer', '--once']);
  assert.ok(mail.status === 0 || mail.status === 75, mail.stderr);   // the runner may hold the mail lease right now
  const unknown = buyerdesk(['jobs', 'run', 'no-such-job', '--once']);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /there is no job 'no-such-job'/);
  assert.equal(buyerdesk(['jobs', 'run', 'mail', '--twice']).status, 2);
});

test('two serve processes on one database never run the same job at once', async () => {
  const log = join(portal.dir, 'second.log');
  const socket = join(portal.dir, 'run', 'second.sock');
  const second = spawn(binary, ['--config', portal.config, 'serve'], {
    stdio: ['ignore', openSync(log, 'a'), openSync(log, 'a')], env: { ...process.env, BUYERDESK_SOCKET_PATH: socket },
  });
  const exited = new Promise((ok) => second.once('exit', ok));
  try {
    await until(() => existsSync(log) && /jobs: runner .*mail approval-reminders/.test(readFileSync(log, 'utf8')), 'the second runner');
    // Both runners look for mail every 100 ms; each of these takes the
    // server 0.8 s to accept. Without the lease the second runner would
    // claim the next message while the first is still sending one.
    const slow = ['slow1', 'slow2', 'slow3', 'slow4', 'slow5', 'slow6'].map((n) => `${n}@customer.test`);
    queue(slow);
    // Meanwhile the lease is always one runner's: the first serve's or the second's.
    const holders = new Set();
    const watch = setInterval(() => holders.add(job('mail', 'lease_holder').replace(/:\d+$/, ':pid')), 40);
    await smtp.waitFor(6, (m) => m.rcpt_tos.some((r) => slow.includes(r)), 30000);
    clearInterval(watch);
    const spans = received(slow).map((m) => [m.data_began, m.data_ended]).sort((a, b) => a[0] - b[0]);
    assert.equal(spans.length, 6, 'each once');
    for (let i = 1; i < spans.length; i++) {
      assert.ok(spans[i][0] >= spans[i - 1][1], `delivery ${i + 1} began ${(spans[i - 1][1] - spans[i][0]).toFixed(2)} s before delivery ${i} ended`);
    }
    assert.ok(holders.has(`${hostname()}:pid`));
    // Reminders ran once at the first serve's start; the second found them done.
    assert.doesNotMatch(readFileSync(log, 'utf8'), /approval-reminders ok/);
  } finally {
    second.kill('SIGTERM');
    await exited;
    rmSync(socket, { force: true });
  }
  assert.equal(second.exitCode, 0);
  assert.doesNotMatch(readFileSync(log, 'utf8'), /ERROR: (Address|Leak)Sanitizer|runtime error:/);
});

test('a runner killed mid-run: serve starts another, which frees the dead one\'s lease at once and mail goes on', async () => {
  const slow = ['slow-k1', 'slow-k2', 'slow-k3', 'slow-k4'].map((n) => `${n}@customer.test`);
  const runner = runnerOf(portal.server);
  assert.ok(runner > 0, 'serve runs a jobs runner');
  queue(slow);
  await smtp.waitFor(1, (m) => m.rcpt_tos.some((r) => slow.includes(r)));
  assert.equal(job('mail', 'lease_holder'), `${hostname()}:${runner}`, 'killed while it holds the mail lease');
  process.kill(runner, 'SIGKILL');
  // The lease would last 150 s; the next runner does not wait for it. (The
  // message cut off mid-send may arrive twice: it is sent again once its
  // claim is stale, as mail.test.mjs shows.)
  await until(() => new Set(received(slow).flatMap((m) => m.rcpt_tos)).size === 4, 'the rest of the mail', 15000);
  assert.match(portal.appLog(), new RegExp(`serve: jobs runner ${runner} ended`));
  assert.match(portal.appLog(), new RegExp(`jobs: freed 1 lease of ${hostname()}:${runner}, the runner before this one`));
  assert.ok(runnerOf(portal.server) > 0 && runnerOf(portal.server) !== runner);
});

test('a runner stopped mid-batch sends the message in hand, and puts back the ones it did not try as they were', async () => {
  const slow = ['slow-t1', 'slow-t2', 'slow-t3'].map((n) => `${n}@customer.test`);
  const runner = runnerOf(portal.server);
  queue(slow);
  await smtp.waitFor(1, (m) => m.rcpt_tos.some((r) => slow.includes(r)));
  process.kill(runner, 'SIGTERM');
  await until(() => new RegExp(`serve: jobs runner ${runner} ended \\(status 0\\)`).test(portal.appLog()), 'the runner to stop');
  await until(() => new Set(received(slow).flatMap((m) => m.rcpt_tos)).size === 3, 'the rest of the mail', 15000);
  await sleep(500);
  assert.equal(received(slow).length, 3, 'each once');
  // Put back, not taken back after the claim timeout: one attempt each, no
  // "interrupted" error.
  for (const a of slow) {
    await until(() => sql(`SELECT status FROM outbox WHERE to_address = '${a}'`) === 'sent', `${a} sent`);
    assert.equal(sql(`SELECT attempts || '|' || last_error FROM outbox WHERE to_address = '${a}'`), '1|', a);
  }
});

test('the back office shows the jobs to staff administrators only', async () => {
  const admin = new Client(portal.url);
  await admin.signIn('staff@seller.test');
  const page = await admin.get('/backoffice');
  assert.equal(page.status, 200);
  const table = page.text.slice(page.text.indexOf('id="jobs-title"'));
  assert.match(table, /Periodic jobs/);
  assert.match(table, /<span class="fw-semibold">mail<\/span><div class="small text-body-secondary">every pass<\/div>/);
  assert.match(table, /approval-reminders<\/span><div class="small text-body-secondary">every 10 min/);
  assert.match(table, /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/);
  assert.match(table, /text-bg-success">ok</);
  const service = new Client(portal.url);
  await service.signIn('kelly.obrien@seller.test');
  const theirs = await service.get('/backoffice');
  assert.equal(theirs.status, 200);
  assert.doesNotMatch(theirs.text, /Periodic jobs|approval-reminders/);
});

test('with mailer = 0 the runner of serve leaves mail out and still runs the rest', async () => {
  await portal.restart({ BUYERDESK_MAILER: '0' });
  try {
    await until(() => /jobs: runner [^:]+:\d+: approval-reminders list-reorders credit-temporary credit-reminders\n/.test(portal.appLog()), 'the runner without mail');
    queue(['not-here@customer.test']);
    await sleep(1000);   // ten passes of the runner
    assert.equal(sql("SELECT status FROM outbox WHERE to_address = 'not-here@customer.test'"), 'queued');
    // someone runs the mailer elsewhere: the alias of jobs run mail --once
    const r = buyerdesk(['mailer', '--once']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(sql("SELECT status FROM outbox WHERE to_address = 'not-here@customer.test'"), 'sent');
  } finally {
    await portal.restart();
  }
});

// Last: it moves the app's clock.
test('a lease held by a runner that died blocks the job until it expires; then it runs again', async () => {
  const expires = now() + 3600;
  // A runner on another host took the reminders and died mid-run.
  sql(`UPDATE jobs SET lease_holder = 'gone-host:4242', lease_expires_at = ${expires}, next_run_at = 0 WHERE name = 'approval-reminders'`);
  const ran = Number(job('approval-reminders', 'last_started_at'));
  const cli = buyerdesk(['jobs', 'run', 'approval-reminders', '--once']);
  assert.equal(cli.status, 75);
  assert.match(cli.stderr, /approval-reminders is running on gone-host:4242 \(lease until \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\); not run now/);
  assert.equal(buyerdesk(['approvals', 'remind']).status, 75, 'the alias too');
  assert.match(buyerdesk(['jobs', 'list']).stdout, /^\s+running on gone-host:4242, lease until /m);
  await sleep(1500);   // the runner passes over it, due as it is
  assert.equal(Number(job('approval-reminders', 'last_started_at')), ran, 'not run under the dead lease');
  assert.equal(job('approval-reminders', 'lease_holder'), 'gone-host:4242');
  // Shortly before the expiry it still holds (a margin: the command's
  // clock runs on from when its environment was made, and a loaded
  // machine takes a while to start it)...
  assert.equal(buyerdesk(['jobs', 'run', 'approval-reminders', '--once'], clockAt(expires - 30)).status, 75);
  // ...and from the expiry on the runner takes it and runs the job.
  const before = reminderRuns();
  await portal.restart(clockAt(expires + 1));
  await until(() => Number(job('approval-reminders', 'last_started_at')) > expires, 'the run after the expiry');
  assert.equal(job('approval-reminders', 'last_outcome'), 'ok');
  assert.equal(job('approval-reminders', 'lease_holder'), '');
  assert.equal(reminderRuns(), before + 1, 'by the runner of serve');
});
