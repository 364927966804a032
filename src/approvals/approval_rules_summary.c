/* A rule in plain language (approval_rule_summary): its conditions, whom it
 * applies to and who approves, as the rules pages, the audit log and the
 * back office show it. Pure: no SQL, no I/O. */
#include "approvals/approval_rules.h"

#include <stdio.h>

#include "approvals/approval_rules_text.h"

static void op_phrase_money(enum ar_op op, const char *a, const char *b, char *out, size_t size)
{
    switch (op) {
    case AR_OP_GT: snprintf(out, size, "over %s", a); break;
    case AR_OP_GE: snprintf(out, size, "of %s or more", a); break;
    case AR_OP_LT: snprintf(out, size, "under %s", a); break;
    case AR_OP_LE: snprintf(out, size, "of %s or less", a); break;
    case AR_OP_BETWEEN: snprintf(out, size, "from %s to %s", a, b); break;
    default: snprintf(out, size, "(no comparison)"); break;
    }
}

static void op_phrase_count(enum ar_op op, int64_t a, int64_t b, const char *one, const char *many, char *out,
                            size_t size)
{
    char ta[32], tb[32];
    ar_count_text(a, ta, sizeof ta);
    ar_count_text(b, tb, sizeof tb);
    switch (op) {
    case AR_OP_GT: snprintf(out, size, "with more than %s %s", ta, a == 1 ? one : many); break;
    case AR_OP_GE: snprintf(out, size, "with %s %s or more", ta, a == 1 ? one : many); break;
    case AR_OP_LT: snprintf(out, size, "with fewer than %s %s", ta, a == 1 ? one : many); break;
    case AR_OP_LE: snprintf(out, size, "with %s %s or fewer", ta, a == 1 ? one : many); break;
    case AR_OP_BETWEEN: snprintf(out, size, "with %s to %s %s", ta, tb, many); break;
    default: snprintf(out, size, "(no comparison)"); break;
    }
}

void ar_condition_phrase(const struct ar_condition *c, const char *currency, char *out, size_t size)
{
    char a[48], b[48], cmp[160], period[48];
    ar_money(c->amount, currency, a, sizeof a);
    ar_money(c->amount2, currency, b, sizeof b);
    switch (c->kind) {
    case AR_ORDER_TOTAL: op_phrase_money(c->op, a, b, out, size); break;
    case AR_SHIPPING_COST:
        op_phrase_money(c->op, a, b, cmp, sizeof cmp);
        snprintf(out, size, "with shipping %s", cmp);
        break;
    case AR_DISTINCT_SKUS: op_phrase_count(c->op, c->amount, c->amount2, "SKU", "SKUs", out, size); break;
    case AR_TOTAL_QUANTITY: op_phrase_count(c->op, c->amount, c->amount2, "unit", "units", out, size); break;
    case AR_CONTAINS_SKU: snprintf(out, size, "containing SKU %s", c->sku); break;
    case AR_CONTAINS_CATEGORY:
        snprintf(out, size, "containing any product of %s", c->category_name[0] ? c->category_name : "(deleted category)");
        break;
    case AR_PERIOD_SPEND:
        ar_period_phrase(c->period, c->period_days, period, sizeof period);
        snprintf(out, size, "that take the buyer's spend %s over %s", period, a);
        break;
    default: snprintf(out, size, "(unknown condition)"); break;
    }
}

void approval_rule_approvers_phrase(const struct ar_rule *rule, char *out, size_t size)
{
    out[0] = '\0';
    int n = rule->n_approvers < AR_APPROVERS_MAX ? rule->n_approvers : AR_APPROVERS_MAX;
    switch (rule->approver_kind) {
    case AR_APPROVER_ROLE:
        ar_join_refs(rule->approvers, n, rule->all ? " AND " : " or ", 1, "(deleted role)", out, size);
        break;
    case AR_APPROVER_MEMBERS:
        ar_join_refs(rule->approvers, n, rule->all ? " AND " : " or ", 0, "(former member)", out, size);
        break;
    case AR_APPROVER_SUPERIOR:
        snprintf(out, size, "the buyer's superior");
        break;
    default: break;
    }
    if (!out[0]) snprintf(out, size, "(nobody chosen)");
}

static void applies_phrase(const struct ar_rule *r, char *out, size_t size)
{
    char list[AR_TEXT_MAX];
    int n = r->n_targets < AR_TARGETS_MAX ? r->n_targets : AR_TARGETS_MAX;
    switch (r->applies_to) {
    case AR_APPLIES_ROLES:
        ar_join_refs(r->targets, n, " or ", 1, "(deleted role)", list, sizeof list);
        snprintf(out, size, "from %s", list);
        break;
    case AR_APPLIES_UNITS:
        ar_join_refs(r->targets, n, " or ", 0, "(deleted unit)", list, sizeof list);
        snprintf(out, size, "from %s (and the units below)", list);
        break;
    case AR_APPLIES_MEMBERS:
        ar_join_refs(r->targets, n, " or ", 0, "(former member)", list, sizeof list);
        snprintf(out, size, "from %s", list);
        break;
    default:
        snprintf(out, size, "from anyone");
        break;
    }
}

void approval_rule_summary(const struct ar_rule *rule, const char *currency, char *out, size_t size)
{
    char part[AR_TEXT_MAX], who[AR_TEXT_MAX], approvers[AR_TEXT_MAX];
    snprintf(out, size, "Orders");
    int n = rule->n_conditions < AR_CONDITIONS_MAX ? rule->n_conditions : AR_CONDITIONS_MAX;
    for (int i = 0; i < n; i++) {
        ar_condition_phrase(&rule->conditions[i], currency, part, sizeof part);
        ar_appendf(out, size, "%s%s", i == 0 ? " " : rule->any ? " or " : " and ", part);
    }
    if (n == 0) ar_appendf(out, size, " (no conditions)");
    applies_phrase(rule, who, sizeof who);
    approval_rule_approvers_phrase(rule, approvers, sizeof approvers);
    ar_appendf(out, size, " %s need approval from %s", who, approvers);
    if (rule->level > 1) ar_appendf(out, size, ", at level %d (after the level %d approvals)", rule->level, rule->level - 1);
}
