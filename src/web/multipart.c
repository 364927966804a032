#include "web/multipart.h"
#include "base/utf8.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *find(const char *hay, size_t hay_len, const char *needle, size_t n)
{
    if (n == 0 || hay_len < n) return NULL;
    const char *end = hay + hay_len - n;
    for (const char *p = hay; p <= end; p++) {
        p = memchr(p, needle[0], (size_t)(end - p) + 1);
        if (!p) return NULL;
        if (memcmp(p, needle, n) == 0) return p;
    }
    return NULL;
}

static int text_ok(const char *s, size_t n) { return !memchr(s, '\0', n) && utf8_valid(s, n); }

static char *copy(const char *s, size_t n)
{
    char *c = malloc(n + 1);
    if (!c) return NULL;
    memcpy(c, s, n);
    c[n] = '\0';
    return c;
}

/* Reads one `name=value` parameter after a ';' in a header value. Returns
 * the position after it, or NULL at the end or on a malformed one.
 * value (malloc'd) unquotes a quoted-string. */
static const char *next_param(const char *s, const char *end, char *name, size_t name_size, char **value,
                              int *malformed)
{
    *value = NULL;
    while (s < end && (*s == ' ' || *s == '\t')) s++;
    if (s >= end) return NULL;
    if (*s != ';') {
        *malformed = 1;
        return NULL;
    }
    s++;
    while (s < end && (*s == ' ' || *s == '\t')) s++;
    const char *n = s;
    while (s < end && *s != '=' && *s != ';' && *s != ' ' && *s != '\t') s++;
    size_t nl = (size_t)(s - n);
    if (nl == 0 || nl >= name_size) {
        *malformed = 1;
        return NULL;
    }
    memcpy(name, n, nl);
    name[nl] = '\0';
    while (s < end && (*s == ' ' || *s == '\t')) s++;
    if (s >= end || *s != '=') {
        *value = copy("", 0);   /* a flag parameter without value */
        if (!*value) *malformed = 1;
        return *value ? s : NULL;
    }
    s++;
    while (s < end && (*s == ' ' || *s == '\t')) s++;
    char *v = malloc((size_t)(end - s) + 1);
    if (!v) {
        *malformed = 1;
        return NULL;
    }
    size_t vl = 0;
    if (s < end && *s == '"') {
        s++;
        while (s < end && *s != '"') {
            if (*s == '\\' && s + 1 < end) s++;
            v[vl++] = *s++;
        }
        if (s >= end) {
            free(v);
            *malformed = 1;
            return NULL;
        }
        s++;
    } else {
        while (s < end && *s != ';' && *s != ' ' && *s != '\t') v[vl++] = *s++;
    }
    v[vl] = '\0';
    *value = v;
    return s;
}

int multipart_boundary(const char *content_type, char out[MULTIPART_BOUNDARY_MAX + 1])
{
    out[0] = '\0';
    if (!content_type || strncasecmp(content_type, "multipart/form-data", 19) != 0) return -1;
    const char *s = content_type + 19, *end = s + strlen(s);
    char name[32];
    char *value;
    int malformed = 0;
    while ((s = next_param(s, end, name, sizeof name, &value, &malformed))) {
        if (strcasecmp(name, "boundary") == 0) {
            size_t n = strlen(value);
            int ok = n >= 1 && n <= MULTIPART_BOUNDARY_MAX;
            for (size_t i = 0; ok && i < n; i++)
                if ((unsigned char)value[i] < 0x20 || (unsigned char)value[i] > 0x7e) ok = 0;
            if (ok) memcpy(out, value, n + 1);
            free(value);
            return ok ? 0 : -1;
        }
        free(value);
    }
    return -1;
}

struct part_headers {
    char *name;
    char *filename;      /* NULL: a text field */
    char *content_type;
};

static void headers_free(struct part_headers *h)
{
    free(h->name);
    free(h->filename);
    free(h->content_type);
    memset(h, 0, sizeof *h);
}

static enum multipart_result parse_disposition(const char *s, const char *end, struct part_headers *h)
{
    while (s < end && (*s == ' ' || *s == '\t')) s++;
    if ((size_t)(end - s) < 9 || strncasecmp(s, "form-data", 9) != 0) return MULTIPART_MALFORMED;
    s += 9;
    char name[32];
    char *value;
    int malformed = 0;
    while ((s = next_param(s, end, name, sizeof name, &value, &malformed))) {
        char **slot = strcasecmp(name, "name") == 0 ? &h->name
                    : strcasecmp(name, "filename") == 0 ? &h->filename : NULL;
        if (slot && !*slot) *slot = value;
        else free(value);
    }
    if (malformed) return MULTIPART_MALFORMED;
    if (!h->name || !h->name[0]) return MULTIPART_MALFORMED;
    if (!text_ok(h->name, strlen(h->name)) || (h->filename && !text_ok(h->filename, strlen(h->filename))))
        return MULTIPART_BAD_UTF8;
    return MULTIPART_OK;
}

static enum multipart_result parse_headers(const char *s, const char *end, struct part_headers *h)
{
    while (s < end) {
        const char *eol = find(s, (size_t)(end - s), "\r\n", 2);
        if (!eol) eol = end;
        const char *colon = memchr(s, ':', (size_t)(eol - s));
        if (!colon) return MULTIPART_MALFORMED;
        const char *v = colon + 1;
        size_t nl = (size_t)(colon - s);
        if (nl == 19 && strncasecmp(s, "content-disposition", 19) == 0) {
            if (h->name) return MULTIPART_MALFORMED;
            enum multipart_result r = parse_disposition(v, eol, h);
            if (r != MULTIPART_OK) return r;
        } else if (nl == 12 && strncasecmp(s, "content-type", 12) == 0) {
            while (v < eol && (*v == ' ' || *v == '\t')) v++;
            const char *ve = eol;
            while (ve > v && (ve[-1] == ' ' || ve[-1] == '\t')) ve--;
            free(h->content_type);
            h->content_type = copy(v, (size_t)(ve - v));
            if (!h->content_type) return MULTIPART_NO_MEMORY;
            if (!text_ok(h->content_type, strlen(h->content_type))) return MULTIPART_BAD_UTF8;
        }
        s = eol + 2;
    }
    return h->name ? MULTIPART_OK : MULTIPART_MALFORMED;
}

static enum multipart_result add_field(struct http_params *fields, struct part_headers *h, const char *data,
                                       size_t len)
{
    if (!text_ok(data, len)) return MULTIPART_BAD_UTF8;
    if (fields->count >= HTTP_MAX_PARAMS) return MULTIPART_TOO_MANY;
    if (fields->count == fields->capacity) {
        size_t cap = fields->capacity ? fields->capacity * 2 : 8;
        struct http_param *items = realloc(fields->items, cap * sizeof *items);
        if (!items) return MULTIPART_NO_MEMORY;
        fields->items = items;
        fields->capacity = cap;
    }
    char *value = copy(data, len);
    if (!value) return MULTIPART_NO_MEMORY;
    fields->items[fields->count].name = h->name;
    fields->items[fields->count].value = value;
    fields->count++;
    h->name = NULL;
    return MULTIPART_OK;
}

static enum multipart_result add_file(struct multipart_files *files, struct part_headers *h, const char *data,
                                      size_t len)
{
    if (files->count >= HTTP_MAX_PARAMS) return MULTIPART_TOO_MANY;
    if (files->count == files->capacity) {
        size_t cap = files->capacity ? files->capacity * 2 : 4;
        struct multipart_file *items = realloc(files->items, cap * sizeof *items);
        if (!items) return MULTIPART_NO_MEMORY;
        files->items = items;
        files->capacity = cap;
    }
    if (!h->content_type && !(h->content_type = copy("", 0))) return MULTIPART_NO_MEMORY;
    struct multipart_file *f = &files->items[files->count++];
    f->name = h->name;
    f->filename = h->filename;
    f->content_type = h->content_type;
    f->data = data;
    f->len = len;
    memset(h, 0, sizeof *h);
    return MULTIPART_OK;
}

static enum multipart_result parse(const char *body, size_t len, const char *boundary, struct http_params *fields,
                                   struct multipart_files *files)
{
    size_t bl = boundary ? strlen(boundary) : 0;
    if (bl == 0 || bl > MULTIPART_BOUNDARY_MAX) return MULTIPART_NO_BOUNDARY;
    char delim[MULTIPART_BOUNDARY_MAX + 5];   /* CRLF "--" boundary */
    memcpy(delim, "\r\n--", 4);
    memcpy(delim + 4, boundary, bl);
    size_t dl = bl + 4;
    const char *end = body + len;
    const char *p;
    if (len >= dl - 2 && memcmp(body, delim + 2, dl - 2) == 0) {
        p = body + dl - 2;
    } else {
        const char *d = find(body, len, delim, dl);   /* after a preamble */
        if (!d) return len == 0 ? MULTIPART_TRUNCATED : MULTIPART_MALFORMED;
        p = d + dl;
    }
    for (;;) {
        /* just after a boundary */
        if (end - p >= 2 && p[0] == '-' && p[1] == '-') return MULTIPART_OK;
        while (p < end && (*p == ' ' || *p == '\t')) p++;
        if (end - p < 2) return MULTIPART_TRUNCATED;
        if (p[0] != '\r' || p[1] != '\n') return MULTIPART_MALFORMED;
        p += 2;
        const char *headers_end;
        if (end - p >= 2 && p[0] == '\r' && p[1] == '\n') {
            headers_end = p;
        } else {
            size_t window = (size_t)(end - p);
            if (window > MULTIPART_HEADERS_MAX + 4) window = MULTIPART_HEADERS_MAX + 4;
            headers_end = find(p, window, "\r\n\r\n", 4);
            if (!headers_end)
                return (size_t)(end - p) > MULTIPART_HEADERS_MAX ? MULTIPART_HEADERS_TOO_LARGE : MULTIPART_TRUNCATED;
        }
        struct part_headers h = { 0 };
        enum multipart_result r = parse_headers(p, headers_end, &h);
        const char *data = headers_end + (headers_end == p ? 2 : 4);
        const char *next = r == MULTIPART_OK ? find(data, (size_t)(end - data), delim, dl) : NULL;
        if (r == MULTIPART_OK && !next) r = MULTIPART_TRUNCATED;
        if (r == MULTIPART_OK)
            r = h.filename ? add_file(files, &h, data, (size_t)(next - data))
                           : add_field(fields, &h, data, (size_t)(next - data));
        headers_free(&h);
        if (r != MULTIPART_OK) return r;
        p = next + dl;
    }
}

enum multipart_result multipart_parse(const char *body, size_t len, const char *boundary,
                                      struct http_params *fields, struct multipart_files *files)
{
    size_t keep_fields = fields->count, keep_files = files->count;
    enum multipart_result r = parse(body, len, boundary, fields, files);
    if (r != MULTIPART_OK) {
        while (fields->count > keep_fields) {
            fields->count--;
            free(fields->items[fields->count].name);
            free(fields->items[fields->count].value);
        }
        while (files->count > keep_files) {
            files->count--;
            free(files->items[files->count].name);
            free(files->items[files->count].filename);
            free(files->items[files->count].content_type);
        }
    }
    return r;
}

const struct multipart_file *multipart_file_get(const struct multipart_files *files, const char *name)
{
    for (size_t i = 0; i < files->count; i++)
        if (strcmp(files->items[i].name, name) == 0) return &files->items[i];
    return NULL;
}

void multipart_files_free(struct multipart_files *files)
{
    for (size_t i = 0; i < files->count; i++) {
        free(files->items[i].name);
        free(files->items[i].filename);
        free(files->items[i].content_type);
    }
    free(files->items);
    memset(files, 0, sizeof *files);
}
