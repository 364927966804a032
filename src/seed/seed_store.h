#ifndef BUYERDESK_SEED_STORE_H
#define BUYERDESK_SEED_STORE_H

/* The SQL behind seed_demo(): one prepared INSERT per table the demo data
 * fills (prepared once and reused for every row), the "already seeded?"
 * check, and the small bind and insert helpers the seed files share.
 * Private to src/seed/. */

#include <sqlite3.h>
#include <stdint.h>

enum stmt { ST_USER, ST_STAFF, ST_COMPANY, ST_UNIT, ST_MEMBERSHIP, ST_ADDRESS,
            ST_CATEGORY, ST_PRODUCT, ST_ORDER, ST_LINE, ST_COUNT };

/* Prepares every statement into stmt[]. 0, or -1 with the message on
 * stderr; what was prepared is left for seed_store_finalize. */
int seed_store_prepare(sqlite3 *db, sqlite3_stmt *stmt[ST_COUNT]);

/* Finalizes the statements and clears the slots, so a second call is safe. */
void seed_store_finalize(sqlite3_stmt *stmt[ST_COUNT]);

/* 1 when any user exists, 0 when none, -1 on error. */
int seed_store_has_users(sqlite3 *db);

/* NULL text binds NULL. */
int bind_opt_text(sqlite3_stmt *st, int idx, const char *text);

/* Row ids start at 1, so 0 means "no reference" and binds NULL. */
int bind_opt_id(sqlite3_stmt *st, int idx, int64_t id);

/* Steps an INSERT whose parameters were bound with bind_rc as the OR of
 * the bind results, then resets it for the next row. `what` names the row
 * in the error message; id_out (may be NULL) gets the new rowid. 0 or -1. */
int run_insert(sqlite3 *db, sqlite3_stmt *st, int bind_rc, const char *what, int64_t *id_out);

#endif
