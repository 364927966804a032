#ifndef BUYERDESK_LISTS_LIST_PAGE_COMMON_H
#define BUYERDESK_LISTS_LIST_PAGE_COMMON_H

/* What the shopping-list pages share (lists_index_page.c, list_page.c,
 * list_lines_page.c, list_add_page.c): the fields their forms have in
 * common, who may do what with a list, loading the list a route names,
 * the way back to it after a change, a product by SKU, and the list page
 * itself drawn again with one form's problems. */

#include <stddef.h>

#include "cart/cart_store.h"
#include "catalog/quantity_rules.h"
#include "lists/lists.h"
#include "lists/pages.h"

#define LIST_MSG_MAX 512
#define LIST_PAGE_LINES 25         /* lines a list's page shows: with their forms, about 55 KB */
#define LIST_SKU_CHARS_MAX 63

#define LIST_NAME_FIELD { "name", "Name", FIELD_TEXT, 1, 0, LIST_NAME_MAX, NULL, "Give the list a name.", NULL }
#define LIST_SKU_FIELD { "sku", "SKU", FIELD_TEXT, 1, 0, LIST_SKU_CHARS_MAX, NULL, "Enter a SKU.", "There is no such product." }
#define LIST_QTY_FIELD { "quantity", "Quantity", FIELD_QUANTITY, 1, 1, CART_QTY_MAX, NULL, "Enter a quantity.", \
                         "Enter a whole number from 1 to 1000000." }

/* Applicants see public prices. */
int list_use_list_prices(const struct request *req);
enum list_sharing list_sharing_of(const struct list_row *l);
/* The member may change the list's lines and details (not while viewing
 * as the customer). */
int list_page_may_edit(const struct request *req, const struct list_row *l);

/* A list named by :id that the member may change: 1, or 0 after answering
 * 404 (a list they may only read is, for changing, as good as missing:
 * the same answer as for an address or an approval step not theirs). */
int list_page_load_editable(struct request *req, struct list_row *l);

/* A flash message, then back to the list's page (the first). */
void list_page_done(struct request *req, const struct list_row *l, const char *kind, const char *message);
/* The same to one of its pages (from 1; a page past the end shows the last). */
void list_page_done_at(struct request *req, const struct list_row *l, int page, const char *kind, const char *message);

/* Looks a product up by SKU (as typed, letter case ignored). 1 found and
 * active, 0 no such product or withdrawn (msg says which), -1. */
int list_product_for(const struct request *req, const char *sku, struct cart_product *p, char *msg, size_t size);

/* The name of a line's field: qty_<line id>, note_<line id>. */
void list_field_key(const char *prefix, int64_t id, char *out, size_t size);

/* Which form of the list page came back with problems, to show them there
 * with what was typed. */
struct list_form_state {
    const char *form;                 /* "details", "sharing", "hand_over", "line", "lines", "import", "cart" */
    const struct form_errors *errors;
    const char *message;              /* a sentence for the form as a whole */
    const struct list_csv_row *csv;   /* import: the rows, with their errors */
    int n_csv;
};

/* lists/list_page.c: the list's page (fs: NULL, or the form with problems). */
void list_page_render(struct request *req, int status, const struct list_row *l, const struct list_form_state *fs);

/* Ends a domain call: 1 when it worked (r 0, committed); else answers
 * (404 for a list the member may not change, the page again with msg for
 * bad input on form). */
int list_page_finish(struct request *req, const struct list_row *l, const char *form, int r, const char *msg,
                     const char *what);

#endif
