#ifndef BUYERDESK_STORE_CHECKOUT_H
#define BUYERDESK_STORE_CHECKOUT_H

/* Checkout SQL: shipping methods and their weight bands, tax rates, the
 * company's and member's ordering facts, and writing an order (header,
 * lines, status moves). Customer data is always scoped to a company_id.
 * Writes expect the caller's open transaction (db_begin). Lookups return
 * 1 found, 0 not found, -1 on a database error unless said otherwise. */

#include <stddef.h>
#include <stdint.h>

#include "checkout/checkout_rules.h"

#define SHIPPING_METHODS_MAX 32
#define TAX_RATES_MAX 200

/* ---- shipping methods -------------------------------------------------------- */

/* Every method (active_only: only the active ones) with its bands, by
 * sort order then name. One query. Rows written or -1. */
int store_shipping_methods(int active_only, struct shipping_method *out, int max);
int store_shipping_method_get(int64_t id, struct shipping_method *out);
/* 0 created (*id set), 1 the name is taken, -1 error. */
int store_shipping_method_create(const struct shipping_method *m, int64_t now, int64_t *id);
/* Updates the method and replaces its bands. 0 done, 1 the name is taken
 * by another method, 2 no such method, -1 error. */
int store_shipping_method_update(const struct shipping_method *m);

/* ---- tax ------------------------------------------------------------------------- */

struct tax_rate_row {
    int64_t id;
    char country[8];
    char region[128];
    int64_t rate_bp;
    char label[128];
};

int store_tax_rates(struct tax_rate_row *out, int max);
int store_tax_rate_get(int64_t id, struct tax_rate_row *out);
/* The rate for (country, region): the region's own row, else the
 * country's ('' region) row. Region compared without case. */
int store_tax_rate_find(const char *country, const char *region, struct tax_rate_row *out);
/* Inserts or updates the (country, region) row. *before gets the old row
 * when there was one (returns 1), 0 when it is new, -1 error. */
int store_tax_rate_save(const char *country, const char *region, int64_t rate_bp, const char *label,
                        struct tax_rate_row *before);
/* 1 deleted, 0 no such rate, -1. */
int store_tax_rate_delete(int64_t id);

/* An address's own rate (addresses.tax_rate_bp) of the company: 1 set
 * (into *rate_bp), 0 none (or no such address), -1. */
int store_address_tax_override(int64_t company_id, int64_t address_id, int64_t *rate_bp);

/* Staff: one address of any company with its override, for the tax page. */
struct tax_address {
    int64_t id;
    int64_t company_id;
    char company_name[256];
    char label[321];
    char city[401];
    char region[401];
    char country[8];
    int has_rate;
    int64_t rate_bp;
};
int store_tax_address_get(int64_t address_id, struct tax_address *out);
/* Addresses that carry their own rate, with their company. Rows or -1. */
int store_tax_addresses_overridden(struct tax_address *out, int max);
/* rate_bp < 0 clears the override. 1 changed, 0 no such address, -1. */
int store_tax_address_set(int64_t address_id, int64_t rate_bp);

/* ---- the company and the member ------------------------------------------------ */

struct checkout_company {
    int64_t id;
    char name[256];
    char payment_terms[64];
    char currency[8];
    int po_number_required;
};
int store_checkout_company(int64_t company_id, struct checkout_company *out);
/* Sets companies.po_number_required; *before gets the old value. 1 done, 0 no such company, -1. */
int store_company_po_required_set(int64_t company_id, int required, int *before);

/* The member's active membership: business unit (0 none), role, and who
 * they are (for the confirmation mail). 1 found, 0 not an active member, -1. */
struct checkout_member {
    int64_t unit_id;
    int64_t role_id;
    char name[128];
    char email[256];
};
int store_checkout_member(int64_t company_id, int64_t user_id, struct checkout_member *out);

/* ---- orders ---------------------------------------------------------------------- */

/* The order a submit key already made for this member of this company:
 * its number into out. 1 found, 0 none, -1. */
int store_order_by_submit_key(int64_t company_id, int64_t user_id, const char *key, char *number, size_t size);


struct order_new {
    int64_t company_id;
    const char *number;
    int64_t placed_by_user_id;
    int64_t business_unit_id;       /* 0: none */
    const char *po_number;
    const char *currency;
    int64_t subtotal, shipping, tax, total;
    int64_t ship_to_address_id, bill_to_address_id;
    const char *ship_to_label, *ship_to_text;
    const char *bill_to_label, *bill_to_text;
    const char *shipping_method;
    const char *tax_label;
    int64_t tax_rate_bp;
    const char *payment_method;
    const char *requested_delivery_date;
    const char *notes;
    const char *submit_key;
    int waiting_for_address;
    int64_t placed_at;
};
/* 0 inserted (*id set), 1 the number or the submit key exists, -1. */
int store_order_insert(const struct order_new *o, int64_t *id);

struct order_line_new {
    int line_no;
    int64_t product_id;
    const char *sku, *name, *unit;
    int64_t quantity, unit_price, line_total;
    const char *price_source;       /* list | contract */
};
int store_order_line_insert(int64_t order_id, int64_t company_id, const struct order_line_new *l);

/* "a Purchasing manager; Frank Osei" : the approver labels of the order's
 * waiting steps, joined. 0 or -1. */
int store_order_waiting_approvers(int64_t company_id, int64_t order_id, char *out, size_t size);

#endif
