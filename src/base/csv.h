#ifndef BUYERDESK_CSV_H
#define BUYERDESK_CSV_H

#include <stddef.h>

/* RFC 4180 comma-separated values, pure (no I/O).
 *
 * Reading: fields are separated by commas and records by CRLF, LF or a lone
 * CR (old spreadsheet exports on the Mac end lines with CR alone); a field
 * may be quoted, holding commas, line breaks and "" for one quote. A UTF-8
 * byte order mark at the very start is skipped. Blank lines (nothing at all
 * between two line breaks) are skipped. Every field must be valid UTF-8
 * without NUL bytes. How many fields a record has is the caller's business.
 * Line numbers are physical lines, 1-based, where the record starts. */

enum csv_result {
    CSV_RECORD = 1,          /* a record is in rec */
    CSV_END = 0,             /* no more records */
    CSV_ERR_QUOTE = -1,      /* a quote inside an unquoted field, or text after a closing quote */
    CSV_ERR_UNTERMINATED = -2, /* the file ends inside a quoted field */
    CSV_ERR_UTF8 = -3,       /* a field is not valid UTF-8, or holds a NUL byte */
    CSV_ERR_TOO_LONG = -4,   /* the record is longer than the limit */
    CSV_ERR_NO_MEMORY = -5,
};

struct csv_parser {
    const char *data;
    size_t len;
    size_t pos;
    long line;               /* physical line at pos */
    size_t max_record;       /* bytes of field text per record */
    int done;                /* 1 after the end or an error */
    int error;               /* the error, repeated by later calls */
};

struct csv_record {
    char **fields;           /* fields[0..count), NUL-terminated, into buf */
    size_t count;
    long line;               /* physical line where the record starts */
    /* storage */
    char *buf;
    size_t buf_len, buf_cap;
    size_t *offsets;
    size_t offsets_cap;
};

void csv_init(struct csv_parser *p, const char *data, size_t len, size_t max_record);

/* Reads the next record into rec (reusing its memory). On an error,
 * rec->line says where the bad record starts and the parser stops
 * (every later call returns the same error). */
enum csv_result csv_next(struct csv_parser *p, struct csv_record *rec);

void csv_record_free(struct csv_record *rec);

/* "a quote inside an unquoted field" ... for people. */
const char *csv_error_message(enum csv_result r);

/* Writing: a growing buffer. Fields are quoted when they hold a comma,
 * a quote, CR or LF, or start or end with a space or tab; records end with
 * CRLF. On allocation failure `failed` is set and later writes do nothing. */
struct csv_out {
    char *data;
    size_t len, cap;
    int failed;
};

void csv_write_field(struct csv_out *out, const char *value, int first_in_record);
void csv_write_record(struct csv_out *out, const char *const fields[], size_t count);
void csv_out_free(struct csv_out *out);

#endif
