// Accessibility and valid HTML, checked on every page the browser tests see.
//
// launchBrowser() hands every page it opens to watchPage(). Then:
//  - each HTML document the server sends (the raw response, so the checker
//    sees the markup as written, not as the browser repaired it) is saved
//    once per distinct page state into the run's folder; the last browser
//    test file (zz_html_check.test.mjs) runs the Nu HTML Checker over that
//    folder once for the whole stage;
//  - after each navigation (goto, waitForURL, reload, waitForLoadState), each
//    locator.waitFor() and each shot(), axe-core checks the live page as the
//    signed-in user sees it (WCAG 2.0/2.1 A and AA), once per distinct state.
//    A violation fails the test file that found it (listed with its page)
//    and is listed again by zz_html_check.
//
// A "state" is the page's path with numbers and tokens blanked, narrow or
// wide, plus the set of its elements' shapes (tag, id, classes, role, ARIA
// attributes): a form shown with errors, an open menu, another role's
// navigation or a new status badge is a new state; the same page with other
// rows, or seen by another user with the same rights, is not.
//
// The checks are skipped in the sanitizer pass (BUYERDESK_BIN in
// build-asan/): the markup is the same, only slower.
import axe from 'axe-core';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const checksEnabled = !/(^|\/)build-asan\//.test(process.env.BUYERDESK_BIN ?? '');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// KNOWN EXCEPTIONS: pages whose templates are being changed in another
// branch. Their axe violations and HTML errors are printed but do not fail
// the run. Empty this list when that work has landed.
//   page: { method, path, title } of a checked page (title without " · buyerdesk")
export const KNOWN_EXCEPTIONS = [];
export const knownException = (p) => KNOWN_EXCEPTIONS.find((e) => e.test(p));

// One folder per `node --test` run: every test file is a child of the same
// runner process, so they share process.ppid.
export const checksRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'page-checks');
export const runDir = (pid = process.ppid) => join(checksRoot, `run-${pid}`);

const alive = (pid) => { try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; } };

// Folders of earlier runs whose runner has gone.
export function removeStaleRuns() {
  if (!existsSync(checksRoot)) return;
  for (const name of readdirSync(checksRoot)) {
    const pid = Number(name.replace(/^run-/, ''));
    if (pid && pid !== process.ppid && !alive(pid)) rmSync(join(checksRoot, name), { recursive: true, force: true });
  }
}

// Only the portal's own pages (a test may stub a carrier's site).
const ours = (url) => /^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url);

const testFile = process.argv[1] ? process.argv[1].replace(/^.*\/tests\//, 'tests/') : '?';
const sha = (s) => createHash('sha1').update(s).digest('hex').slice(0, 16);

// /orders/SO-2026-004199?status=open -> /orders/SO-N-N?status=; a token -> T
export function pathShape(url) {
  const u = new URL(url);
  const path = u.pathname.split('/').map((seg) => (seg.length >= 24 && /[0-9A-Z_]/.test(seg) ? 'T' : seg))
    .join('/').replace(/\d+/g, 'N');
  const keys = [...new Set(u.searchParams.keys())].sort();
  return keys.length ? `${path}?${keys.map((k) => `${k}=`).join('&')}` : path;
}

// The shapes of a document's start tags, from its HTML source.
function sourceShape(html) {
  const shapes = new Set();
  for (const m of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:"[^"]*"|'[^']*'|[^>"'])*)>/g)) {
    const attrs = [];
    for (const a of m[2].matchAll(/([^\s=/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const name = a[1].toLowerCase();
      if (['id', 'class', 'role', 'type', 'for', 'headers', 'scope', 'required', 'disabled', 'hidden', 'multiple'].includes(name)
          || name.startsWith('aria-')) attrs.push(`${name}=${(a[2] ?? '').replace(/\d+/g, 'N').slice(0, 80)}`);
    }
    shapes.add(`${m[1].toLowerCase()} ${attrs.sort().join(' ')}`);
  }
  return [...shapes].sort().join('\n');
}

// The same for the live page, and who is signed in (the account menu).
const liveShape = () => {
  const shapes = new Set();
  for (const el of document.querySelectorAll('*')) {
    const attrs = [];
    for (const a of el.attributes) {
      if (['id', 'class', 'role', 'type', 'open', 'hidden', 'disabled'].includes(a.name) || a.name.startsWith('aria-'))
        attrs.push(`${a.name}=${a.value.replace(/\d+/g, 'N').slice(0, 80)}`);
    }
    shapes.add(`${el.localName} ${attrs.sort().join(' ')}`);
  }
  const user = document.querySelector('#user-name')?.textContent.trim() ?? '';
  return { shape: [...shapes].sort().join('\n'), user, width: window.innerWidth, title: document.title.replace(/ · buyerdesk$/, '') };
};

const violations = [];   // this test file's, reported when it ends
let axeMs = 0, axeRuns = 0, saved = 0, lost = 0;

function record(name, data) {
  const dir = runDir();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), data);
}

// Saves a document's source once per state, for the Nu HTML Checker.
function saveSource(doc, html) {
  const key = `${doc.method} ${pathShape(doc.url)} ${doc.status}\n${sourceShape(html)}`;
  const id = sha(key);
  const dir = runDir();
  if (existsSync(join(dir, `${id}.html`))) return;
  const title = (html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '').replace(/ · buyerdesk$/, '').replace(/&amp;/g, '&');
  record(`${id}.html`, html);
  record(`${id}.json`, JSON.stringify({ url: doc.url, method: doc.method, status: doc.status, title, file: testFile }));
  saved++;
}

// axe-core itself rather than @axe-core/playwright's AxeBuilder: the builder
// injects the 600 kB engine again for every run, which made each check take
// three to five times as long. Here it goes into each frame of a document
// once, and only violations come back.
async function runAxe(page) {
  for (const frame of page.frames()) {
    try {
      if (!(await frame.evaluate(() => typeof window.axe === 'object'))) await frame.evaluate(axe.source);
    } catch { /* a frame that is gone or sandboxed: axe reports what it could not reach */ }
  }
  return page.evaluate((values) => window.axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] }), AXE_TAGS);
}

async function checkpoint(page, why) {
  const w = page.__pageCheck;
  if (!w || page.isClosed()) return;
  // one check at a time per page; a checkpoint inside a checkpoint does nothing
  if (w.busy) return;
  w.busy = true;
  try {
    await Promise.allSettled(w.pending);
    let live;
    try { live = await page.evaluate(liveShape); } catch { return; }   // navigating away: the next checkpoint sees the new page
    const url = page.url();
    if (!ours(url)) return;
    const key = sha(`${pathShape(url)}\n${live.width < 768 ? 'narrow' : 'wide'}\n${live.shape}`);
    const mark = join(runDir(), `${key}.axe`);
    if (w.seen.has(key) || existsSync(mark)) { w.checked = url; return; }
    w.seen.add(key);
    // A context without JavaScript (the no-script tests) cannot run axe: its
    // timers never fire, so axe.run would wait for ever. The same pages are
    // checked with scripts on elsewhere; their source still goes to vnu.
    if (page.context()._options?.javaScriptEnabled === false) { w.checked = url; return; }
    const started = Date.now();
    let result;
    try {
      result = await runAxe(page);
    } catch (e) {
      if (/context was destroyed|Target closed|has been closed|navigat/i.test(String(e))) { w.seen.delete(key); return; }
      throw e;
    } finally {
      axeMs += Date.now() - started;
      axeRuns++;
    }
    const found = result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}${n.any[0]?.message ? ` (${n.any[0].message})` : ''}`),
    }));
    const method = w.doc?.url === url ? w.doc.method : 'GET';
    const seen = { url, method, path: new URL(url).pathname, title: live.title, user: live.user || '(signed out)',
      width: live.width, after: why, file: testFile, ms: Date.now() - started };
    record(`${key}.axe`, JSON.stringify({ ...seen, violations: found }));
    w.checked = url;
    if (!knownException(seen)) for (const v of found) violations.push({ ...seen, ...v });
  } finally {
    w.busy = false;
  }
}

export { checkpoint as checkPage };

// The address of the page's last state axe has seen (now or earlier in the
// run), for a test that wants to be sure its page was checked.
export const checkedUrl = (page) => page.__pageCheck?.checked;

// Wires the checks into one page.
export function watchPage(page) {
  if (!checksEnabled || page.__pageCheck) return;
  const w = page.__pageCheck = { pending: new Set(), seen: new Set(), busy: false };
  page.on('response', (response) => {
    const request = response.request();
    if (!request.isNavigationRequest() || request.frame() !== page.mainFrame() || !ours(response.url())) return;
    const status = response.status();
    if (status >= 300 && status < 400) return;
    if (!/^text\/html/.test(response.headers()['content-type'] ?? '')) return;
    const doc = w.doc = { url: response.url(), method: request.method(), status };
    const p = response.text().then((html) => saveSource(doc, html), () => {
      // the browser has dropped the body (the test moved on at once): take
      // the page as it stands if it is still this document
      if (!page.isClosed() && page.url() === doc.url) return page.content().then((html) => saveSource(doc, html), () => { lost++; });
      lost++;
      return undefined;
    });
    w.pending.add(p);
    p.finally(() => w.pending.delete(p));
  });
  for (const name of ['goto', 'waitForURL', 'reload', 'waitForLoadState', 'goBack']) {
    const original = page[name].bind(page);
    page[name] = async (...args) => {
      const r = await original(...args);
      await checkpoint(page, name);
      return r;
    };
  }
  // locator.waitFor(): the usual way a test waits for a form shown with errors
  const proto = Object.getPrototypeOf(page.locator('html'));
  if (!proto.__pageCheck) {
    proto.__pageCheck = true;
    const waitFor = proto.waitFor;
    proto.waitFor = async function (...args) {
      const r = await waitFor.apply(this, args);
      if (!args[0]?.state || args[0].state === 'visible' || args[0].state === 'attached') await checkpoint(this.page(), 'waitFor');
      return r;
    };
  }
}

// Waits for the sources still being read (before a browser closes).
export async function settle(pages) {
  await Promise.allSettled(pages.flatMap((p) => [...(p.__pageCheck?.pending ?? [])]));
}

// A violation without its page, and its page: the same problem on many
// pages is listed once, with the pages under it.
export const violationText = (v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `      ${n}`).join('\n')}`;
export const violationPage = (v) => {
  const u = new URL(v.url);
  return `${v.method} ${u.pathname}${u.search} as ${v.user}, ${v.width}px wide (after ${v.after} in ${v.file})`;
};

export function grouped(problems, what, where, limit = 8) {
  const groups = new Map();
  for (const x of problems) {
    const key = what(x);
    if (!groups.has(key)) groups.set(key, new Set());
    groups.get(key).add(where(x));
  }
  return [...groups].map(([key, pages]) => {
    const list = [...pages];
    const more = list.length > limit ? `\n    ... and ${list.length - limit} more` : '';
    return `${key}\n    on ${list.slice(0, limit).join('\n    on ')}${more}`;
  }).join('\n');
}

if (checksEnabled) {
  process.on('exit', () => {
    if (axeRuns || saved) {
      console.log(`# page checks: axe ran on ${axeRuns} page states in ${(axeMs / 1000).toFixed(1)}s; ${saved} new page sources saved for the HTML checker`
        + (lost ? `; ${lost} left before their source could be read` : ''));
    }
    if (!violations.length) return;
    console.log(`# axe-core: ${violations.length} accessibility violation(s):\n# ${grouped(violations, violationText, violationPage).replace(/\n/g, '\n# ')}`);
    process.exitCode = 1;
  });
}
