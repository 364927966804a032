// Runs last (files run in name order, one at a time): the Nu HTML Checker
// over the source of every distinct page the browser tests of this run saw
// (tests/lib/page_check.mjs saves them), plus a check the checker no longer
// makes (ARIA 1.3 allows it, we do not): every id an aria-describedby,
// aria-labelledby, aria-controls, for= or headers= names exists in the page.
// It also lists again every axe-core violation the earlier files found.
// Pages in KNOWN_EXCEPTIONS are reported but do not fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { checksEnabled, runDir, removeStaleRuns, knownException, grouped, violationText, violationPage } from '../lib/page_check.mjs';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
const dir = runDir();
const files = existsSync(dir) ? readdirSync(dir) : [];
const pages = files.filter((f) => f.endsWith('.html')).sort().map((f) => {
  const meta = JSON.parse(readFileSync(join(dir, f.replace(/\.html$/, '.json')), 'utf8'));
  return { ...meta, source: join(dir, f), path: new URL(meta.url).pathname };
});
const checked = files.filter((f) => f.endsWith('.axe')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
// Run alone there is nothing to check; after other browser tests there must be.
const skip = !checksEnabled ? 'page checks are off in the sanitizer pass'
  : !existsSync(dir) ? 'no browser test ran before this file in this run' : false;

const where = (x) => {
  const p = x.page ?? x;
  return `${p.method} ${new URL(p.url).pathname}${new URL(p.url).search} (${p.status ?? ''}${p.status ? ', ' : ''}"${p.title}", in ${p.file})`;
};

// Fails on any problem outside KNOWN_EXCEPTIONS; prints those inside.
function report(title, problems, what, page = where) {
  const failing = problems.filter((x) => !x.exception);
  const excused = problems.filter((x) => x.exception);
  if (excused.length) {
    console.log(`# ${title}: ${excused.length} on known exceptions (not failing):\n# `
      + grouped(excused, (x) => `[${x.exception}] ${what(x)}`, page, 4).replace(/\n/g, '\n# '));
  }
  assert.equal(failing.length, 0, `${title}: ${failing.length}\n${grouped(failing, what, page)}`);
}

test('every page the browser tests saw is valid HTML (Nu HTML Checker)', { skip }, async () => {
  removeStaleRuns();
  assert.ok(pages.length > 0, `the browser tests saved no page source into ${dir}`);
  const started = Date.now();
  const byFile = new Map(pages.map((p) => [`file:${p.source}`, p]));
  const out = await new Promise((ok, fail) => {
    execFile('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', ...pages.map((p) => p.source)],
      { maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
        // exit 1 means "errors found"; anything else without JSON is a broken run
        try { ok(JSON.parse(stdout)); } catch { fail(new Error(`vnu did not run: ${error?.message}\n${stderr}`)); }
      });
  });
  console.log(`# vnu checked ${pages.length} page sources in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  const problems = out.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error').map((m) => {
    const p = byFile.get(m.url) ?? { url: m.url ?? 'file:?', method: '?', status: '?', title: '?', file: '?', path: '?' };
    return { ...m, page: p, exception: knownException(p)?.template };
  });
  report('HTML errors', problems, (m) => `${m.message}\n      ${JSON.stringify((m.extract ?? '').trim())}`,
    (m) => `${where(m)}, line ${m.lastLine}`);
});

test('every id an ARIA reference, label or table header names is in the page', { skip }, () => {
  const problems = [];
  for (const p of pages) {
    const html = readFileSync(p.source, 'utf8');
    const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
    for (const m of html.matchAll(/\s(aria-describedby|aria-labelledby|aria-controls|aria-errormessage|for|headers)="([^"]*)"/g)) {
      const tag = html.slice(html.lastIndexOf('<', m.index), m.index).match(/^<(\w+)/)?.[1];
      if (m[1] === 'for' && tag !== 'label' && tag !== 'output') continue;
      for (const id of m[2].split(/\s+/).filter(Boolean)) {
        if (!ids.has(id)) problems.push({ page: p, attr: m[1], id, tag, exception: knownException(p)?.template });
      }
    }
  }
  report('references to missing ids', problems, (x) => `<${x.tag} ${x.attr}="…${x.id}…">: no element has id "${x.id}"`);
});

test('no page the browser tests saw has an accessibility violation (axe-core)', { skip }, () => {
  assert.ok(checked.length > 0, `axe checked no page in ${dir}`);
  const seconds = checked.reduce((s, c) => s + (c.ms ?? 0), 0) / 1000;
  console.log(`# axe checked ${checked.length} page states in ${seconds.toFixed(1)}s (over the whole run)`);
  const problems = checked.flatMap((c) => c.violations.map((v) => ({ ...c, ...v, exception: knownException(c)?.template })));
  report('axe-core violations', problems, violationText, violationPage);
});
