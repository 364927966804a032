#include "web/http.h"
#include "base/utf8.h"

#include <stdlib.h>
#include <string.h>

static int hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

enum http_parse_result http_percent_decode(const char *in, size_t len, int plus_is_space, char **out)
{
    *out = NULL;
    char *buf = malloc(len + 1);
    if (!buf) return HTTP_PARSE_NO_MEMORY;
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        char c = in[i];
        if (c == '%') {
            if (len - i < 3 || hex_value(in[i + 1]) < 0 || hex_value(in[i + 2]) < 0) {
                free(buf);
                return HTTP_PARSE_BAD_ESCAPE;
            }
            c = (char)(hex_value(in[i + 1]) * 16 + hex_value(in[i + 2]));
            i += 2;
        } else if (c == '+' && plus_is_space) {
            c = ' ';
        }
        buf[o++] = c;
    }
    buf[o] = '\0';
    if (memchr(buf, '\0', o) || !utf8_valid(buf, o)) {
        free(buf);
        return HTTP_PARSE_BAD_UTF8;
    }
    *out = buf;
    return HTTP_PARSE_OK;
}

static enum http_parse_result params_append(struct http_params *params, char *name, char *value)
{
    if (params->count == HTTP_MAX_PARAMS) return HTTP_PARSE_TOO_MANY;
    if (params->count == params->capacity) {
        size_t cap = params->capacity ? params->capacity * 2 : 8;
        struct http_param *items = realloc(params->items, cap * sizeof *items);
        if (!items) return HTTP_PARSE_NO_MEMORY;
        params->items = items;
        params->capacity = cap;
    }
    params->items[params->count].name = name;
    params->items[params->count].value = value;
    params->count++;
    return HTTP_PARSE_OK;
}

/* Removes pairs appended after `keep`, so a failed parse leaves no trace. */
static void params_truncate(struct http_params *params, size_t keep)
{
    while (params->count > keep) {
        params->count--;
        free(params->items[params->count].name);
        free(params->items[params->count].value);
    }
}

enum http_parse_result http_parse_urlencoded(const char *s, size_t len, struct http_params *params)
{
    size_t keep = params->count;
    size_t start = 0;
    while (start <= len) {
        const char *amp = memchr(s + start, '&', len - start);
        size_t end = amp ? (size_t)(amp - s) : len;
        if (end > start) {
            const char *eq = memchr(s + start, '=', end - start);
            size_t name_end = eq ? (size_t)(eq - s) : end;
            size_t value_start = eq ? name_end + 1 : end;
            char *name = NULL, *value = NULL;
            enum http_parse_result r = http_percent_decode(s + start, name_end - start, 1, &name);
            if (r == HTTP_PARSE_OK) r = http_percent_decode(s + value_start, end - value_start, 1, &value);
            if (r == HTTP_PARSE_OK) r = params_append(params, name, value);
            if (r != HTTP_PARSE_OK) {
                free(name);
                free(value);
                params_truncate(params, keep);
                return r;
            }
        }
        if (!amp) break;
        start = end + 1;
    }
    return HTTP_PARSE_OK;
}

static int is_cookie_space(char c) { return c == ' ' || c == '\t'; }

enum http_parse_result http_parse_cookies(const char *header, struct http_params *params)
{
    size_t keep = params->count;
    const char *p = header;
    while (p && *p) {
        while (is_cookie_space(*p) || *p == ';') p++;
        const char *end = strchr(p, ';');
        if (!end) end = p + strlen(p);
        const char *eq = memchr(p, '=', (size_t)(end - p));
        if (eq && eq > p) {
            const char *value_start = eq + 1;
            while (value_start < end && is_cookie_space(*value_start)) value_start++;
            const char *value_end = end;
            while (value_end > value_start && is_cookie_space(value_end[-1])) value_end--;
            const char *name_end = eq;
            while (name_end > p && is_cookie_space(name_end[-1])) name_end--;
            char *name = strndup(p, (size_t)(name_end - p));
            char *value = strndup(value_start, (size_t)(value_end - value_start));
            enum http_parse_result r = (!name || !value) ? HTTP_PARSE_NO_MEMORY
                                       : !utf8_valid(value, strlen(value)) || !utf8_valid(name, strlen(name))
                                       ? HTTP_PARSE_BAD_UTF8
                                       : params_append(params, name, value);
            if (r == HTTP_PARSE_BAD_UTF8) {
                free(name);
                free(value);      /* a junk cookie is ignored, not an error */
            } else if (r != HTTP_PARSE_OK) {
                free(name);
                free(value);
                params_truncate(params, keep);
                return r;
            }
        }
        p = *end ? end + 1 : end;
    }
    return HTTP_PARSE_OK;
}

const char *http_params_get(const struct http_params *params, const char *name)
{
    for (size_t i = 0; i < params->count; i++)
        if (strcmp(params->items[i].name, name) == 0) return params->items[i].value;
    return NULL;
}

void http_params_free(struct http_params *params)
{
    params_truncate(params, 0);
    free(params->items);
    params->items = NULL;
    params->capacity = 0;
}

static int is_unreserved(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
}

/* Percent-encodes into out everything but unreserved characters and, with
 * keep_slash, '/'. 0, or -1 when out is too small (out is then empty). */
static int encode(const char *in, int keep_slash, char *out, size_t out_size)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t o = 0;
    for (const unsigned char *p = (const unsigned char *)in; *p; p++) {
        size_t need = is_unreserved(*p) || (keep_slash && *p == '/') ? 1 : 3;
        if (o + need >= out_size) {
            if (out_size) out[0] = '\0';
            return -1;
        }
        if (need == 1) {
            out[o++] = (char)*p;
        } else {
            out[o++] = '%';
            out[o++] = hex[*p >> 4];
            out[o++] = hex[*p & 15];
        }
    }
    if (out_size) out[o] = '\0';
    return out_size ? 0 : -1;
}

int http_percent_encode(const char *in, char *out, size_t out_size)
{
    return encode(in, 0, out, out_size);
}

int http_path_encode(const char *path, char *out, size_t out_size)
{
    return encode(path, 1, out, out_size);
}

/* The escape at s (s[0] == '%') decodes to a byte that must not hide in
 * the path of a return address: a slash or backslash (decoded once more by
 * a proxy or a framework, "/%2F%2Fevil.test" becomes another host), '%'
 * (an escape of an escape, decoded twice) or a control character. 1 when
 * it does, or when it is no well-formed escape at all. */
static int dangerous_escape(const char *s)
{
    int hi = hex_value(s[1]), lo = hi < 0 ? -1 : hex_value(s[2]);
    if (hi < 0 || lo < 0) return 1;
    int c = hi * 16 + lo;
    return c == '/' || c == '\\' || c == '%' || c < 0x20 || c == 0x7f;
}

int http_local_path_safe(const char *target)
{
    if (!target || target[0] != '/' || target[1] == '/' || target[1] == '\\') return 0;
    if (strlen(target) > HTTP_LOCAL_PATH_MAX) return 0;
    int in_path = 1;
    for (const char *p = target; *p; p++) {
        unsigned char c = (unsigned char)*p;
        /* Browsers drop tabs and line breaks from a URL and read a backslash as
         * '/', so "/\evil.test" or "/\t/evil.test" would leave the site; a
         * line break would also end the Location header. */
        if (c < 0x20 || c == 0x7f || c == '\\') return 0;
        if (c == '?' || c == '#') in_path = 0;
        if (!in_path) {
            if (c == '%' && (hex_value(p[1]) < 0 || hex_value(p[2]) < 0)) return 0;
            continue;
        }
        if (c == '/' && p[1] == '/') return 0;
        if (c == '%' && dangerous_escape(p)) return 0;
    }
    return 1;
}
