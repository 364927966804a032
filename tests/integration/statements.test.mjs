// Every statement is prepared when a process opens the database: SQL
// that does not compile against the schema stops `serve` before it
// forks, with the statement's text and SQLite's message, instead of
// failing on some request later.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { binary, startPortal } from '../lib/portal.mjs';

let portal;
after(() => portal?.stop());

test('serve prepares every statement at start, and refuses to start when one does not compile', async () => {
  portal = await startPortal();
  assert.equal((await fetch(`${portal.url}/login`)).status, 200, 'the portal runs on the schema it was built for');
  const started = readFileSync(join(portal.dir, 'buyerdesk.log'), 'utf8').match(/serve: (\d+) statements prepared/);
  assert.ok(started, 'serve says how many statements it prepared');
  assert.ok(Number(started[1]) > 300, `${started[1]} statements`);

  // A database that no longer has a column the program reads: a second
  // serve on it stops before binding a socket or forking a worker.
  portal.sql('ALTER TABLE orders RENAME COLUMN po_number TO purchase_order');
  try {
    const res = spawnSync(binary, ['--config', portal.config, 'serve'], { encoding: 'utf8', timeout: 20000 });
    assert.equal(res.status, 1, `serve exits 1 (stderr: ${res.stderr})`);
    assert.match(res.stderr, /a statement does not compile: (no such column: (o\.)?po_number|table orders has no column named po_number)/);
    assert.match(res.stderr, /\n {2}in: (SELECT|INSERT|UPDATE) [^\n]*po_number/);
    assert.match(res.stderr, /serve: not starting/);
    assert.doesNotMatch(res.stderr, /workers on/, 'no worker was started');
  } finally {
    portal.sql('ALTER TABLE orders RENAME COLUMN purchase_order TO po_number');
  }
  assert.equal((await fetch(`${portal.url}/login`)).status, 200);

  // `buyerdesk statements --plan`: each of them, with its query plan.
  const listed = spawnSync(binary, ['--config', portal.config, 'statements', '--plan'], { encoding: 'utf8', timeout: 20000 });
  assert.equal(listed.status, 0, listed.stderr);
  assert.equal((listed.stdout.match(/^-- statement \d+$/gm) ?? []).length, Number(started[1]), 'every statement serve prepares');
  assert.match(listed.stderr, new RegExp(`^${started[1]} statements$`, 'm'));
  assert.match(listed.stdout, /FROM order_counts WHERE company_id = :company[^\n]*;\n(--   [^\n]*\n)*--   \d+ \d+ SEARCH order_counts/,
    'the order list total reads order_counts by its key');
});
