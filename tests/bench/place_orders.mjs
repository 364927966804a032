// The benchmark's write driver: members place orders the way a browser
// does (add to cart, open checkout, review, submit with the review's
// one-time key), in parallel for a while; approval rules, spending limits
// and the outbox mail all run in the app's transaction. Then the database
// is checked: every order the driver was told about exists once, none
// was made twice. Used by bench.mjs; runs alone too:
//
//   node tests/bench/place_orders.mjs URL DB [SECONDS] [MEMBERS]
//
// The requests come from place_orders.c, built here on first use: it
// runs on the same 2 cores as the portal, and Node spent 6-9 ms of CPU
// per order making them, about what the app itself spends.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const sql = (db, q) => execFileSync('sqlite3', ['-cmd', '.timeout 10000', db, q], { encoding: 'utf8' }).trim();

// The driver, compiled once per process into a temporary folder.
let driver;
function compiled() {
  if (driver) return driver;
  const dir = mkdtempSync(join(tmpdir(), 'buyerdesk-place-orders-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const out = join(dir, 'place_orders');
  execFileSync('cc', ['-std=c11', '-O2', '-Wall', '-Wextra', join(here, 'place_orders.c'), '-o', out]);
  driver = out;
  return driver;
}

// Runs the driver with the members and products on its standard input;
// resolves with what it printed.
function drive(args, input) {
  return new Promise((ok, fail) => {
    const child = spawn(compiled(), args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '', err = '';
    child.stdout.setEncoding('utf8').on('data', (s) => { out += s; });
    child.stderr.setEncoding('utf8').on('data', (s) => { err += s; });
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) ok(JSON.parse(out));
      else fail(new Error(err.trim() || `place_orders: the driver exited with ${code}`));
    });
    child.stdin.end(input);
  });
}

export async function placeOrders({ url, db, seconds = 10, members = 32 }) {
  const run = `BENCH-${Date.now().toString(36)}`;
  // Buyers of active companies with an address to ship to; products that
  // need no pack or minimum arithmetic.
  const buyers = sql(db, `SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id JOIN roles r ON r.id = m.role_id
      JOIN companies c ON c.id = m.company_id
      WHERE r.name IN ('Buyer', 'Purchasing manager') AND m.status = 'active' AND u.status = 'active' AND c.status = 'active'
        AND EXISTS (SELECT 1 FROM addresses a WHERE a.company_id = c.id AND a.status = 'active')
      ORDER BY m.company_id % 7, m.id LIMIT ${members}`).split('\n').filter(Boolean);
  const skus = sql(db, `SELECT sku FROM products WHERE active = 1 AND pack_size = 1 AND min_order_qty = 1 ORDER BY id LIMIT 200`)
    .split('\n').filter(Boolean);
  if (!buyers.length || !skus.length) throw new Error('place_orders: no buyers or products to order');

  const input = [...buyers.map((e) => `member ${e}`), ...skus.map((s) => `sku ${s}`)].join('\n') + '\n';
  const r = await drive([url, String(seconds), run], input);
  // Every order once, with its PO number, none twice.
  const found = Number(sql(db, `SELECT COUNT(*) FROM orders WHERE po_number LIKE '${run}-%'`));
  const doubled = Number(sql(db, `SELECT COUNT(*) FROM (SELECT po_number FROM orders WHERE po_number LIKE '${run}-%'
                                  GROUP BY po_number HAVING COUNT(*) > 1)`));
  const distinctNumbers = new Set(r.numbers).size;
  return {
    orders: r.orders, seconds: r.seconds, perSecond: r.orders / r.seconds, errors: r.errors, firstErrors: r.firstErrors,
    retries: r.retries,
    lost: Math.max(0, r.orders - found) + (r.numbers.length - distinctNumbers), doubled: doubled + Math.max(0, found - r.orders),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [url, db, seconds = '10', members = '32'] = process.argv.slice(2);
  placeOrders({ url, db, seconds: Number(seconds), members: Number(members) })
    .then((r) => { console.log(JSON.stringify(r)); process.exitCode = r.errors || r.lost || r.doubled ? 1 : 0; })
    .catch((e) => { console.error(e.message); process.exitCode = 1; });
}
