/* The registration form's rules. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "accounts/registration.h"

static struct registration valid(void)
{
    struct registration r = {
        .company_name = "Cascade Facility Services LLC", .tax_id = "91-1234567", .existing_account = "",
        .billing_line1 = "1200 Harbor Ave SW", .billing_line2 = "", .billing_city = "Seattle",
        .billing_region = "WA", .billing_postal = "98126", .billing_country = "US",
        .contact_name = "Grace Whitfield", .job_title = "Operations Manager", .email = " Grace@Cascade.TEST ",
        .phone = "+1 (206) 555-0142", .password = "correct horse battery", .terms = "yes",
    };
    return r;
}

static const char *error_for(const struct form_errors *e, const char *field)
{
    for (int i = 0; i < e->count; i++)
        if (strcmp(e->items[i].field, field) == 0) return e->items[i].message;
    return NULL;
}

static void test_valid_form_has_no_errors_and_normalises_email(void **state)
{
    (void)state;
    struct registration r = valid();
    struct form_errors e = { 0 };
    char email[VALIDATE_EMAIL_MAX + 1];
    assert_int_equal(registration_validate(&r, email, &e), 0);
    assert_string_equal(email, "grace@cascade.test");
}

static void test_every_required_field_is_reported(void **state)
{
    (void)state;
    struct registration r = { "", "", "", "", "", "", "", "", "", "", "", "", "", "", "" };
    struct form_errors e = { 0 };
    char email[VALIDATE_EMAIL_MAX + 1];
    int n = registration_validate(&r, email, &e);
    const char *required[] = { "company_name", "tax_id", "billing_line1", "billing_city", "billing_country",
                               "contact_name", "email", "phone", "password", "terms" };
    assert_int_equal(n, (int)(sizeof required / sizeof required[0]));
    for (size_t i = 0; i < sizeof required / sizeof required[0]; i++) assert_non_null(error_for(&e, required[i]));
    assert_null(error_for(&e, "existing_account"));
    assert_null(error_for(&e, "billing_line2"));
    assert_null(error_for(&e, "job_title"));
}

static void test_limits_and_bad_values(void **state)
{
    (void)state;
    static char huge[10 * 1024 + 1];
    memset(huge, 'A', sizeof huge - 1);
    struct registration r = valid();
    r.company_name = huge;
    r.billing_country = "XX";
    r.email = "not-an-email";
    r.phone = "call me";
    r.password = "short";
    r.terms = "no";
    r.contact_name = "Grace\r\nBcc: x@y.test";
    struct form_errors e = { 0 };
    char email[VALIDATE_EMAIL_MAX + 1];
    assert_int_equal(registration_validate(&r, email, &e), 7);
    assert_string_equal(error_for(&e, "company_name"), "This is too long.");
    assert_string_equal(error_for(&e, "billing_country"), "Choose a country from the list.");
    assert_string_equal(error_for(&e, "phone"), "Use digits and + - ( ) only.");
    assert_string_equal(error_for(&e, "contact_name"), "Use a single line of text.");
    assert_string_equal(error_for(&e, "terms"), "Accept the terms of business to apply.");
}

static void test_phone_needs_enough_digits(void **state)
{
    (void)state;
    struct registration r = valid();
    r.phone = "555-012";
    struct form_errors e = { 0 };
    char email[VALIDATE_EMAIL_MAX + 1];
    assert_int_equal(registration_validate(&r, email, &e), 0);
    r.phone = "555-01";
    assert_int_equal(registration_validate(&r, email, &e), 1);
    assert_string_equal(error_for(&e, "phone"), "Enter the full phone number.");
}

static void test_script_tags_are_text_not_errors(void **state)
{
    /* Names may hold any characters; escaping is the template's job. */
    (void)state;
    struct registration r = valid();
    r.company_name = "<script>alert(1)</script> Ltd";
    struct form_errors e = { 0 };
    char email[VALIDATE_EMAIL_MAX + 1];
    assert_int_equal(registration_validate(&r, email, &e), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_valid_form_has_no_errors_and_normalises_email),
        cmocka_unit_test(test_every_required_field_is_reported),
        cmocka_unit_test(test_limits_and_bad_values),
        cmocka_unit_test(test_phone_needs_enough_digits),
        cmocka_unit_test(test_script_tags_are_text_not_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
