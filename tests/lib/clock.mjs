// The app's clock as the tests see it (src/clock.h). With BUYERDESK_NOW set
// (a pinned run), the app's clock starts at that instant and keeps running;
// the tests read the same clock, so "today" means the same day to both.
// Importing this module anchors the pinned clock (BUYERDESK_NOW_SINCE) if
// nobody did yet; every process the tests start inherits the anchor.

const realNow = () => Math.floor(Date.now() / 1000);

// Unix seconds, or YYYY-MM-DDTHH:MM[:SS][Z] in UTC (a space may replace T).
export function parseInstant(text) {
  if (/^-?\d+$/.test(text)) return Number(text);
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?Z?$/.exec(text);
  const t = m ? Date.parse(`${m[1]}T${m[2]}${m[3] ?? ':00'}Z`) : NaN;
  if (Number.isNaN(t)) throw new Error(`BUYERDESK_NOW=${text} is not a time`);
  return t / 1000;
}

let offset = 0;
if (process.env.BUYERDESK_NOW) {
  process.env.BUYERDESK_NOW_SINCE ||= String(realNow());
  offset = parseInstant(process.env.BUYERDESK_NOW) - Number(process.env.BUYERDESK_NOW_SINCE);
}

export const pinned = Boolean(process.env.BUYERDESK_NOW);

// Unix seconds now, per the app's clock.
export const now = () => realNow() + offset;

// YYYY-MM-DD (UTC) of a Unix time; today() and today(7) per the app's clock.
export const dayOf = (t) => new Date(t * 1000).toISOString().slice(0, 10);
export const today = (days = 0) => dayOf(now() + days * 86400);

// The environment for a process whose clock starts at `instant` (Unix
// seconds) and runs on from there.
export const clockAt = (instant) => ({ BUYERDESK_NOW: String(Math.floor(instant)), BUYERDESK_NOW_SINCE: String(realNow()) });

// The first second of the UTC month of `t` (default: now).
export function monthStart(t = now()) {
  const d = new Date(t * 1000);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 1000;
}
