// Starts a real buyerdesk behind a real nginx on a free loopback port, with
// a fresh database in a temporary folder. Every test file gets its own.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, chmodSync, writeFileSync, existsSync, readFileSync, rmSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clockAt } from './clock.mjs';   // anchors a pinned clock before any process starts

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const binary = process.env.BUYERDESK_BIN || join(root, 'build', 'src', 'buyerdesk');

export function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Polls check() every 50 ms until it answers true; throws after timeoutMs.
export async function waitFor(check, what, timeoutMs = 15000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

function exited(child) {
  return new Promise((ok) => {
    if (child.exitCode !== null || child.signalCode !== null) return ok();
    child.once('exit', ok);
  });
}

// settings: extra `key = value` lines for the config file (e.g. smtp_url);
// env: extra environment for every buyerdesk process (e.g. clockAt(t)).
export async function startPortal({ seed = true, settings = {}, env = {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'buyerdesk-test-'));
  chmodSync(dir, 0o755);  // nginx's workers (www-data) reach the socket here
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const socket = join(dir, 'run', 'buyerdesk.sock');
  const config = join(dir, 'buyerdesk.conf');
  const lines = {
    data_dir: dir, socket_path: socket, socket_group: 'www-data', base_url: url, workers: 2,
    ...settings,
  };
  writeFileSync(config, Object.entries(lines).map(([k, v]) => `${k} = ${v}`).join('\n') + '\n');

  const run = (args, extra = {}) => execFileSync(binary, ['--config', config, ...args],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env, ...extra } });
  run(['migrate']);
  if (seed) run(['seed-demo']);

  const appLog = join(dir, 'buyerdesk.log');
  const serve = async (extra = {}) => {
    rmSync(socket, { force: true });
    const child = spawn(binary, ['--config', config, 'serve'], {
      stdio: ['ignore', openSync(appLog, 'a'), openSync(appLog, 'a')], env: { ...process.env, ...env, ...extra },
    });
    await waitFor(() => existsSync(socket), 'the FastCGI socket');
    return child;
  };
  let server = await serve();

  const nginxConf = join(dir, 'nginx.conf');
  execFileSync(join(root, 'scripts', 'render-nginx-conf'),
    [String(port), socket, join(dir, 'nginx-run'), join(dir, 'logs'), nginxConf]);
  const nginx = spawn('nginx', ['-p', dir, '-c', nginxConf, '-g', 'daemon off;'], { stdio: 'ignore' });
  await waitFor(async () => {
    try { return (await fetch(`${url}/login`)).status === 200; } catch { return false; }
  }, 'nginx and the app to answer');

  const portal = {
    url, dir, config, port,
    database: join(dir, 'buyerdesk.db'),
    appLog: () => readFileSync(appLog, 'utf8'),
    // Runs a buyerdesk command against this portal's database.
    command: (...args) => run(args).toString(),
    // The same, with the command's clock starting at `instant` (Unix seconds).
    commandAt: (instant, ...args) => run(args, clockAt(instant)).toString(),
    // Stops the app (not nginx) and starts it again with `extra` in its
    // environment, e.g. clockAt(t) to move its clock; the database stays.
    async restart(extra = {}) {
      server.kill('SIGTERM');
      await exited(server);
      if (server.exitCode !== 0) throw new Error(`the server exited with ${server.exitCode ?? server.signalCode}`);
      server = portal.server = await serve(extra);
    },
    // The app writes too (mailer, sessions): wait for its lock instead of failing.
    sql: (query) => execFileSync('sqlite3', ['-cmd', '.timeout 5000', join(dir, 'buyerdesk.db'), query]).toString().trim(),
    server, nginx,
    async stop() {
      nginx.kill('SIGQUIT');
      server.kill('SIGTERM');
      await Promise.all([exited(nginx), exited(server)]);
      // A sanitizer report from any server process fails the test file.
      const log = readFileSync(appLog, 'utf8');
      const report = log.match(/(ERROR: (Address|Leak)Sanitizer|runtime error:)[^]{0,3000}/);
      const code = server.exitCode;
      if (!process.env.KEEP_TEST_DIRS) rmSync(dir, { recursive: true, force: true });
      // Server-side trouble shows in the test output, where CI keeps it.
      const trouble = log.split('\n').filter((l) => /warning|failed|error|ended/i.test(l));
      if (trouble.length) console.log(`# server log of ${dir}:\n# ${trouble.slice(-30).join('\n# ')}`);
      if (report) throw new Error(`sanitizer report from the server:\n${report[0]}`);
      if (code !== 0) throw new Error(`the server exited with ${code ?? server.signalCode}`);
    },
  };
  return portal;
}

// A tiny browser stand-in: keeps cookies, reads CSRF tokens from forms.
export class Client {
  constructor(base) {
    this.base = base;
    this.cookies = new Map();
    this.csrf = '';
  }

  remember(res) {
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired || value === '') this.cookies.delete(name); else this.cookies.set(name, value);
    }
  }

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(method, path, { body, headers = {} } = {}) {
    const res = await fetch(this.base + path, {
      method, body, redirect: 'manual',
      headers: { cookie: this.cookieHeader(), ...headers },
    });
    this.remember(res);
    const text = await res.text();
    const m = text.match(/name="csrf_token" value="([^"]+)"/);
    if (m) this.csrf = m[1];
    return { status: res.status, headers: res.headers, text, location: res.headers.get('location') };
  }

  get(path) { return this.request('GET', path); }

  // Posts a form; the CSRF token from the last page is added unless given.
  post(path, fields = {}, { csrf = true } = {}) {
    const form = new URLSearchParams(csrf ? { csrf_token: this.csrf, ...fields } : fields);
    return this.request('POST', path, {
      body: form.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  async signIn(email, password = DEMO_PASSWORD) {
    await this.get('/login');
    return this.post('/login', { email, password });
  }
}

export const DEMO_PASSWORD = 'demo-password-1';
