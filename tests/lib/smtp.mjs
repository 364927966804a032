// Starts tests/lib/smtp_sink.py (aiosmtpd) on a loopback port and reads
// what it received.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './portal.mjs';

const sink = join(resolve(dirname(fileURLToPath(import.meta.url))), 'smtp_sink.py');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function startSmtp({ port } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'buyerdesk-smtp-'));
  const smtp = { port: port || await freePort(), folder, child: null };

  smtp.start = async () => {
    const child = spawn('/usr/bin/python3', [sink, String(smtp.port), folder], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise((ok, fail) => {
      child.stdout.once('data', ok);
      child.once('exit', (code) => fail(new Error(`smtp sink exited with ${code}`)));
    });
    smtp.child = child;
  };
  smtp.stop = async () => {
    const child = smtp.child;
    if (!child || child.exitCode !== null) return;
    const gone = new Promise((ok) => child.once('exit', ok));
    child.kill('SIGTERM');
    await gone;
    smtp.child = null;
  };
  smtp.messages = () => readdirSync(folder).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')));
  // Waits until at least `count` messages (optionally matching) arrived.
  smtp.waitFor = async (count, match = () => true, timeoutMs = 15000) => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = smtp.messages().filter(match);
      if (found.length >= count) return found;
      if (Date.now() > until) throw new Error(`expected ${count} mail(s), got ${found.length}`);
      await sleep(100);
    }
  };
  smtp.url = `smtp://127.0.0.1:${smtp.port}`;
  await smtp.start();
  return smtp;
}
