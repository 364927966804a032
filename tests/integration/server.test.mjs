// The process model and session expiry: workers restart when they die, the
// server stops cleanly, sessions end when idle or too old, and the client
// address is throttled as well as the account.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { startPortal, Client, DEMO_PASSWORD, waitFor } from '../lib/portal.mjs';
import { now } from '../lib/clock.mjs';

let portal;
before(async () => {
  portal = await startPortal({ settings: { login_max_failures_per_ip: 3, workers: 2 } });
});
after(async () => { await portal?.stop(); });

// The server names its children: buyerdesk-web (workers), buyerdesk-jobs (the jobs runner).
const workerPids = (pid) => execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(pid)]).toString()
  .split('\n').filter((l) => l.includes('buyerdesk-web')).map((l) => Number(l.trim().split(/\s+/)[0]));

test('the server pre-forks the configured number of workers and replaces one that dies', async () => {
  const before = workerPids(portal.server.pid);
  assert.equal(before.length, 2);
  process.kill(before[0], 'SIGKILL');
  let after = [];
  for (let i = 0; i < 60; i++) {
    await new Promise((r) => setTimeout(r, 100));
    after = workerPids(portal.server.pid);
    if (after.length === 2 && !after.includes(before[0])) break;
  }
  assert.equal(after.length, 2);
  assert.ok(!after.includes(before[0]));
  for (let i = 0; i < 6; i++) assert.equal((await fetch(`${portal.url}/login`)).status, 200);
  assert.match(portal.appLog(), /worker \d+ ended/);
});

// CPU time (user + system, in clock ticks) a process has used so far.
const cpuTicks = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]);
};

test('a worker told to stop finishes the request it is running first', async () => {
  // A sign-in hashes its password for a good part of a second: the worker
  // that takes it is found by the CPU it starts to use, and is sent
  // SIGTERM in the middle of the hash. The sign-in must still answer (not
  // a 502 from a worker gone mid-request), and the worker then end.
  const c = new Client(portal.url);
  await c.get('/login');
  const workers = workerPids(portal.server.pid);
  const start = new Map(workers.map((pid) => [pid, cpuTicks(pid)]));
  const answer = c.post('/login', { email: 'purchasing@acme.test', password: DEMO_PASSWORD });
  let busy;
  for (let i = 0; i < 2000 && !busy; i++) {
    busy = workers.find((pid) => cpuTicks(pid) - start.get(pid) >= 3);
    if (!busy) await new Promise((r) => setTimeout(r, 2));
  }
  assert.ok(busy, 'a worker started hashing');
  process.kill(busy, 'SIGTERM');
  const res = await answer;
  assert.equal(res.status, 303);
  await waitFor(() => !workerPids(portal.server.pid).includes(busy), 'the worker ended after its request');
  await waitFor(() => workerPids(portal.server.pid).length === 2, 'a new worker took its place');
  assert.equal((await fetch(`${portal.url}/login`)).status, 200);
});

test('an idle session ends', async () => {
  const c = new Client(portal.url);
  await c.signIn('buyer@acme.test');
  assert.equal((await c.get('/account')).status, 200);
  portal.sql("UPDATE sessions SET last_seen_at = last_seen_at - 3 * 3600");
  const res = await c.get('/account');
  assert.equal(res.status, 303);
  assert.match(res.location, /^\/login/);
});

test('a session ends at its absolute expiry even when in use', async () => {
  const c = new Client(portal.url);
  await c.signIn('admin@acme.test');
  assert.equal((await c.get('/account')).status, 200);
  portal.sql(`UPDATE sessions SET expires_at = ${now()} - 1`);
  assert.equal((await c.get('/account')).status, 303);
});

test('too many failures from one address are throttled across accounts', async () => {
  const c = new Client(portal.url);
  await c.get('/login');
  const emails = ['a@acme.test', 'b@acme.test', 'c@acme.test'];
  for (const email of emails) assert.equal((await c.post('/login', { email, password: 'nope-nope' })).status, 422);
  const res = await c.post('/login', { email: 'purchasing@acme.test', password: DEMO_PASSWORD });
  assert.equal(res.status, 429);
  assert.match(res.text, /Too many failed sign-in attempts/);
});

test('SIGTERM stops the server and its workers and removes the socket', async () => {
  const socket = `${portal.dir}/run/buyerdesk.sock`;
  const workers = workerPids(portal.server.pid);
  const exited = new Promise((ok) => portal.server.once('exit', (code) => ok(code)));
  portal.server.kill('SIGTERM');
  assert.equal(await exited, 0);
  for (const pid of workers) {
    assert.throws(() => process.kill(pid, 0), 'worker is gone');
  }
  assert.equal(existsSync(socket), false);
});
