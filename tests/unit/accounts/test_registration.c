/* The registration form: its declared fields (form_register, checked as
 * app_handle checks them) and the rules beyond them (registration_check). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "accounts/pages.h"
#include "accounts/registration.h"
#include "web/http.h"

static struct form_input in;

static const char valid[] =
    "company_name=Cascade+Facility+Services+LLC&tax_id=91-1234567&existing_account="
    "&billing_line1=1200+Harbor+Ave+SW&billing_line2=&billing_city=Seattle&billing_region=WA"
    "&billing_postal=98126&billing_country=US&contact_name=Grace+Whitfield&job_title=Operations+Manager"
    "&email=+Grace%40Cascade.TEST+&phone=%2B1+(206)+555-0142&password=correct+horse+battery&terms=yes";

/* Checks body against the declared form; the params live until the next
 * check, as a request's do until it ends. */
static int check(const char *body)
{
    static struct http_params p;
    http_params_free(&p);
    memset(&p, 0, sizeof p);
    assert_int_equal(http_parse_urlencoded(body, strlen(body), &p), HTTP_PARSE_OK);
    return form_check(&form_register, &p, &in);
}

/* The valid form with one field's value replaced (value already encoded). */
static int check_with(const char *field, const char *value)
{
    static char body[16 * 1024];
    char key[64];
    snprintf(key, sizeof key, "%s=", field);
    const char *at = strstr(valid, key);
    assert_non_null(at);
    const char *end = strchr(at, '&');
    snprintf(body, sizeof body, "%.*s%s%s%s", (int)(at - valid), valid, key, value, end ? end : "");
    return check(body);
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
    assert_int_equal(check(valid), 0);
    assert_string_equal(form_value(&in, "email")->text, "grace@cascade.test");
    assert_string_equal(form_value(&in, "terms")->text, "yes");
}

static void test_every_required_field_is_reported(void **state)
{
    (void)state;
    int n = check("terms=");
    const char *required[] = { "company_name", "tax_id", "billing_line1", "billing_city", "billing_country",
                               "contact_name", "email", "phone", "password", "terms" };
    assert_int_equal(n, (int)(sizeof required / sizeof required[0]));
    for (size_t i = 0; i < sizeof required / sizeof required[0]; i++) assert_non_null(error_for(&in.errors, required[i]));
    assert_null(error_for(&in.errors, "existing_account"));
    assert_null(error_for(&in.errors, "billing_line2"));
    assert_null(error_for(&in.errors, "job_title"));
    assert_string_equal(error_for(&in.errors, "password"), "Use at least 12 characters for the password.");
}

static void test_limits_and_bad_values(void **state)
{
    (void)state;
    static char huge[10 * 1024 + 1];
    memset(huge, 'A', sizeof huge - 1);
    assert_int_equal(check_with("company_name", huge), 1);
    assert_string_equal(error_for(&in.errors, "company_name"), "Use at most 200 characters.");
    assert_int_equal(check_with("billing_country", "XX"), 1);
    assert_string_equal(error_for(&in.errors, "billing_country"), "Choose a country from the list.");
    assert_int_equal(check_with("email", "not-an-email"), 1);
    assert_int_equal(check_with("terms", "no"), 1);
    assert_string_equal(error_for(&in.errors, "terms"), "Accept the terms of business to apply.");
    assert_int_equal(check_with("contact_name", "Grace%0D%0ABcc%3A+x%40y.test"), 1);
    assert_string_equal(error_for(&in.errors, "contact_name"), "Use a single line of text.");
    memset(huge, 'p', 129);
    huge[129] = '\0';
    assert_int_equal(check_with("password", huge), 1);
    assert_string_equal(error_for(&in.errors, "password"), "Use at most 128 characters for the password.");
}

static struct registration valid_registration(void)
{
    struct registration r = {
        .company_name = "Cascade Facility Services LLC", .tax_id = "91-1234567", .existing_account = "",
        .billing_line1 = "1200 Harbor Ave SW", .billing_line2 = "", .billing_city = "Seattle",
        .billing_region = "WA", .billing_postal = "98126", .billing_country = "US",
        .contact_name = "Grace Whitfield", .job_title = "Operations Manager", .email = "grace@cascade.test",
        .phone = "+1 (206) 555-0142", .password = "correct horse battery", .terms = "yes",
    };
    return r;
}

static void test_phone_and_password_rules(void **state)
{
    (void)state;
    struct registration r = valid_registration();
    struct form_errors e = { 0 };
    assert_int_equal(registration_check(&r, &e), 0);
    r.phone = "call me";
    r.password = "short";
    assert_int_equal(registration_check(&r, &e), 2);
    assert_string_equal(error_for(&e, "phone"), "Use digits and + - ( ) only.");
    assert_string_equal(error_for(&e, "password"), "Use at least 12 characters for the password.");
    /* empty: the declared check has reported it already */
    r = valid_registration();
    r.phone = "";
    r.password = "";
    memset(&e, 0, sizeof e);
    assert_int_equal(registration_check(&r, &e), 0);
}

static void test_phone_needs_enough_digits(void **state)
{
    (void)state;
    struct registration r = valid_registration();
    r.phone = "555-012";
    struct form_errors e = { 0 };
    assert_int_equal(registration_check(&r, &e), 0);
    r.phone = "555-01";
    assert_int_equal(registration_check(&r, &e), 1);
    assert_string_equal(error_for(&e, "phone"), "Enter the full phone number.");
}

static void test_script_tags_are_text_not_errors(void **state)
{
    /* Names may hold any characters; escaping is the template's job. */
    (void)state;
    assert_int_equal(check_with("company_name", "%3Cscript%3Ealert(1)%3C%2Fscript%3E+Ltd"), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_valid_form_has_no_errors_and_normalises_email),
        cmocka_unit_test(test_every_required_field_is_reported),
        cmocka_unit_test(test_limits_and_bad_values),
        cmocka_unit_test(test_phone_and_password_rules),
        cmocka_unit_test(test_phone_needs_enough_digits),
        cmocka_unit_test(test_script_tags_are_text_not_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
