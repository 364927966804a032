/* Approval rules: the reference scenarios to the cent, counts,
 * flagged items and categories with their subcategories, spending limits
 * (approval or refusal), empty and inactive rule sets, AND/OR, overlapping
 * rules merged into one step per approver group, levels, whom a rule
 * applies to, the plain-language summary, separation of duties (the buyer
 * never approves their own order: next superior, else the administrators),
 * delegates, periods and the form's number parsing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "approvals/approval_rules.h"

enum { ADMIN = 1, PURCHASING = 2, FINANCE = 3, BUYER = 4, VIEWER = 5 };
enum { ROOT = 1, OPERATIONS, CORPORATE, CHICAGO, HOUSTON, MAINTENANCE, SHIPPING, FINANCE_DEPT, PURCHASING_DEPT };
enum { ALICIA = 100, PRIYA, FRANK, BEN, DEREK, HOA, ROSA, TAMARA };

#define DOLLARS(d) ((int64_t)(d) * 100)

/* --- Building rules ---------------------------------------------------------- */

static struct ar_rule rules[8];
static int n_rules;

static struct ar_rule *rule(const char *name, int level)
{
    struct ar_rule *r = &rules[n_rules++];
    memset(r, 0, sizeof *r);
    r->id = n_rules;
    snprintf(r->name, sizeof r->name, "%s", name);
    r->active = 1;
    r->level = level;
    r->applies_to = AR_APPLIES_EVERYONE;
    return r;
}

static void ref(struct ar_ref *refs, int *n, int64_t id, const char *name)
{
    refs[*n].id = id;
    snprintf(refs[*n].name, sizeof refs[*n].name, "%s", name);
    (*n)++;
}

static const char *role_name(int64_t id)
{
    static const char *const names[] = { "", "Administrator", "Purchasing manager", "Finance manager", "Buyer", "Viewer" };
    return id >= 1 && id <= 5 ? names[id] : "?";
}

static void approver_role(struct ar_rule *r, int64_t role)
{
    r->approver_kind = AR_APPROVER_ROLE;
    ref(r->approvers, &r->n_approvers, role, role_name(role));
}

static void condition(struct ar_rule *r, enum ar_kind kind, enum ar_op op, int64_t a, int64_t b)
{
    struct ar_condition *c = &r->conditions[r->n_conditions++];
    memset(c, 0, sizeof *c);
    c->kind = kind;
    c->op = op;
    c->amount = a;
    c->amount2 = b;
}

/* Acme's reference rules from the issue. */
static void reference_rules(void)
{
    n_rules = 0;
    struct ar_rule *r = rule("Orders from $10,000", 1);
    condition(r, AR_ORDER_TOTAL, AR_OP_BETWEEN, DOLLARS(10000), DOLLARS(15000));
    approver_role(r, PURCHASING);

    r = rule("Orders over $15,000", 1);
    condition(r, AR_ORDER_TOTAL, AR_OP_GT, DOLLARS(15000), 0);
    approver_role(r, PURCHASING);
    approver_role(r, FINANCE);
    r->all = 1;

    r = rule("Large orders", 1);
    condition(r, AR_DISTINCT_SKUS, AR_OP_GT, 100, 0);
    condition(r, AR_TOTAL_QUANTITY, AR_OP_GT, 5000, 0);
    r->any = 1;
    approver_role(r, PURCHASING);

    r = rule("Restricted items", 1);
    struct ar_condition *c = &r->conditions[r->n_conditions++];
    memset(c, 0, sizeof *c);
    c->kind = AR_CONTAINS_SKU;
    snprintf(c->sku, sizeof c->sku, "PTL-9000");
    approver_role(r, FINANCE);
}

/* --- Orders and buyers ---------------------------------------------------------- */

static struct order_draft_line lines[200];

static struct order_draft order_of(int64_t total, int n_lines)
{
    struct order_draft o;
    memset(&o, 0, sizeof o);
    for (int i = 0; i < n_lines; i++) {
        memset(&lines[i], 0, sizeof lines[i]);
        snprintf(lines[i].sku, sizeof lines[i].sku, "FAS-%04d", i + 1);
        snprintf(lines[i].name, sizeof lines[i].name, "Hex bolt %d", i + 1);
        lines[i].category_id = 11;
        lines[i].quantity = 1;
    }
    o.lines = lines;
    o.n_lines = n_lines;
    o.total = total;
    o.subtotal = total;
    o.company_id = 1;
    o.buyer_user_id = BEN;
    o.buyer_role_id = BUYER;
    o.buyer_unit_id = CHICAGO;
    snprintf(o.currency, sizeof o.currency, "USD");
    return o;
}

static const int64_t ben_path[] = { CHICAGO, OPERATIONS, ROOT };
static const int64_t derek_path[] = { MAINTENANCE, CHICAGO, OPERATIONS, ROOT };
static const int64_t frank_path[] = { FINANCE_DEPT, CORPORATE, ROOT };

static struct ar_buyer buyer_ben(void)
{
    struct ar_buyer b;
    memset(&b, 0, sizeof b);
    b.user_id = BEN;
    b.role_id = BUYER;
    b.unit_path = ben_path;
    b.n_unit_path = 3;
    return b;
}

static struct ar_result result;

static int evaluate(const struct order_draft *o, const struct ar_buyer *b, const struct ar_limit *limit)
{
    return approval_rules_evaluate(rules, n_rules, o, NULL, 0, b, limit, &result);
}

/* --- The reference scenarios ------------------------------------------------------ */

static void test_below_10000_needs_nothing(void **state)
{
    (void)state;
    reference_rules();
    struct ar_buyer b = buyer_ben();
    struct order_draft o = order_of(999999, 3);   /* $9,999.99 */
    assert_int_equal(evaluate(&o, &b, NULL), 0);
    assert_int_equal(result.refused, 0);
    o.total = 0;
    assert_int_equal(evaluate(&o, &b, NULL), 0);
}

static void test_exactly_10000_needs_purchasing(void **state)
{
    (void)state;
    reference_rules();
    struct ar_buyer b = buyer_ben();
    struct order_draft o = order_of(1000000, 3);  /* $10,000.00 */
    assert_int_equal(evaluate(&o, &b, NULL), 1);
    const struct ar_step *s = &result.steps[0];
    assert_int_equal(s->level, 1);
    assert_int_equal(s->group.kind, AR_GROUP_ROLES);
    assert_int_equal(s->group.n, 1);
    assert_int_equal(s->group.refs[0].id, PURCHASING);
    assert_int_equal(s->rule_id, 1);
    assert_string_equal(s->rule_names, "Orders from $10,000");
    assert_string_equal(s->label, "a Purchasing manager");
    assert_string_equal(s->reason, "the order total $10,000.00 is between $10,000.00 and $15,000.00");
    assert_int_equal(s->from_limit, 0);
}

static void test_12000_needs_purchasing(void **state)
{
    (void)state;
    reference_rules();
    struct ar_buyer b = buyer_ben();
    struct order_draft o = order_of(1200000, 3);
    assert_int_equal(evaluate(&o, &b, NULL), 1);
    assert_string_equal(result.steps[0].label, "a Purchasing manager");
    assert_string_equal(result.steps[0].reason, "the order total $12,000.00 is between $10,000.00 and $15,000.00");
}

static void test_exactly_15000_needs_purchasing_only(void **state)
{
    (void)state;
    reference_rules();
    struct ar_buyer b = buyer_ben();
    struct order_draft o = order_of(1500000, 3);   /* $15,000.00: still "from $10,000 to $15,000" */
    assert_int_equal(evaluate(&o, &b, NULL), 1);
    assert_int_equal(result.steps[0].group.refs[0].id, PURCHASING);
    assert_string_equal(result.steps[0].rule_names, "Orders from $10,000");
}

static void test_over_15000_needs_purchasing_and_finance(void **state)
{
    (void)state;
    reference_rules();
    struct ar_buyer b = buyer_ben();
    struct order_draft o = order_of(1500001, 3);   /* $15,000.01 */
    assert_int_equal(evaluate(&o, &b, NULL), 2);
    assert_int_equal(result.steps[0].group.refs[0].id, PURCHASING);
    assert_int_equal(result.steps[1].group.refs[0].id, FINANCE);
    for (int i = 0; i < 2; i++) {
        assert_int_equal(result.steps[i].level, 1);
        assert_int_equal(result.steps[i].group.n, 1);
        assert_int_equal(result.steps[i].rule_id, 2);
        assert_string_equal(result.steps[i].rule_names, "Orders over $15,000");
        assert_string_equal(result.steps[i].reason, "the order total $15,000.01 is over $15,000.00");
    }
    assert_string_equal(result.steps[0].label, "a Purchasing manager");
    assert_string_equal(result.steps[1].label, "a Finance manager");
}

static void test_more_than_100_skus(void **state)
{
    (void)state;
    reference_rules();
    struct ar_buyer b = buyer_ben();
    struct order_draft o = order_of(DOLLARS(5000), 100);
    assert_int_equal(evaluate(&o, &b, NULL), 0);   /* exactly 100 SKUs: fine */
    o = order_of(DOLLARS(5000), 101);
    assert_int_equal(evaluate(&o, &b, NULL), 1);
    assert_string_equal(result.steps[0].rule_names, "Large orders");
    assert_string_equal(result.steps[0].reason, "the order has 101 SKUs, more than 100");
    assert_string_equal(result.steps[0].label, "a Purchasing manager");
    /* the draft's own count wins when checkout gives it */
    o = order_of(DOLLARS(5000), 2);
    o.distinct_skus = 150;
    assert_int_equal(evaluate(&o, &b, NULL), 1);
    assert_string_equal(result.steps[0].reason, "the order has 150 SKUs, more than 100");
}

static void test_more_than_5000_items(void **state)
{
    (void)state;
    reference_rules();
    struct ar_buyer b = buyer_ben();
    struct order_draft o = order_of(DOLLARS(900), 2);
    lines[0].quantity = 2500;
    lines[1].quantity = 2500;
    assert_int_equal(evaluate(&o, &b, NULL), 0);   /* 5,000 units: not more than 5,000 */
    lines[1].quantity = 2501;
    assert_int_equal(evaluate(&o, &b, NULL), 1);
    assert_string_equal(result.steps[0].reason, "the order has 5,001 units, more than 5,000");
}

static void test_flagged_item_whatever_the_value(void **state)
{
    (void)state;
    reference_rules();
    struct ar_buyer b = buyer_ben();
    struct order_draft o = order_of(500, 2);   /* $5.00 */
    snprintf(lines[1].sku, sizeof lines[1].sku, "PTL-9000");
    snprintf(lines[1].name, sizeof lines[1].name, "Industrial laser level");
    assert_int_equal(evaluate(&o, &b, NULL), 1);
    assert_string_equal(result.steps[0].rule_names, "Restricted items");
    assert_string_equal(result.steps[0].label, "a Finance manager");
    assert_string_equal(result.steps[0].reason, "the order contains PTL-9000 (Industrial laser level)");
    /* SKUs compare without regard to case */
    snprintf(lines[1].sku, sizeof lines[1].sku, "ptl-9000");
    assert_int_equal(evaluate(&o, &b, NULL), 1);
}

static void test_flagged_category_includes_subcategories(void **state)
{
    (void)state;
    n_rules = 0;
    struct ar_rule *r = rule("Power tools", 1);
    struct ar_condition *c = &r->conditions[r->n_conditions++];
    memset(c, 0, sizeof *c);
    c->kind = AR_CONTAINS_CATEGORY;
    c->category_id = 3;
    snprintf(c->category_name, sizeof c->category_name, "Power Tools");
    approver_role(r, FINANCE);
    /* 3 Power Tools > 31 Cordless > 311 Drills; 4 Hand Tools > 41 Wrenches */
    static const struct ar_category cats[] = { { 311, 31 }, { 3, 0 }, { 31, 3 }, { 4, 0 }, { 41, 4 } };
    struct ar_buyer b = buyer_ben();
    struct order_draft o = order_of(1000, 2);
    lines[0].category_id = 41;
    lines[1].category_id = 41;
    assert_int_equal(approval_rules_evaluate(rules, n_rules, &o, cats, 5, &b, NULL, &result), 0);
    lines[1].category_id = 311;
    assert_int_equal(approval_rules_evaluate(rules, n_rules, &o, cats, 5, &b, NULL, &result), 1);
    assert_string_equal(result.steps[0].reason, "the order contains FAS-0002 (Hex bolt 2) from Power Tools");
    lines[1].category_id = 3;
    assert_int_equal(approval_rules_evaluate(rules, n_rules, &o, cats, 5, &b, NULL, &result), 1);
    /* a cycle in bad data ends the walk */
    static const struct ar_category loop[] = { { 41, 42 }, { 42, 41 } };
    lines[1].category_id = 41;
    assert_int_equal(approval_rules_evaluate(rules, n_rules, &o, loop, 2, &b, NULL, &result), 0);
}

/* Buyer A may spend $1,000 a month, buyer B $5,000: above that, the superior. */
static void test_spending_limits(void **state)
{
    (void)state;
    reference_rules();
    struct ar_buyer a = buyer_ben();
    a.spends[0] = (struct ar_spend){ AR_PERIOD_MONTH, 0, DOLLARS(900) };
    a.n_spends = 1;
    struct ar_limit limit_a = { .set = 1, .amount = DOLLARS(1000), .period = AR_PERIOD_MONTH };
    struct order_draft o = order_of(DOLLARS(100), 1);
    assert_int_equal(evaluate(&o, &a, &limit_a), 0);            /* exactly $1,000.00 */
    o.total = DOLLARS(100) + 1;
    assert_int_equal(evaluate(&o, &a, &limit_a), 1);            /* $1,000.01 */
    const struct ar_step *s = &result.steps[0];
    assert_int_equal(s->group.kind, AR_GROUP_SUPERIOR);
    assert_int_equal(s->from_limit, 1);
    assert_int_equal(s->rule_id, 0);
    assert_int_equal(s->level, 1);
    assert_string_equal(s->rule_names, "Spending limit");
    assert_string_equal(s->label, "the buyer's superior");
    assert_string_equal(s->reason,
                        "the buyer's spending limit of $1,000.00 per month is exceeded: $1,000.01 this month with this order");

    struct ar_buyer bb = buyer_ben();
    bb.user_id = DEREK;
    bb.unit_path = derek_path;
    bb.n_unit_path = 4;
    bb.spends[0] = (struct ar_spend){ AR_PERIOD_MONTH, 0, DOLLARS(4999) + 99 };
    bb.n_spends = 1;
    struct ar_limit limit_b = { .set = 1, .amount = DOLLARS(5000), .period = AR_PERIOD_MONTH };
    o.total = 1;
    assert_int_equal(evaluate(&o, &bb, &limit_b), 0);           /* $4,999.99 + $0.01 */
    o.total = 2;
    assert_int_equal(evaluate(&o, &bb, &limit_b), 1);
    assert_int_equal(result.steps[0].group.kind, AR_GROUP_SUPERIOR);
    /* buyer A's $1,000 does not bind buyer B's spend */
    o.total = DOLLARS(3000);
    bb.spends[0].spent = 0;
    assert_int_equal(evaluate(&o, &bb, &limit_b), 0);
    /* no limit: no step */
    assert_int_equal(evaluate(&o, &a, NULL), 0);
}

static void test_limit_refuses_when_the_company_says_so(void **state)
{
    (void)state;
    n_rules = 0;
    struct ar_buyer a = buyer_ben();
    a.spends[0] = (struct ar_spend){ AR_PERIOD_QUARTER, 0, DOLLARS(950) };
    a.n_spends = 1;
    struct ar_limit limit = { .set = 1, .amount = DOLLARS(1000), .period = AR_PERIOD_QUARTER, .refuse = 1 };
    struct order_draft o = order_of(DOLLARS(50), 1);
    assert_int_equal(evaluate(&o, &a, &limit), 0);
    assert_int_equal(result.refused, 0);
    o.total = DOLLARS(60);
    assert_int_equal(evaluate(&o, &a, &limit), 0);
    assert_int_equal(result.refused, 1);
    assert_string_equal(result.refusal,
                        "This order would take your spending this quarter to $1,010.00, over your spending limit of "
                        "$1,000.00 per quarter. Make the order smaller, or ask your administrator to raise the limit.");
}

static void test_limit_merges_with_a_superior_rule(void **state)
{
    (void)state;
    n_rules = 0;
    struct ar_rule *r = rule("Everything over $500", 1);
    condition(r, AR_ORDER_TOTAL, AR_OP_GT, DOLLARS(500), 0);
    r->approver_kind = AR_APPROVER_SUPERIOR;
    struct ar_buyer a = buyer_ben();
    struct ar_limit limit = { .set = 1, .amount = DOLLARS(100), .period = AR_PERIOD_MONTH };
    struct order_draft o = order_of(DOLLARS(600), 1);
    assert_int_equal(evaluate(&o, &a, &limit), 1);
    assert_string_equal(result.steps[0].rule_names, "Everything over $500, Spending limit");
    assert_int_equal(result.steps[0].rule_id, 1);
    assert_int_equal(result.steps[0].from_limit, 1);
    assert_string_equal(result.steps[0].reason,
                        "the order total $600.00 is over $500.00; the buyer's spending limit of $100.00 per month is "
                        "exceeded: $600.00 this month with this order");
}

static void test_period_spend_condition(void **state)
{
    (void)state;
    n_rules = 0;
    struct ar_rule *r = rule("Big spenders", 1);
    struct ar_condition *c = &r->conditions[r->n_conditions++];
    memset(c, 0, sizeof *c);
    c->kind = AR_PERIOD_SPEND;
    c->op = AR_OP_GT;
    c->amount = DOLLARS(20000);
    c->period = AR_PERIOD_ROLLING;
    c->period_days = 30;
    r->approver_kind = AR_APPROVER_SUPERIOR;
    struct ar_buyer b = buyer_ben();
    b.spends[0] = (struct ar_spend){ AR_PERIOD_MONTH, 0, DOLLARS(100000) };   /* another period: ignored */
    b.spends[1] = (struct ar_spend){ AR_PERIOD_ROLLING, 30, DOLLARS(19000) };
    b.n_spends = 2;
    struct order_draft o = order_of(DOLLARS(1000), 1);
    assert_int_equal(evaluate(&o, &b, NULL), 0);   /* $20,000.00: not over */
    o.total = DOLLARS(1000) + 1;
    assert_int_equal(evaluate(&o, &b, NULL), 1);
    assert_string_equal(result.steps[0].reason,
                        "the buyer's spend in the last 30 days with this order, $20,000.01, is over $20,000.00");
    /* the spends it asks the store for: the rule's and the limit's, once each */
    struct ar_limit limit = { .set = 1, .amount = 1, .period = AR_PERIOD_MONTH };
    struct ar_spend needs[4];
    assert_int_equal(approval_rules_spend_needs(rules, n_rules, &limit, needs, 4), 2);
    assert_int_equal(needs[0].period, AR_PERIOD_ROLLING);
    assert_int_equal(needs[0].days, 30);
    assert_int_equal(needs[1].period, AR_PERIOD_MONTH);
    limit.period = AR_PERIOD_ROLLING;
    limit.days = 30;
    assert_int_equal(approval_rules_spend_needs(rules, n_rules, &limit, needs, 4), 1);
    rules[0].active = 0;
    assert_int_equal(approval_rules_spend_needs(rules, n_rules, NULL, needs, 4), 0);
}

static void test_empty_and_inactive_rule_sets(void **state)
{
    (void)state;
    struct ar_buyer b = buyer_ben();
    struct order_draft o = order_of(DOLLARS(1000000), 150);
    n_rules = 0;
    assert_int_equal(evaluate(&o, &b, NULL), 0);
    reference_rules();
    for (int i = 0; i < n_rules; i++) rules[i].active = 0;
    assert_int_equal(evaluate(&o, &b, NULL), 0);
    rules[1].active = 1;
    assert_int_equal(evaluate(&o, &b, NULL), 2);
    /* a rule without conditions never fires */
    n_rules = 0;
    struct ar_rule *r = rule("Nothing", 1);
    approver_role(r, FINANCE);
    assert_int_equal(evaluate(&o, &b, NULL), 0);
}

static void test_and_versus_or(void **state)
{
    (void)state;
    n_rules = 0;
    struct ar_rule *r = rule("Big and wide", 1);
    condition(r, AR_ORDER_TOTAL, AR_OP_GE, DOLLARS(1000), 0);
    condition(r, AR_DISTINCT_SKUS, AR_OP_GE, 3, 0);
    approver_role(r, FINANCE);
    struct ar_buyer b = buyer_ben();
    struct order_draft o = order_of(DOLLARS(1000), 2);
    assert_int_equal(evaluate(&o, &b, NULL), 0);          /* AND: only the total holds */
    o = order_of(DOLLARS(1000), 3);
    assert_int_equal(evaluate(&o, &b, NULL), 1);
    assert_string_equal(result.steps[0].reason, "the order total $1,000.00 is at least $1,000.00 and the order has 3 SKUs, at least 3");
    rules[0].any = 1;
    o = order_of(DOLLARS(1000), 2);
    assert_int_equal(evaluate(&o, &b, NULL), 1);          /* OR: one is enough; only it is the reason */
    assert_string_equal(result.steps[0].reason, "the order total $1,000.00 is at least $1,000.00");
    o = order_of(DOLLARS(999), 2);
    assert_int_equal(evaluate(&o, &b, NULL), 0);
}

static void test_other_operators(void **state)
{
    (void)state;
    n_rules = 0;
    struct ar_rule *r = rule("Small with costly shipping", 1);
    condition(r, AR_ORDER_TOTAL, AR_OP_LT, DOLLARS(100), 0);
    condition(r, AR_SHIPPING_COST, AR_OP_GT, DOLLARS(25), 0);
    approver_role(r, PURCHASING);
    struct ar_buyer b = buyer_ben();
    struct order_draft o = order_of(DOLLARS(99), 1);
    o.shipping = DOLLARS(25);
    assert_int_equal(evaluate(&o, &b, NULL), 0);
    o.shipping = DOLLARS(25) + 1;
    assert_int_equal(evaluate(&o, &b, NULL), 1);
    assert_string_equal(result.steps[0].reason, "the order total $99.00 is under $100.00 and the shipping cost $25.01 is over $25.00");
    o.total = DOLLARS(100);
    assert_int_equal(evaluate(&o, &b, NULL), 0);
    rules[0].conditions[0].op = AR_OP_LE;
    assert_int_equal(evaluate(&o, &b, NULL), 1);
    assert_string_equal(result.steps[0].reason, "the order total $100.00 is at most $100.00 and the shipping cost $25.01 is over $25.00");
}

static void test_overlapping_rules_make_one_step(void **state)
{
    (void)state;
    reference_rules();
    struct ar_buyer b = buyer_ben();
    /* $12,000 with 120 SKUs: two rules ask a Purchasing manager */
    struct order_draft o = order_of(DOLLARS(12000), 120);
    assert_int_equal(evaluate(&o, &b, NULL), 1);
    assert_string_equal(result.steps[0].rule_names, "Orders from $10,000, Large orders");
    assert_int_equal(result.steps[0].rule_id, 1);
    assert_string_equal(result.steps[0].reason,
                        "the order total $12,000.00 is between $10,000.00 and $15,000.00; the order has 120 SKUs, more than 100");
    /* $20,000 with 120 SKUs and the flagged item: Purchasing once, Finance once */
    o = order_of(DOLLARS(20000), 120);
    snprintf(lines[5].sku, sizeof lines[5].sku, "PTL-9000");
    snprintf(lines[5].name, sizeof lines[5].name, "Industrial laser level");
    assert_int_equal(evaluate(&o, &b, NULL), 2);
    assert_int_equal(result.steps[0].group.refs[0].id, PURCHASING);
    assert_string_equal(result.steps[0].rule_names, "Orders over $15,000, Large orders");
    assert_int_equal(result.steps[1].group.refs[0].id, FINANCE);
    assert_string_equal(result.steps[1].rule_names, "Orders over $15,000, Restricted items");
    assert_string_equal(result.steps[1].reason,
                        "the order total $20,000.00 is over $15,000.00; the order contains PTL-9000 (Industrial laser level)");
}

static void test_groups_differ_by_members_and_mode(void **state)
{
    (void)state;
    n_rules = 0;
    struct ar_rule *r = rule("Pair", 1);
    condition(r, AR_ORDER_TOTAL, AR_OP_GT, 0, 0);
    r->approver_kind = AR_APPROVER_MEMBERS;
    ref(r->approvers, &r->n_approvers, FRANK, "Frank Osei");
    ref(r->approvers, &r->n_approvers, PRIYA, "Priya Natarajan");
    r->all = 1;
    r = rule("Same pair, listed the other way", 1);
    condition(r, AR_ORDER_TOTAL, AR_OP_GT, 0, 0);
    r->approver_kind = AR_APPROVER_MEMBERS;
    ref(r->approvers, &r->n_approvers, PRIYA, "Priya Natarajan");
    ref(r->approvers, &r->n_approvers, FRANK, "Frank Osei");
    r->all = 1;
    r = rule("Either of the pair", 1);
    condition(r, AR_ORDER_TOTAL, AR_OP_GT, 0, 0);
    r->approver_kind = AR_APPROVER_MEMBERS;
    ref(r->approvers, &r->n_approvers, PRIYA, "Priya Natarajan");
    ref(r->approvers, &r->n_approvers, FRANK, "Frank Osei");
    r = rule("Frank alone, all", 1);
    condition(r, AR_ORDER_TOTAL, AR_OP_GT, 0, 0);
    r->approver_kind = AR_APPROVER_MEMBERS;
    ref(r->approvers, &r->n_approvers, FRANK, "Frank Osei");
    r->all = 1;
    r = rule("Frank alone", 1);
    condition(r, AR_ORDER_TOTAL, AR_OP_GT, 0, 0);
    r->approver_kind = AR_APPROVER_MEMBERS;
    ref(r->approvers, &r->n_approvers, FRANK, "Frank Osei");
    struct ar_buyer b = buyer_ben();
    struct order_draft o = order_of(100, 1);
    assert_int_equal(evaluate(&o, &b, NULL), 3);
    assert_string_equal(result.steps[0].rule_names, "Pair, Same pair, listed the other way");
    assert_int_equal(result.steps[0].group.all, 1);
    assert_string_equal(result.steps[0].label, "Priya Natarajan and Frank Osei");
    assert_string_equal(result.steps[1].rule_names, "Either of the pair");
    assert_int_equal(result.steps[1].group.all, 0);
    assert_string_equal(result.steps[1].label, "Priya Natarajan or Frank Osei");
    assert_string_equal(result.steps[2].rule_names, "Frank alone, all, Frank alone");
    assert_string_equal(result.steps[2].label, "Frank Osei");
}

static void test_levels(void **state)
{
    (void)state;
    n_rules = 0;
    struct ar_rule *r = rule("Second look", 2);
    condition(r, AR_ORDER_TOTAL, AR_OP_GE, DOLLARS(50000), 0);
    approver_role(r, ADMIN);
    r = rule("First look", 1);
    condition(r, AR_ORDER_TOTAL, AR_OP_GE, DOLLARS(1000), 0);
    approver_role(r, PURCHASING);
    r = rule("Purchasing again at level 2", 2);
    condition(r, AR_ORDER_TOTAL, AR_OP_GE, DOLLARS(1000), 0);
    approver_role(r, PURCHASING);
    struct ar_buyer b = buyer_ben();
    struct order_draft o = order_of(DOLLARS(60000), 1);
    assert_int_equal(evaluate(&o, &b, NULL), 3);
    assert_int_equal(result.steps[0].level, 1);
    assert_string_equal(result.steps[0].rule_names, "First look");
    assert_int_equal(result.steps[1].level, 2);
    assert_string_equal(result.steps[1].rule_names, "Second look");
    assert_string_equal(result.steps[1].label, "an Administrator");
    assert_int_equal(result.steps[2].level, 2);
    assert_string_equal(result.steps[2].rule_names, "Purchasing again at level 2");
}

static void test_applies_to(void **state)
{
    (void)state;
    n_rules = 0;
    struct ar_rule *r = rule("Buyers", 1);
    condition(r, AR_ORDER_TOTAL, AR_OP_GT, 0, 0);
    approver_role(r, FINANCE);
    r->applies_to = AR_APPLIES_ROLES;
    ref(r->targets, &r->n_targets, BUYER, "Buyer");
    struct ar_buyer b = buyer_ben();
    struct order_draft o = order_of(100, 1);
    assert_int_equal(evaluate(&o, &b, NULL), 1);
    b.role_id = VIEWER;
    assert_int_equal(evaluate(&o, &b, NULL), 0);

    /* units: Chicago Plant and every unit below it */
    rules[0].applies_to = AR_APPLIES_UNITS;
    rules[0].n_targets = 0;
    ref(rules[0].targets, &rules[0].n_targets, CHICAGO, "Chicago Plant");
    b = buyer_ben();
    assert_int_equal(evaluate(&o, &b, NULL), 1);             /* Chicago itself */
    b.unit_path = derek_path;
    b.n_unit_path = 4;
    assert_int_equal(evaluate(&o, &b, NULL), 1);             /* Maintenance, below Chicago */
    b.unit_path = frank_path;
    b.n_unit_path = 3;
    assert_int_equal(evaluate(&o, &b, NULL), 0);             /* Finance, elsewhere */
    b.n_unit_path = 0;
    assert_int_equal(evaluate(&o, &b, NULL), 0);             /* no unit */

    /* members */
    rules[0].applies_to = AR_APPLIES_MEMBERS;
    rules[0].n_targets = 0;
    ref(rules[0].targets, &rules[0].n_targets, HOA, "Hoa Nguyen");
    ref(rules[0].targets, &rules[0].n_targets, BEN, "Ben Carter");
    b = buyer_ben();
    assert_int_equal(evaluate(&o, &b, NULL), 1);
    b.user_id = ROSA;
    assert_int_equal(evaluate(&o, &b, NULL), 0);
}

/* --- Summaries ----------------------------------------------------------------------- */

static void test_summaries(void **state)
{
    (void)state;
    reference_rules();
    char s[1024];
    approval_rule_summary(&rules[1], "USD", s, sizeof s);
    assert_string_equal(s, "Orders over $15,000.00 from anyone need approval from a Purchasing manager AND a Finance manager");
    approval_rule_summary(&rules[0], "USD", s, sizeof s);
    assert_string_equal(s, "Orders from $10,000.00 to $15,000.00 from anyone need approval from a Purchasing manager");
    approval_rule_summary(&rules[2], "USD", s, sizeof s);
    assert_string_equal(s, "Orders with more than 100 SKUs or with more than 5,000 units from anyone need approval from a Purchasing manager");
    approval_rule_summary(&rules[3], "USD", s, sizeof s);
    assert_string_equal(s, "Orders containing SKU PTL-9000 from anyone need approval from a Finance manager");

    n_rules = 0;
    struct ar_rule *r = rule("Plant spend", 2);
    condition(r, AR_ORDER_TOTAL, AR_OP_GE, DOLLARS(500), 0);
    struct ar_condition *c = &r->conditions[r->n_conditions++];
    memset(c, 0, sizeof *c);
    c->kind = AR_PERIOD_SPEND;
    c->op = AR_OP_GT;
    c->amount = DOLLARS(2000);
    c->period = AR_PERIOD_ROLLING;
    c->period_days = 30;
    r->applies_to = AR_APPLIES_UNITS;
    ref(r->targets, &r->n_targets, CHICAGO, "Chicago Plant");
    r->approver_kind = AR_APPROVER_SUPERIOR;
    approval_rule_summary(r, "USD", s, sizeof s);
    assert_string_equal(s, "Orders of $500.00 or more and that take the buyer's spend in the last 30 days over $2,000.00 "
                           "from Chicago Plant (and the units below) need approval from the buyer's superior, at level 2 "
                           "(after the level 1 approvals)");

    r = rule("Named", 1);
    condition(r, AR_SHIPPING_COST, AR_OP_LE, DOLLARS(10), 0);
    condition(r, AR_TOTAL_QUANTITY, AR_OP_BETWEEN, 10, 20);
    struct ar_condition *cat = &r->conditions[r->n_conditions++];
    memset(cat, 0, sizeof *cat);
    cat->kind = AR_CONTAINS_CATEGORY;
    cat->category_id = 3;
    snprintf(cat->category_name, sizeof cat->category_name, "Power Tools");
    r->any = 1;
    r->applies_to = AR_APPLIES_ROLES;
    ref(r->targets, &r->n_targets, BUYER, "Buyer");
    ref(r->targets, &r->n_targets, ADMIN, "Administrator");
    r->approver_kind = AR_APPROVER_MEMBERS;
    ref(r->approvers, &r->n_approvers, PRIYA, "Priya Natarajan");
    ref(r->approvers, &r->n_approvers, FRANK, "Frank Osei");
    approval_rule_summary(r, "USD", s, sizeof s);
    assert_string_equal(s, "Orders with shipping of $10.00 or less or with 10 to 20 units or containing any product of "
                           "Power Tools from a Buyer or an Administrator need approval from Priya Natarajan or Frank Osei");
    r->all = 1;
    r->applies_to = AR_APPLIES_MEMBERS;
    r->n_targets = 0;
    ref(r->targets, &r->n_targets, BEN, "Ben Carter");
    ref(r->targets, &r->n_targets, 999, "");
    r->n_conditions = 1;
    approval_rule_summary(r, "USD", s, sizeof s);
    assert_string_equal(s, "Orders with shipping of $10.00 or less from Ben Carter or (former member) need approval "
                           "from Priya Natarajan AND Frank Osei");
}

static void test_rule_checks(void **state)
{
    (void)state;
    reference_rules();
    for (int i = 0; i < n_rules; i++) assert_null(ar_rule_check(&rules[i]));
    struct ar_rule r = rules[0];
    r.name[0] = '\0';
    assert_string_equal(ar_rule_check(&r), "Give the rule a name.");
    r = rules[0];
    r.level = 6;
    assert_string_equal(ar_rule_check(&r), "Choose a level from 1 to 5.");
    r = rules[0];
    r.n_conditions = 0;
    assert_string_equal(ar_rule_check(&r), "Add at least one condition.");
    r = rules[0];
    r.conditions[0].amount = DOLLARS(15000) + 1;    /* between: lower above upper */
    assert_string_equal(ar_rule_check(&r), "The lower end must not be above the upper end.");
    r.conditions[0].amount2 = DOLLARS(15000) + 1;   /* equal ends are fine */
    assert_null(ar_rule_check(&r));
    r.conditions[0].amount = -1;
    assert_string_equal(ar_rule_check(&r), "Amounts cannot be negative.");
    r = rules[0];
    r.conditions[0].op = AR_OP_NONE;
    assert_string_equal(ar_rule_check(&r), "Choose how to compare.");
    r = rules[3];
    r.conditions[0].sku[0] = '\0';
    assert_string_equal(ar_rule_check(&r), "Enter the SKU of a product.");
    r = rules[0];
    r.applies_to = AR_APPLIES_UNITS;
    assert_string_equal(ar_rule_check(&r), "Tick at least one business unit the rule applies to.");
    r = rules[0];
    r.n_approvers = 0;
    assert_string_equal(ar_rule_check(&r), "Tick at least one approving role.");
    r.approver_kind = AR_APPROVER_SUPERIOR;
    assert_null(ar_rule_check(&r));
    struct ar_condition c = { .kind = AR_PERIOD_SPEND, .amount = 100, .period = AR_PERIOD_ROLLING, .period_days = 0 };
    assert_string_equal(ar_condition_check(&c), "Enter the number of days, from 1 to 3660.");
    c.period_days = 3660;
    assert_null(ar_condition_check(&c));
    c.period = AR_PERIOD_NONE;
    assert_string_equal(ar_condition_check(&c), "Choose a period.");
}

/* --- Who approves -------------------------------------------------------------------- */

static struct ar_member members[] = {
    { ALICIA, "Alicia Moreno", "admin@acme.test", ADMIN, ROOT },
    { PRIYA, "Priya Natarajan", "purchasing@acme.test", PURCHASING, PURCHASING_DEPT },
    { FRANK, "Frank Osei", "finance@acme.test", FINANCE, FINANCE_DEPT },
    { BEN, "Ben Carter", "buyer@acme.test", BUYER, CHICAGO },
    { DEREK, "Derek Kowalski", "d.kowalski@acme.test", BUYER, MAINTENANCE },
    { HOA, "Hoa Nguyen", "h.nguyen@acme.test", BUYER, SHIPPING },
    { ROSA, "Rosa Alvarez", "r.alvarez@acme.test", BUYER, HOUSTON },
    { TAMARA, "Tamara Washington", "t.washington@acme.test", VIEWER, CHICAGO },
};

static struct ar_unit units[] = {
    { ROOT, 0, ALICIA, "Acme Industrial Supply" },
    { OPERATIONS, ROOT, PRIYA, "Operations" },
    { CORPORATE, ROOT, FRANK, "Corporate" },
    { CHICAGO, OPERATIONS, TAMARA, "Chicago Plant" },
    { HOUSTON, OPERATIONS, 0, "Houston Plant" },
    { MAINTENANCE, CHICAGO, DEREK, "Maintenance" },
    { SHIPPING, HOUSTON, HOA, "Shipping & Receiving" },
    { FINANCE_DEPT, CORPORATE, FRANK, "Finance" },
    { PURCHASING_DEPT, CORPORATE, PRIYA, "Purchasing" },
};

static struct ar_directory directory(void)
{
    struct ar_directory d = { members, 8, units, 9, NULL, 0 };
    return d;
}

static struct ar_step role_step(int64_t role)
{
    struct ar_step s;
    memset(&s, 0, sizeof s);
    s.level = 1;
    s.group.kind = AR_GROUP_ROLES;
    s.group.refs[0].id = role;
    snprintf(s.group.refs[0].name, sizeof s.group.refs[0].name, "%s", role_name(role));
    s.group.n = 1;
    snprintf(s.label, sizeof s.label, "%s %s", role == ADMIN ? "an" : "a", role_name(role));
    return s;
}

static struct ar_resolved resolved;

static void test_superior_walks_up(void **state)
{
    (void)state;
    struct ar_directory d = directory();
    const struct ar_unit *u = NULL;
    assert_int_equal(ar_superior(&d, CHICAGO, BEN, &u), TAMARA);
    assert_string_equal(u->name, "Chicago Plant");
    /* Derek manages Maintenance himself: his superior is Chicago's manager */
    assert_int_equal(ar_superior(&d, MAINTENANCE, DEREK, &u), TAMARA);
    /* Houston has no manager: Operations' */
    assert_int_equal(ar_superior(&d, HOUSTON, ROSA, &u), PRIYA);
    assert_string_equal(u->name, "Operations");
    assert_int_equal(ar_superior(&d, SHIPPING, HOA, NULL), PRIYA);
    /* the top of the tree has nobody above */
    assert_int_equal(ar_superior(&d, ROOT, ALICIA, &u), 0);
    assert_null(u);
    assert_int_equal(ar_superior(&d, 0, BEN, NULL), 0);
    /* a manager who is no longer an active member is skipped */
    d.n_members = 7;   /* without Tamara */
    assert_int_equal(ar_superior(&d, CHICAGO, BEN, &u), PRIYA);
}

static void test_resolve_role_and_superior(void **state)
{
    (void)state;
    struct ar_directory d = directory();
    struct ar_step s = role_step(PURCHASING);
    assert_int_equal(approval_rules_resolve(&s, BEN, CHICAGO, "Ben Carter", &d, &resolved), 1);
    assert_int_equal(resolved.approvers[0].user_id, PRIYA);
    assert_int_equal(resolved.approvers[0].via, AR_VIA_ROLE);
    assert_string_equal(resolved.label, "a Purchasing manager");
    assert_string_equal(resolved.note, "");

    s = role_step(BUYER);   /* every Buyer but the one who ordered */
    assert_int_equal(approval_rules_resolve(&s, BEN, CHICAGO, "Ben Carter", &d, &resolved), 3);
    for (int i = 0; i < 3; i++) assert_int_not_equal(resolved.approvers[i].user_id, BEN);
    assert_int_equal(resolved.all, 0);

    memset(&s, 0, sizeof s);
    s.group.kind = AR_GROUP_SUPERIOR;
    snprintf(s.label, sizeof s.label, "the buyer's superior");
    assert_int_equal(approval_rules_resolve(&s, BEN, CHICAGO, "Ben Carter", &d, &resolved), 1);
    assert_int_equal(resolved.approvers[0].user_id, TAMARA);
    assert_int_equal(resolved.approvers[0].via, AR_VIA_SUPERIOR);
    assert_string_equal(resolved.label, "Tamara Washington (superior)");
    assert_int_equal(approval_rules_resolve(&s, ROSA, HOUSTON, "Rosa Alvarez", &d, &resolved), 1);
    assert_int_equal(resolved.approvers[0].user_id, PRIYA);
}

/* The buyer is the only approver: the next superior takes the step. */
static void test_only_approver_goes_to_superior(void **state)
{
    (void)state;
    struct ar_directory d = directory();
    struct ar_step s = role_step(PURCHASING);
    assert_int_equal(approval_rules_resolve(&s, PRIYA, PURCHASING_DEPT, "Priya Natarajan", &d, &resolved), 1);
    assert_int_equal(resolved.approvers[0].user_id, FRANK);   /* Purchasing is Priya's own; Corporate: Frank */
    assert_int_equal(resolved.approvers[0].via, AR_VIA_SUPERIOR);
    assert_string_equal(resolved.label, "a Purchasing manager");
    assert_string_equal(resolved.note,
                        "Priya Natarajan placed the order and is the only approver: it goes to Frank Osei, manager of Corporate.");
    assert_string_equal(resolved.note_you, "You are the only approver: this goes to Frank Osei, manager of Corporate.");
}

/* ... and without a superior, the company's administrators. */
static void test_only_approver_without_superior_goes_to_administrator(void **state)
{
    (void)state;
    struct ar_directory d = directory();
    units[0].manager_user_id = 0;   /* nobody manages the company itself */
    struct ar_step s = role_step(FINANCE);
    int n = approval_rules_resolve(&s, FRANK, FINANCE_DEPT, "Frank Osei", &d, &resolved);
    units[0].manager_user_id = ALICIA;
    assert_int_equal(n, 1);
    assert_int_equal(resolved.approvers[0].user_id, ALICIA);
    assert_int_equal(resolved.approvers[0].via, AR_VIA_ADMINISTRATOR);
    assert_string_equal(resolved.note, "Frank Osei placed the order and is the only approver: it goes to the company "
                                       "administrator Alicia Moreno.");
    assert_string_equal(resolved.note_you, "You are the only approver: this goes to the company administrator Alicia Moreno.");

    /* the administrator orders; nobody above and no other administrator: nobody can be asked */
    memset(&s, 0, sizeof s);
    s.group.kind = AR_GROUP_SUPERIOR;
    snprintf(s.label, sizeof s.label, "the buyer's superior");
    assert_int_equal(approval_rules_resolve(&s, ALICIA, ROOT, "Alicia Moreno", &d, &resolved), 0);
    assert_string_equal(resolved.note_you, "You have no superior in the business units, and nobody else can approve "
                                           "it: this approval is skipped.");
    /* with a second administrator, it goes to them */
    members[7].role_id = ADMIN;     /* Tamara */
    n = approval_rules_resolve(&s, ALICIA, ROOT, "Alicia Moreno", &d, &resolved);
    members[7].role_id = VIEWER;
    assert_int_equal(n, 1);
    assert_int_equal(resolved.approvers[0].user_id, TAMARA);
    assert_string_equal(resolved.note, "Alicia Moreno has no superior in the business units: it goes to the company "
                                       "administrator Tamara Washington.");
}

static void test_role_nobody_holds(void **state)
{
    (void)state;
    struct ar_directory d = directory();
    d.n_members = 2;   /* Alicia and Priya only: no Finance manager */
    struct ar_step s = role_step(FINANCE);
    assert_int_equal(approval_rules_resolve(&s, PRIYA, PURCHASING_DEPT, "Priya Natarajan", &d, &resolved), 1);
    assert_int_equal(resolved.approvers[0].user_id, ALICIA);   /* Priya's superior walk: Corporate's Frank is gone, root: Alicia */
    assert_int_equal(resolved.approvers[0].via, AR_VIA_SUPERIOR);
    assert_string_equal(resolved.note, "Nobody can approve as a Finance manager: it goes to Alicia Moreno, manager of "
                                       "Acme Industrial Supply.");
}

static void test_all_members_without_the_buyer(void **state)
{
    (void)state;
    struct ar_directory d = directory();
    struct ar_step s;
    memset(&s, 0, sizeof s);
    s.group.kind = AR_GROUP_MEMBERS;
    s.group.all = 1;
    s.group.n = 3;
    s.group.refs[0].id = PRIYA;
    s.group.refs[1].id = FRANK;
    s.group.refs[2].id = BEN;
    snprintf(s.label, sizeof s.label, "Priya Natarajan, Frank Osei and Ben Carter");
    assert_int_equal(approval_rules_resolve(&s, BEN, CHICAGO, "Ben Carter", &d, &resolved), 2);
    assert_int_equal(resolved.approvers[0].user_id, PRIYA);
    assert_int_equal(resolved.approvers[1].user_id, FRANK);
    assert_int_equal(resolved.approvers[0].via, AR_VIA_MEMBER);
    assert_int_equal(resolved.all, 1);
    assert_string_equal(resolved.note_you, "You cannot approve your own order: the other approvers must all approve.");
    /* someone else ordering: all three */
    assert_int_equal(approval_rules_resolve(&s, ROSA, HOUSTON, "Rosa Alvarez", &d, &resolved), 3);
    assert_string_equal(resolved.note, "");
    /* a named member who left is not asked */
    d.n_members = 3;   /* Ben is gone */
    assert_int_equal(approval_rules_resolve(&s, ROSA, HOUSTON, "Rosa Alvarez", &d, &resolved), 2);
}

static void test_delegates(void **state)
{
    (void)state;
    struct ar_delegation del[] = { { PRIYA, DEREK }, { FRANK, BEN }, { TAMARA, 9999 } };
    struct ar_directory d = directory();
    d.delegations = del;
    d.n_delegations = 3;
    struct ar_step s = role_step(PURCHASING);
    assert_int_equal(approval_rules_resolve(&s, BEN, CHICAGO, "Ben Carter", &d, &resolved), 2);
    assert_int_equal(resolved.approvers[0].user_id, PRIYA);
    assert_int_equal(resolved.approvers[1].user_id, DEREK);
    assert_int_equal(resolved.approvers[1].via, AR_VIA_DELEGATE);
    assert_int_equal(resolved.approvers[1].on_behalf_of, PRIYA);
    /* Frank's delegate is the buyer himself: not asked */
    s = role_step(FINANCE);
    assert_int_equal(approval_rules_resolve(&s, BEN, CHICAGO, "Ben Carter", &d, &resolved), 1);
    assert_int_equal(resolved.approvers[0].user_id, FRANK);
    /* a delegate who is not an active member is not asked */
    memset(&s, 0, sizeof s);
    s.group.kind = AR_GROUP_SUPERIOR;
    assert_int_equal(approval_rules_resolve(&s, BEN, CHICAGO, "Ben Carter", &d, &resolved), 1);
    assert_int_equal(resolved.approvers[0].user_id, TAMARA);
}

/* --- Periods and numbers ------------------------------------------------------------- */

static void test_period_starts(void **state)
{
    (void)state;
    const int64_t now = 1779883200;   /* 2026-05-27 12:00:00 UTC */
    assert_int_equal(ar_period_start(AR_PERIOD_MONTH, 0, now), 1777593600);     /* 2026-05-01 */
    assert_int_equal(ar_period_start(AR_PERIOD_QUARTER, 0, now), 1775001600);   /* 2026-04-01 */
    assert_int_equal(ar_period_start(AR_PERIOD_YEAR, 0, now), 1767225600);      /* 2026-01-01 */
    assert_int_equal(ar_period_start(AR_PERIOD_ROLLING, 30, now), now - 30 * 86400);
    assert_int_equal(ar_period_start(AR_PERIOD_MONTH, 0, 1767225600), 1767225600);   /* the first second */
    assert_int_equal(ar_period_start(AR_PERIOD_QUARTER, 0, 1767225599), 1759276800); /* 2025-12-31 23:59:59 -> Oct 1 */
    assert_int_equal(ar_period_start(AR_PERIOD_MONTH, 0, 1709208000), 1706745600);   /* 2024-02-29 12:00 -> Feb 1 */
    char s[64];
    ar_period_phrase(AR_PERIOD_ROLLING, 30, s, sizeof s);
    assert_string_equal(s, "in the last 30 days");
    ar_period_per(AR_PERIOD_ROLLING, 7, s, sizeof s);
    assert_string_equal(s, "per 7 days");
    ar_period_per(AR_PERIOD_MONTH, 0, s, sizeof s);
    assert_string_equal(s, "per month");
}

static void test_money_and_counts(void **state)
{
    (void)state;
    /* Amounts: the money grammar, tests/unit/base/test_money.c. */
    int64_t v = -1;
    assert_int_equal(ar_count_parse("1,000", &v), 0);
    assert_int_equal(v, 1000);
    assert_int_equal(ar_count_parse("100", &v), 0);
    assert_int_equal(v, 100);
    assert_int_equal(ar_count_parse("1.5", &v), -1);
    assert_int_equal(ar_count_parse("-1", &v), -1);
    assert_int_equal(ar_count_parse("", &v), -1);
}

static void test_names_round_trip(void **state)
{
    (void)state;
    enum ar_kind k;
    for (int i = 0; i < AR_KIND_COUNT; i++) {
        assert_int_equal(ar_kind_parse(ar_kind_name((enum ar_kind)i), &k), 0);
        assert_int_equal(k, i);
    }
    assert_int_equal(ar_kind_parse("order_totals", &k), -1);
    enum ar_op op;
    assert_int_equal(ar_op_parse("between", &op), 0);
    assert_int_equal(op, AR_OP_BETWEEN);
    assert_int_equal(ar_op_parse("eq", &op), -1);
    enum ar_period p;
    assert_int_equal(ar_period_parse("rolling", &p), 0);
    assert_int_equal(p, AR_PERIOD_ROLLING);
    enum ar_applies a;
    assert_int_equal(ar_applies_parse("units", &a), 0);
    assert_int_equal(a, AR_APPLIES_UNITS);
    enum ar_approver_kind ak;
    assert_int_equal(ar_approver_kind_parse("superior", &ak), 0);
    assert_int_equal(ak, AR_APPROVER_SUPERIOR);
    assert_int_equal(ar_approver_kind_parse(NULL, &ak), -1);
    assert_string_equal(ar_via_name(AR_VIA_DELEGATE), "delegate");
}

/* Long names are cut at a character, never in the middle of one. */
static void test_names_cut_at_characters(void **state)
{
    (void)state;
    char out[8];
    utf8_copy(out, 5, "Caf\xc3\xa9s");
    assert_string_equal(out, "Caf");
    utf8_copy(out, 6, "Caf\xc3\xa9s");
    assert_string_equal(out, "Caf\xc3\xa9");
    utf8_copy(out, sizeof out, "short");
    assert_string_equal(out, "short");
    /* many merged rule names with accents fill rule_names without a broken character */
    n_rules = 0;
    for (int i = 0; i < 8; i++) {
        char name[64];
        snprintf(name, sizeof name, "R\xc3\xa8gle d'achat num\xc3\xa9ro %d \xe2\x80\x94 longue", i);
        struct ar_rule *r = rule(name, 1);
        condition(r, AR_ORDER_TOTAL, AR_OP_GT, 0, 0);
        approver_role(r, PURCHASING);
    }
    struct ar_buyer b = buyer_ben();
    struct order_draft o = order_of(100, 1);
    assert_int_equal(evaluate(&o, &b, NULL), 1);
    const char *names = result.steps[0].rule_names;
    size_t len = strlen(names);
    assert_true(len > 200 && len < AR_LABEL_MAX);
    size_t i = 0;
    while (i < len) {   /* every sequence complete */
        unsigned char c = (unsigned char)names[i];
        size_t want = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        assert_true(i + want <= len);
        for (size_t k = 1; k < want; k++) assert_int_equal((unsigned char)names[i + k] & 0xC0, 0x80);
        i += want;
    }
}

/* The editor shows and reads only the parts a condition's kind uses. */
static void test_condition_parts(void **state)
{
    (void)state;
    const unsigned compare = AR_PART_OP | AR_PART_AMOUNT;
    assert_int_equal(ar_condition_parts(AR_ORDER_TOTAL, AR_OP_GT, AR_PERIOD_NONE), compare);
    assert_int_equal(ar_condition_parts(AR_ORDER_TOTAL, AR_OP_BETWEEN, AR_PERIOD_NONE), compare | AR_PART_AMOUNT2);
    assert_int_equal(ar_condition_parts(AR_SHIPPING_COST, AR_OP_NONE, AR_PERIOD_ROLLING), compare);
    assert_int_equal(ar_condition_parts(AR_DISTINCT_SKUS, AR_OP_LE, AR_PERIOD_NONE), compare);
    assert_int_equal(ar_condition_parts(AR_TOTAL_QUANTITY, AR_OP_BETWEEN, AR_PERIOD_NONE), compare | AR_PART_AMOUNT2);
    assert_int_equal(ar_condition_parts(AR_CONTAINS_SKU, AR_OP_BETWEEN, AR_PERIOD_ROLLING), AR_PART_SKU);
    assert_int_equal(ar_condition_parts(AR_CONTAINS_CATEGORY, AR_OP_GT, AR_PERIOD_MONTH), AR_PART_CATEGORY);
    assert_int_equal(ar_condition_parts(AR_PERIOD_SPEND, AR_OP_BETWEEN, AR_PERIOD_MONTH), AR_PART_AMOUNT | AR_PART_PERIOD);
    assert_int_equal(ar_condition_parts(AR_PERIOD_SPEND, AR_OP_NONE, AR_PERIOD_ROLLING),
                     AR_PART_AMOUNT | AR_PART_PERIOD | AR_PART_DAYS);
    assert_int_equal(ar_condition_parts(AR_KIND_COUNT, AR_OP_GT, AR_PERIOD_MONTH), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_below_10000_needs_nothing),
        cmocka_unit_test(test_exactly_10000_needs_purchasing),
        cmocka_unit_test(test_12000_needs_purchasing),
        cmocka_unit_test(test_exactly_15000_needs_purchasing_only),
        cmocka_unit_test(test_over_15000_needs_purchasing_and_finance),
        cmocka_unit_test(test_more_than_100_skus),
        cmocka_unit_test(test_more_than_5000_items),
        cmocka_unit_test(test_flagged_item_whatever_the_value),
        cmocka_unit_test(test_flagged_category_includes_subcategories),
        cmocka_unit_test(test_spending_limits),
        cmocka_unit_test(test_limit_refuses_when_the_company_says_so),
        cmocka_unit_test(test_limit_merges_with_a_superior_rule),
        cmocka_unit_test(test_period_spend_condition),
        cmocka_unit_test(test_empty_and_inactive_rule_sets),
        cmocka_unit_test(test_and_versus_or),
        cmocka_unit_test(test_other_operators),
        cmocka_unit_test(test_overlapping_rules_make_one_step),
        cmocka_unit_test(test_groups_differ_by_members_and_mode),
        cmocka_unit_test(test_levels),
        cmocka_unit_test(test_applies_to),
        cmocka_unit_test(test_summaries),
        cmocka_unit_test(test_rule_checks),
        cmocka_unit_test(test_superior_walks_up),
        cmocka_unit_test(test_resolve_role_and_superior),
        cmocka_unit_test(test_only_approver_goes_to_superior),
        cmocka_unit_test(test_only_approver_without_superior_goes_to_administrator),
        cmocka_unit_test(test_role_nobody_holds),
        cmocka_unit_test(test_all_members_without_the_buyer),
        cmocka_unit_test(test_delegates),
        cmocka_unit_test(test_period_starts),
        cmocka_unit_test(test_money_and_counts),
        cmocka_unit_test(test_names_round_trip),
        cmocka_unit_test(test_names_cut_at_characters),
        cmocka_unit_test(test_condition_parts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
