/* Quick order: parsing pasted "SKU, quantity" lines (pure). Owner: cart. */
#include "cart/quick_order.h"

#include <stdio.h>
#include <string.h>

#include "catalog/quantity_rules.h"
#include "base/utf8.h"

#define MAX_FIELDS 16
#define FIELD_MAX 128

struct fields {
    int count;                        /* fields seen (after dropping empty trailing ones) */
    char text[3][FIELD_MAX];          /* the first three, unquoted and trimmed */
    size_t len[3];                    /* their full length (may exceed FIELD_MAX - 1) */
};

static int is_blank(char c)
{
    return c == ' ' || c == '\t';
}

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static int same_ascii_nocase(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (lower(*a) != lower(*b)) return 0;
    return *a == *b;
}

/* The separator of a line: tab, else comma, else semicolon (outside
 * quotes), else 0 for runs of spaces. */
static char separator_of(const char *s, size_t n)
{
    int quoted = 0, comma = 0, semicolon = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"') quoted = !quoted;
        else if (!quoted && s[i] == '\t') return '\t';
        else if (!quoted && s[i] == ',') comma = 1;
        else if (!quoted && s[i] == ';') semicolon = 1;
    }
    return comma ? ',' : semicolon ? ';' : 0;
}

static void field_put(struct fields *f, int index, size_t *len, char c)
{
    if (index < 3 && *len < FIELD_MAX - 1) f->text[index][*len] = c;
    (*len)++;
}

/* Splits one line into fields. With sep 0, fields are separated by runs
 * of spaces (and tabs). Quotes: a field starting with " runs to the next
 * lone ", with "" for a quote inside. */
static void split(const char *s, size_t n, char sep, struct fields *f)
{
    memset(f, 0, sizeof *f);
    size_t i = 0;
    int index = 0, last_nonempty = -1;
    while (i <= n && index < MAX_FIELDS) {
        size_t len = 0;
        while (i < n && is_blank(s[i]) && s[i] != sep) i++;
        if (sep == 0 && i >= n) break;
        if (i < n && s[i] == '"') {
            for (i++; i < n; i++) {
                if (s[i] == '"') {
                    if (i + 1 < n && s[i + 1] == '"') { field_put(f, index, &len, '"'); i++; }
                    else { i++; break; }
                } else {
                    field_put(f, index, &len, s[i]);
                }
            }
            /* anything after the closing quote up to the separator belongs to the field */
            while (i < n && s[i] != sep && !(sep == 0 && is_blank(s[i]))) field_put(f, index, &len, s[i++]);
        } else {
            while (i < n && s[i] != sep && !(sep == 0 && is_blank(s[i]))) field_put(f, index, &len, s[i++]);
        }
        /* trailing blanks of an unquoted field */
        if (index < 3) {
            size_t kept = len < FIELD_MAX - 1 ? len : FIELD_MAX - 1;
            while (kept > 0 && is_blank(f->text[index][kept - 1]) && len == kept) { kept--; len--; }
            f->text[index][kept] = '\0';
            f->len[index] = len;
        }
        if (len > 0) last_nonempty = index;
        index++;
        if (i >= n) break;
        i++;   /* the separator */
    }
    f->count = last_nonempty + 1;
}

static int is_header(const struct fields *f)
{
    static const char *const names[] = { "sku", "item", "item number", "item no", "part", "part number",
                                         "part no", "product", "product code", "article", NULL };
    int64_t qty;
    if (f->count < 1 || f->count > 3) return 0;
    if (f->count >= 2 && cart_quantity_parse(f->text[1], &qty) == 0) return 0;
    for (int i = 0; names[i]; i++)
        if (same_ascii_nocase(f->text[0], names[i])) return 1;
    return 0;
}

static int sku_ok(const char *sku, size_t len)
{
    if (len > QUICK_ORDER_SKU_MAX) return 0;
    for (const unsigned char *p = (const unsigned char *)sku; *p; p++)
        if (*p < 0x20 || *p == 0x7f) return 0;
    return 1;
}

static void read_line(size_t n, const struct fields *f, struct quick_order_line *l)
{
    if (n > QUICK_ORDER_LINE_MAX) {
        l->error = QO_LINE_TOO_LONG;
        return;
    }
    if (f->count >= 1) {
        if (sku_ok(f->text[0], f->len[0])) snprintf(l->sku, sizeof l->sku, "%s", f->text[0]);
        else l->error = QO_SKU_TOO_LONG;
    }
    if (f->count >= 2) utf8_copy(l->qty_text, sizeof l->qty_text, f->text[1]);
    if (l->error) return;
    if (f->count > 2) l->error = QO_TOO_MANY_COLUMNS;
    else if (f->len[0] == 0) l->error = QO_MISSING_SKU;
    else if (f->count < 2 || f->len[1] == 0) l->error = QO_MISSING_QTY;
    else if (f->len[1] >= FIELD_MAX - 1 || cart_quantity_parse(f->text[1], &l->qty) != 0) l->error = QO_BAD_QTY;
}

enum quick_order_status quick_order_parse(const char *text, size_t len, struct quick_order_line *out, int max,
                                          int *count)
{
    *count = 0;
    if (len > QUICK_ORDER_MAX_BYTES) return QUICK_ORDER_TOO_LONG;
    int limit = max < QUICK_ORDER_MAX_LINES ? max : QUICK_ORDER_MAX_LINES;
    size_t pos = 0;
    if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0) pos = 3;   /* a byte order mark */
    int line_no = 0, seen_content = 0;
    while (pos < len) {
        size_t start = pos;
        while (pos < len && text[pos] != '\n' && text[pos] != '\r') pos++;
        size_t end = pos;
        if (pos < len && text[pos] == '\r') pos++;
        if (pos < len && text[pos] == '\n') pos++;   /* LF, or the LF of CRLF */
        line_no++;
        /* trim for the blank test; keep the line as typed for the box */
        size_t a = start, b = end;
        while (a < b && (is_blank(text[a]) || text[a] == '\f' || text[a] == '\v')) a++;
        while (b > a && (is_blank(text[b - 1]) || text[b - 1] == '\f' || text[b - 1] == '\v')) b--;
        if (a == b) continue;
        struct fields f;
        split(text + a, b - a, separator_of(text + a, b - a), &f);
        if (f.count == 0) continue;   /* only separators, e.g. ",," from an empty spreadsheet row */
        if (!seen_content && is_header(&f)) {
            seen_content = 1;
            continue;
        }
        seen_content = 1;
        if (*count >= limit) {
            *count = 0;
            return QUICK_ORDER_TOO_MANY_LINES;
        }
        struct quick_order_line *l = &out[(*count)++];
        memset(l, 0, sizeof *l);
        l->line_no = line_no;
        l->start = a;
        l->len = b - a;
        l->item = -1;
        read_line(b - a, &f, l);
    }
    return *count ? QUICK_ORDER_PARSED : QUICK_ORDER_EMPTY;
}

int quick_order_merge(struct quick_order_line *lines, int n, struct quick_order_item *items, int max)
{
    int count = 0;
    for (int i = 0; i < n; i++) {
        struct quick_order_line *l = &lines[i];
        l->item = -1;
        if (l->error != QO_OK) continue;
        int k = 0;
        while (k < count && !same_ascii_nocase(items[k].sku, l->sku)) k++;
        if (k == count) {
            if (count >= max) continue;
            memset(&items[k], 0, sizeof items[k]);
            snprintf(items[k].sku, sizeof items[k].sku, "%s", l->sku);
            items[k].first_line = l->line_no;
            count++;
        }
        items[k].qty += l->qty;
        if (items[k].qty > CART_QTY_MAX) items[k].qty = CART_QTY_MAX + 1;
        items[k].lines++;
        l->item = k;
    }
    return count;
}

void quick_order_error_message(const struct quick_order_line *line, char *out, size_t size)
{
    switch (line->error) {
    case QO_OK:
        snprintf(out, size, "%s", "");
        break;
    case QO_MISSING_SKU:
        snprintf(out, size, "There is no SKU before the quantity.");
        break;
    case QO_MISSING_QTY:
        snprintf(out, size, "There is no quantity: write the SKU, then the quantity.");
        break;
    case QO_BAD_QTY:
        snprintf(out, size, "\xe2\x80\x9c%s\xe2\x80\x9d is not a quantity: use a whole number from 1 to %d.",
                 line->qty_text, CART_QTY_MAX);
        break;
    case QO_TOO_MANY_COLUMNS:
        snprintf(out, size, "Too many columns: write only the SKU and the quantity, without thousands "
                            "separators (1000, not 1,000).");
        break;
    case QO_SKU_TOO_LONG:
        snprintf(out, size, "This is not a SKU: it is longer than %d characters or holds control characters.",
                 QUICK_ORDER_SKU_MAX);
        break;
    case QO_LINE_TOO_LONG:
        snprintf(out, size, "The line is too long (at most %d characters).", QUICK_ORDER_LINE_MAX);
        break;
    }
}

size_t quick_order_join(const char *text, const struct quick_order_line *lines, const int *keep, int n, char *out,
                        size_t size)
{
    size_t w = 0;
    if (size == 0) return 0;
    for (int i = 0; i < n; i++) {
        if (!keep[i]) continue;
        if (w > 0 && w + 1 < size) out[w++] = '\n';
        size_t len = lines[i].len;
        if (w + len >= size) len = size - 1 - w;
        memcpy(out + w, text + lines[i].start, len);
        w += len;
    }
    out[w] = '\0';
    return w;
}
