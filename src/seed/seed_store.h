#ifndef BUYERDESK_SEED_STORE_H
#define BUYERDESK_SEED_STORE_H

/* The SQL behind seed_demo(): one INSERT per table the demo people,
 * companies, catalog and order history fill, the "already seeded?" check,
 * the look-ups by name the later seed steps share, and the demo mail's
 * bounce. The later steps keep theirs in seed_accounts_store.h,
 * seed_ordering_store.h, seed_approvals_store.h and seed_shipments_store.h.
 * Private to src/seed/.
 *
 * Writes expect the caller's open transaction (db_begin). An insert that
 * fails says so on stderr, naming the row, and returns -1; otherwise 0,
 * with the new row's id in id_out when that is not NULL. An id of 0 means
 * "none" and is stored as NULL. Look-ups return 1 found, 0 not found, -1
 * on a database error. */

#include <stdint.h>

struct product;       /* seed_internal.h */
struct company_def;
struct address_def;

/* 1 when any user exists, 0 when none, -1 on error. */
int seed_store_has_users(void);

/* --- People and companies ------------------------------------------------ */

struct seed_user_row {
    const char *email, *password_hash, *name, *job_title, *phone;
    int64_t created_at;          /* also when the e-mail address was verified */
    int64_t last_sign_in_at;     /* 0: never signed in */
};

int seed_store_user(const struct seed_user_row *u, int64_t *id_out);
int seed_store_staff(int64_t user_id, const char *staff_role, int64_t created_at);

/* The company d describes (its erp_account_no NULL: none yet). */
int seed_store_company(const struct company_def *d, int64_t account_manager_id, int64_t created_at,
                       int64_t *id_out);
int seed_store_unit(int64_t company_id, int64_t parent_id, const char *name, const char *kind,
                    int64_t manager_user_id, int64_t created_at, int64_t *id_out);
int seed_store_membership(int64_t company_id, int64_t user_id, int64_t role_id, int64_t unit_id,
                          int64_t created_at);
/* The address a describes (its erp_id NULL: not in the ERP yet), for unit_id. */
int seed_store_address(int64_t company_id, const struct address_def *a, int64_t unit_id, int64_t created_at);

/* --- Catalog ---------------------------------------------------------------- */

int seed_store_category(int64_t parent_id, const char *name, const char *slug, int64_t *id_out);
int seed_store_product(const struct product *p, const char *description, int64_t category_id, const char *uom,
                       int64_t weight_grams);

/* --- Order history ---------------------------------------------------------- */

struct seed_totals {
    int64_t subtotal, shipping, tax, total;
};

struct seed_order_row {
    const char *number, *status, *channel, *po, *ship_label, *ship_text, *bill_text, *notes;
    int64_t placed_by;           /* 0: no portal user (EDI) */
    int64_t unit_id, placed_at;
    struct seed_totals t;
};

struct seed_line_row {
    int line_no;
    const char *sku, *name;
    int64_t quantity, shipped, unit_price, line_total;
};

int seed_store_order(int64_t company_id, const struct seed_order_row *o, int64_t *id_out);
int seed_store_order_line(int64_t order_id, int64_t company_id, const struct seed_line_row *l);

/* --- Look-ups the later steps share ------------------------------------------ */

int seed_store_user_id(const char *email, int64_t *id);
int seed_store_company_id(const char *name, int64_t *id);

/* --- Outbox ------------------------------------------------------------------ */

/* Marks the mail queued for to_address as failed after `attempts` tries
 * with the server's answer. 0 or -1. */
int seed_store_mail_failed(const char *to_address, int attempts, const char *error);

#endif
