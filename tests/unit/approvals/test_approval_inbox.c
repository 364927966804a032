/* The approval inbox's pure rules (src/approvals/approval_reminders.h): when a step
 * is decided, how an order moves on, reminders, out-of-office periods and
 * the escalation target. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "approvals/approval_reminders.h"

#define DAY APPROVAL_DAY_SECONDS
#define N(a) ((int)(sizeof (a) / sizeof (a)[0]))

/* --- approval_step_result ------------------------------------------------- */

static void any_first_approval_approves(void **state)
{
    (void)state;
    struct approval_voter v[] = { { 10, 0, VOTE_NONE }, { 11, 0, VOTE_APPROVED } };
    assert_int_equal(approval_step_result("any", v, N(v)), STEP_APPROVED);
}

static void nobody_decided_waits(void **state)
{
    (void)state;
    struct approval_voter v[] = { { 10, 0, VOTE_NONE }, { 11, 0, VOTE_NONE } };
    assert_int_equal(approval_step_result("any", v, N(v)), STEP_WAITING);
    assert_int_equal(approval_step_result("all", v, N(v)), STEP_WAITING);
    assert_int_equal(approval_step_result("any", v, 0), STEP_WAITING);
}

static void all_needs_every_principal(void **state)
{
    (void)state;
    struct approval_voter v[] = { { 10, 0, VOTE_APPROVED }, { 11, 0, VOTE_NONE } };
    assert_int_equal(approval_step_result("all", v, N(v)), STEP_WAITING);
    v[1].vote = VOTE_APPROVED;
    assert_int_equal(approval_step_result("all", v, N(v)), STEP_APPROVED);
}

static void a_rejection_rejects_in_both_modes(void **state)
{
    (void)state;
    struct approval_voter v[] = { { 10, 0, VOTE_APPROVED }, { 11, 0, VOTE_REJECTED }, { 12, 0, VOTE_NONE } };
    assert_int_equal(approval_step_result("any", v, N(v)), STEP_REJECTED);
    assert_int_equal(approval_step_result("all", v, N(v)), STEP_REJECTED);
    /* A stand-in's rejection rejects as well. */
    struct approval_voter w[] = { { 10, 0, VOTE_NONE }, { 20, 10, VOTE_REJECTED } };
    assert_int_equal(approval_step_result("all", w, N(w)), STEP_REJECTED);
}

static void a_delegate_counts_for_the_one_they_stand_in_for(void **state)
{
    (void)state;
    /* Mode all: 10 and 11 must approve; 20 is 10's delegate. */
    struct approval_voter v[] = { { 10, 0, VOTE_NONE }, { 11, 0, VOTE_APPROVED }, { 20, 10, VOTE_APPROVED } };
    assert_int_equal(approval_step_result("all", v, N(v)), STEP_APPROVED);
    /* The delegate alone does not cover the other principal. */
    v[1].vote = VOTE_NONE;
    assert_int_equal(approval_step_result("all", v, N(v)), STEP_WAITING);
    /* An escalation stands in the same way. */
    struct approval_voter w[] = { { 10, 0, VOTE_NONE }, { 30, 10, VOTE_APPROVED } };
    assert_int_equal(approval_step_result("all", w, N(w)), STEP_APPROVED);
}

static void a_delegate_of_someone_else_does_not_count(void **state)
{
    (void)state;
    struct approval_voter v[] = { { 10, 0, VOTE_NONE }, { 11, 0, VOTE_APPROVED }, { 20, 99, VOTE_APPROVED } };
    assert_int_equal(approval_step_result("all", v, N(v)), STEP_WAITING);
}

static void unknown_mode_reads_as_all_and_no_principal_means_any(void **state)
{
    (void)state;
    struct approval_voter v[] = { { 10, 0, VOTE_APPROVED }, { 11, 0, VOTE_NONE } };
    assert_int_equal(approval_step_result("???", v, N(v)), STEP_WAITING);
    assert_int_equal(approval_step_result(NULL, v, N(v)), STEP_WAITING);
    struct approval_voter only_standins[] = { { 20, 10, VOTE_APPROVED } };
    assert_int_equal(approval_step_result("all", only_standins, 1), STEP_APPROVED);
}

/* --- approval_order_progress --------------------------------------------------- */

static void progress_waits_while_a_step_waits(void **state)
{
    (void)state;
    struct approval_step_state s[] = { { 1, STEP_S_APPROVED }, { 1, STEP_S_WAITING }, { 2, STEP_S_QUEUED } };
    struct approval_progress p = approval_order_progress(s, N(s));
    assert_int_equal(p.kind, PROGRESS_WAIT);
}

static void progress_opens_the_lowest_queued_level(void **state)
{
    (void)state;
    struct approval_step_state s[] = { { 1, STEP_S_APPROVED }, { 3, STEP_S_QUEUED }, { 2, STEP_S_QUEUED },
                                       { 2, STEP_S_QUEUED } };
    struct approval_progress p = approval_order_progress(s, N(s));
    assert_int_equal(p.kind, PROGRESS_OPEN_LEVEL);
    assert_int_equal(p.level, 2);
}

static void progress_approves_when_nothing_is_left(void **state)
{
    (void)state;
    struct approval_step_state s[] = { { 1, STEP_S_APPROVED }, { 2, STEP_S_APPROVED }, { 2, STEP_S_CANCELLED } };
    assert_int_equal(approval_order_progress(s, N(s)).kind, PROGRESS_APPROVED);
    assert_int_equal(approval_order_progress(s, 0).kind, PROGRESS_APPROVED);
}

static void progress_rejects_on_any_rejection(void **state)
{
    (void)state;
    struct approval_step_state s[] = { { 1, STEP_S_WAITING }, { 1, STEP_S_REJECTED }, { 2, STEP_S_QUEUED } };
    assert_int_equal(approval_order_progress(s, N(s)).kind, PROGRESS_REJECTED);
}

static void step_status_names(void **state)
{
    (void)state;
    enum approval_step_status st;
    assert_int_equal(approval_step_status_parse("waiting", &st), 0);
    assert_int_equal(st, STEP_S_WAITING);
    assert_int_equal(approval_step_status_parse("cancelled", &st), 0);
    assert_int_equal(st, STEP_S_CANCELLED);
    assert_int_equal(approval_step_status_parse("Waiting", &st), -1);
    assert_int_equal(approval_step_status_parse("", &st), -1);
    assert_int_equal(approval_step_status_parse(NULL, &st), -1);
}

/* --- reminders ------------------------------------------------------------------- */

static void reminder_due_after_the_days_and_once_per_period(void **state)
{
    (void)state;
    int64_t asked = 1000000;
    assert_int_equal(approval_reminder_due(asked + 2 * DAY - 1, asked, 0, 2), 0);
    assert_int_equal(approval_reminder_due(asked + 2 * DAY, asked, 0, 2), 1);
    /* Reminded at 2 days: not again until 2 more days have passed. */
    int64_t reminded = asked + 2 * DAY;
    assert_int_equal(approval_reminder_due(reminded + DAY, asked, reminded, 2), 0);
    assert_int_equal(approval_reminder_due(reminded + 2 * DAY - 1, asked, reminded, 2), 0);
    assert_int_equal(approval_reminder_due(reminded + 2 * DAY, asked, reminded, 2), 1);
}

static void no_reminders_without_days_or_request(void **state)
{
    (void)state;
    assert_int_equal(approval_reminder_due(100 * DAY, DAY, 0, 0), 0);
    assert_int_equal(approval_reminder_due(100 * DAY, DAY, 0, -3), 0);
    assert_int_equal(approval_reminder_due(100 * DAY, 0, 0, 2), 0);
}

static void days_waiting_whole_days(void **state)
{
    (void)state;
    assert_int_equal(approval_days_waiting(5 * DAY, 5 * DAY), 0);
    assert_int_equal(approval_days_waiting(6 * DAY - 1, 5 * DAY), 0);
    assert_int_equal(approval_days_waiting(6 * DAY, 5 * DAY), 1);
    assert_int_equal(approval_days_waiting(15 * DAY + 5, 5 * DAY), 10);
    assert_int_equal(approval_days_waiting(4 * DAY, 5 * DAY), 0);
    assert_int_equal(approval_days_waiting(4 * DAY, 0), 0);
}

/* --- out of office ------------------------------------------------------------------ */

static void periods_cover_whole_days(void **state)
{
    (void)state;
    int64_t now = 100 * DAY + 3600, from = 0, to = 0;
    /* Today only. */
    assert_int_equal(approval_period_check(100 * DAY, 100 * DAY, now, &from, &to), PERIOD_OK);
    assert_int_equal(from, 100 * DAY);
    assert_int_equal(to, 101 * DAY);
    /* Started yesterday, ends in a week. */
    assert_int_equal(approval_period_check(99 * DAY, 107 * DAY, now, &from, &to), PERIOD_OK);
    assert_int_equal(to, 108 * DAY);
}

static void period_problems(void **state)
{
    (void)state;
    int64_t now = 100 * DAY + 3600, from = 7, to = 7;
    assert_int_equal(approval_period_check(101 * DAY, 100 * DAY, now, &from, &to), PERIOD_ENDS_BEFORE_START);
    assert_int_equal(approval_period_check(90 * DAY, 99 * DAY, now, &from, &to), PERIOD_ENDED);
    /* 366 days is fine, 367 is not. */
    assert_int_equal(approval_period_check(100 * DAY, 465 * DAY, now, &from, &to), PERIOD_OK);
    assert_int_equal(approval_period_check(100 * DAY, 466 * DAY, now, &from, &to), PERIOD_TOO_LONG);
}

/* --- escalation target ------------------------------------------------------------------ */

/* Acme's tree: 1 company (5), 2 Operations (6) under 1, 3 Corporate (7)
 * under 1, 4 Chicago (12) under 2, 5 Houston (none) under 2, 6 Maintenance
 * (9) under 4, 7 Shipping (10) under 5, 9 Purchasing (6) under 3. */
static const struct approval_unit acme[] = {
    { 1, 0, 5 }, { 2, 1, 6 }, { 3, 1, 7 }, { 4, 2, 12 }, { 5, 2, 0 }, { 6, 4, 9 }, { 7, 5, 10 }, { 9, 3, 6 },
};

static void superior_is_the_manager_of_the_unit(void **state)
{
    (void)state;
    /* Ben (8) in Chicago: Tamara (12). */
    assert_int_equal(approval_superior(acme, N(acme), 4, 8, 0, NULL, 0), 12);
}

static void superior_walks_past_themselves_and_missing_managers(void **state)
{
    (void)state;
    /* Hoa (10) manages Shipping; Houston has no manager; Operations: Priya (6). */
    assert_int_equal(approval_superior(acme, N(acme), 7, 10, 0, NULL, 0), 6);
    /* Priya (6) manages Purchasing; Corporate: Frank (7). */
    assert_int_equal(approval_superior(acme, N(acme), 9, 6, 0, NULL, 0), 7);
}

static void superior_is_never_the_buyer_nor_someone_on_the_step(void **state)
{
    (void)state;
    /* Derek (9) in Maintenance, which he manages; Chicago's Tamara (12) is the buyer here. */
    assert_int_equal(approval_superior(acme, N(acme), 6, 9, 12, NULL, 0), 6);
    int64_t on_step[] = { 6 };
    assert_int_equal(approval_superior(acme, N(acme), 6, 9, 12, on_step, 1), 5);
    int64_t everyone[] = { 6, 5 };
    assert_int_equal(approval_superior(acme, N(acme), 6, 9, 12, everyone, 2), 0);
}

static void no_unit_starts_at_the_company(void **state)
{
    (void)state;
    assert_int_equal(approval_superior(acme, N(acme), 0, 8, 0, NULL, 0), 5);
    assert_int_equal(approval_superior(acme, N(acme), 777, 8, 0, NULL, 0), 5);
    /* The company's head has nobody above. */
    assert_int_equal(approval_superior(acme, N(acme), 1, 5, 0, NULL, 0), 0);
    assert_int_equal(approval_superior(acme, 0, 4, 8, 0, NULL, 0), 0);
}

static void a_cycle_ends_the_walk(void **state)
{
    (void)state;
    const struct approval_unit loop[] = { { 1, 2, 0 }, { 2, 1, 0 } };
    assert_int_equal(approval_superior(loop, 2, 1, 8, 0, NULL, 0), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(any_first_approval_approves),
        cmocka_unit_test(nobody_decided_waits),
        cmocka_unit_test(all_needs_every_principal),
        cmocka_unit_test(a_rejection_rejects_in_both_modes),
        cmocka_unit_test(a_delegate_counts_for_the_one_they_stand_in_for),
        cmocka_unit_test(a_delegate_of_someone_else_does_not_count),
        cmocka_unit_test(unknown_mode_reads_as_all_and_no_principal_means_any),
        cmocka_unit_test(progress_waits_while_a_step_waits),
        cmocka_unit_test(progress_opens_the_lowest_queued_level),
        cmocka_unit_test(progress_approves_when_nothing_is_left),
        cmocka_unit_test(progress_rejects_on_any_rejection),
        cmocka_unit_test(step_status_names),
        cmocka_unit_test(reminder_due_after_the_days_and_once_per_period),
        cmocka_unit_test(no_reminders_without_days_or_request),
        cmocka_unit_test(days_waiting_whole_days),
        cmocka_unit_test(periods_cover_whole_days),
        cmocka_unit_test(period_problems),
        cmocka_unit_test(superior_is_the_manager_of_the_unit),
        cmocka_unit_test(superior_walks_past_themselves_and_missing_managers),
        cmocka_unit_test(superior_is_never_the_buyer_nor_someone_on_the_step),
        cmocka_unit_test(no_unit_starts_at_the_company),
        cmocka_unit_test(a_cycle_ends_the_walk),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
