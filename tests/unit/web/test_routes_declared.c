/* Every route that takes a POST names the form it takes (web/fields.h), so
 * its fields are checked before the handler: a route added without one
 * fails here. Forms are declared well: every field named, typed within
 * the known types, a positive limit on text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "web/app.h"
#include "web/fields.h"

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_post_route_declares_its_form),
        cmocka_unit_test(forms_are_declared_well),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
