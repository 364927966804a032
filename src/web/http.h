#ifndef BUYERDESK_HTTP_H
#define BUYERDESK_HTTP_H

#include <stddef.h>

/* Pure HTTP parsing: query strings, form bodies, cookies. No I/O. */

enum http_parse_result {
    HTTP_PARSE_OK = 0,
    HTTP_PARSE_BAD_ESCAPE,   /* '%' not followed by two hex digits */
    HTTP_PARSE_BAD_UTF8,     /* decoded bytes are not valid UTF-8, or hold NUL */
    HTTP_PARSE_TOO_MANY,     /* more than HTTP_MAX_PARAMS pairs */
    HTTP_PARSE_NO_MEMORY,
};

#define HTTP_MAX_PARAMS 1024

struct http_param {
    char *name;
    char *value;
};

struct http_params {
    struct http_param *items;
    size_t count;
    size_t capacity;
};


/* Decodes %XX escapes (and '+' as space when plus_is_space) into a new
 * NUL-terminated string in *out. The result must be valid UTF-8 without
 * NUL bytes. On error *out is NULL. */
enum http_parse_result http_percent_decode(const char *in, size_t len, int plus_is_space, char **out);

/* Parses `a=1&b=2` (a query string or an application/x-www-form-urlencoded
 * body) and appends the pairs to params. Empty pieces are skipped; a name
 * without '=' gets an empty value. On error params keeps what it had. */
enum http_parse_result http_parse_urlencoded(const char *s, size_t len, struct http_params *params);

/* Parses a Cookie header (`a=1; b=2`). Values are taken literally (no
 * percent-decoding); malformed pieces are skipped, as browsers do. */
enum http_parse_result http_parse_cookies(const char *header, struct http_params *params);

/* First value for name, or NULL. */
const char *http_params_get(const struct http_params *params, const char *name);

void http_params_free(struct http_params *params);

/* Percent-encodes everything but unreserved characters (RFC 3986) into
 * out. Returns 0, or -1 when out is too small (out is then empty). */
int http_percent_encode(const char *in, char *out, size_t out_size);

/* The same for a URL path: '/' stays as it is. */
int http_path_encode(const char *path, char *out, size_t out_size);

#define HTTP_LOCAL_PATH_MAX 1024

/* THE rule for an address we send a browser back to (a sign-in's `next`,
 * every redirect): 1 when target is a path on this site, with or without
 * a query, that no browser or proxy can read as another host. Refused:
 * anything not starting with exactly one '/' ("//evil.test", "https:..."),
 * a backslash anywhere, control characters and line breaks anywhere,
 * "//" in the path, an escape of a slash, backslash, '%' or control
 * character in the path (%2F%2F, %5C, %0D...), a malformed escape, more
 * than HTTP_LOCAL_PATH_MAX bytes. Escapes in the query are data: allowed. */
int http_local_path_safe(const char *target);

#endif
