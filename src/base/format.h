#ifndef BUYERDESK_FORMAT_H
#define BUYERDESK_FORMAT_H

#include <stddef.h>
#include <stdint.h>

#include "base/money.h"

/* Display formatting for pages and mail. Pure functions. */

/* Amounts: format_money, in base/money.h (included here). */

/* Unix seconds (UTC) -> "Nov 22, 2026". */
void format_date(int64_t when, char *out, size_t size);

/* Unix seconds (UTC) -> "2026-11-22" for <time datetime>. */
void format_iso_date(int64_t when, char *out, size_t size);

/* Unix seconds (UTC) -> "2026-11-22 14:05:09 UTC", to the second (logs,
 * the jobs runner). */
void format_datetime(int64_t when, char *out, size_t size);

/* Unix seconds (UTC) -> "14:05 UTC". */
void format_time_of_day(int64_t when, char *out, size_t size);

/* Unix seconds (UTC) -> "2026-11-22T14:05:09Z" for <time datetime>. */
void format_iso_datetime(int64_t when, char *out, size_t size);

/* Grams -> "13.2 kg" (1 kg and up, tenths cut) or "850 g". */
void format_weight(int64_t grams, char *out, size_t size);

#endif
