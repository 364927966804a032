// ERP imports: `buyerdesk import addresses FILE.csv` and the back-office
// upload (RFC 4180, BOM, idempotent upsert keyed by erp_address_id, row
// errors with line numbers, all or nothing, dry run), and the addresses
// export that imports back unchanged.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';

let portal, dir;
before(async () => {
  ({ portal } = await startStack());
  dir = mkdtempSync(join(tmpdir(), 'buyerdesk-imports-'));
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await stopStack({ portal });
});

const HEADER = 'erp_address_id,customer_account,label,type,attention,line1,line2,city,region,postal_code,country,phone,delivery_instructions,tax_id';
const sql = (q) => portal.sql(q);
const count = (table, where = '1') => Number(sql(`SELECT COUNT(*) FROM ${table} WHERE ${where}`));
// Everything an import may write, to prove a refused one wrote nothing.
const snapshot = () => sql('SELECT * FROM addresses ORDER BY id') + '\n--\n' + sql('SELECT * FROM audit_log ORDER BY id');
let fileNo = 0;
function csvFile(text) {
  const path = join(dir, `f${++fileNo}.csv`);
  writeFileSync(path, text);
  return path;
}
// Runs the command; returns { status, stdout, stderr } whatever the exit status.
function run(...args) {
  try {
    return { status: 0, stdout: portal.command(...args), stderr: '' };
  } catch (err) {
    return { status: err.status, stdout: err.stdout.toString(), stderr: err.stderr.toString() };
  }
}
const address = (erp) => sql(`SELECT c.erp_account_no || '|' || a.label || '|' || a.kind || '|' || a.attention || '|' || a.line1 || '|' || a.line2 || '|' || a.city || '|' || a.region || '|' || a.postal_code || '|' || a.country || '|' || a.phone || '|' || a.delivery_instructions || '|' || a.tax_id || '|' || a.status
  FROM addresses a JOIN companies c ON c.id = a.company_id WHERE a.erp_address_id = '${erp}'`);

// Quotes, commas and line breaks inside fields; CRLF line ends.
const GOOD = [
  HEADER,
  'T-1,C-100042,"Dock 9, North",shipping,"Ann ""Receiving"" Lee",100 Industrial Rd,,Chicago,IL,60608,US,(312) 555-0101,"Ring the bell,\nthen wait",',
  'T-2,C-100042,Annex,both,,200 Industrial Rd,Unit 2,Chicago,IL,60608,US,,,TX-22',
  'T-3,C-100077,Red Deer Yard,shipping,Yard Office,5 Gaetz Ave,,Red Deer,AB,T4N 1A1,CA,,,',
].join('\r\n') + '\r\n';

test('a good file creates the addresses; importing it again changes nothing', () => {
  const before = count('addresses');
  const first = run('import', 'addresses', csvFile(GOOD));
  assert.equal(first.status, 0, first.stdout + first.stderr);
  assert.match(first.stdout, /3 rows imported/);
  assert.match(first.stdout, /done: 3 created, 0 updated, 0 unchanged, 0 skipped/);
  assert.equal(count('addresses'), before + 3);
  assert.equal(address('T-1'), 'C-100042|Dock 9, North|shipping|Ann "Receiving" Lee|100 Industrial Rd||Chicago|IL|60608|US|(312) 555-0101|Ring the bell,\nthen wait||active');
  assert.equal(address('T-2'), 'C-100042|Annex|both||200 Industrial Rd|Unit 2|Chicago|IL|60608|US|||TX-22|active');
  assert.equal(address('T-3'), 'C-100077|Red Deer Yard|shipping|Yard Office|5 Gaetz Ave||Red Deer|AB|T4N 1A1|CA||||active');
  // one audit entry per company touched, by the system
  assert.equal(sql(`SELECT c.name || '|' || l.actor_name || '|' || l.actor_kind || '|' || l.subject FROM audit_log l JOIN companies c ON c.id = l.company_id
                    WHERE l.action = 'address.imported' ORDER BY c.name`),
    'Acme Industrial Supply|ERP import|system|2 addresses\nBorealis Builders|ERP import|system|1 address');
  assert.equal(sql(`SELECT group_concat(ch.field || '=' || ch.after, ',') FROM audit_log_changes ch JOIN audit_log l ON l.id = ch.audit_id
                    WHERE l.action = 'address.imported' AND l.company_id = 1`), 'Created=2,Updated=0');

  const state = snapshot();
  const again = run('import', 'addresses', csvFile(GOOD));
  assert.equal(again.status, 0);
  assert.match(again.stdout, /done: 0 created, 0 updated, 3 unchanged, 0 skipped/);
  assert.equal(snapshot(), state, 'an unchanged import writes nothing, not even an audit entry');
});

test('a changed row updates exactly that address', () => {
  const others = sql("SELECT id, updated_at FROM addresses WHERE erp_address_id <> 'T-2' ORDER BY id");
  const changed = GOOD.replace('Annex,both,,200 Industrial Rd,Unit 2', 'Annex East,both,,200 Industrial Rd,Unit 3');
  const r = run('import', 'addresses', csvFile(changed));
  assert.equal(r.status, 0, r.stdout);
  assert.match(r.stdout, /done: 0 created, 1 updated, 2 unchanged/);
  assert.equal(address('T-2'), 'C-100042|Annex East|both||200 Industrial Rd|Unit 3|Chicago|IL|60608|US|||TX-22|active');
  assert.equal(sql("SELECT id, updated_at FROM addresses WHERE erp_address_id <> 'T-2' ORDER BY id"), others);
  assert.equal(sql(`SELECT l.subject FROM audit_log l WHERE l.action = 'address.imported' ORDER BY l.id DESC LIMIT 1`), '1 address');
});

test('a file with bad rows among good ones is refused with line numbers, and nothing is written', () => {
  const state = snapshot();
  const bad = [
    HEADER,                                                                                     // line 1
    'N-1,C-100042,New one,shipping,,1 First St,,Chicago,IL,60601,US,,"two\nlines",',            // lines 2-3
    'N-2,C-100042,Bad country,shipping,,2 First St,,Chicago,IL,60601,USA,,,',                   // line 4
    'N-3,C-999999,Nobody,shipping,,3 First St,,Chicago,IL,60601,US,,,',                         // line 5
    'N-4,C-100042,,shipping,,4 First St,,Chicago,IL,60601,US,,,',                               // line 6
    'A-100077-01,C-100042,Stolen,billing,,5 First St,,Chicago,IL,60601,US,,,',                  // line 7
    'N-5,C-100042,"Comma, ""quoted""",sideways,,6 First St,,Chicago,IL,60601,US,,,',            // line 8
    'N-6,C-100042,Short row',                                                                   // line 9
    'N-1,C-100042,Twice,shipping,,1 First St,,Chicago,IL,60601,US,,,',                          // line 10
  ].join('\n') + '\n';
  const r = run('import', 'addresses', csvFile(bad));
  assert.equal(r.status, 1, r.stdout);
  assert.match(r.stderr, /refused; nothing was written/);
  const lines = r.stdout.trim().split('\n');
  assert.match(lines[0], /refused, nothing was written: 7 errors$/);
  assert.deepEqual(lines.slice(1), [
    'line 4, country: Use a two-letter country code the portal knows, such as US or CA.',
    'line 5, customer_account: No customer has the account number C-999999.',
    'line 6, label: This field is required.',
    'line 7, erp_address_id: A-100077-01 belongs to another customer (C-100077); an address never moves between customers.',
    'line 8, type: Use billing, shipping or both.',
    'line 9: This row has 3 fields; the header has 14.',
    'line 10, erp_address_id: erp_address_id N-1 is already on line 2.',
  ]);
  assert.equal(snapshot(), state);
  assert.equal(count('addresses', "erp_address_id LIKE 'N-%'"), 0);
});

test('unreadable files and headers are refused as a whole', () => {
  const state = snapshot();
  const cases = [
    ['', 'file: The file is empty: its first line must name the columns.'],
    [HEADER + '\n', 'file: The file has a header but no rows.'],
    [HEADER.replace(',tax_id', '') + '\nx\n', 'line 1, tax_id: The header lacks the column tax_id.'],
    [HEADER + ',colour\nx\n', 'line 1: The header names an unknown column "colour".'],
    [HEADER + '\nQ-1,C-100042,"never closed\n', 'line 2: The file cannot be read from here on: a quoted field is never closed.'],
    [HEADER + '\nQ-1,C-100042,La"bel,both,,1 A St,,Chicago,IL,1,US,,,\n', 'line 2: The file cannot be read from here on: a quote in the middle of a field'],
    [HEADER + '\nQ-1,C-100042,Caf\xe9,both,,1 A St,,Chicago,IL,1,US,,,\n', 'line 2: The file cannot be read from here on: the text is not valid UTF-8'],
  ];
  for (const [text, want] of cases) {
    const path = join(dir, `raw${++fileNo}.csv`);
    writeFileSync(path, Buffer.from(text, 'latin1'));
    const r = run('import', 'addresses', path);
    assert.equal(r.status, 1, text);
    assert.ok(r.stdout.split('\n')[1].startsWith(want), `${JSON.stringify(text)}: ${r.stdout}`);
  }
  assert.equal(snapshot(), state);
});

test('a dry run reports what would change and writes nothing; a BOM and any column order are fine', () => {
  const state = snapshot();
  // columns in another order, a UTF-8 BOM, no final line break
  const cols = HEADER.split(',');
  const reordered = [...cols].reverse();
  const row = { erp_address_id: 'D-1', customer_account: 'C-100077', label: 'Lethbridge Yard', type: 'shipping', line1: '9 Mayor Magrath Dr', city: 'Lethbridge', region: 'AB', country: 'CA' };
  const line = (o) => reordered.map((c) => o[c] ?? '').join(',');
  const text = '\ufeff' + reordered.join(',') + '\n' + line(row) + '\n' + line({ ...row, erp_address_id: 'T-3', label: 'Red Deer Yard', line1: '5 Gaetz Ave', city: 'Red Deer', attention: 'Yard Office', postal_code: 'T4N 1A1' });
  const path = csvFile(text);
  const dry = run('import', 'addresses', path, '--dry-run');
  assert.equal(dry.status, 0, dry.stdout);
  assert.match(dry.stdout, /2 rows checked \(dry run: nothing was written\)/);
  assert.match(dry.stdout, /would be: 1 created, 0 updated, 1 unchanged/);
  assert.equal(snapshot(), state);

  const real = run('import', 'addresses', path);
  assert.equal(real.status, 0, real.stdout);
  assert.match(real.stdout, /done: 1 created, 0 updated, 1 unchanged/);
  assert.equal(address('D-1'), 'C-100077|Lethbridge Yard|shipping||9 Mayor Magrath Dr||Lethbridge|AB||CA||||active');
});

test('usage errors exit with 2', () => {
  assert.equal(run('import').status, 2);
  assert.equal(run('import', 'addresses').status, 2);
  assert.equal(run('import', 'prices', csvFile(GOOD)).status, 2);
  assert.equal(run('import', 'addresses', join(dir, 'missing.csv')).status, 2);
  assert.equal(run('export', 'nothing').status, 2);
});

async function staff() {
  const c = new Client(portal.url);
  await c.signIn('staff@seller.test');
  const page = await c.get('/backoffice/imports');
  assert.equal(page.status, 200);
  return c;
}

function upload(client, csv, { dryRun = false, shape = 'addresses', csrf = client.csrf, filename = 'erp.csv' } = {}) {
  const form = new FormData();
  form.append('csrf_token', csrf);
  form.append('shape', shape);
  if (dryRun) form.append('dry_run', '1');
  form.append('file', new Blob([csv], { type: 'text/csv' }), filename);
  return client.request('POST', '/backoffice/imports', { body: form });
}
const counts = (html) => ['created', 'updated', 'unchanged', 'skipped'].map((k) => Number(html.match(new RegExp(`id="count-${k}">(\\d+)<`))?.[1]));

test('the back office shows the form and uploads with a dry run, for real, and refuses bad files', async () => {
  const c = await staff();
  const page = await c.get('/backoffice/imports');
  assert.match(page.text, /enctype="multipart\/form-data"/);
  assert.match(page.text, /<option value="addresses" selected>Addresses<\/option>/);
  assert.match(page.text, /name="dry_run" value="1" checked/);
  assert.ok(page.text.replaceAll('<wbr>', '').includes(HEADER), 'the expected columns are listed');
  assert.match(page.text, /At most 1 MiB per upload/);
  assert.match(page.text, /href="\/backoffice\/exports\/addresses.csv"/);

  const csv = '\ufeff' + HEADER + '\r\nW-1,C-100042,"Web, upload",billing,,7 Web St,,Chicago,IL,60601,US,,"a\r\nb",\r\nT-1,C-100042,"Dock 9, North",shipping,"Ann ""Receiving"" Lee",100 Industrial Rd,,Chicago,IL,60608,US,(312) 555-0101,"Ring the bell,\nthen wait",\r\n';
  const state = snapshot();
  const dry = await upload(c, csv, { dryRun: true });
  assert.equal(dry.status, 200);
  assert.match(dry.text, /Dry run: nothing was written/);
  assert.deepEqual(counts(dry.text), [1, 0, 1, 0]);
  assert.match(dry.text, /Would be created/);
  assert.match(dry.text, /Result for erp.csv/);
  assert.match(dry.text, /name="dry_run" value="1" checked/);
  assert.equal(snapshot(), state);

  const real = await upload(c, csv);
  assert.equal(real.status, 200);
  assert.match(real.text, /Imported\./);
  assert.deepEqual(counts(real.text), [1, 0, 1, 0]);
  assert.doesNotMatch(real.text, /name="dry_run" value="1" checked/);   // the choice made is kept
  assert.equal(address('W-1'), 'C-100042|Web, upload|billing||7 Web St||Chicago|IL|60601|US||a\r\nb||active');
  assert.equal(sql("SELECT actor_name || '|' || actor_kind || '|' || subject FROM audit_log WHERE action = 'address.imported' ORDER BY id DESC LIMIT 1"),
    'Pat Seller|staff|1 address'.replace('Pat Seller', sql("SELECT name FROM users WHERE email = 'staff@seller.test'")));

  const again = await upload(c, csv);
  assert.deepEqual(counts(again.text), [0, 0, 2, 0]);

  const state2 = snapshot();
  const bad = await upload(c, HEADER + '\nW-2,C-100042,Fine,billing,,1 A St,,Chicago,IL,1,US,,,\nW-3,C-424242,Nobody,billing,,1 A St,,Chicago,IL,1,US,,,\n', { dryRun: false });
  assert.equal(bad.status, 422);
  assert.match(bad.text, /The file was refused; nothing was written\./);
  assert.match(bad.text, /<tr><td class="text-nowrap">3<\/td><td><code>customer_account<\/code><\/td><td>No customer has the account number C-424242\.<\/td><\/tr>/);
  assert.equal(snapshot(), state2);

  const noFile = await (async () => {
    const form = new FormData();
    form.append('csrf_token', c.csrf);
    form.append('shape', 'addresses');
    return c.request('POST', '/backoffice/imports', { body: form });
  })();
  assert.equal(noFile.status, 422);
  assert.match(noFile.text, /Choose a CSV file to upload\./);
  const badShape = await upload(c, csv, { shape: 'prices' });
  assert.equal(badShape.status, 422);
  assert.match(badShape.text, /Choose what the file holds\./);
  const noCsrf = await upload(c, csv, { csrf: 'wrong' });
  assert.equal(noCsrf.status, 403);
  assert.equal(snapshot(), state2);
});

test('members are refused the imports and the export', async () => {
  const m = new Client(portal.url);
  await m.signIn('admin@acme.test');
  assert.equal((await m.get('/backoffice/imports')).status, 403);
  assert.equal((await m.get('/backoffice/exports/addresses.csv')).status, 403);
  const form = new FormData();
  form.append('csrf_token', m.csrf);
  form.append('shape', 'addresses');
  form.append('file', new Blob([GOOD]), 'x.csv');
  const state = snapshot();
  assert.equal((await m.request('POST', '/backoffice/imports', { body: form })).status, 403);
  assert.equal(snapshot(), state);
});

test('the export escapes commas, quotes and line breaks and imports back unchanged', async () => {
  const c = await staff();
  const res = await fetch(`${portal.url}/backoffice/exports/addresses.csv`, { headers: { cookie: c.cookieHeader() } });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
  assert.equal(res.headers.get('content-disposition'), 'attachment; filename="addresses.csv"');
  const text = await res.text();
  const lines = text.split('\r\n');
  assert.equal(lines[0], HEADER);
  assert.ok(text.includes('\r\nT-1,C-100042,"Dock 9, North",shipping,"Ann ""Receiving"" Lee",100 Industrial Rd,,Chicago,IL,60608,US,(312) 555-0101,"Ring the bell,\nthen wait",\r\n'), text);
  assert.ok(text.includes('\r\nA-100042-02,C-100042,Chicago Plant - Receiving,shipping,"Receiving, Dock 4",4520 S Kilbourn Ave,,Chicago,IL,60632,US,(773) 555-0160,,\r\n'));
  assert.ok(text.includes('\r\nW-1,C-100042,"Web, upload",billing,,7 Web St,,Chicago,IL,60601,US,,"a\r\nb",\r\n'));
  // every active address, the portal's own (no ERP id) included
  const active = count('addresses', "status = 'active'");
  const withErp = count('addresses', "status = 'active' AND erp_address_id IS NOT NULL");
  assert.ok(active > withErp);
  assert.ok(text.includes('\r\n,,Main Office,both,Grace Whitfield,3300 Airport Way S,,Seattle,WA,98134,US,(206) 555-0110,,\r\n'));
  assert.ok(!text.includes('Joliet Warehouse'), 'pending addresses are not exported');

  // the command writes the same file
  const path = join(dir, 'export.csv');
  assert.equal(run('export', 'addresses', path).status, 0);
  assert.equal(readFileSync(path, 'utf8'), text);
  assert.equal(run('export', 'addresses').stdout, text);

  const state = snapshot();
  const r = run('import', 'addresses', path);
  assert.equal(r.status, 0, r.stdout);
  assert.match(r.stdout, new RegExp(`done: 0 created, 0 updated, ${withErp} unchanged, ${active - withErp} skipped`));
  const up = await upload(c, text);
  assert.equal(up.status, 200);
  assert.deepEqual(counts(up.text), [0, 0, withErp, active - withErp]);
  assert.equal(snapshot(), state);
});
