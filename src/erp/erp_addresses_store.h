#ifndef BUYERDESK_STORE_ERP_ADDRESSES_H
#define BUYERDESK_STORE_ERP_ADDRESSES_H

#include <stddef.h>
#include <stdint.h>

/* The SQL behind the ERP address import and export. The 12 address values
 * are, in order: label, type, attention, line1, line2, city, region,
 * postal_code, country, phone, delivery_instructions, tax_id. */

#define ERP_ADDRESS_VALUES 12

/* The company with this customer account number: 1 found, 0 not, -1. */
int store_company_by_erp_account(const char *account, int64_t *company_id);

struct erp_address_match {
    int64_t id;             /* 0: no address has this ERP id */
    int64_t company_id;
    char company_account[64];
    int same;               /* active and every value equal */
};

int store_erp_address_find(const char *erp_id, const char *const values[ERP_ADDRESS_VALUES],
                           struct erp_address_match *out);
/* Writes the values (and makes the address active again). 0 or -1. */
int store_erp_address_update(int64_t id, const char *const values[ERP_ADDRESS_VALUES], int64_t now);
int store_erp_address_insert(const char *erp_id, int64_t company_id,
                             const char *const values[ERP_ADDRESS_VALUES], int64_t now);

/* Every active address as export rows: erp id, customer account, then the
 * 12 values. Calls row() per address; stops at its first non-zero. */
int store_erp_addresses_export(int (*row)(void *ctx, const char *const fields[], int count), void *ctx);

#endif
