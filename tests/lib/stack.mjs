// The usual test set-up in one call: a portal, and on request an SMTP sink
// (wired in as the portal's mail server) and a browser.
import { startPortal } from './portal.mjs';
import { startSmtp } from './smtp.mjs';
import { launchBrowser } from './browser.mjs';

export async function startStack({ mail = false, browser = false, settings = {} } = {}) {
  const smtp = mail ? await startSmtp() : undefined;
  const mailSettings = smtp ? { smtp_url: smtp.url, mailer_poll_ms: 100 } : {};
  const portal = await startPortal({ settings: { ...mailSettings, ...settings } });
  return { portal, smtp, browser: browser ? await launchBrowser() : undefined };
}

export async function stopStack({ portal, smtp, browser } = {}) {
  await browser?.close();
  await portal?.stop();
  await smtp?.stop();
}
