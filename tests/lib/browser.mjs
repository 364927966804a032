// Debian's chromium driven by playwright-core; never a downloaded browser.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const screenshots = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');

export async function launchBrowser() {
  mkdirSync(screenshots, { recursive: true });
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
}

export function shot(page, name) {
  return page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}
