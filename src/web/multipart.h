#ifndef BUYERDESK_MULTIPART_H
#define BUYERDESK_MULTIPART_H

#include <stddef.h>

#include "web/http.h"

/* multipart/form-data request bodies (RFC 7578), pure (no I/O). Text
 * fields land in an http_params list like an urlencoded form; file parts
 * (those with a filename parameter, even an empty one) point into the body,
 * which must outlive them. */

enum multipart_result {
    MULTIPART_OK = 0,
    MULTIPART_NO_BOUNDARY,     /* the Content-Type holds no usable boundary */
    MULTIPART_MALFORMED,       /* no opening boundary, bad part headers, a part without a name */
    MULTIPART_TRUNCATED,       /* the body ends before the final boundary */
    MULTIPART_HEADERS_TOO_LARGE,
    MULTIPART_BAD_UTF8,        /* a text field or a name is not UTF-8 (or holds NUL) */
    MULTIPART_TOO_MANY,        /* more than HTTP_MAX_PARAMS parts */
    MULTIPART_NO_MEMORY,
};

#define MULTIPART_BOUNDARY_MAX 70
#define MULTIPART_HEADERS_MAX 8192   /* bytes of headers per part */

struct multipart_file {
    char *name;                /* the form field's name */
    char *filename;            /* as the browser sent it, "" when none was chosen */
    char *content_type;        /* "" when absent */
    const char *data;          /* into the body */
    size_t len;
};

struct multipart_files {
    struct multipart_file *items;
    size_t count, capacity;
};

/* Copies the boundary parameter of a multipart/form-data Content-Type
 * (quoted or not) into out (MULTIPART_BOUNDARY_MAX + 1 bytes). 0 or -1. */
int multipart_boundary(const char *content_type, char out[MULTIPART_BOUNDARY_MAX + 1]);

/* Parses body. On error fields and files keep nothing from this body. */
enum multipart_result multipart_parse(const char *body, size_t len, const char *boundary,
                                      struct http_params *fields, struct multipart_files *files);

/* The first file part called name, or NULL. */
const struct multipart_file *multipart_file_get(const struct multipart_files *files, const char *name);

void multipart_files_free(struct multipart_files *files);

#endif
