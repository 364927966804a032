#include "web/router.h"

#include <string.h>

int router_path_matches(const char *pattern, const char *path, struct route_match *match)
{
    match->count = 0;
    const char *p = pattern, *s = path;
    while (*p && *s) {
        if (*p == ':') {
            const char *seg_end = strchr(s, '/');
            size_t len = seg_end ? (size_t)(seg_end - s) : strlen(s);
            if (len == 0 || len >= ROUTER_CAPTURE_MAX || match->count == ROUTER_MAX_CAPTURES) return 0;
            memcpy(match->values[match->count], s, len);
            match->values[match->count][len] = '\0';
            match->count++;
            s += len;
            while (*p && *p != '/') p++;
        } else {
            if (*p != *s) return 0;
            p++;
            s++;
        }
    }
    return *p == '\0' && *s == '\0';
}

enum router_result router_find(const struct route_key *first, size_t count, size_t stride,
                               const char *method, const char *path,
                               size_t *index, struct route_match *match)
{
    int path_seen = 0;
    /* HEAD is answered like GET (the server drops the body). */
    const char *wanted = strcmp(method, "HEAD") == 0 ? "GET" : method;
    for (size_t i = 0; i < count; i++) {
        const struct route_key *key = (const struct route_key *)(const void *)((const char *)first + i * stride);
        if (!router_path_matches(key->pattern, path, match)) continue;
        path_seen = 1;
        if (strcmp(key->method, wanted) == 0) {
            *index = i;
            return ROUTER_FOUND;
        }
    }
    return path_seen ? ROUTER_METHOD_NOT_ALLOWED : ROUTER_NOT_FOUND;
}
