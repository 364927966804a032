#!/usr/bin/env node
// The performance benchmark (issue #19). Starts nginx + buyerdesk on a
// database made by tests/bench/seed-bench, signs in many members, and for
// each page drives it with wrk over loopback next to two references of the
// same response size behind the same nginx: a static file, and a minimal
// libfcgi responder (tests/bench/fcgi_reference.c). Then the write driver
// (place_orders.mjs running place_orders.c, which it builds like the
// reference) places orders the way a browser does while the mailer
// delivers to the spool. Optionally counts instructions per request with
// callgrind. Writes a text and a CSV report.
//
//   node tests/bench/bench.mjs --db FILE [--seconds 10] [--connections 32]
//        [--threads 2] [--callgrind] [--out DIR] [--quick]
//        [--callgrind-only] [--pages NAME,NAME] [--soak REQUESTS]
//
// --soak REQUESTS: after the pages, every page's requests mixed, in one-
// minute runs until REQUESTS were answered, with the workers' memory
// after each run (flat memory: no leak, no growing cache).
// --callgrind-only: instructions per request only (no wrk, no writes; no
// report written). --pages: only the pages named (see pages() below).
// --quick: one second per page, the references and the 8-connection run
// for the first page only, no callgrind: the test suite's check that the
// benchmark still runs (it checks no speed).
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, existsSync, chmodSync, rmSync, readdirSync, openSync } from 'node:fs';
import { tmpdir, cpus, hostname } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { placeOrders } from './place_orders.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const binary = process.env.BUYERDESK_BIN || join(root, 'build', 'src', 'buyerdesk');
const PASSWORD = 'demo-password-1';

function options(argv) {
  const o = { seconds: 10, connections: 32, threads: 2, callgrind: false, quick: false, out: join(here, 'results'), members: 64 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === '--db') o.db = resolve(next());
    else if (a === '--seconds') o.seconds = Number(next());
    else if (a === '--connections') o.connections = Number(next());
    else if (a === '--threads') o.threads = Number(next());
    else if (a === '--members') o.members = Number(next());
    else if (a === '--callgrind') o.callgrind = true;
    else if (a === '--quick') o.quick = true;
    else if (a === '--writes-only') o.writesOnly = true;
    else if (a === '--callgrind-only') { o.callgrindOnly = true; o.callgrind = true; }
    else if (a === '--pages') o.pages = next().split(',');
    else if (a === '--soak') o.soak = Number(next());
    else if (a === '--out') o.out = resolve(next());
    else throw new Error(`bench: unknown option ${a}`);
  }
  if (!o.db) throw new Error('bench: --db FILE (made by tests/bench/seed-bench) is required');
  if (o.quick) { o.seconds = 1; o.callgrind = false; o.members = Math.min(o.members, 8); }
  return o;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// fetch, once more when a kept-alive connection was closed under it (nginx
// drops idle ones while wrk runs for minutes).
async function get(url, init = {}) {
  try {
    return await fetch(url, init);
  } catch (e) {
    await sleep(100);
    return fetch(url, init);
  }
}

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => ok(port)); });
  });
}

async function waitFor(check, what, ms = 30000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try { if (await check()) return; } catch { /* not yet */ }
    await sleep(50);
  }
  throw new Error(`bench: timed out waiting for ${what}`);
}

const sql = (db, q) => execFileSync('sqlite3', ['-cmd', '.timeout 10000', db, q], { encoding: 'utf8' }).trim();
const rows = (db, q) => sql(db, q).split('\n').filter(Boolean).map((l) => l.split('|'));

// --- the stack --------------------------------------------------------------

function nginxConf(dir, port, appSocket, refSocket, staticDir) {
  const conf = join(dir, 'nginx.conf');
  execFileSync(join(root, 'scripts', 'render-nginx-conf'), [String(port), appSocket, join(dir, 'nginx-run'), join(dir, 'logs'), conf]);
  // The references sit in the same server block as the app: same headers,
  // same access log, same worker.
  const refs = `
        location /__bench/static/ {
            alias ${staticDir}/;
            default_type text/html;
        }
        location = /__bench/fcgi {
            include /etc/nginx/fastcgi_params;
            fastcgi_pass unix:${refSocket};
        }

        location / {`;
  const text = readFileSync(conf, 'utf8');
  if (!text.includes('\n        location / {')) throw new Error('bench: nginx.conf.example changed shape');
  writeFileSync(conf, text.replace('\n        location / {', refs));
  return conf;
}

// The FastCGI workers `serve` forked (named buyerdesk-web), not its jobs runner.
function workerPids(parent) {
  const out = spawnSync('ps', ['-o', 'pid=', '--ppid', String(parent)], { encoding: 'utf8' }).stdout;
  const comm = (pid) => { try { return readFileSync(`/proc/${pid}/comm`, 'utf8').trim(); } catch { return ''; } };
  return out.split('\n').map((s) => Number(s.trim())).filter((pid) => pid && comm(pid) === 'buyerdesk-web');
}

function rssKb(pid) {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    return m ? Number(m[1]) : 0;
  } catch { return 0; }
}

async function startStack(o, dir) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const appSocket = join(dir, 'run', 'buyerdesk.sock');
  const refSocket = join(dir, 'run', 'reference.sock');
  mkdirSync(join(dir, 'run'), { recursive: true });
  const workers = Math.max(2, cpus().length);
  const config = join(dir, 'buyerdesk.conf');
  writeFileSync(config, Object.entries({
    data_dir: dir, database: o.db, socket_path: appSocket, socket_group: 'www-data', base_url: url,
    workers, mailer: 1, mailer_poll_ms: 200, login_max_failures_per_ip: 0,
  }).map(([k, v]) => `${k} = ${v}`).join('\n') + '\n');
  const log = openSync(join(dir, 'buyerdesk.log'), 'a');
  const app = spawn(binary, ['--config', config, 'serve'], { stdio: ['ignore', log, log] });
  await waitFor(() => existsSync(appSocket), 'the app socket');

  const reference = join(dir, 'fcgi_reference');
  execFileSync('cc', ['-std=c11', '-D_POSIX_C_SOURCE=200809L', '-O2', join(here, 'fcgi_reference.c'), '-lfcgi', '-o', reference]);
  const ref = spawn(reference, [refSocket, String(workers)], { stdio: 'ignore' });
  await waitFor(() => existsSync(refSocket), 'the reference socket');

  const staticDir = join(dir, 'static');
  mkdirSync(staticDir);
  chmodSync(dir, 0o755);
  const conf = nginxConf(dir, port, appSocket, refSocket, staticDir);
  const nginx = spawn('nginx', ['-p', dir, '-c', conf, '-g', 'daemon off;'], { stdio: 'ignore' });
  await waitFor(async () => (await fetch(`${url}/login`)).status === 200, 'nginx and the app');
  return { url, app, ref, nginx, staticDir, config, workers, dir };
}

async function stopStack(s) {
  for (const p of [s.nginx, s.ref, s.app]) {
    if (!p || p.exitCode !== null) continue;
    p.kill(p === s.nginx ? 'SIGQUIT' : 'SIGTERM');
    await new Promise((ok) => { if (p.exitCode !== null) ok(); else p.once('exit', ok); });
  }
}

// --- sessions -----------------------------------------------------------------

async function signIn(url, email) {
  const jar = new Map();
  const keep = (res) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  let res = await fetch(`${url}/login`, { redirect: 'manual' });
  keep(res);
  const csrf = (await res.text()).match(/name="csrf_token" value="([^"]+)"/)[1];
  res = await fetch(`${url}/login`, {
    method: 'POST', redirect: 'manual',
    headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrf_token: csrf, email, password: PASSWORD }).toString(),
  });
  keep(res);
  if (res.status !== 303) throw new Error(`bench: ${email} could not sign in (${res.status})`);
  return cookie();
}

// --- what to measure ------------------------------------------------------------

// Each page: a list of [cookie, path] pairs wrk goes through, spread over
// many members (each sees only their own company's data).
async function pages(o, stack) {
  const db = o.db;
  const big = sql(db, "SELECT id FROM companies WHERE name LIKE 'Bench Big%' ORDER BY id LIMIT 1")
    || sql(db, 'SELECT company_id FROM orders GROUP BY company_id ORDER BY COUNT(*) DESC LIMIT 1');
  // Administrators of the companies with the most orders, and buyers.
  const admins = rows(db, `SELECT u.email, m.company_id FROM memberships m JOIN users u ON u.id = m.user_id
      JOIN roles r ON r.id = m.role_id JOIN companies c ON c.id = m.company_id
      WHERE r.name = 'Administrator' AND m.status = 'active' AND c.status = 'active'
      ORDER BY (m.company_id = ${big}) DESC, (SELECT COUNT(*) FROM orders o WHERE o.company_id = m.company_id) DESC
      LIMIT ${o.members}`);
  const buyers = rows(db, `SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id JOIN roles r ON r.id = m.role_id
      JOIN companies c ON c.id = m.company_id
      WHERE r.name = 'Buyer' AND m.status = 'active' AND c.status = 'active' ORDER BY m.id LIMIT ${o.members}`);
  const bigAdmins = admins.filter(([, c]) => c === big);
  const sessions = async (list) => Promise.all(list.map(([email]) => signIn(stack.url, email)));
  const adminCookies = await sessions(admins);
  const buyerCookies = await sessions(buyers);
  const bigCookie = bigAdmins.length ? adminCookies[admins.indexOf(bigAdmins[0])] : adminCookies[0];
  const staffCookie = await signIn(stack.url, 'staff@seller.test');

  // A deep page of the big company's list: follow "next" links.
  let deep = '/account/orders';
  for (let i = 0; i < (o.quick ? 3 : 40); i++) {
    const html = await (await get(stack.url + deep, { headers: { cookie: bigCookie } })).text();
    const m = html.match(/href="(\/account\/orders\?[^"]*(?:after|before)=[^"]*)"[^>]*>\s*(?:Next|Older)/i)
      || html.match(/<a[^>]+rel="next"[^>]+href="([^"]+)"/) || html.match(/<a[^>]+href="([^"]+)"[^>]+rel="next"/);
    if (!m) break;
    deep = m[1].replace(/&amp;/g, '&');
  }
  const orderPairs = admins.slice(0, 16).flatMap(([, company], i) =>
    rows(db, `SELECT number FROM orders WHERE company_id = ${company} ORDER BY id DESC LIMIT 8`).map(([n]) => [adminCookies[i], `/account/orders/${n}`]));
  const skus = rows(db, 'SELECT sku FROM products WHERE active = 1 ORDER BY id LIMIT 64').map(([s]) => s);
  // Searches a worker has not kept (catalog/search.c keeps 64 each):
  // 200 different two-word queries from product names, cycled.
  const words = (name) => (name.toLowerCase().match(/[a-z]{3,}/g) ?? []).slice(0, 2).join(' ');
  const queries = [...new Set(rows(db, 'SELECT name FROM products WHERE active = 1 AND id % 97 = 0 ORDER BY id LIMIT 2000')
    .map(([n]) => words(n)).filter((q) => q.includes(' ')))].slice(0, 200);
  const approvers = rows(db, `SELECT DISTINCT u.email FROM approval_step_approvers a JOIN users u ON u.id = a.user_id
      JOIN approval_steps s ON s.id = a.step_id WHERE s.status = 'waiting' AND a.decision = '' LIMIT ${o.members}`);
  const approverCookies = approvers.length ? await sessions(approvers) : adminCookies.slice(0, 4);
  const spread = (cookies, path) => cookies.map((c) => [c, path]);
  // Bench Big Co's administrator's 500 lists, the first of 500 lines (seed-bench.sql): page 1 of
  // each, and the list's last page (its "Next" links followed)
  const bigList = sql(db, `SELECT id FROM shopping_lists WHERE company_id = ${big} AND name = 'Bench list 001'`);
  let lastListPage = `/account/lists/${bigList}`;
  for (let i = 0; i < 40; i++) {
    const html = await (await get(stack.url + lastListPage, { headers: { cookie: bigCookie } })).text();
    const m = html.match(/<a class="page-link" href="([^"]+)" rel="next"/);
    if (!m) break;
    lastListPage = m[1].replace(/&amp;/g, '&');
  }
  return [
    { name: 'dashboard', pairs: spread(adminCookies, '/account') },
    { name: 'orders page 1', pairs: [[bigCookie, '/account/orders'], ...spread(adminCookies.slice(1), '/account/orders')] },
    { name: 'big co page 1', pairs: [[bigCookie, '/account/orders']] },
    { name: 'orders deep page', pairs: [[bigCookie, deep]] },
    { name: 'order detail', pairs: orderPairs },
    { name: 'catalog search', pairs: spread(buyerCookies, '/catalog/search?q=glove') },
    { name: 'search 200 words', pairs: queries.map((q, i) => [buyerCookies[i % buyerCookies.length],
      `/catalog/search?q=${encodeURIComponent(q)}`]) },
    { name: 'product page', pairs: buyerCookies.map((c, i) => [c, `/product/${skus[i % skus.length]}`]) },
    { name: 'approval inbox', pairs: spread(approverCookies, '/account/approvals') },
    { name: 'credit page', pairs: spread(adminCookies, '/account/credit') },
    { name: 'cart', pairs: spread(buyerCookies, '/cart') },
    { name: 'back-office orders', pairs: [[staffCookie, '/backoffice/orders']] },
    { name: 'lists (500)', pairs: [[bigCookie, '/account/lists']] },
    { name: 'list of 500 lines', pairs: [[bigCookie, `/account/lists/${bigList}`]] },
    { name: 'list last page', pairs: [[bigCookie, lastListPage]] },
  ].map((p) => ({ ...p, deepLinks: p.name === 'orders deep page' ? deep : undefined }));
}

// --- wrk ------------------------------------------------------------------------

function wrkScript(dir, name, pairs) {
  const file = join(dir, `${name.replace(/\W+/g, '_')}.lua`);
  const list = pairs.map(([cookie, path]) => `{${JSON.stringify(cookie)}, ${JSON.stringify(path)}}`).join(',\n');
  writeFileSync(file, `local pairs = {\n${list}\n}
local i = 0
request = function()
  i = i % #pairs + 1
  local p = pairs[i]
  return wrk.format("GET", p[2], { ["Cookie"] = p[1] })
end
local errors = 0
response = function(status)
  if status ~= 200 then errors = errors + 1 end
end
done = function(summary)
  io.write(string.format("non200 %d\\n", errors))
end
`);
  return file;
}

function wrk(o, url, script, connections = o.connections, seconds = o.seconds) {
  const args = ['-t', String(o.threads), '-c', String(connections), '-d', `${seconds}s`, '--latency'];
  if (script) args.push('-s', script);
  args.push(url);
  const out = spawnSync('wrk', args, { encoding: 'utf8' }).stdout;
  const num = (re) => { const m = out.match(re); return m ? Number(m[1]) : NaN; };
  const ms = (re) => {
    const m = out.match(re);
    if (!m) return NaN;
    const v = Number(m[1]);
    return m[2] === 'us' ? v / 1000 : m[2] === 's' ? v * 1000 : v;
  };
  const non2xx = num(/Non-2xx or 3xx responses: (\d+)/) || 0;
  const non200 = num(/non200 (\d+)/) || 0;
  return {
    rps: num(/Requests\/sec:\s+([\d.]+)/),
    requests: num(/(\d+) requests in/),
    p50: ms(/\s50%\s+([\d.]+)(us|ms|s)\b/),
    p99: ms(/\s99%\s+([\d.]+)(us|ms|s)\b/),
    errors: Math.max(non2xx, non200) + (num(/Socket errors:.*?timeout (\d+)/) || 0),
    raw: out,
  };
}

// --- soak --------------------------------------------------------------------------

function soak(o, stack, dir, list) {
  const script = wrkScript(dir, 'soak', list.flatMap((p) => p.pairs));
  const steps = [{ requests: 0, rss: workerPids(stack.app.pid).map(rssKb) }];
  let requests = 0, errors = 0, seconds = 0;
  while (requests < o.soak) {
    const r = wrk(o, stack.url, script, o.connections, 60);
    requests += r.requests || 0;
    errors += r.errors;
    seconds += 60;
    steps.push({ requests, rss: workerPids(stack.app.pid).map(rssKb) });
    console.log(`soak: ${requests} requests, ${errors} not 200, RSS ${steps[steps.length - 1].rss.join(', ')} kB`);
    if (!(r.requests > 0)) break;
  }
  return { requests, errors, seconds, steps };
}

// --- callgrind --------------------------------------------------------------------

// Instructions per request of one worker under callgrind, which counts
// the same whatever else the machine does. callgrind_control cannot reach
// a forked worker, so each count is a whole run: a fresh app with one
// worker under valgrind answers `n` requests and stops, and the worker's
// total is read from its output file. Two runs (FEW and MANY requests)
// per page: the difference divided by MANY - FEW cancels start-up and
// the first request's warm-up.
const FEW = 5;
const MANY = 45;

async function countRun(o, cg, page, n, tag) {
  const run = join(cg, tag);
  mkdirSync(run, { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const socket = join(run, 'app.sock');
  const config = join(run, 'buyerdesk.conf');
  writeFileSync(config, Object.entries({
    data_dir: run, database: o.db, socket_path: socket, socket_group: 'www-data', base_url: url,
    workers: 1, mailer: 0, login_max_failures_per_ip: 0, secrets_file: join(dirname(cg), 'secrets.key'),
  }).map(([k, v]) => `${k} = ${v}`).join('\n') + '\n');
  const app = spawn('valgrind', ['--tool=callgrind', `--callgrind-out-file=${join(run, 'out.%p')}`, binary, '--config', config, 'serve'],
    { stdio: 'ignore' });
  const conf = join(run, 'nginx.conf');
  let nginx;
  try {
    await waitFor(() => existsSync(socket), 'the app under callgrind', 180000);
    execFileSync(join(root, 'scripts', 'render-nginx-conf'), [String(port), socket, join(run, 'nginx-run'), join(run, 'logs'), conf]);
    chmodSync(run, 0o755);
    nginx = spawn('nginx', ['-p', run, '-c', conf, '-g', 'daemon off;'], { stdio: 'ignore' });
    await waitFor(async () => (await fetch(`${url}/favicon.ico`)).status === 200, 'nginx in front of callgrind', 60000);
    const worker = workerPids(app.pid)[0];
    if (!worker) throw new Error('bench: no worker under callgrind');
    for (let i = 0; i < n; i++) {
      const [cookie, path] = page.pairs[i % page.pairs.length];
      const res = await fetch(url + path, { headers: { cookie }, signal: AbortSignal.timeout(120000) });
      await res.text();
      if (res.status !== 200) throw new Error(`bench: ${path} answered ${res.status} under callgrind`);
    }
    return worker;
  } finally {
    nginx?.kill('SIGQUIT');
    app.kill('SIGTERM');
    await new Promise((ok) => { if (app.exitCode !== null) ok(); else app.once('exit', ok); });
  }
}

function totalOf(file) {
  const m = readFileSync(file, 'utf8').match(/^(?:summary|totals): (\d+)/m);
  if (!m) throw new Error(`bench: no total in ${file}`);
  return Number(m[1]);
}

async function instructions(o, dir, list) {
  const cg = join(dir, 'callgrind');
  mkdirSync(cg, { recursive: true });
  const result = {};
  for (const [k, page] of list.entries()) {
    const totals = [];
    for (const n of [FEW, MANY]) {
      const tag = `p${k}-${n}`;
      const worker = await countRun(o, cg, page, n, tag);
      totals.push(totalOf(join(cg, tag, `out.${worker}`)));
    }
    result[page.name] = Math.round((totals[1] - totals[0]) / (MANY - FEW));
    console.log(`${page.name}: ${result[page.name]} instructions per request`);
  }
  return result;
}

// --- the run ------------------------------------------------------------------------

async function main() {
  const o = options(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'buyerdesk-bench-'));
  chmodSync(dir, 0o755);
  const stack = await startStack(o, dir);
  const results = [];
  let writes, soakFailed = false;
  try {
    const list = o.writesOnly ? [] : (await pages(o, stack)).filter((p) => !o.pages || o.pages.includes(p.name));
    if (o.callgrindOnly) {
      await instructions(o, dir, list);
      return;
    }
    const memoryBefore = workerPids(stack.app.pid).map(rssKb);
    for (const page of list) {
      // The page's size, and a check it answers for every session.
      let bytes = 0;
      for (const [cookie, path] of page.pairs.slice(0, 8)) {
        const res = await get(stack.url + path, { headers: { cookie }, redirect: 'manual' });
        const body = await res.text();
        if (res.status !== 200) throw new Error(`bench: ${page.name} ${path} answered ${res.status}`);
        bytes = Math.max(bytes, Buffer.byteLength(body));
      }
      writeFileSync(join(stack.staticDir, `${bytes}.html`), 'x'.repeat(bytes));
      const script = wrkScript(dir, page.name, page.pairs);
      const app = wrk(o, stack.url, script);
      // --quick measures the references once, to show they still work.
      const full = !o.quick || results.length === 0;
      const skipped = { rps: NaN, p50: NaN, p99: NaN, errors: 0 };
      const app8 = full ? wrk(o, stack.url, script, 8) : skipped;
      const fcgi = full ? wrk(o, `${stack.url}/__bench/fcgi?bytes=${bytes}`) : skipped;
      const fcgi8 = full ? wrk(o, `${stack.url}/__bench/fcgi?bytes=${bytes}`, null, 8) : skipped;
      const stat = full ? wrk(o, `${stack.url}/__bench/static/${bytes}.html`) : skipped;
      if (full && (fcgi.errors || stat.errors || !(fcgi.rps > 0) || !(stat.rps > 0)))
        throw new Error(`bench: a reference failed for ${bytes} bytes:\n${fcgi.raw}\n${stat.raw}`);
      results.push({ page: page.name, bytes, app, app8, fcgi, fcgi8, stat });
      console.log(`${page.name}: ${bytes} B, ${app.rps} req/s (fcgi ${fcgi.rps}, static ${stat.rps}), p50 ${app.p50} ms, p99 ${app.p99} ms, errors ${app.errors}`);
    }
    const soaked = o.soak ? soak(o, stack, dir, list) : null;
    soakFailed = Boolean(soaked && (soaked.errors > 0 || soaked.requests < o.soak));
    const memoryAfterReads = workerPids(stack.app.pid).map(rssKb);
    writes = await placeOrders({ url: stack.url, db: o.db, seconds: o.quick ? 2 : Math.max(o.seconds, 10), members: o.quick ? 4 : 32 });
    console.log(`placing orders: ${writes.orders} in ${writes.seconds.toFixed(1)} s = ${writes.perSecond.toFixed(0)}/s, errors ${writes.errors}, lost ${writes.lost}, doubled ${writes.doubled}, connections retried ${writes.retries}`);
    if (writes.firstErrors.length) console.log(`first errors: ${writes.firstErrors.join('; ')}`);
    const memoryAfter = workerPids(stack.app.pid).map(rssKb);
    const ir = o.callgrind ? await instructions(o, dir, list) : {};
    report(o, results, writes, ir, { memoryBefore, memoryAfterReads, memoryAfter, soaked });
  } finally {
    await stopStack(stack);
    if (!process.env.KEEP_BENCH_DIR) rmSync(dir, { recursive: true, force: true });
  }
  const failed = results.some((r) => r.app.errors > 0 || !(r.app.rps > 0)) || !writes || writes.errors || writes.lost || writes.doubled
    || soakFailed;
  process.exitCode = failed ? 1 : 0;
}

function report(o, results, writes, ir, memory) {
  mkdirSync(o.out, { recursive: true });
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const head = `buyerdesk benchmark ${new Date().toISOString()} on ${hostname()} (${cpus().length} × ${cpu})\n`
    + `database ${o.db}: ${sql(o.db, 'SELECT COUNT(*) FROM orders')} orders, ${sql(o.db, 'SELECT COUNT(*) FROM companies')} companies, `
    + `${sql(o.db, 'SELECT COUNT(*) FROM products')} products; wrk ${o.threads} threads, ${o.connections} connections, ${o.seconds} s each\n`;
  const csv = ['page,bytes,rps,p50_ms,p99_ms,p99_ms_at_8,errors,fcgi_rps,fcgi_p99_ms,fcgi_p99_ms_at_8,static_rps,ratio_to_fcgi,instructions_per_request'];
  const lines = [head, 'page                  bytes    req/s   p50 ms   p99 ms  p99@8 ms  fcgi req/s  fcgi p99  fcgi p99@8  static req/s  ratio  instr/req'];
  // fcgi p99 (at 32 and 8 connections): the minimal responder's own, the
  // floor under the app's (queueing on 2 workers, not the app, sets most of it).
  // Figures not measured (--quick) read "-".
  const f = (v, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : '-');
  const c = (v) => (Number.isFinite(v) ? v : '');
  for (const r of results) {
    const ratio = r.app.rps / r.fcgi.rps;
    csv.push([r.page, r.bytes, c(r.app.rps), c(r.app.p50), c(r.app.p99), c(r.app8.p99), r.app.errors, c(r.fcgi.rps), c(r.fcgi.p99), c(r.fcgi8.p99), c(r.stat.rps),
      Number.isFinite(ratio) ? ratio.toFixed(3) : '', ir[r.page] ?? ''].join(','));
    lines.push(`${r.page.padEnd(20)} ${String(r.bytes).padStart(6)} ${f(r.app.rps).padStart(8)} ${f(r.app.p50, 2).padStart(8)} `
      + `${f(r.app.p99, 2).padStart(8)} ${f(r.app8.p99, 2).padStart(9)} ${f(r.fcgi.rps).padStart(11)} ${f(r.fcgi.p99, 2).padStart(9)} ${f(r.fcgi8.p99, 2).padStart(11)} `
      + `${f(r.stat.rps).padStart(13)} ${Number.isFinite(ratio) ? `${f(100 * ratio)}%`.padStart(6) : '     -'} ${String(ir[r.page] ?? '-').padStart(10)}`);
  }
  lines.push('', `placing orders (review + submit, approval rules, outbox mail): ${writes.orders} orders in ${writes.seconds.toFixed(1)} s `
    + `= ${writes.perSecond.toFixed(0)}/s; errors ${writes.errors}, lost ${writes.lost}, doubled ${writes.doubled}`);
  lines.push(`worker memory (kB RSS): before ${memory.memoryBefore.join(', ')}; after reads ${memory.memoryAfterReads.join(', ')}; `
    + `after writes ${memory.memoryAfter.join(', ')}`);
  if (memory.soaked) {
    const k = memory.soaked;
    lines.push(`soak: ${k.requests} requests of every page mixed in ${k.seconds} s, ${k.errors} not 200; worker memory (kB RSS) `
      + k.steps.map((x) => `after ${x.requests}: ${x.rss.join(', ')}`).join('; '));
    csv.push(`soak_requests,${k.requests}`, `soak_rss_kb_first,${k.steps[0].rss.join(' ')}`,
      `soak_rss_kb_last,${k.steps[k.steps.length - 1].rss.join(' ')}`);
  }
  csv.push(`orders_per_second,${writes.perSecond.toFixed(1)}`);
  writeFileSync(join(o.out, 'latest.txt'), lines.join('\n') + '\n');
  writeFileSync(join(o.out, 'latest.csv'), csv.join('\n') + '\n');
  console.log(lines.join('\n'));
}

main().catch((e) => { console.error(e.message, e.cause ?? ''); process.exitCode = 1; });
