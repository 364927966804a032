#ifndef BUYERDESK_IMPORT_H
#define BUYERDESK_IMPORT_H

#include <stddef.h>

#include "audit/audit_store.h"

/* CSV imports from the ERP. A shape (addresses now; offline orders, credit,
 * companies, prices later) names its columns, checks one row at a time and
 * writes one row idempotently (keyed by the ERP's id). import_run reads the
 * file (RFC 4180, UTF-8, BOM tolerated), maps the header row to the
 * shape's columns by name (any order), checks every row, and only when no
 * row is wrong writes them all in one transaction: all or nothing. */

#define IMPORT_ERRORS_MAX 100
#define IMPORT_RECORD_MAX (64 * 1024)     /* bytes of text per row */
#define IMPORT_COLUMNS_MAX 32

enum import_outcome {
    IMPORT_ERROR = -1,       /* err says why */
    IMPORT_CREATED = 0,
    IMPORT_UPDATED,
    IMPORT_UNCHANGED,
    IMPORT_SKIPPED,          /* left alone on purpose (the shape says when) */
};

struct import_row_error {
    long line;               /* physical line where the row starts; 0: the file */
    char column[48];         /* "" when about the whole row or file */
    char message[256];
};

struct import_shape {
    const char *name;                    /* "addresses" */
    const char *title;                   /* "Addresses" */
    const char *const *columns;          /* in export order */
    int column_count;
    /* How many leading columns together make a row's key (the ERP's id):
     * 0 or 1 = the first column; orders: 2 (erp_order_no + line_no). A
     * file may name each key once. */
    int key_columns;
    /* The first column is the ERP key: a file may name each key once. */
    /* Checks a row without the database (required, lengths, choices);
     * fields[i] belongs to columns[i]. Writes up to max errors (column and
     * message; import_run fills in the line) and returns how many. */
    int (*validate_row)(const char *const fields[], struct import_row_error *errs, int max);
    /* Optional: sets up *ctx before the first upsert (inside the
     * transaction); actor is who the audit log names. 0 or -1. */
    int (*begin)(void **ctx, const struct actor *actor);
    /* Inside the transaction: creates or updates the row keyed by the ERP
     * id, checking what needs the database (an unknown customer, an id
     * owned by another company). IMPORT_ERROR with err->column/message
     * set for a bad row or a database failure. */
    enum import_outcome (*upsert_row)(void *ctx, const char *const fields[], struct import_row_error *err);
    /* Optional: called once after the last upsert; write = 1 when the
     * import is about to be committed (e.g. write the audit entries).
     * Always releases ctx. 0 or -1 (the import is rolled back). */
    int (*end)(void *ctx, int write);
};

struct import_report {
    int refused;             /* 1: nothing written (errors say why) */
    int dry_run;
    long rows;               /* data rows read */
    long created, updated, unchanged, skipped;
    int error_count;         /* errors kept (at most IMPORT_ERRORS_MAX) */
    long errors_total;       /* every error found */
    struct import_row_error errors[IMPORT_ERRORS_MAX];
};

/* Checks the header row against the shape's columns: every column once,
 * nothing else. Fills map[i] = the file position of columns[i]. Returns 0,
 * or -1 with err set. Pure. */
int import_map_header(const struct import_shape *shape, const char *const header[], size_t count,
                      int map[IMPORT_COLUMNS_MAX], struct import_row_error *err);

/* Reads, checks and (unless dry_run, or any error) writes. A dry run goes
 * through every upsert inside a transaction that is rolled back, so the
 * counts say what an import would do. actor: who the audit log names (the
 * command line: { 0, "ERP import", "system" }; the back office: the staff
 * member). Returns 0 when the rows went in (or would), -1 when the file
 * was refused (report->errors; nothing written). */
int import_run(const struct import_shape *shape, const char *data, size_t len, int dry_run,
               const struct actor *actor, struct import_report *report);

/* The actor of command-line imports. */
extern const struct actor import_system_actor;

/* "line 7, country: message", "line 7: message" or "file: message". */
void import_error_text(const struct import_row_error *e, char *out, size_t size);

/* The shapes there are, for the back office and the command line. */
extern const struct import_shape *const import_shapes[];
/* Their names, in the same order, NULL-terminated: a form's allowed
 * values (FIELD_ENUM). */
extern const char *const import_shape_names[];
const struct import_shape *import_shape_find(const char *name);

#endif
