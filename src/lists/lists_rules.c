#include "lists/lists_rules.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "base/csv.h"
#include "base/permissions.h"
#include "base/utf8.h"
#include "catalog/quantity_rules.h"
#include "lists/lists_store.h"

static const char *const names[] = { "private", "company", "unit", "editable" };
static const char *const labels[] = { "Private", "Company (read-only)", "Business unit (read-only)",
                                      "Company (editable template)" };

int list_sharing_parse(const char *text)
{
    for (int i = 0; i < 4; i++)
        if (text && strcmp(text, names[i]) == 0) return i;
    return -1;
}

const char *list_sharing_name(enum list_sharing s)
{
    return (unsigned)s < 4 ? names[s] : "private";
}

const char *list_sharing_label(enum list_sharing s)
{
    return (unsigned)s < 4 ? labels[s] : labels[0];
}

int list_may_edit(int64_t user_id, unsigned permissions, int64_t owner_user_id, enum list_sharing sharing)
{
    if (user_id > 0 && user_id == owner_user_id) return 1;
    return sharing == LIST_EDITABLE && permissions_allow(permissions, PERM_MANAGE_SHARED_LISTS);
}

int list_may_manage(int64_t user_id, unsigned permissions, int64_t owner_user_id, enum list_sharing sharing)
{
    return list_may_edit(user_id, permissions, owner_user_id, sharing);
}

int list_may_share_as(unsigned permissions, enum list_sharing sharing)
{
    return sharing != LIST_EDITABLE || permissions_allow(permissions, PERM_MANAGE_SHARED_LISTS);
}

static void trim_copy(char *out, size_t size, const char *in)
{
    while (*in == ' ' || *in == '\t') in++;
    size_t n = strlen(in);
    while (n && (in[n - 1] == ' ' || in[n - 1] == '\t')) n--;
    if (n >= size) n = size - 1;
    memcpy(out, in, n);
    out[n] = '\0';
}

static int is_header(const struct csv_record *r)
{
    char first[16];
    trim_copy(first, sizeof first, r->fields[0]);
    return strcasecmp(first, "sku") == 0;
}

static void read_row(const struct csv_record *rec, struct list_csv_row *row)
{
    memset(row, 0, sizeof *row);
    row->line = rec->line;
    if (rec->count > 3) {
        snprintf(row->error, sizeof row->error, "has %zu columns; expected SKU, quantity and an optional note",
                 rec->count);
        return;
    }
    if (strlen(rec->fields[0]) >= sizeof row->sku + 16) {
        snprintf(row->error, sizeof row->error, "the SKU is too long");
        return;
    }
    trim_copy(row->sku, sizeof row->sku, rec->fields[0]);
    if (!row->sku[0]) {
        snprintf(row->error, sizeof row->error, "the SKU is missing");
        return;
    }
    if (rec->count < 2 || cart_quantity_parse(rec->fields[1], &row->quantity) != 0) {
        snprintf(row->error, sizeof row->error, "the quantity must be a whole number from 1 to %d", CART_QTY_MAX);
        return;
    }
    if (rec->count == 3) {
        if (utf8_chars(rec->fields[2]) > LIST_NOTE_MAX) {
            snprintf(row->error, sizeof row->error, "the note is longer than %d characters", LIST_NOTE_MAX);
            return;
        }
        trim_copy(row->note, sizeof row->note, rec->fields[2]);
    }
}

int list_csv_parse(const char *data, size_t len, struct list_csv_row *rows, int max, char *message, size_t size)
{
    message[0] = '\0';
    if (len > LIST_CSV_MAX_BYTES) {
        snprintf(message, size, "The file is larger than %d KB.", LIST_CSV_MAX_BYTES / 1024);
        return -1;
    }
    struct csv_parser p;
    struct csv_record rec = { 0 };
    csv_init(&p, data, len, 4096);
    int n = 0, first = 1;
    enum csv_result r;
    while ((r = csv_next(&p, &rec)) == CSV_RECORD) {
        if (first && is_header(&rec)) {
            first = 0;
            continue;
        }
        first = 0;
        if (rec.count == 1 && !rec.fields[0][strspn(rec.fields[0], " \t")]) continue;   /* a line of spaces */
        if (n >= max || n >= LIST_CSV_MAX_ROWS) {
            snprintf(message, size, "The file has more than %d products; a list holds at most %d.",
                     LIST_CSV_MAX_ROWS, LIST_LINES_MAX);
            csv_record_free(&rec);
            return -1;
        }
        read_row(&rec, &rows[n++]);
    }
    if (r != CSV_END) {
        snprintf(message, size, "Line %ld: %s.", rec.line, csv_error_message(r));
        csv_record_free(&rec);
        return -1;
    }
    csv_record_free(&rec);
    if (n == 0) snprintf(message, size, "The file has no products in it.");
    return n == 0 ? -1 : n;
}
