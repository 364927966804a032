#include "erp/import.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/csv.h"
#include "base/db.h"
#include "erp/import_addresses.h"
#include "erp/import_orders.h"
#include "erp/import_credit.h"

const struct actor import_system_actor = { .kind = ACTOR_SYSTEM, .label = "ERP import" };

const struct import_shape *const import_shapes[] = { &import_addresses_shape, &import_orders_shape, &import_credit_shape, NULL };
const char *const import_shape_names[] = { "addresses", "orders", "credit", NULL };   /* tests/unit/erp checks they agree */

/* How many leading columns make a row's key: the first column, or for
 * offline orders (one row per order line) the ERP order number and the
 * line number together. */
static int key_columns(const struct import_shape *shape)
{
    return shape->key_columns > 1 ? shape->key_columns : 1;
}

/* The row's key as one string, its columns joined by a unit separator
 * (0x1F). malloc'd, or NULL. */
static char *key_text(const struct import_shape *shape, const char *const fields[])
{
    size_t len = 0;
    int k = key_columns(shape);
    for (int i = 0; i < k; i++) len += strlen(fields[i]) + 1;
    char *key = malloc(len);
    if (!key) return NULL;
    key[0] = '\0';
    for (int i = 0; i < k; i++) {
        if (i) strcat(key, "\x1f");
        strcat(key, fields[i]);
    }
    return key;
}

/* "erp_address_id A-1" or "erp_order_no E-1, line_no 2" for a key_text. */
static void key_label(const struct import_shape *shape, const char *key, char *out, size_t size)
{
    size_t n = 0;
    out[0] = '\0';
    for (int i = 0; i < key_columns(shape) && n < size; i++) {
        size_t part = strcspn(key, "\x1f");
        n += (size_t)snprintf(out + n, size - n, "%s%s %.*s", i ? ", " : "", shape->columns[i],
                              (int)(part > 60 ? 60 : part), key);
        key += part + (key[part] ? 1 : 0);
    }
}

const struct import_shape *import_shape_find(const char *name)
{
    for (int i = 0; import_shapes[i]; i++)
        if (strcmp(import_shapes[i]->name, name) == 0) return import_shapes[i];
    return NULL;
}

void import_error_text(const struct import_row_error *e, char *out, size_t size)
{
    if (e->line <= 0) snprintf(out, size, "file%s%s: %s", e->column[0] ? ", " : "", e->column, e->message);
    else if (e->column[0]) snprintf(out, size, "line %ld, %s: %s", e->line, e->column, e->message);
    else snprintf(out, size, "line %ld: %s", e->line, e->message);
}

static void add_error(struct import_report *report, long line, const char *column, const char *fmt, ...)
{
    report->errors_total++;
    if (report->error_count >= IMPORT_ERRORS_MAX) return;
    struct import_row_error *e = &report->errors[report->error_count++];
    e->line = line;
    snprintf(e->column, sizeof e->column, "%s", column ? column : "");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->message, sizeof e->message, fmt, ap);
    va_end(ap);
}

static void keep_error(struct import_report *report, long line, const struct import_row_error *err)
{
    add_error(report, line, err->column, "%s", err->message[0] ? err->message : "This row could not be imported.");
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t') s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t')) s[--n] = '\0';
    return s;
}

int import_map_header(const struct import_shape *shape, const char *const header[], size_t count,
                      int map[IMPORT_COLUMNS_MAX], struct import_row_error *err)
{
    memset(err, 0, sizeof *err);
    for (int c = 0; c < shape->column_count && c < IMPORT_COLUMNS_MAX; c++) map[c] = -1;
    for (size_t i = 0; i < count; i++) {
        int found = -1;
        for (int c = 0; c < shape->column_count; c++)
            if (strcasecmp(header[i], shape->columns[c]) == 0) found = c;
        if (found < 0) {
            snprintf(err->message, sizeof err->message, "The header names an unknown column \"%.80s\".",
                     header[i][0] ? header[i] : "(empty)");
            return -1;
        }
        if (map[found] >= 0) {
            snprintf(err->column, sizeof err->column, "%s", shape->columns[found]);
            snprintf(err->message, sizeof err->message, "The header names the column %s twice.",
                     shape->columns[found]);
            return -1;
        }
        map[found] = (int)i;
    }
    for (int c = 0; c < shape->column_count; c++)
        if (map[c] < 0) {
            snprintf(err->column, sizeof err->column, "%s", shape->columns[c]);
            snprintf(err->message, sizeof err->message, "The header lacks the column %s.", shape->columns[c]);
            return -1;
        }
    return 0;
}

struct key_line {
    const char *key;
    long line;
};

static int key_cmp(const void *a, const void *b)
{
    const struct key_line *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : (x->line > y->line) - (x->line < y->line);
}

/* Reads the header; fills map. 0, or -1 with the error in the report. */
static int read_header(const struct import_shape *shape, struct csv_parser *p, struct csv_record *rec,
                       int map[IMPORT_COLUMNS_MAX], struct import_report *report)
{
    enum csv_result r = csv_next(p, rec);
    if (r == CSV_END) {
        add_error(report, 0, "", "The file is empty: its first line must name the columns.");
        return -1;
    }
    if (r != CSV_RECORD) {
        add_error(report, rec->line, "", "The file cannot be read: %s.", csv_error_message(r));
        return -1;
    }
    for (size_t i = 0; i < rec->count; i++) rec->fields[i] = trim(rec->fields[i]);
    struct import_row_error err;
    if (import_map_header(shape, (const char *const *)rec->fields, rec->count, map, &err) != 0) {
        add_error(report, rec->line, err.column, "%s", err.message);
        return -1;
    }
    return 0;
}

/* The next data row in shape order in fields, or 0 at the end, or -1 after
 * recording a file error (the file cannot be read further). 2: a row with
 * the wrong number of fields (recorded; go on). */
static int next_row(const struct import_shape *shape, struct csv_parser *p, struct csv_record *rec,
                    const int map[IMPORT_COLUMNS_MAX], size_t header_count, const char *fields[],
                    struct import_report *report, int record_errors)
{
    enum csv_result r = csv_next(p, rec);
    if (r == CSV_END) return 0;
    if (r != CSV_RECORD) {
        if (record_errors) add_error(report, rec->line, "", "The file cannot be read from here on: %s.", csv_error_message(r));
        return -1;
    }
    if (rec->count != header_count) {
        if (record_errors)
            add_error(report, rec->line, "", "This row has %zu field%s; the header has %zu.", rec->count,
                      rec->count == 1 ? "" : "s", header_count);
        return 2;
    }
    for (int c = 0; c < shape->column_count; c++) fields[c] = trim(rec->fields[map[c]]);
    return 1;
}

int import_run(const struct import_shape *shape, const char *data, size_t len, int dry_run,
               const struct actor *actor, struct import_report *report)
{
    memset(report, 0, sizeof *report);
    report->dry_run = dry_run;
    report->refused = 1;
    if (shape->column_count > IMPORT_COLUMNS_MAX) return -1;
    struct csv_parser p;
    struct csv_record rec = { 0 };
    int map[IMPORT_COLUMNS_MAX];
    const char *fields[IMPORT_COLUMNS_MAX];
    struct key_line *keys = NULL;
    size_t key_count = 0, key_cap = 0;

    /* Pass 1: read and check every row without the database. */
    csv_init(&p, data, len, IMPORT_RECORD_MAX);
    if (read_header(shape, &p, &rec, map, report) != 0) goto done;
    size_t header_count = rec.count;
    int r;
    while ((r = next_row(shape, &p, &rec, map, header_count, fields, report, 1)) > 0) {
        report->rows++;
        if (r == 2) continue;
        struct import_row_error errs[IMPORT_COLUMNS_MAX];
        memset(errs, 0, sizeof errs);
        int n = shape->validate_row(fields, errs, IMPORT_COLUMNS_MAX);
        for (int i = 0; i < n; i++) keep_error(report, rec.line, &errs[i]);
        if (fields[0][0]) {
            if (key_count == key_cap) {
                size_t cap = key_cap ? key_cap * 2 : 64;
                struct key_line *k = realloc(keys, cap * sizeof *k);
                if (!k) {
                    add_error(report, 0, "", "Out of memory.");
                    goto done;
                }
                keys = k;
                key_cap = cap;
            }
            /* the key text lives in rec's buffer, which the next row
             * reuses: keep a copy */
            char *copy = key_text(shape, fields);
            if (!copy) {
                add_error(report, 0, "", "Out of memory.");
                goto done;
            }
            keys[key_count].key = copy;
            keys[key_count].line = rec.line;
            key_count++;
        }
    }
    if (r < 0) goto done;
    if (key_count > 1) {
        qsort(keys, key_count, sizeof *keys, key_cmp);
        for (size_t i = 1; i < key_count; i++)
            if (strcmp(keys[i].key, keys[i - 1].key) == 0) {
                char label[160];
                key_label(shape, keys[i].key, label, sizeof label);
                add_error(report, keys[i].line, shape->columns[key_columns(shape) - 1], "%s is already on line %ld.",
                          label, keys[i - 1].line);
            }
    }
    if (report->rows == 0 && report->errors_total == 0) {
        add_error(report, 0, "", "The file has a header but no rows.");
        goto done;
    }
    if (report->errors_total >= IMPORT_ERRORS_MAX) goto done;

    /* Pass 2: every upsert in one transaction; rows that failed the
     * checks are left out, and any error rolls everything back (the pass
     * still runs to find what only the database can tell). */
    if (db_begin() != 0) {
        add_error(report, 0, "", "The database is busy; nothing was written. Try again.");
        goto done;
    }
    void *ctx = NULL;
    if (shape->begin && shape->begin(&ctx, actor ? actor : &import_system_actor) != 0) {
        db_rollback();
        add_error(report, 0, "", "The import could not start; nothing was written.");
        goto done;
    }
    csv_init(&p, data, len, IMPORT_RECORD_MAX);
    read_header(shape, &p, &rec, map, report);
    while ((r = next_row(shape, &p, &rec, map, header_count, fields, report, 0)) > 0) {
        struct import_row_error errs[IMPORT_COLUMNS_MAX];
        if (r == 2 || shape->validate_row(fields, errs, IMPORT_COLUMNS_MAX) > 0) continue;
        struct import_row_error err;
        memset(&err, 0, sizeof err);
        enum import_outcome o = shape->upsert_row(ctx, fields, &err);
        if (o == IMPORT_CREATED) report->created++;
        else if (o == IMPORT_UPDATED) report->updated++;
        else if (o == IMPORT_UNCHANGED) report->unchanged++;
        else if (o == IMPORT_SKIPPED) report->skipped++;
        else keep_error(report, rec.line, &err);
    }
    int write = !dry_run && report->errors_total == 0;
    if (shape->end && shape->end(ctx, write) != 0 && report->errors_total == 0)
        add_error(report, 0, "", "The import could not be recorded; nothing was written.");
    if (!write || report->errors_total > 0) {
        db_rollback();
    } else if (db_commit() != 0) {
        db_rollback();
        add_error(report, 0, "", "The database refused the import; nothing was written.");
    }
    if (report->errors_total == 0) report->refused = 0;

done:
    /* errors in line order (pass 2 adds its own after pass 1's) */
    for (int i = 1; i < report->error_count; i++) {
        struct import_row_error e = report->errors[i];
        int j = i;
        for (; j > 0 && report->errors[j - 1].line > e.line; j--) report->errors[j] = report->errors[j - 1];
        report->errors[j] = e;
    }
    for (size_t i = 0; i < key_count; i++) free((char *)keys[i].key);
    free(keys);
    csv_record_free(&rec);
    if (report->refused) report->created = report->updated = report->unchanged = report->skipped = 0;
    return report->refused ? -1 : 0;
}
