/* Declared form fields (src/web/fields.h): every type's accepted and
 * refused values, required and optional fields, prefix and repeated
 * fields, every problem reported at once. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "web/fields.h"
#include "web/http.h"

static struct form_input in;

/* params from "a=1&b=2" */
static struct http_params params_of(const char *body)
{
    struct http_params p = { 0 };
    assert_int_equal(http_parse_urlencoded(body, strlen(body), &p), HTTP_PARSE_OK);
    return p;
}

/* The params live until the next check, as a request's do until it ends. */
static int check(const struct form_spec *spec, const char *body)
{
    static struct http_params p;
    http_params_free(&p);
    memset(&p, 0, sizeof p);
    p = params_of(body);
    return form_check(spec, &p, &in);
}

static const char *error_of(const char *field)
{
    for (int i = 0; i < in.errors.count; i++)
        if (strcmp(in.errors.items[i].field, field) == 0) return in.errors.items[i].message;
    return NULL;
}

static const char *const kinds[] = { "billing", "shipping", NULL };
static const struct field every_type[] = {
    { "id", "Product", FIELD_ID, 1, 0, 0, NULL, NULL, NULL },
    { "price", "Price", FIELD_MONEY, 1, 0, 0, NULL, NULL, NULL },
    { "adjustment", "Adjustment", FIELD_SIGNED_MONEY, 0, 0, 0, NULL, NULL, NULL },
    { "qty", "Quantity", FIELD_QUANTITY, 1, 1, 500, NULL, NULL, NULL },
    { "days", "Days", FIELD_INT, 0, 0, 3660, NULL, NULL, NULL },
    { "date", "Delivery date", FIELD_DATE, 0, 0, 0, NULL, NULL, NULL },
    { "email", "Email", FIELD_EMAIL, 1, 0, 0, NULL, NULL, NULL },
    { "name", "Name", FIELD_TEXT, 1, 0, 10, NULL, "Give it a name.", NULL },
    { "notes", "Notes", FIELD_LINES, 0, 0, 20, NULL, NULL, NULL },
    { "password", "Password", FIELD_SECRET, 0, 0, 128, NULL, NULL, NULL },
    { "kind", "Kind", FIELD_ENUM, 1, 0, 0, kinds, NULL, "Choose billing or shipping." },
    { "active", "Active", FIELD_CHECKBOX, 0, 0, 0, NULL, NULL, NULL },
    { NULL },
};
static const struct form_spec every = { "every", every_type };

static void good_values_are_typed(void **state)
{
    (void)state;
    assert_int_equal(check(&every, "id=42&price=1%2C234.50&adjustment=-12.50&qty=12&days=30&date=2028-02-29"
                                    "&email=%20Ben%40Acme.TEST%20&name=%20Widget%20&notes=a%0D%0Ab%20"
                                    "&password=%20secret%20&kind=shipping&active=1"), 0);
    assert_int_equal(form_value(&in, "id")->number, 42);
    assert_int_equal(form_value(&in, "price")->number, 123450);
    assert_int_equal(form_value(&in, "adjustment")->number, -1250);
    assert_int_equal(form_value(&in, "qty")->number, 12);
    assert_int_equal(form_value(&in, "days")->number, 30);
    assert_int_equal(form_value(&in, "date")->number, 1835438400);     /* noon UTC */
    assert_string_equal(form_value(&in, "email")->text, "ben@acme.test");
    assert_string_equal(form_value(&in, "name")->text, "Widget");
    assert_string_equal(form_value(&in, "notes")->text, "a\nb");
    assert_string_equal(form_value(&in, "password")->text, " secret ");  /* as typed */
    assert_string_equal(form_value(&in, "kind")->text, "shipping");
    assert_int_equal(form_value(&in, "active")->number, 1);
    assert_null(form_value(&in, "undeclared"));
}

static void every_problem_at_once(void **state)
{
    (void)state;
    int n = check(&every, "id=abc&price=10%2C00&adjustment=-0&qty=0&days=3661&date=2031-02-29&email=nope"
                          "&name=%3Cscript%3Ealert(1)%3C%2Fscript%3E&notes=x%01y&kind=both");
    assert_int_equal(n, 10);
    assert_string_equal(error_of("id"), "Choose one of the options offered.");
    assert_non_null(strstr(error_of("price"), "commas only between thousands"));
    assert_non_null(strstr(error_of("adjustment"), "Zero has no sign"));
    assert_string_equal(error_of("qty"), "Enter a whole number from 1 to 500.");
    assert_string_equal(error_of("days"), "Enter a whole number from 0 to 3660.");
    assert_non_null(strstr(error_of("date"), "a real day"));
    assert_non_null(error_of("email"));
    assert_string_equal(error_of("name"), "Use at most 10 characters.");
    assert_non_null(error_of("notes"));
    assert_string_equal(error_of("kind"), "Choose billing or shipping.");
    assert_int_equal(form_value(&in, "active")->number, 0);                /* a checkbox never fails */
}

static void required_and_optional(void **state)
{
    (void)state;
    int n = check(&every, "name=%20%20&adjustment=&days=");
    assert_string_equal(error_of("name"), "Give it a name.");               /* the field's own message */
    assert_string_equal(error_of("id"), "Choose one of the options.");
    assert_string_equal(error_of("price"), "Enter an amount, like 1,234.50.");
    assert_string_equal(error_of("email"), "Enter an email address.");
    assert_string_equal(error_of("qty"), "This field is required.");
    assert_null(error_of("adjustment"));                                    /* optional and empty: fine */
    assert_null(error_of("days"));
    assert_false(form_value(&in, "days")->present);
    assert_int_equal(n, 6);
}

static const struct field line_fields[] = {
    { "qty_*", "Quantity", FIELD_QUANTITY, 1, 0, 0, NULL, NULL, NULL },
    { "c*_days", "Days", FIELD_INT, 0, 1, 3660, NULL, NULL, NULL },
    { "product", "Products", FIELD_IDS, 1, 0, 0, NULL, NULL, NULL },
    { NULL },
};
static const struct form_spec lines = { "lines", line_fields };

static void prefix_and_repeated_fields(void **state)
{
    (void)state;
    assert_int_equal(check(&lines, "qty_7=2&qty_9=10&product=7&product=9&c2_days=30&c_days=x&combine=all"), 0);
    assert_int_equal(form_value(&in, "c2_days")->number, 30);
    assert_null(form_value(&in, "c_days"));                                 /* the star stands for something */
    assert_int_equal(form_value(&in, "qty_7")->number, 2);
    assert_int_equal(form_value(&in, "qty_9")->number, 10);
    const struct field_value *p = form_value(&in, "product");
    assert_int_equal(p->n_ids, 2);
    assert_int_equal(p->ids[0], 7);
    assert_int_equal(p->ids[1], 9);
    assert_int_equal(check(&lines, "qty_7=-1&qty_8=x&product=7&product=no"), 3);
    assert_non_null(error_of("qty_7"));
    assert_non_null(error_of("qty_8"));
    assert_non_null(error_of("product"));
    assert_int_equal(check(&lines, ""), 1);                                 /* no product at all */
}

static const struct field limit_fields[] = {
    { "notes", "Notes", FIELD_LINES, 0, 0, 5, NULL, NULL, NULL },
    { "password", "Password", FIELD_SECRET, 1, 12, 128, NULL, NULL, NULL },
    { NULL },
};
static const struct form_spec limits = { "limits", limit_fields };

static void limits_count_what_is_kept(void **state)
{
    (void)state;
    /* "ab\r\ncd" is 5 characters once the browser's CRLF is a line break */
    assert_int_equal(check(&limits, "notes=ab%0D%0Acd%20%20&password=%20%20%20%20%20%20%20%20%20%20%20%20"), 0);
    assert_string_equal(form_value(&in, "notes")->text, "ab\ncd");
    assert_string_equal(form_value(&in, "password")->text, "            ");   /* spaces are a password */
    assert_int_equal(check(&limits, "notes=abcdef&password=short"), 2);
    assert_string_equal(error_of("notes"), "Use at most 5 characters.");
    assert_string_equal(error_of("password"), "Use at least 12 characters.");
    assert_int_equal(check(&limits, "notes=a%7Fb&password=long%20enough%20now"), 1);   /* DEL is a control */
    assert_string_equal(error_of("notes"), "Remove the control characters.");
    assert_int_equal(check(&limits, "password="), 1);
    assert_string_equal(error_of("password"), "This field is required.");
}

static const struct field confirm_fields[] = {
    { "confirm", "I understand", FIELD_CHECKBOX, 1, 0, 0, NULL, "Tick the box to confirm.", NULL },
    { NULL },
};
static const struct form_spec confirm = { "confirm", confirm_fields };

static void a_required_box_must_be_ticked(void **state)
{
    (void)state;
    assert_int_equal(check(&confirm, ""), 1);
    assert_string_equal(error_of("confirm"), "Tick the box to confirm.");
    assert_int_equal(check(&confirm, "confirm=1"), 0);
}

static const char *const methods[] = { "on_account", "bank_transfer", "card", NULL };
static const struct field choice_fields[] = {
    { "pay", "Payment methods", FIELD_CHOICES, 1, 0, 0, methods, "Keep at least one.", NULL },
    { NULL },
};
static const struct form_spec choices = { "choices", choice_fields };

static void repeated_choices_are_a_set(void **state)
{
    (void)state;
    assert_int_equal(check(&choices, "pay=card&pay=on_account&pay=card"), 0);
    assert_int_equal(form_value(&in, "pay")->number, 5);                   /* bits 0 and 2 */
    assert_int_equal(check(&choices, "pay=card&pay=cheque"), 1);
    assert_string_equal(error_of("pay"), "Choose among the options offered.");
    assert_int_equal(check(&choices, ""), 1);
    assert_string_equal(error_of("pay"), "Keep at least one.");
}

static const struct field band_fields[] = {
    { "band_weight", "Up to", FIELD_LIST, 0, 0, 8, NULL, NULL, NULL },
    { NULL },
};
static const struct form_spec bands = { "bands", band_fields };

static void lists_keep_rows_in_order(void **state)
{
    (void)state;
    assert_int_equal(check(&bands, "band_weight=10&band_weight=&band_weight=2.5"), 0);
    const struct field_value *v = form_value(&in, "band_weight");
    assert_int_equal(v->n_items, 3);
    assert_string_equal(v->items[0], "10");
    assert_string_equal(v->items[1], "");                                   /* an empty row stays a row */
    assert_string_equal(v->items[2], "2.5");
    assert_int_equal(check(&bands, "band_weight=123456789"), 1);
    assert_string_equal(error_of("band_weight"), "Use at most 8 characters.");
    assert_int_equal(check(&bands, "band_weight=1%0A2"), 1);
    assert_string_equal(error_of("band_weight"), "Use a single line of text.");
    assert_int_equal(check(&bands, ""), 0);
    assert_false(form_value(&in, "band_weight")->sent);
}

static void no_fields(void **state)
{
    (void)state;
    assert_int_equal(check(&form_none, "anything=1"), 0);
    const char *names[4], *labels[4];
    form_names(&every, names, labels, 4);
    assert_string_equal(names[0], "id");
    assert_string_equal(labels[2], "Adjustment");
    assert_null(names[3]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(good_values_are_typed),
        cmocka_unit_test(every_problem_at_once),
        cmocka_unit_test(required_and_optional),
        cmocka_unit_test(prefix_and_repeated_fields),
        cmocka_unit_test(limits_count_what_is_kept),
        cmocka_unit_test(a_required_box_must_be_ticked),
        cmocka_unit_test(repeated_choices_are_a_set),
        cmocka_unit_test(lists_keep_rows_in_order),
        cmocka_unit_test(no_fields),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
