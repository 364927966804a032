/* Account credit's pure rules: figures from ledger rows, the available
 * credit, terms text mapping, due dates across month ends and leap years,
 * aging and invoice status, the checkout verdict, invoice amounts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "base/civil_date.h"
#include "credit/credit_rules.h"

static int64_t day(int64_t y, int m, int d)
{
    return civil_days_from_date(y, m, d);
}

static void figures_follow_the_rows(void **state)
{
    (void)state;
    struct credit_figures f = { 0 };
    assert_int_equal(credit_apply(&f, CREDIT_LIMIT, 5000000), 0);
    assert_int_equal(credit_apply(&f, CREDIT_RESERVATION, 120000), 0);
    assert_int_equal(credit_available(&f), 5000000 - 120000);
    assert_int_equal(credit_apply(&f, CREDIT_INVOICE, 100000), 0);
    assert_int_equal(credit_apply(&f, CREDIT_RELEASE, -100000), 0);
    assert_int_equal(f.reserved, 20000);
    assert_int_equal(f.balance, 100000);
    assert_int_equal(credit_apply(&f, CREDIT_PAYMENT, -60000), 0);
    assert_int_equal(credit_apply(&f, CREDIT_CREDIT_NOTE, -5000), 0);
    assert_int_equal(credit_apply(&f, CREDIT_ADJUSTMENT, -1000), 0);
    assert_int_equal(credit_apply(&f, CREDIT_ERP_SYNC, 2500), 0);
    assert_int_equal(f.balance, 100000 - 60000 - 5000 - 1000 + 2500);
    assert_int_equal(credit_available(&f), 5000000 - f.balance - 20000);
    /* Wrong signs and impossible figures are refused, nothing changed. */
    struct credit_figures before = f;
    assert_int_equal(credit_apply(&f, CREDIT_RESERVATION, 0), -1);
    assert_int_equal(credit_apply(&f, CREDIT_RESERVATION, -5), -1);
    assert_int_equal(credit_apply(&f, CREDIT_RELEASE, -20001), -1);   /* below zero reserved */
    assert_int_equal(credit_apply(&f, CREDIT_PAYMENT, 10), -1);
    assert_int_equal(credit_apply(&f, CREDIT_INVOICE, -10), -1);
    assert_int_equal(credit_apply(&f, CREDIT_LIMIT, -6000000), -1);
    assert_int_equal(credit_apply(&f, CREDIT_ADJUSTMENT, INT64_MAX), -1);
    assert_memory_equal(&f, &before, sizeof f);
    assert_int_equal(credit_apply(&f, CREDIT_KIND_COUNT, 1), -1);
}

static void kinds_have_names(void **state)
{
    (void)state;
    for (int k = 0; k < CREDIT_KIND_COUNT; k++) {
        enum credit_kind back;
        assert_int_equal(credit_kind_parse(credit_kind_name((enum credit_kind)k), &back), 0);
        assert_int_equal(back, k);
        assert_true(credit_kind_label((enum credit_kind)k)[0] != '\0');
    }
    enum credit_kind k;
    assert_int_equal(credit_kind_parse("refund", &k), -1);
    assert_int_equal(credit_kind_parse(NULL, &k), -1);
}

static void terms_text_maps(void **state)
{
    (void)state;
    struct credit_terms t;
    assert_int_equal(credit_terms_parse("Net 30", &t), 1);
    assert_int_equal(t.kind, TERMS_NET);
    assert_int_equal(t.days, 30);
    assert_int_equal(credit_terms_parse("net45", &t), 1);
    assert_int_equal(t.days, 45);
    assert_int_equal(credit_terms_parse("  NET 60 days", &t), 1);
    assert_int_equal(t.days, 60);
    assert_int_equal(credit_terms_parse("N15", &t), 1);
    assert_int_equal(t.days, 15);
    assert_int_equal(credit_terms_parse("30 days", &t), 1);
    assert_int_equal(t.days, 30);
    assert_int_equal(credit_terms_parse("EOM", &t), 1);
    assert_int_equal(t.kind, TERMS_EOM);
    assert_int_equal(t.days, 0);
    assert_int_equal(credit_terms_parse("End of month + 15", &t), 1);
    assert_int_equal(t.kind, TERMS_EOM);
    assert_int_equal(t.days, 15);
    assert_int_equal(credit_terms_parse("EOM 30 days", &t), 1);
    assert_int_equal(t.days, 30);
    /* A discount cannot be expressed: mapped to the net term, text kept. */
    assert_int_equal(credit_terms_parse("2% 10 Net 30", &t), 2);
    assert_int_equal(t.kind, TERMS_NET);
    assert_int_equal(t.days, 30);
    assert_int_equal(credit_terms_parse("2/10 net 45", &t), 2);
    assert_int_equal(t.days, 45);
    /* Anything else: not mapped, net 30. */
    const char *unmapped[] = { "", "Prepaid", "COD", "Net", "Net 400", "Net 30 or as agreed", "<script>", NULL };
    for (int i = 0; unmapped[i]; i++) {
        assert_int_equal(credit_terms_parse(unmapped[i], &t), 0);
        assert_int_equal(t.kind, TERMS_NET);
    }
    assert_int_equal(credit_terms_parse(NULL, &t), 0);
    assert_int_equal(t.days, 30);
    char label[64];
    t = (struct credit_terms){ TERMS_NET, 30 };
    credit_terms_label(&t, label, sizeof label);
    assert_string_equal(label, "Net 30 days");
    t = (struct credit_terms){ TERMS_EOM, 15 };
    credit_terms_label(&t, label, sizeof label);
    assert_string_equal(label, "End of month + 15 days");
}

static void due_dates_cross_month_ends_and_leap_years(void **state)
{
    (void)state;
    struct credit_terms net30 = { TERMS_NET, 30 }, eom = { TERMS_EOM, 0 }, eom15 = { TERMS_EOM, 15 };
    assert_int_equal(credit_due_day(day(2026, 1, 31), &net30), day(2026, 3, 2));
    assert_int_equal(credit_due_day(day(2028, 1, 31), &net30), day(2028, 3, 1));     /* leap year */
    assert_int_equal(credit_due_day(day(2026, 12, 15), &net30), day(2027, 1, 14));   /* across the year */
    assert_int_equal(credit_due_day(day(2028, 2, 3), &eom), day(2028, 2, 29));
    assert_int_equal(credit_due_day(day(2027, 2, 3), &eom), day(2027, 2, 28));
    assert_int_equal(credit_due_day(day(2100, 2, 1), &eom), day(2100, 2, 28));       /* not a leap year */
    assert_int_equal(credit_due_day(day(2000, 2, 1), &eom), day(2000, 2, 29));       /* is one */
    assert_int_equal(credit_due_day(day(2026, 12, 31), &eom15), day(2027, 1, 15));
    assert_int_equal(credit_due_day(day(2028, 2, 29), &eom15), day(2028, 3, 15));
}

static void aging_and_status(void **state)
{
    (void)state;
    int64_t due = day(2026, 3, 31);
    assert_int_equal(credit_aging_bucket(due, due), AGING_CURRENT);
    assert_int_equal(credit_aging_bucket(due, due - 10), AGING_CURRENT);
    assert_int_equal(credit_aging_bucket(due, due + 1), AGING_1_30);
    assert_int_equal(credit_aging_bucket(due, due + 30), AGING_1_30);
    assert_int_equal(credit_aging_bucket(due, due + 31), AGING_31_60);
    assert_int_equal(credit_aging_bucket(due, due + 60), AGING_31_60);
    assert_int_equal(credit_aging_bucket(due, due + 61), AGING_61_90);
    assert_int_equal(credit_aging_bucket(due, due + 90), AGING_61_90);
    assert_int_equal(credit_aging_bucket(due, due + 91), AGING_OVER_90);
    assert_int_equal(credit_invoice_status(1000, 0, due, due), INVOICE_OPEN);
    assert_int_equal(credit_invoice_status(1000, 400, due, due), INVOICE_PARTLY_PAID);
    assert_int_equal(credit_invoice_status(1000, 400, due, due + 1), INVOICE_OVERDUE);
    assert_int_equal(credit_invoice_status(1000, 1000, due, due + 100), INVOICE_PAID);
    assert_string_equal(credit_invoice_status_name(INVOICE_PARTLY_PAID), "partly_paid");
    assert_string_equal(credit_bucket_label(AGING_OVER_90), "Over 90 days");
}

static void checkout_verdicts(void **state)
{
    (void)state;
    struct credit_figures f = { .balance = 300000, .reserved = 150000, .limit = 500000 };
    assert_int_equal(credit_decide(0, 0, &f, 1, OVER_LIMIT_REFUSE), CREDIT_NO_ACCOUNT);
    assert_int_equal(credit_decide(1, 1, &f, 1, OVER_LIMIT_REFUSE), CREDIT_ON_HOLD);
    assert_int_equal(credit_decide(1, 0, &f, 50000, OVER_LIMIT_REFUSE), CREDIT_OK);      /* exactly what is left */
    assert_int_equal(credit_decide(1, 0, &f, 50001, OVER_LIMIT_REFUSE), CREDIT_REFUSED);
    assert_int_equal(credit_decide(1, 0, &f, 50001, OVER_LIMIT_REVIEW), CREDIT_REVIEW);
    enum credit_over_limit m;
    assert_int_equal(credit_over_limit_parse("review", &m), 0);
    assert_int_equal(m, OVER_LIMIT_REVIEW);
    assert_int_equal(credit_over_limit_parse("maybe", &m), -1);
}

static void invoices_add_up_to_the_order(void **state)
{
    (void)state;
    /* An order of 100.00 + 10.00 shipping + 8% tax = 118.00, shipped in two. */
    int64_t first = 0, last = 0;
    assert_int_equal(credit_invoice_amount(6000, 800, 1000, 1, 0, 11800, 0, &first), 0);
    assert_int_equal(first, 6000 + 480 + 1000);
    assert_int_equal(credit_invoice_amount(4000, 800, 1000, 0, 1, 11800, first, &last), 0);
    assert_int_equal(first + last, 11800);
    /* Never above what is left. */
    int64_t over = 0;
    assert_int_equal(credit_invoice_amount(20000, 0, 0, 0, 0, 11800, 7480, &over), 0);
    assert_int_equal(over, 11800 - 7480);
    assert_int_equal(credit_invoice_amount(INT64_MAX, 10000, 0, 0, 0, INT64_MAX, 0, &over), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(figures_follow_the_rows),
        cmocka_unit_test(kinds_have_names),
        cmocka_unit_test(terms_text_maps),
        cmocka_unit_test(due_dates_cross_month_ends_and_leap_years),
        cmocka_unit_test(aging_and_status),
        cmocka_unit_test(checkout_verdicts),
        cmocka_unit_test(invoices_add_up_to_the_order),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
