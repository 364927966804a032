#ifndef BUYERDESK_IMPORT_ADDRESSES_H
#define BUYERDESK_IMPORT_ADDRESSES_H

#include "base/csv.h"
#include "erp/import.h"

/* The "addresses" import shape: the ERP's ship-to and bill-to addresses,
 * keyed by erp_address_id, each belonging to the company whose ERP account
 * number is customer_account. A new id becomes an active address of that
 * company; a known one is updated when anything differs (and made active
 * again if it was not); an id that belongs to another company is refused
 * (an address never moves between companies). Rows without an
 * erp_address_id are the portal's own addresses (the export lists them
 * for the ERP): they are skipped. One audit entry per company touched. */

extern const struct import_shape import_addresses_shape;

enum {
    ADDR_COL_ERP_ID, ADDR_COL_CUSTOMER, ADDR_COL_LABEL, ADDR_COL_TYPE, ADDR_COL_ATTENTION, ADDR_COL_LINE1,
    ADDR_COL_LINE2, ADDR_COL_CITY, ADDR_COL_REGION, ADDR_COL_POSTAL, ADDR_COL_COUNTRY, ADDR_COL_PHONE,
    ADDR_COL_INSTRUCTIONS, ADDR_COL_TAX_ID, ADDR_COL_COUNT
};

/* Pure: the row checks without the database (the shape's validate_row). */
int import_addresses_validate(const char *const fields[], struct import_row_error *errs, int max);

/* Every active address of every company, in the import's columns (header
 * first), ordered by customer and id. 0 or -1. */
int import_addresses_export(struct csv_out *out);

#endif
