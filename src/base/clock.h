#ifndef BUYERDESK_CLOCK_H
#define BUYERDESK_CLOCK_H

#include <stddef.h>
#include <stdint.h>

/* The one clock. Every "now" in buyerdesk (order dates, session expiry,
 * token lifetimes, mail backoff, throttle windows, the demo data) comes
 * from clock_now(); nothing else reads the system time. All times are Unix
 * seconds, UTC.
 *
 * Tests and demos can set the clock with two environment variables:
 *
 *   BUYERDESK_NOW=2031-02-28T23:50:00Z   (or Unix seconds)
 *   BUYERDESK_NOW_SINCE=1796000000       (optional: real Unix seconds)
 *
 * The clock then reads BUYERDESK_NOW at the real instant BUYERDESK_NOW_SINCE
 * and keeps running from there, so backoff, expiry and leases still fall
 * due. Without BUYERDESK_NOW_SINCE the first process to read the clock takes
 * its own start and exports it, so the processes it starts (workers, the
 * mailer, commands run from tests) share one timeline. */

/* Parses an instant: Unix seconds ("1796000000", may be negative) or a UTC
 * timestamp "YYYY-MM-DDTHH:MM[:SS][Z]" (a space may replace the T). 0, or
 * -1 for anything else, including impossible days and times. */
int clock_parse_instant(const char *text, int64_t *out);

/* Reads the environment once. 0, or -1 with a message in `err` when
 * BUYERDESK_NOW or BUYERDESK_NOW_SINCE cannot be read (main() refuses to
 * start rather than run on the wrong clock). */
int clock_init(char *err, size_t size);

/* Unix seconds now, per the (possibly shifted) clock. */
int64_t clock_now(void);

/* The demo data only (seed-demo, a process of its own): the clock reads
 * `at` from now on, so a past day can be replayed through the program's
 * own functions (a scheduled reorder placed by the jobs runner on that
 * day); clock_replay_end() returns to the real (or pinned) clock. */
void clock_replay_begin(int64_t at);
void clock_replay_end(void);

/* The shift that clock_init() found: seconds added to the system time. */
int64_t clock_offset(void);

#endif
