#ifndef BUYERDESK_CATALOG_SEARCH_H
#define BUYERDESK_CATALOG_SEARCH_H

#include <stdint.h>

#include "catalog/catalog_store.h"

/* A page of the catalog search for match (catalog_match_expression), in
 * rank order, and how many products match. Rows on the page or -1. */
int catalog_search(const char *match, int offset, int limit, struct catalog_product *out, int64_t *total);

#endif
