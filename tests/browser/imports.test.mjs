// Seller staff upload an ERP addresses file through the back office: a dry
// run first (nothing written), then the real import; a bad file shows its
// problems by line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { shot } from '../lib/browser.mjs';

let portal, browser;
before(async () => ({ portal, browser } = await startStack({ browser: true })));
after(() => stopStack({ portal, browser }));

const HEADER = 'erp_address_id,customer_account,label,type,attention,line1,line2,city,region,postal_code,country,phone,delivery_instructions,tax_id';
const GOOD = `${HEADER}\r\nB-1,C-100042,"Dock 12, South",shipping,Receiving,300 Industrial Rd,,Chicago,IL,60608,US,,"Use gate 3,\nnot gate 1",\r\nA-100042-01,C-100042,Headquarters,billing,Accounts Payable,1200 W Lake St,Suite 400,Chicago,IL,60607,US,(312) 555-0140,,\r\n`;

test('staff check a file with a dry run, then import it', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${portal.url}/login`);
  await page.getByLabel('Work email').fill('staff@seller.test');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/backoffice/);
  await page.goto(`${portal.url}/backoffice/imports`);
  assert.equal(await page.getByLabel('The file holds').inputValue(), 'addresses');
  assert.ok(await page.getByLabel('Dry run').isChecked());

  // a bad file first: refused, problems by line
  await page.getByLabel('CSV file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv',
    buffer: Buffer.from(GOOD.replace('60608,US', '60608,XX')) });
  await page.getByLabel('Dry run').uncheck();
  await page.getByRole('button', { name: 'Upload' }).click();
  await page.waitForSelector('#report');
  assert.match(await page.locator('#report').innerText(), /The file was refused; nothing was written\./);
  assert.match(await page.locator('#report tbody').innerText(), /^2\s+country\s+Use a two-letter country code/);
  assert.equal(portal.sql("SELECT COUNT(*) FROM addresses WHERE erp_address_id = 'B-1'"), '0');
  await shot(page, 'backoffice-imports-refused');

  await page.getByLabel('CSV file').setInputFiles({ name: 'erp-addresses.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD) });
  await page.getByLabel('Dry run').check();
  await page.getByRole('button', { name: 'Upload' }).click();
  await page.waitForSelector('#report');
  assert.match(await page.locator('#report').innerText(), /Dry run: nothing was written\./);
  assert.equal(await page.locator('#count-created').innerText(), '1');
  assert.equal(await page.locator('#count-unchanged').innerText(), '1');
  assert.equal(portal.sql("SELECT COUNT(*) FROM addresses WHERE erp_address_id = 'B-1'"), '0');
  await shot(page, 'backoffice-imports');

  await page.getByLabel('CSV file').setInputFiles({ name: 'erp-addresses.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD) });
  await page.getByLabel('Dry run').uncheck();
  await page.getByRole('button', { name: 'Upload' }).click();
  await page.waitForSelector('#report');
  assert.match(await page.locator('#report').innerText(), /Imported\./);
  assert.equal(await page.locator('#count-created').innerText(), '1');
  assert.equal(portal.sql("SELECT label || '|' || delivery_instructions FROM addresses WHERE erp_address_id = 'B-1'"), 'Dock 12, South|Use gate 3,\nnot gate 1');

  // the export link downloads the CSV
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export addresses (CSV)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'addresses.csv');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${portal.url}/backoffice/imports`);
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= width, `page is ${scroll}px wide in a ${width}px window`);
  await shot(page, 'backoffice-imports-phone');
  await context.close();
});
