// Debian's chromium driven by playwright-core; never a downloaded browser.
// Every page it opens is checked for accessibility and valid HTML
// (tests/lib/page_check.mjs).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checksEnabled, watchPage, checkPage, settle } from './page_check.mjs';
import { DEMO_PASSWORD } from './portal.mjs';

export const screenshots = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');

export async function launchBrowser() {
  mkdirSync(screenshots, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
  if (checksEnabled) watchBrowser(browser);
  return browser;
}

// Every context (browser.newPage() makes one too) hands its pages to the
// checks, and waits for their page sources to be saved before it closes.
function watchBrowser(browser) {
  const pages = new Set();
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => {
    const context = await newContext(...args);
    context.on('page', (page) => {
      pages.add(page);
      watchPage(page);
      const closePage = page.close.bind(page);
      page.close = async (...a) => { await settle([page]); return closePage(...a); };
    });
    const newPage = context.newPage.bind(context);
    context.newPage = async (...a) => { const page = await newPage(...a); watchPage(page); return page; };
    const closeContext = context.close.bind(context);
    context.close = async (...a) => { await settle(context.pages()); return closeContext(...a); };
    return context;
  };
  const close = browser.close.bind(browser);
  browser.close = async (...a) => { await settle([...pages]); return close(...a); };
}

export async function shot(page, name) {
  await checkPage(page, 'shot');
  return page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

// Signs in on the real form as a person would, then waits for the page it
// lands on (the dashboard or the back office unless told otherwise).
export async function signInAs(page, baseUrl, email, { password = DEMO_PASSWORD, landing = /\/(account|backoffice)$/ } = {}) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(landing);
}
