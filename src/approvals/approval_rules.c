/* The words of an approval rule (approval_rules.h): the database's names
 * for kinds, comparisons, periods, targets and approvers, the parts of a
 * condition, periods, the checks that need no database, and money and
 * counts as typed. Pure: no SQL, no I/O. What a rule does is in
 * approval_rules_evaluate.c, who approves in approval_rules_resolve.c,
 * the summaries in approval_rules_summary.c. */
#include "approvals/approval_rules.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "base/civil_date.h"

/* --- Names --------------------------------------------------------------- */

static const char *const kind_names[AR_KIND_COUNT] = {
    "order_total", "distinct_skus", "total_quantity", "shipping_cost", "contains_sku", "contains_category",
    "period_spend",
};
static const char *const op_names[AR_OP_COUNT] = { "", "gt", "ge", "lt", "le", "between" };
const char *const ar_period_names[AR_PERIOD_COUNT + 1] = { "", "month", "quarter", "year", "rolling", NULL };
const char *const ar_applies_names[AR_APPLIES_COUNT + 1] = { "everyone", "roles", "units", "members", NULL };
const char *const ar_approver_kind_names[AR_APPROVER_COUNT + 1] = { "role", "members", "superior", NULL };

static int parse_name(const char *const *names, int n, const char *s, int *out)
{
    if (!s) return -1;
    for (int i = 0; i < n; i++)
        if (strcmp(names[i], s) == 0) {
            *out = i;
            return 0;
        }
    return -1;
}

#define NAME_OF(table, count, v) ((int)(v) >= 0 && (int)(v) < (count) ? (table)[(v)] : "")

const char *ar_kind_name(enum ar_kind k) { return NAME_OF(kind_names, AR_KIND_COUNT, k); }
const char *ar_op_name(enum ar_op op) { return NAME_OF(op_names, AR_OP_COUNT, op); }
const char *ar_period_name(enum ar_period p) { return NAME_OF(ar_period_names, AR_PERIOD_COUNT, p); }
const char *ar_applies_name(enum ar_applies a) { return NAME_OF(ar_applies_names, AR_APPLIES_COUNT, a); }
const char *ar_approver_kind_name(enum ar_approver_kind k)
{
    return NAME_OF(ar_approver_kind_names, AR_APPROVER_COUNT, k);
}

int ar_kind_parse(const char *s, enum ar_kind *out)
{
    int v;
    if (parse_name(kind_names, AR_KIND_COUNT, s, &v) != 0) return -1;
    *out = (enum ar_kind)v;
    return 0;
}

int ar_op_parse(const char *s, enum ar_op *out)
{
    int v;
    if (parse_name(op_names, AR_OP_COUNT, s, &v) != 0) return -1;
    *out = (enum ar_op)v;
    return 0;
}

int ar_period_parse(const char *s, enum ar_period *out)
{
    int v;
    if (parse_name(ar_period_names, AR_PERIOD_COUNT, s, &v) != 0) return -1;
    *out = (enum ar_period)v;
    return 0;
}

int ar_applies_parse(const char *s, enum ar_applies *out)
{
    int v;
    if (parse_name(ar_applies_names, AR_APPLIES_COUNT, s, &v) != 0) return -1;
    *out = (enum ar_applies)v;
    return 0;
}

int ar_approver_kind_parse(const char *s, enum ar_approver_kind *out)
{
    int v;
    if (parse_name(ar_approver_kind_names, AR_APPROVER_COUNT, s, &v) != 0) return -1;
    *out = (enum ar_approver_kind)v;
    return 0;
}

int ar_kind_is_money(enum ar_kind k)
{
    return k == AR_ORDER_TOTAL || k == AR_SHIPPING_COST || k == AR_PERIOD_SPEND;
}

int ar_kind_has_op(enum ar_kind k)
{
    return k == AR_ORDER_TOTAL || k == AR_SHIPPING_COST || k == AR_DISTINCT_SKUS || k == AR_TOTAL_QUANTITY;
}

unsigned ar_condition_parts(enum ar_kind kind, enum ar_op op, enum ar_period period)
{
    if (ar_kind_has_op(kind)) return AR_PART_OP | AR_PART_AMOUNT | (op == AR_OP_BETWEEN ? AR_PART_AMOUNT2 : 0u);
    switch (kind) {
    case AR_CONTAINS_SKU: return AR_PART_SKU;
    case AR_CONTAINS_CATEGORY: return AR_PART_CATEGORY;
    case AR_PERIOD_SPEND: return AR_PART_AMOUNT | AR_PART_PERIOD | (period == AR_PERIOD_ROLLING ? AR_PART_DAYS : 0u);
    default: return 0;
    }
}

const char *ar_via_name(enum ar_via via)
{
    switch (via) {
    case AR_VIA_ROLE: return "role";
    case AR_VIA_MEMBER: return "member";
    case AR_VIA_SUPERIOR: return "superior";
    case AR_VIA_ADMINISTRATOR: return "administrator";
    case AR_VIA_DELEGATE: return "delegate";
    }
    return "role";
}

/* --- Periods ------------------------------------------------------------------ */

int64_t ar_period_start(enum ar_period period, int days, int64_t now)
{
    int64_t day = now >= 0 ? now / 86400 : -((-now + 86399) / 86400);
    struct civil_date c = civil_date_from_days(day);
    switch (period) {
    case AR_PERIOD_MONTH: return civil_days_from_date(c.year, c.month, 1) * 86400;
    case AR_PERIOD_QUARTER: return civil_days_from_date(c.year, ((c.month - 1) / 3) * 3 + 1, 1) * 86400;
    case AR_PERIOD_YEAR: return civil_days_from_date(c.year, 1, 1) * 86400;
    case AR_PERIOD_ROLLING: return now - (int64_t)(days > 0 ? days : 0) * 86400;
    default: return now;
    }
}

void ar_period_phrase(enum ar_period period, int days, char *out, size_t size)
{
    switch (period) {
    case AR_PERIOD_MONTH: snprintf(out, size, "this month"); break;
    case AR_PERIOD_QUARTER: snprintf(out, size, "this quarter"); break;
    case AR_PERIOD_YEAR: snprintf(out, size, "this year"); break;
    case AR_PERIOD_ROLLING:
        if (days == 1) snprintf(out, size, "in the last day");
        else snprintf(out, size, "in the last %d days", days);
        break;
    default: snprintf(out, size, "in the period"); break;
    }
}

void ar_period_per(enum ar_period period, int days, char *out, size_t size)
{
    switch (period) {
    case AR_PERIOD_MONTH: snprintf(out, size, "per month"); break;
    case AR_PERIOD_QUARTER: snprintf(out, size, "per quarter"); break;
    case AR_PERIOD_YEAR: snprintf(out, size, "per year"); break;
    case AR_PERIOD_ROLLING:
        if (days == 1) snprintf(out, size, "per day");
        else snprintf(out, size, "per %d days", days);
        break;
    default: snprintf(out, size, "per period"); break;
    }
}

/* --- Checks and parsing ------------------------------------------------------------ */

const char *ar_condition_check(const struct ar_condition *c)
{
    if ((int)c->kind < 0 || c->kind >= AR_KIND_COUNT) return "Choose what the condition looks at.";
    if (ar_kind_has_op(c->kind)) {
        if (c->op <= AR_OP_NONE || c->op >= AR_OP_COUNT) return "Choose how to compare.";
        if (c->amount < 0 || c->amount2 < 0) return "Amounts cannot be negative.";
        if (c->op == AR_OP_BETWEEN && c->amount > c->amount2)
            return "The lower end must not be above the upper end.";
        return NULL;
    }
    switch (c->kind) {
    case AR_CONTAINS_SKU: return c->sku[0] ? NULL : "Enter the SKU of a product.";
    case AR_CONTAINS_CATEGORY: return c->category_id > 0 ? NULL : "Choose a category.";
    case AR_PERIOD_SPEND:
        if (c->amount < 0) return "Amounts cannot be negative.";
        if (c->period <= AR_PERIOD_NONE || c->period >= AR_PERIOD_COUNT) return "Choose a period.";
        if (c->period == AR_PERIOD_ROLLING && (c->period_days < 1 || c->period_days > AR_DAYS_MAX))
            return "Enter the number of days, from 1 to 3660.";
        return NULL;
    default: return NULL;
    }
}

const char *ar_rule_check(const struct ar_rule *rule)
{
    if (!rule->name[0]) return "Give the rule a name.";
    if (rule->level < 1 || rule->level > AR_LEVEL_MAX) return "Choose a level from 1 to 5.";
    if (rule->n_conditions < 1) return "Add at least one condition.";
    for (int i = 0; i < rule->n_conditions && i < AR_CONDITIONS_MAX; i++) {
        const char *m = ar_condition_check(&rule->conditions[i]);
        if (m) return m;
    }
    if (rule->applies_to != AR_APPLIES_EVERYONE && rule->n_targets < 1) {
        switch (rule->applies_to) {
        case AR_APPLIES_ROLES: return "Tick at least one role the rule applies to.";
        case AR_APPLIES_UNITS: return "Tick at least one business unit the rule applies to.";
        default: return "Tick at least one member the rule applies to.";
        }
    }
    if (rule->approver_kind == AR_APPROVER_ROLE && rule->n_approvers < 1) return "Tick at least one approving role.";
    if (rule->approver_kind == AR_APPROVER_MEMBERS && rule->n_approvers < 1) return "Tick at least one approver.";
    return NULL;
}


int ar_count_parse(const char *text, int64_t *out)
{
    const char *p = text;
    while (*p == ' ' || *p == '\t') p++;
    int64_t v = 0;
    int digits = 0;
    for (; *p; p++) {
        if (isdigit((unsigned char)*p)) {
            if (v > 100000000000LL) return -1;
            v = v * 10 + (*p - '0');
            digits++;
        } else if (*p == ',' && digits > 0) {
            continue;
        } else {
            break;
        }
    }
    while (*p == ' ' || *p == '\t') p++;
    if (*p || digits == 0 || v > 1000000000000LL) return -1;
    *out = v;
    return 0;
}

