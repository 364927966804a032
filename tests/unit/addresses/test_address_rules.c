/* The address book's pure rules: who may use an address (a table of
 * restrictions x members), the approval mode that applies, which address
 * type may be a default for which kind, LIKE escaping and validation. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "addresses/address_rules.h"

#define NONE 0

/* Units as in the Acme demo: 1 company > 2 Operations > 3 Chicago > 5 Maintenance;
 * 2 Operations > 4 Houston; 1 > 6 Corporate. */
static const int64_t CHICAGO_MEMBER[] = { 3, 2, 1 };       /* Chicago Plant and above */
static const int64_t MAINT_MEMBER[] = { 5, 3, 2, 1 };      /* Maintenance and above */
static const int64_t HOUSTON_MEMBER[] = { 4, 2, 1 };
static const int64_t CORPORATE_MEMBER[] = { 6, 1 };

static void usable_table(void **state)
{
    (void)state;
    static const struct address_restriction to_chicago[] = { { 3, NONE } };
    static const struct address_restriction to_maint[] = { { 5, NONE } };
    static const struct address_restriction to_ops[] = { { 2, NONE } };
    static const struct address_restriction to_houston_or_ben[] = { { 4, NONE }, { NONE, 42 } };
    static const struct address_restriction to_ben[] = { { NONE, 42 } };
    static const struct {
        const struct address_restriction *r;
        int n;
        int64_t user;
        const int64_t *anc;
        int m;
        int want;
        const char *what;
    } cases[] = {
        { NULL, 0, 42, CHICAGO_MEMBER, 3, 1, "no restriction: everyone" },
        { NULL, 0, 7, NULL, 0, 1, "no restriction: even without a unit" },
        { to_chicago, 1, 42, CHICAGO_MEMBER, 3, 1, "the member's own unit" },
        { to_chicago, 1, 43, MAINT_MEMBER, 4, 1, "a unit below the named one" },
        { to_maint, 1, 42, CHICAGO_MEMBER, 3, 0, "a unit above the named one does not count" },
        { to_chicago, 1, 44, HOUSTON_MEMBER, 3, 0, "a sibling unit" },
        { to_ops, 1, 44, HOUSTON_MEMBER, 3, 1, "the division above the plant" },
        { to_ops, 1, 45, CORPORATE_MEMBER, 2, 0, "another division" },
        { to_houston_or_ben, 2, 42, CHICAGO_MEMBER, 3, 1, "named as a member" },
        { to_houston_or_ben, 2, 99, CHICAGO_MEMBER, 3, 0, "neither named nor in the unit" },
        { to_ben, 1, 42, NULL, 0, 1, "named member without a unit" },
        { to_ben, 1, 43, CHICAGO_MEMBER, 3, 0, "another member" },
        { to_chicago, 1, 42, NULL, 0, 0, "restricted and the member has no unit" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int got = address_usable(cases[i].r, cases[i].n, cases[i].user, cases[i].anc, cases[i].m);
        if (got != cases[i].want) fail_msg("case %zu (%s): got %d, want %d", i, cases[i].what, got, cases[i].want);
    }
}

static void approval_mode(void **state)
{
    (void)state;
    static const struct {
        const char *company, *seller;
        enum address_approval want;
    } cases[] = {
        { "", "company", ADDRESS_APPROVAL_COMPANY },
        { "", "open", ADDRESS_APPROVAL_OPEN },
        { "", "seller", ADDRESS_APPROVAL_SELLER },
        { "open", "seller", ADDRESS_APPROVAL_OPEN },
        { "seller", "open", ADDRESS_APPROVAL_SELLER },
        { "company", "open", ADDRESS_APPROVAL_COMPANY },
        { "", "", ADDRESS_APPROVAL_COMPANY },
        { "", "bogus", ADDRESS_APPROVAL_COMPANY },
        { "bogus", "open", ADDRESS_APPROVAL_OPEN },
        { NULL, NULL, ADDRESS_APPROVAL_COMPANY },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        enum address_approval got = address_approval_effective(cases[i].company, cases[i].seller);
        if (got != cases[i].want) fail_msg("case %zu: got %d, want %d", i, got, cases[i].want);
    }
    enum address_approval m;
    assert_int_equal(address_approval_parse("seller", &m), 0);
    assert_int_equal(m, ADDRESS_APPROVAL_SELLER);
    assert_int_equal(address_approval_parse("", &m), -1);
    assert_int_equal(address_approval_parse("Open", &m), -1);
    assert_string_equal(address_approval_name(ADDRESS_APPROVAL_OPEN), "open");
    assert_string_equal(address_approval_name(ADDRESS_APPROVAL_COMPANY), "company");
    assert_string_equal(address_approval_name(ADDRESS_APPROVAL_SELLER), "seller");
}

static void default_kinds(void **state)
{
    (void)state;
    assert_int_equal(address_type_fits("billing", "billing"), 1);
    assert_int_equal(address_type_fits("billing", "shipping"), 0);
    assert_int_equal(address_type_fits("shipping", "shipping"), 1);
    assert_int_equal(address_type_fits("shipping", "billing"), 0);
    assert_int_equal(address_type_fits("both", "billing"), 1);
    assert_int_equal(address_type_fits("both", "shipping"), 1);
    assert_int_equal(address_type_fits("both", "both"), 0);
    assert_int_equal(address_type_fits("", "billing"), 0);
    assert_int_equal(address_type_fits("shipping", "Shipping"), 0);
    assert_int_equal(address_kind_valid("both"), 0);
    assert_int_equal(address_type_valid("both"), 1);
    assert_int_equal(address_type_valid("home"), 0);
}

static void like_pattern(void **state)
{
    (void)state;
    char out[64];
    assert_int_equal(address_like_pattern("Dock", out, sizeof out), 0);
    assert_string_equal(out, "%Dock%");
    assert_int_equal(address_like_pattern("50%_a\\b", out, sizeof out), 0);
    assert_string_equal(out, "%50\\%\\_a\\\\b%");
    assert_int_equal(address_like_pattern("", out, sizeof out), 0);
    assert_string_equal(out, "%%");
    char tiny[5];
    assert_int_equal(address_like_pattern("abcd", tiny, sizeof tiny), -1);
}

static struct address_input good(void)
{
    return (struct address_input){ "Joliet Dock", "shipping", "Receiving", "2100 Channahon Rd", "", "Joliet", "IL",
                                   "60436", "US", "(815) 555-0129", "Dock 2\r\nCall ahead", "" };
}

static const char *error_for(const struct form_errors *e, const char *field)
{
    for (int i = 0; i < e->count; i++)
        if (strcmp(e->items[i].field, field) == 0) return e->items[i].message;
    return NULL;
}

static void validation(void **state)
{
    (void)state;
    struct form_errors e = { 0 };
    struct address_input in = good();
    assert_int_equal(address_validate(&in, &e), 0);

    char long_label[82];
    memset(long_label, 'x', 81);
    long_label[81] = '\0';
    char label80[81 * 2];
    memset(label80, 0, sizeof label80);
    for (int i = 0; i < 80; i++) memcpy(label80 + i * 2, "\xc3\xa9", 2);   /* 80 characters, 160 bytes */

    in = good();
    in.label = "   ";
    in.type = "home";
    in.line1 = "";
    in.city = "";
    in.country = "XX";
    e = (struct form_errors){ 0 };
    assert_int_equal(address_validate(&in, &e), 5);
    assert_string_equal(error_for(&e, "label"), "This field is required.");
    assert_non_null(error_for(&e, "type"));
    assert_non_null(error_for(&e, "line1"));
    assert_non_null(error_for(&e, "city"));
    assert_string_equal(error_for(&e, "country"), "Choose a country from the list.");

    in = good();
    in.label = long_label;
    e = (struct form_errors){ 0 };
    assert_int_equal(address_validate(&in, &e), 1);
    assert_string_equal(error_for(&e, "label"), "Use at most 80 characters.");

    in = good();
    in.label = label80;
    e = (struct form_errors){ 0 };
    assert_int_equal(address_validate(&in, &e), 0);

    in = good();
    in.line2 = "a\nb";                       /* single-line field */
    in.delivery_instructions = "ok\nok\tok";  /* multi-line is fine */
    e = (struct form_errors){ 0 };
    assert_int_equal(address_validate(&in, &e), 1);
    assert_string_equal(error_for(&e, "line2"), "Use a single line of text.");

    in = good();
    in.city = "Joliet\x7f";                   /* DEL is a control character too */
    in.delivery_instructions = "ok\x7f";
    e = (struct form_errors){ 0 };
    assert_int_equal(address_validate(&in, &e), 2);
    assert_string_equal(error_for(&e, "city"), "Remove the control characters.");
    assert_string_equal(error_for(&e, "delivery_instructions"), "Remove the control characters.");

    in = good();
    in.delivery_instructions = "bell\a";
    in.postal_code = "123456789012345678901";  /* 21 */
    in.phone = "12345678901234567890123456789012345678901";  /* 41 */
    in.tax_id = "12345678901234567890123456789012345678901";  /* 41 */
    e = (struct form_errors){ 0 };
    assert_int_equal(address_validate(&in, &e), 4);
    assert_string_equal(error_for(&e, "delivery_instructions"), "Remove the control characters.");
    assert_string_equal(error_for(&e, "postal_code"), "Use at most 20 characters.");

    char compact[200];
    in = good();
    address_compact(&in, compact, sizeof compact);
    assert_string_equal(compact, "2100 Channahon Rd, Joliet, IL 60436, US");
    in.line2 = "Unit 7";
    in.region = "";
    address_compact(&in, compact, sizeof compact);
    assert_string_equal(compact, "2100 Channahon Rd, Unit 7, Joliet, 60436, US");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(usable_table),
        cmocka_unit_test(approval_mode),
        cmocka_unit_test(default_kinds),
        cmocka_unit_test(like_pattern),
        cmocka_unit_test(validation),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
