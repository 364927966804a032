// The performance benchmark still runs (issue #19): a tiny large-seller
// database from tests/bench/seed-bench, then tests/bench/bench.mjs --quick
// against it. Every page answers 200 to every session under concurrency,
// the write driver places orders with nothing lost or doubled, and the
// report is written. It checks no speed: that is the benchmark's own run.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { binary } from '../lib/portal.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'buyerdesk-benchtest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('the tiny benchmark runs: pages, references, orders placed, report written', { timeout: 180000 }, () => {
  const db = join(dir, 'buyerdesk.db');
  const seed = spawnSync(join(root, 'tests', 'bench', 'seed-bench'), ['--tiny', '--init', '--buyerdesk', binary, db],
    { encoding: 'utf8', env: { ...process.env } });
  assert.equal(seed.status, 0, `seed-bench: ${seed.stderr}`);
  const run = spawnSync('node', [join(root, 'tests', 'bench', 'bench.mjs'), '--db', db, '--quick', '--out', join(dir, 'results')],
    { encoding: 'utf8', env: { ...process.env, BUYERDESK_BIN: binary } });
  assert.equal(run.status, 0, `bench: ${run.stdout}\n${run.stderr}`);

  const csv = readFileSync(join(dir, 'results', 'latest.csv'), 'utf8').trim().split('\n');
  assert.equal(csv[0].split(',')[0], 'page');
  const pages = csv.slice(1).filter((l) => !l.startsWith('orders_per_second')).map((l) => l.split(','));
  assert.deepEqual(pages.map((p) => p[0]), ['dashboard', 'orders page 1', 'big co page 1', 'orders deep page', 'order detail',
    'catalog search', 'search 200 words', 'product page', 'approval inbox', 'credit page', 'cart', 'back-office orders',
    'lists (500)', 'list of 500 lines', 'list last page']);
  for (const p of pages) {
    assert.ok(Number(p[1]) > 1000, `${p[0]}: a page of ${p[1]} bytes`);
    assert.ok(Number(p[2]) > 0, `${p[0]}: requests per second measured`);
    assert.equal(p[6], '0', `${p[0]}: no error answers`);
  }
  // The references ran for the first page.
  // columns: 7 fcgi req/s, 8 its p99, 9 its p99 at 8 connections, 10 static req/s
  assert.ok(Number(pages[0][7]) > 0 && Number(pages[0][8]) > 0 && Number(pages[0][9]) > 0 && Number(pages[0][10]) > 0,
    'the FastCGI and static references answered');
  const text = readFileSync(join(dir, 'results', 'latest.txt'), 'utf8');
  const placed = text.match(/: (\d+) orders in [\d.]+ s = \d+\/s; errors 0, lost 0, doubled 0/);
  assert.ok(placed && Number(placed[1]) > 0, `orders were placed: ${text}`);
});
