#ifndef BUYERDESK_ERP_IMPORT_CREDIT_H
#define BUYERDESK_ERP_IMPORT_CREDIT_H

/* The "credit" import shape (issue #20): when the ERP issues invoices
 * (seller setting credit_invoices_by = erp), its open and paid invoices,
 * keyed by invoice number and updated in place; after the rows, each
 * customer's balance is brought to what its invoices have open with an
 * "ERP sync" ledger row, so nothing is counted twice and importing the
 * same file again changes nothing. */

#include "base/csv.h"
#include "erp/import.h"

enum credit_column { CRD_COL_NUMBER, CRD_COL_CUSTOMER, CRD_COL_ISSUED, CRD_COL_DUE, CRD_COL_AMOUNT, CRD_COL_PAID,
                     CRD_COL_COUNT };

extern const struct import_shape import_credit_shape;

/* Pure: the row checks (the shape's validate_row). */
int import_credit_validate(const char *const fields[], struct import_row_error *errs, int max);

/* Every invoice in the import's columns (header first): it imports back
 * unchanged. 0 or -1. */
int import_credit_export(struct csv_out *out);

#endif
