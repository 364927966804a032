/* The route table as a whole. Every route that takes a POST names the form
 * it takes (web/fields.h), so its fields are checked before the handler: a
 * route added without one fails here. Forms are declared well: every field
 * named, typed within the known types, a positive limit on text. And no
 * route is shadowed: matching is first-match-wins, so a route that an
 * earlier one always matches could never run (/catalog/search must stay
 * above /catalog/:category). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "web/app.h"
#include "web/fields.h"
#include "web/router.h"

static void every_post_route_declares_its_form(void **state)
{
    (void)state;
    int undeclared = 0, posts = 0;
    for (size_t i = 0; i < route_count; i++) {
        const struct route *r = &routes[i];
        if (strcmp(r->key.method, "POST") != 0) continue;
        posts++;
        if (!r->form || !r->form->fields) {
            print_error("POST %s declares no form\n", r->key.pattern);
            undeclared++;
        }
    }
    assert_true(posts > 50);
    assert_int_equal(undeclared, 0);
}

static void forms_are_declared_well(void **state)
{
    (void)state;
    for (size_t i = 0; i < route_count; i++) {
        const struct form_spec *spec = routes[i].form;
        if (!spec || !spec->fields) continue;
        assert_non_null(spec->name);
        for (const struct field *f = spec->fields; f->name; f++) {
            if (f->type > FIELD_LIST || !f->name[0]) print_error("%s: field '%s' is malformed\n", spec->name, f->name);
            assert_true(f->type <= FIELD_LIST && f->name[0]);
            if (f->type == FIELD_CHOICES) assert_non_null(f->allowed);
            if (f->type == FIELD_ENUM) assert_non_null(f->allowed);
            if (f->type == FIELD_TEXT || f->type == FIELD_LINES || f->type == FIELD_SECRET) assert_true(f->max > 0);
            if (f->min || f->max) assert_true(f->min <= f->max);
        }
    }
}

/* A path the pattern matches: each :capture becomes a value no literal
 * segment of the table uses. */
static void sample_path(const char *pattern, char *out, size_t size)
{
    size_t o = 0;
    for (const char *p = pattern; *p && o + 16 < size;) {
        if (*p == ':') {
            o += (size_t)snprintf(out + o, size - o, "zz9sample");
            while (*p && *p != '/') p++;
        } else {
            out[o++] = *p++;
        }
    }
    out[o] = '\0';
}

/* Routes of the table (route_key first, stride bytes apart) that an
 * earlier route always matches. */
static int count_shadowed(const struct route_key *first, size_t count, size_t stride)
{
    int shadowed = 0;
    for (size_t i = 0; i < count; i++) {
        const struct route_key *key = (const struct route_key *)((const char *)first + i * stride);
        char path[512];
        sample_path(key->pattern, path, sizeof path);
        size_t found = count;
        struct route_match m;
        if (router_find(first, count, stride, key->method, path, &found, &m) != ROUTER_FOUND || found != i) {
            print_error("%s %s never runs: an earlier route takes it\n", key->method, key->pattern);
            shadowed++;
        }
    }
    return shadowed;
}

static void no_route_is_shadowed(void **state)
{
    (void)state;
    assert_int_equal(count_shadowed(&routes[0].key, route_count, sizeof routes[0]), 0);
}

/* The check can fail: a literal route placed after a capture is caught. */
static void a_shadowed_route_is_caught(void **state)
{
    (void)state;
    static const struct route_key bad[] = {
        { "GET", "/catalog/:category" },
        { "GET", "/catalog/search" },
        { "POST", "/catalog/search" },
    };
    assert_int_equal(count_shadowed(&bad[0], 3, sizeof bad[0]), 1);
    static const struct route_key good[] = {
        { "GET", "/catalog/search" },
        { "GET", "/catalog/:category" },
    };
    assert_int_equal(count_shadowed(&good[0], 2, sizeof good[0]), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_post_route_declares_its_form),
        cmocka_unit_test(forms_are_declared_well),
        cmocka_unit_test(no_route_is_shadowed),
        cmocka_unit_test(a_shadowed_route_is_caught),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
