/* Unit tests for src/web/render.cc: values reach the page auto-escaped,
 * and the name cache (names hashed once per process) never mixes up two
 * names, whether a name is a literal or built in a reused buffer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "web/render.h"

static char dir[] = "/tmp/buyerdesk-render-XXXXXX";

static int write_template(const char *name, const char *text)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (!f) return -1;
    fputs(text, f);
    return fclose(f);
}

static int setup(void **state)
{
    (void)state;
    if (!mkdtemp(dir)) return -1;
    if (write_template("t.tpl", "{{%AUTOESCAPE context=\"HTML\"}}"
                                "{{A}}|{{B}}|{{#S}}[{{C}}{{#INNER}}<{{C}}>{{/INNER}}]{{/S}}|{{#SHOWN}}shown{{/SHOWN}}") != 0)
        return -1;
    return tpl_load_all(dir);
}

static int teardown(void **state)
{
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "%s/t.tpl", dir);
    unlink(path);
    rmdir(dir);
    tpl_shutdown();
    return 0;
}

static void assert_renders(tpl_dict *d, const char *want)
{
    char *out = NULL;
    size_t len = 0;
    assert_int_equal(tpl_render("t.tpl", d, &out, &len), 0);
    assert_string_equal(out, want);
    assert_int_equal(len, strlen(want));
    free(out);
}

static void test_values_are_escaped(void **state)
{
    (void)state;
    tpl_dict *d = tpl_dict_new();
    tpl_set(d, "A", "<script>alert(\"x\")</script>");
    tpl_set_int(d, "B", -42);
    assert_renders(d, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;|-42||");
    tpl_dict_free(d);
}

/* The same names again and again (the cache answers from the second
 * time on), in several dictionaries, with sections. */
static void test_literal_names_repeat(void **state)
{
    (void)state;
    for (int round = 0; round < 3; round++) {
        tpl_dict *d = tpl_dict_new();
        tpl_set(d, "A", "a");
        tpl_set(d, "B", "b");
        for (int i = 0; i < 2; i++) {
            tpl_dict *s = tpl_add_section(d, "S");
            tpl_set_int(s, "C", i);
            if (i == 1) tpl_show(s, "INNER");
        }
        tpl_show(d, "SHOWN");
        assert_renders(d, "a|b|[0][1<1>]|shown");
        tpl_dict_free(d);
    }
}

/* A name built in a buffer that then holds another name: each value
 * lands under the name the buffer held when it was set. */
static void test_names_built_in_a_reused_buffer(void **state)
{
    (void)state;
    tpl_dict *d = tpl_dict_new();
    char key[16];
    snprintf(key, sizeof key, "%s", "A");
    tpl_set(d, key, "first");
    snprintf(key, sizeof key, "%s", "B");
    tpl_set(d, key, "second");
    snprintf(key, sizeof key, "%s", "SHOWN");
    tpl_show(d, key);
    snprintf(key, sizeof key, "%s", "S");
    tpl_set(tpl_add_section(d, key), "C", "c");
    assert_renders(d, "first|second|[c]|shown");
    tpl_dict_free(d);
    /* and the literals still mean themselves */
    d = tpl_dict_new();
    tpl_set(d, "B", "b");
    assert_renders(d, "|b||");
    tpl_dict_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_values_are_escaped),
        cmocka_unit_test(test_literal_names_repeat),
        cmocka_unit_test(test_names_built_in_a_reused_buffer),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
