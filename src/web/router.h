#ifndef BUYERDESK_ROUTER_H
#define BUYERDESK_ROUTER_H

#include <stddef.h>

/* Path patterns are literal segments and `:name` captures, e.g.
 * "/account/orders/:number". A capture matches one non-empty segment. */

#define ROUTER_MAX_CAPTURES 4
#define ROUTER_CAPTURE_MAX 128

struct route_match {
    int count;
    char values[ROUTER_MAX_CAPTURES][ROUTER_CAPTURE_MAX];
};

/* 1 when path matches pattern (captures filled), 0 when not. */
int router_path_matches(const char *pattern, const char *path, struct route_match *match);

enum router_result {
    ROUTER_FOUND,
    ROUTER_NOT_FOUND,           /* no pattern matches the path */
    ROUTER_METHOD_NOT_ALLOWED,  /* a pattern matches, but not for this method */
};

/* Looks a request up in a table of (method, pattern) pairs laid out with
 * `stride` bytes between entries, starting at `first`: the route table keeps
 * its own struct, the router only reads these two fields. */
struct route_key {
    const char *method;
    const char *pattern;
};

enum router_result router_find(const struct route_key *first, size_t count, size_t stride,
                               const char *method, const char *path,
                               size_t *index, struct route_match *match);

#endif
