#include "base/csv.h"

#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"

void csv_init(struct csv_parser *p, const char *data, size_t len, size_t max_record)
{
    memset(p, 0, sizeof *p);
    p->data = data;
    p->len = len;
    p->line = 1;
    p->max_record = max_record;
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) p->pos = 3;
}

static int buf_append(struct csv_record *rec, const char *s, size_t n)
{
    if (rec->buf_len + n + 1 > rec->buf_cap) {
        size_t cap = rec->buf_cap ? rec->buf_cap : 256;
        while (rec->buf_len + n + 1 > cap) cap *= 2;
        char *b = realloc(rec->buf, cap);
        if (!b) return -1;
        rec->buf = b;
        rec->buf_cap = cap;
    }
    memcpy(rec->buf + rec->buf_len, s, n);
    rec->buf_len += n;
    return 0;
}

static int start_field(struct csv_record *rec)
{
    if (rec->count == rec->offsets_cap) {
        size_t cap = rec->offsets_cap ? rec->offsets_cap * 2 : 16;
        size_t *o = realloc(rec->offsets, cap * sizeof *o);
        if (!o) return -1;
        rec->offsets = o;
        rec->offsets_cap = cap;
    }
    rec->offsets[rec->count++] = rec->buf_len;
    return 0;
}

/* Line breaks inside s[0..n): CRLF, LF and a lone CR count one each. The
 * byte after the span (next, or -1) tells whether a final CR is lone. */
static long count_lines(const char *s, size_t n, int next)
{
    long lines = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\n') lines++;
        else if (s[i] == '\r' && (i + 1 < n ? s[i + 1] != '\n' : next != '\n')) lines++;
    }
    return lines;
}

static enum csv_result fail(struct csv_parser *p, enum csv_result r)
{
    p->done = 1;
    p->error = r;
    return r;
}

static enum csv_result end_field(struct csv_parser *p, struct csv_record *rec)
{
    size_t start = rec->offsets[rec->count - 1];
    size_t n = rec->buf_len - start;
    if (rec->buf_len > p->max_record) return fail(p, CSV_ERR_TOO_LONG);
    if (memchr(rec->buf + start, '\0', n) || !utf8_valid(rec->buf + start, n)) return fail(p, CSV_ERR_UTF8);
    if (buf_append(rec, "", 1) != 0) return fail(p, CSV_ERR_NO_MEMORY);
    return CSV_RECORD;
}

static enum csv_result finish_record(struct csv_parser *p, struct csv_record *rec)
{
    if (rec->count > 0) {
        char **f = realloc(rec->fields, rec->count * sizeof *f);
        if (!f) return fail(p, CSV_ERR_NO_MEMORY);
        rec->fields = f;
        for (size_t i = 0; i < rec->count; i++) rec->fields[i] = rec->buf + rec->offsets[i];
    }
    return CSV_RECORD;
}

enum csv_result csv_next(struct csv_parser *p, struct csv_record *rec)
{
    if (p->done) return p->error ? (enum csv_result)p->error : CSV_END;
    const char *d = p->data;
    /* blank lines */
    while (p->pos < p->len && (d[p->pos] == '\n' || d[p->pos] == '\r')) {
        if (d[p->pos] == '\r' && p->pos + 1 < p->len && d[p->pos + 1] == '\n') p->pos++;
        p->pos++;
        p->line++;
    }
    rec->count = 0;
    rec->buf_len = 0;
    rec->line = p->line;
    if (p->pos >= p->len) {
        p->done = 1;
        return CSV_END;
    }
    for (;;) {
        if (start_field(rec) != 0) return fail(p, CSV_ERR_NO_MEMORY);
        if (p->pos < p->len && d[p->pos] == '"') {
            p->pos++;
            for (;;) {
                const char *q = p->pos < p->len ? memchr(d + p->pos, '"', p->len - p->pos) : NULL;
                if (!q) return fail(p, CSV_ERR_UNTERMINATED);
                size_t n = (size_t)(q - (d + p->pos));
                if (rec->buf_len + n > p->max_record) return fail(p, CSV_ERR_TOO_LONG);
                if (buf_append(rec, d + p->pos, n) != 0) return fail(p, CSV_ERR_NO_MEMORY);
                p->line += count_lines(d + p->pos, n, '"');
                p->pos += n + 1;
                if (p->pos < p->len && d[p->pos] == '"') {
                    if (buf_append(rec, "\"", 1) != 0) return fail(p, CSV_ERR_NO_MEMORY);
                    p->pos++;
                    continue;
                }
                break;
            }
            if (p->pos < p->len && d[p->pos] != ',' && d[p->pos] != '\r' && d[p->pos] != '\n')
                return fail(p, CSV_ERR_QUOTE);
        } else {
            size_t start = p->pos;
            while (p->pos < p->len && d[p->pos] != ',' && d[p->pos] != '\r' && d[p->pos] != '\n') {
                if (d[p->pos] == '"') return fail(p, CSV_ERR_QUOTE);
                p->pos++;
            }
            if (rec->buf_len + (p->pos - start) > p->max_record) return fail(p, CSV_ERR_TOO_LONG);
            if (buf_append(rec, d + start, p->pos - start) != 0) return fail(p, CSV_ERR_NO_MEMORY);
        }
        enum csv_result r = end_field(p, rec);
        if (r != CSV_RECORD) return r;
        if (p->pos >= p->len) {
            p->done = 1;
            return finish_record(p, rec);
        }
        char c = d[p->pos++];
        if (c == ',') continue;
        if (c == '\r' && p->pos < p->len && d[p->pos] == '\n') p->pos++;
        p->line++;
        return finish_record(p, rec);
    }
}

void csv_record_free(struct csv_record *rec)
{
    free(rec->fields);
    free(rec->buf);
    free(rec->offsets);
    memset(rec, 0, sizeof *rec);
}

const char *csv_error_message(enum csv_result r)
{
    switch (r) {
    case CSV_ERR_QUOTE: return "a quote in the middle of a field (a field with quotes must be entirely in quotes, with \"\" for each quote)";
    case CSV_ERR_UNTERMINATED: return "a quoted field is never closed";
    case CSV_ERR_UTF8: return "the text is not valid UTF-8 (save the file as CSV UTF-8)";
    case CSV_ERR_TOO_LONG: return "the record is too long";
    case CSV_ERR_NO_MEMORY: return "out of memory";
    default: return "";
    }
}

/* --- writing ---------------------------------------------------------- */

static void out_put(struct csv_out *out, const char *s, size_t n)
{
    if (out->failed) return;
    if (out->len + n + 1 > out->cap) {
        size_t cap = out->cap ? out->cap : 4096;
        while (out->len + n + 1 > cap) cap *= 2;
        char *d = realloc(out->data, cap);
        if (!d) {
            out->failed = 1;
            return;
        }
        out->data = d;
        out->cap = cap;
    }
    memcpy(out->data + out->len, s, n);
    out->len += n;
    out->data[out->len] = '\0';
}

static int needs_quotes(const char *v)
{
    size_t n = strlen(v);
    if (n == 0) return 0;
    if (strpbrk(v, ",\"\r\n")) return 1;
    return v[0] == ' ' || v[0] == '\t' || v[n - 1] == ' ' || v[n - 1] == '\t';
}

void csv_write_field(struct csv_out *out, const char *value, int first_in_record)
{
    if (!value) value = "";
    if (!first_in_record) out_put(out, ",", 1);
    if (!needs_quotes(value)) {
        out_put(out, value, strlen(value));
        return;
    }
    out_put(out, "\"", 1);
    for (const char *s = value; *s;) {
        const char *q = strchr(s, '"');
        size_t n = q ? (size_t)(q - s) : strlen(s);
        out_put(out, s, n);
        if (!q) break;
        out_put(out, "\"\"", 2);
        s = q + 1;
    }
    out_put(out, "\"", 1);
}

void csv_write_record(struct csv_out *out, const char *const fields[], size_t count)
{
    for (size_t i = 0; i < count; i++) csv_write_field(out, fields[i], i == 0);
    out_put(out, "\r\n", 2);
}

void csv_out_free(struct csv_out *out)
{
    free(out->data);
    memset(out, 0, sizeof *out);
}
