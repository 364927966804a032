// Rules of the source tree that keep a second database engine possible
// behind the same store functions (issue #18): SQL text and sqlite3_*
// calls live only in base/db and in store files (*_store.c / *_store.h),
// and every statement is declared with DB_STATEMENT so that it is
// prepared when the process starts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const src = join(root, 'src');

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.[ch]$/.test(e.name) ? [path] : [];
  });
}

const files = sources(src).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));
const storeOrDb = (p) => /_store\.[ch]$/.test(p) || /^src\/base\/db\.[ch]$/.test(p);
// The lines of a file that match, as "path:line: text".
const hits = (f, re) => f.text.split('\n').flatMap((line, i) => (re.test(line) ? [`${f.path}:${i + 1}: ${line.trim()}`] : []));

test('there are sources to check', () => {
  assert.ok(files.length > 200, `${files.length} files`);
  assert.ok(files.some((f) => f.path === 'src/orders/order_history_store.c'));
});

test('sqlite3_* is called only in base/db and store files', () => {
  const found = files.filter((f) => !storeOrDb(f.path)).flatMap((f) => hits(f, /\bsqlite3_?\w*/));
  assert.deepEqual(found, []);
});

test('SQL text is written only in store files', () => {
  const sql = /"\s*(SELECT|INSERT INTO|INSERT OR|UPDATE \w+ SET|DELETE FROM|WITH RECURSIVE|CREATE (TABLE|INDEX)|PRAGMA)\b/;
  const found = files.filter((f) => !storeOrDb(f.path)).flatMap((f) => hits(f, sql));
  assert.deepEqual(found, []);
});

test('every statement is declared to be prepared at start-up (no prepare on first use)', () => {
  const found = files.filter((f) => f.path !== 'src/base/db.c')
    .flatMap((f) => hits(f, /\bdb_prepared\s*\(|sqlite3_prepare/));
  assert.deepEqual(found, []);
});

// Every value a page or a mail shows is escaped by ctemplate's auto-escape.
// `:none` turns that off for one variable: allowed only where the value is
// itself the output of an auto-escaped template (the mail body inside its
// layout, the menu kept by web/nav.c), and nowhere else.
test('templates skip escaping only for text ctemplate escaped already', () => {
  const templates = join(root, 'templates');
  const tplFiles = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tplFiles(path);
    return e.name.endsWith('.tpl') ? [path] : [];
  });
  const all = tplFiles(templates).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));
  assert.ok(all.length > 50, `${all.length} templates`);
  const found = all.flatMap((f) => hits(f, /\{\{[^}]*:(none|x-)/));
  assert.deepEqual(found, [
    'templates/mail/messages/layout.html.tpl:10: {{BODY:none}}',
    'templates/web/layout.tpl:22: {{NAV_HTML:none}}',
  ]);
});
