#ifndef BUYERDESK_LISTS_STORE_H
#define BUYERDESK_LISTS_STORE_H

/* Shopping lists and their lines (sql/020_lists.sql). Every function takes
 * the company and touches only its rows; a list id of another company
 * reads as missing. Writes expect the caller's open transaction. */

#include <stdint.h>

#include "catalog/pricing.h"

#define LIST_NAME_MAX 100          /* characters */
#define LIST_DESCRIPTION_MAX 500
#define LIST_NOTE_MAX 200
#define LIST_LINES_MAX 500         /* lines of one list */
#define LISTS_MAX 500              /* lists one chooser offers */

struct list_row {
    int64_t id;
    int64_t owner_user_id;
    char owner_name[128];
    char name[LIST_NAME_MAX * 4 + 1];
    char description[LIST_DESCRIPTION_MAX * 4 + 1];
    char sharing[16];              /* private, company, unit, editable */
    int64_t unit_id;               /* sharing unit: the unit (and those below) */
    char unit_name[128];
    int64_t line_count;
    int64_t updated_at;
    int64_t lines_version;         /* moves with every change to its lines (sql/027) */
};

/* The lists a member may see: their own, and those shared with them (with
 * the company, or with their unit or a unit above it); all of them or one
 * kind, by name. */
enum list_whose { LISTS_ALL = 0, LISTS_OWN = 1, LISTS_SHARED = 2 };
struct lists_filter {
    enum list_whose whose;
    const char *like;              /* a LIKE pattern for the name (backslash escapes), "" or NULL: any */
};

/* How many lists the query finds, or -1. */
int store_lists_count(int64_t company_id, int64_t user_id, const struct lists_filter *f);
/* Those from the offset-th (0: the newest), newest change first: rows
 * written (at most limit), or -1. */
int store_lists_page(int64_t company_id, int64_t user_id, const struct lists_filter *f, int offset, int limit,
                     struct list_row *out);

/* One list when the member may see it: 1, 0 (missing, another company's,
 * or not shared with them), -1. */
int store_list_get(int64_t company_id, int64_t user_id, int64_t list_id, struct list_row *out);

/* A line with its product as the list page shows it, priced today. */
struct list_line {
    int64_t id;
    int64_t product_id;
    char sku[64];
    char name[256];
    char unit[32];
    int64_t pack_size;
    int64_t min_order_qty;
    int64_t list_price;
    int active;
    int64_t quantity;
    char note[LIST_NOTE_MAX * 4 + 1];
    int64_t position;
    int64_t category_id;
    int64_t weight_grams;          /* per unit */
    int64_t unit_price;            /* today's price for the quantity */
    enum price_source source;
    int64_t line_total;            /* -1 when it overflows */
};

/* A list's lines in their order with today's prices (the company's price
 * list with its breaks, or public prices): one query. Rows or -1. */
int store_list_lines(int64_t company_id, int64_t list_id, int use_list_prices, struct list_line *out, int max);
/* The same for limit lines from the offset-th (0: the first). */
int store_list_lines_page(int64_t company_id, int64_t list_id, int use_list_prices, int offset, int limit,
                          struct list_line *out);

/* 1 when the owner already keeps a list of that name (any case), 0 not,
 * -1 error. */
int store_list_name_taken(int64_t company_id, int64_t owner_user_id, const char *name);
int store_list_create(int64_t company_id, int64_t owner_user_id, const char *name, const char *description,
                      int64_t now, int64_t *id);
/* 1 changed, 0 no such list, -1. */
int store_list_update(int64_t company_id, int64_t list_id, const char *name, const char *description, int64_t now);
int store_list_set_sharing(int64_t company_id, int64_t list_id, const char *sharing, int64_t unit_id, int64_t now);
int store_list_set_owner(int64_t company_id, int64_t list_id, int64_t owner_user_id, int64_t now);
int store_list_touch(int64_t company_id, int64_t list_id, int64_t now);
/* The list and its lines. 1, 0, -1. */
int store_list_delete(int64_t company_id, int64_t list_id);
/* Copies every line of one list to another (empty) list. 0 or -1. */
int store_list_copy_lines(int64_t company_id, int64_t from_list, int64_t to_list);

/* Number of lines, or -1. */
int store_list_line_count(int64_t company_id, int64_t list_id);
/* Adds a product (summing the quantity with its line when the list has
 * one; a note given replaces the line's). 0 or -1. */
int store_list_line_add(int64_t company_id, int64_t list_id, int64_t product_id, int64_t quantity, const char *note);
/* 1 changed, 0 no such line in the list, -1. A NULL note keeps the line's. */
int store_list_line_set(int64_t company_id, int64_t list_id, int64_t line_id, int64_t quantity, const char *note);
int store_list_line_remove(int64_t company_id, int64_t list_id, int64_t line_id);
/* Swaps a line with the one before (up 1) or after it. 1 moved, 0 already
 * first/last or no such line, -1. */
int store_list_line_move(int64_t company_id, int64_t list_id, int64_t line_id, int up);

/* Where a line stands in its list (0: first), named by its id or (id 0)
 * its product; -1 when the list has no such line or on an error. */
int store_list_line_index(int64_t company_id, int64_t list_id, int64_t line_id, int64_t product_id);

/* The member's business unit (0: none) and whether they are an active
 * member. 1, 0 not a member, -1. */
int store_list_member_unit(int64_t company_id, int64_t user_id, int64_t *unit_id);

#endif
