#ifndef BUYERDESK_STORE_SEQUENCES_H
#define BUYERDESK_STORE_SEQUENCES_H

#include <stdint.h>

/* Named counters that never restart or repeat (sql/010_sequences.sql):
 * order numbers today, invoice numbers later. Call inside the write
 * transaction that uses the number, so a rollback gives it back. */

#define SEQUENCE_ORDER_NUMBER "order_number"

/* The next value of `name` (1 more than the last one handed out). 0, or -1
 * when the sequence does not exist or the database fails. */
int store_sequence_next(const char *name, int64_t *value);

/* Moves `name` on so that the next value is at least `last + 1` (never
 * back): the seller's ERP was at `last` when the portal went live. */
int store_sequence_skip_to(const char *name, int64_t last);

#endif
