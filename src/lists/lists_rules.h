#ifndef BUYERDESK_LISTS_RULES_H
#define BUYERDESK_LISTS_RULES_H

/* Shopping lists' rules, pure: who may change a list, what its sharing
 * means, and reading a list's CSV (SKU, quantity, note). */

#include <stddef.h>
#include <stdint.h>

enum list_sharing {
    LIST_PRIVATE = 0,     /* the owner only */
    LIST_COMPANY,         /* every member reads it */
    LIST_UNIT,            /* members of a unit and the units below read it */
    LIST_EDITABLE,        /* every member reads it; members who may manage shared lists edit it */
};

/* "private" ... "editable" -> the value; -1 for anything else. */
int list_sharing_parse(const char *text);
const char *list_sharing_name(enum list_sharing s);
/* "Private", "Company (read-only)", ... for pages. */
const char *list_sharing_label(enum list_sharing s);

/* May this member change the list's lines, name and description? The
 * owner may; on an editable list, members who may manage shared lists
 * too. (Delete, sharing and hand-over: list_may_manage.) */
int list_may_edit(int64_t user_id, unsigned permissions, int64_t owner_user_id, enum list_sharing sharing);
/* Delete, share, hand over: the owner; on an editable list, members who
 * may manage shared lists too. */
int list_may_manage(int64_t user_id, unsigned permissions, int64_t owner_user_id, enum list_sharing sharing);
/* Making a list editable by others needs "Manage shared shopping lists". */
int list_may_share_as(unsigned permissions, enum list_sharing sharing);

/* --- CSV: sku,quantity,note ------------------------------------------ */

#define LIST_CSV_MAX_BYTES 262144
#define LIST_CSV_MAX_ROWS 500

struct list_csv_row {
    long line;                     /* physical line where the record starts */
    char sku[64];
    int64_t quantity;
    char note[801];                /* at most LIST_NOTE_MAX characters */
    char error[200];               /* "" when the row is fine */
};

/* Reads the CSV into rows (a first row "sku,quantity[,note]" is a header
 * and skipped). Each row gets its own error ("" when fine). Returns the
 * number of rows (at most max), or -1 with message set when the file
 * itself cannot be read (a broken quote, invalid UTF-8, too many rows,
 * nothing in it). */
int list_csv_parse(const char *data, size_t len, struct list_csv_row *rows, int max, char *message, size_t size);

#endif
