/* What the approval rules ask of an order (approval_rules_evaluate): each
 * active rule that applies to the buyer and whose conditions hold adds a
 * step per approver group at its level, steps with the same (level, group)
 * merge, and the spending limit adds the superior's step or refuses. Also
 * which spends in a period the evaluation needs (approval_rules_spend_needs)
 * and the order of refs (ar_sort_refs). Pure: no SQL, no I/O. */
#include "approvals/approval_rules.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "approvals/approval_rules_text.h"

/* --- Spend in a period -------------------------------------------------------- */

static int same_period(enum ar_period a, int a_days, enum ar_period b, int b_days)
{
    return a == b && (a != AR_PERIOD_ROLLING || a_days == b_days);
}

static int64_t spent_in(const struct ar_buyer *buyer, enum ar_period period, int days)
{
    if (!buyer) return 0;
    for (int i = 0; i < buyer->n_spends; i++)
        if (same_period(buyer->spends[i].period, buyer->spends[i].days, period, days)) return buyer->spends[i].spent;
    return 0;
}

int approval_rules_spend_needs(const struct ar_rule *rules, int n_rules, const struct ar_limit *limit,
                               struct ar_spend *out, int max)
{
    int n = 0;
    for (int r = 0; r <= n_rules; r++) {
        int count = r < n_rules ? rules[r].n_conditions : 1;
        if (r < n_rules && !rules[r].active) continue;
        if (r == n_rules && !(limit && limit->set)) continue;
        for (int c = 0; c < count; c++) {
            enum ar_period p;
            int days;
            if (r < n_rules) {
                const struct ar_condition *cond = &rules[r].conditions[c];
                if (cond->kind != AR_PERIOD_SPEND) continue;
                p = cond->period;
                days = cond->period_days;
            } else {
                p = limit->period;
                days = limit->days;
            }
            if (p == AR_PERIOD_NONE) continue;
            int known = 0;
            for (int i = 0; i < n && !known; i++) known = same_period(out[i].period, out[i].days, p, days);
            if (known || n >= max) continue;
            out[n].period = p;
            out[n].days = p == AR_PERIOD_ROLLING ? days : 0;
            out[n].spent = 0;
            n++;
        }
    }
    return n;
}

/* --- Conditions -------------------------------------------------------------- */

static int compare(int64_t v, enum ar_op op, int64_t a, int64_t b)
{
    switch (op) {
    case AR_OP_GT: return v > a;
    case AR_OP_GE: return v >= a;
    case AR_OP_LT: return v < a;
    case AR_OP_LE: return v <= a;
    case AR_OP_BETWEEN: return v >= a && v <= b;
    default: return 0;
    }
}

/* 1 when category `cat` is `wanted` or lies below it. */
static int category_within(const struct ar_category *cats, int n, int64_t cat, int64_t wanted)
{
    for (int steps = 0; cat > 0 && steps <= n; steps++) {
        if (cat == wanted) return 1;
        int64_t parent = 0;
        for (int i = 0; i < n; i++)
            if (cats[i].id == cat) {
                parent = cats[i].parent_id;
                break;
            }
        cat = parent;
    }
    return 0;
}

struct facts {
    const struct order_draft *order;
    const struct ar_category *cats;
    int n_cats;
    const struct ar_buyer *buyer;
    int64_t distinct_skus;
    int64_t total_quantity;
};

static const char *currency_of(const struct facts *f)
{
    return f->order->currency[0] ? f->order->currency : "USD";
}

/* "over $X", "at least $X" ... as a reason states a comparison. */
static void comparison_text(enum ar_op op, const char *a, const char *b, char *out, size_t size)
{
    switch (op) {
    case AR_OP_GT: snprintf(out, size, "over %s", a); break;
    case AR_OP_GE: snprintf(out, size, "at least %s", a); break;
    case AR_OP_LT: snprintf(out, size, "under %s", a); break;
    case AR_OP_LE: snprintf(out, size, "at most %s", a); break;
    case AR_OP_BETWEEN: snprintf(out, size, "between %s and %s", a, b); break;
    default: out[0] = '\0'; break;
    }
}

static void count_comparison(enum ar_op op, int64_t a, int64_t b, char *out, size_t size)
{
    char ta[32], tb[32];
    ar_count_text(a, ta, sizeof ta);
    ar_count_text(b, tb, sizeof tb);
    switch (op) {
    case AR_OP_GT: snprintf(out, size, "more than %s", ta); break;
    case AR_OP_GE: snprintf(out, size, "at least %s", ta); break;
    case AR_OP_LT: snprintf(out, size, "fewer than %s", ta); break;
    case AR_OP_LE: snprintf(out, size, "at most %s", ta); break;
    case AR_OP_BETWEEN: snprintf(out, size, "between %s and %s", ta, tb); break;
    default: out[0] = '\0'; break;
    }
}

/* Whether c holds for the order; when it does, its reason goes to why. */
static int condition_holds(const struct ar_condition *c, const struct facts *f, char *why, size_t size)
{
    const struct order_draft *o = f->order;
    const char *cur = currency_of(f);
    char a[48], b[48], v[48], cmp[128];
    why[0] = '\0';
    switch (c->kind) {
    case AR_ORDER_TOTAL:
    case AR_SHIPPING_COST: {
        int64_t value = c->kind == AR_ORDER_TOTAL ? o->total : o->shipping;
        if (!compare(value, c->op, c->amount, c->amount2)) return 0;
        ar_money(value, cur, v, sizeof v);
        ar_money(c->amount, cur, a, sizeof a);
        ar_money(c->amount2, cur, b, sizeof b);
        comparison_text(c->op, a, b, cmp, sizeof cmp);
        snprintf(why, size, "the %s %s is %s", c->kind == AR_ORDER_TOTAL ? "order total" : "shipping cost", v, cmp);
        return 1;
    }
    case AR_DISTINCT_SKUS:
    case AR_TOTAL_QUANTITY: {
        int64_t value = c->kind == AR_DISTINCT_SKUS ? f->distinct_skus : f->total_quantity;
        if (!compare(value, c->op, c->amount, c->amount2)) return 0;
        ar_count_text(value, v, sizeof v);
        count_comparison(c->op, c->amount, c->amount2, cmp, sizeof cmp);
        const char *what = c->kind == AR_DISTINCT_SKUS ? (value == 1 ? "SKU" : "SKUs") : (value == 1 ? "unit" : "units");
        snprintf(why, size, "the order has %s %s, %s", v, what, cmp);
        return 1;
    }
    case AR_CONTAINS_SKU:
        for (int i = 0; i < o->n_lines; i++)
            if (c->sku[0] && strcasecmp(o->lines[i].sku, c->sku) == 0) {
                snprintf(why, size, "the order contains %s (%s)", o->lines[i].sku, o->lines[i].name);
                return 1;
            }
        return 0;
    case AR_CONTAINS_CATEGORY:
        for (int i = 0; i < o->n_lines; i++)
            if (c->category_id > 0 && category_within(f->cats, f->n_cats, o->lines[i].category_id, c->category_id)) {
                snprintf(why, size, "the order contains %s (%s) from %s", o->lines[i].sku, o->lines[i].name,
                         c->category_name[0] ? c->category_name : "a restricted category");
                return 1;
            }
        return 0;
    case AR_PERIOD_SPEND: {
        int64_t spend = spent_in(f->buyer, c->period, c->period_days) + o->total;
        if (!(spend > c->amount)) return 0;
        char period[48];
        ar_period_phrase(c->period, c->period_days, period, sizeof period);
        ar_money(spend, cur, v, sizeof v);
        ar_money(c->amount, cur, a, sizeof a);
        snprintf(why, size, "the buyer's spend %s with this order, %s, is over %s", period, v, a);
        return 1;
    }
    default:
        return 0;
    }
}

static int rule_applies(const struct ar_rule *r, const struct ar_buyer *buyer)
{
    switch (r->applies_to) {
    case AR_APPLIES_EVERYONE: return 1;
    case AR_APPLIES_ROLES:
        for (int i = 0; i < r->n_targets; i++)
            if (r->targets[i].id == buyer->role_id) return 1;
        return 0;
    case AR_APPLIES_UNITS:
        for (int i = 0; i < r->n_targets; i++)
            for (int j = 0; j < buyer->n_unit_path; j++)
                if (r->targets[i].id == buyer->unit_path[j]) return 1;
        return 0;
    case AR_APPLIES_MEMBERS:
        for (int i = 0; i < r->n_targets; i++)
            if (r->targets[i].id == buyer->user_id) return 1;
        return 0;
    default: return 0;
    }
}

/* Whether the rule's conditions hold (all or any); the reasons of those
 * that hold are joined into why. */
static int rule_triggers(const struct ar_rule *r, const struct facts *f, char *why, size_t size)
{
    char one[AR_TEXT_MAX];
    int held = 0;
    why[0] = '\0';
    if (r->n_conditions <= 0) return 0;
    for (int i = 0; i < r->n_conditions && i < AR_CONDITIONS_MAX; i++) {
        if (condition_holds(&r->conditions[i], f, one, sizeof one)) {
            utf8_tidy(one);
            ar_appendf(why, size, "%s%s", held ? " and " : "", one);
            held++;
        } else if (!r->any) {
            return 0;
        }
    }
    return held > 0;
}

/* --- Steps ------------------------------------------------------------------------- */

void ar_sort_refs(struct ar_ref *refs, int n)
{
    for (int i = 1; i < n; i++) {
        struct ar_ref key = refs[i];
        int j = i - 1;
        while (j >= 0 && refs[j].id > key.id) {
            refs[j + 1] = refs[j];
            j--;
        }
        refs[j + 1] = key;
    }
}

static int same_group(const struct ar_group *a, const struct ar_group *b)
{
    if (a->kind != b->kind || a->n != b->n || a->all != b->all) return 0;
    for (int i = 0; i < a->n; i++)
        if (a->refs[i].id != b->refs[i].id) return 0;
    return 1;
}

static void group_label(const struct ar_group *g, char *out, size_t size)
{
    switch (g->kind) {
    case AR_GROUP_ROLES: ar_join_refs(g->refs, g->n, " or ", 1, "(deleted role)", out, size); break;
    case AR_GROUP_MEMBERS: ar_join_refs(g->refs, g->n, g->all ? " and " : " or ", 0, "(former member)", out, size); break;
    case AR_GROUP_SUPERIOR: snprintf(out, size, "the buyer's superior"); break;
    }
}

/* Adds (or merges into) the step for (level, group). 0, or -1 when full. */
static int add_step(struct ar_result *out, int level, const struct ar_group *g, int64_t rule_id, const char *rule_name,
                    const char *reason, int from_limit)
{
    for (int i = 0; i < out->n_steps; i++) {
        struct ar_step *s = &out->steps[i];
        if (s->level != level || !same_group(&s->group, g)) continue;
        ar_appendf(s->rule_names, sizeof s->rule_names, ", %s", rule_name);
        ar_appendf(s->reason, sizeof s->reason, "; %s", reason);
        if (from_limit) s->from_limit = 1;
        return 0;
    }
    if (out->n_steps >= AR_STEPS_MAX) return -1;
    struct ar_step *s = &out->steps[out->n_steps++];
    memset(s, 0, sizeof *s);
    s->level = level;
    s->group = *g;
    s->rule_id = rule_id;
    s->from_limit = from_limit;
    utf8_copy(s->rule_names, sizeof s->rule_names, rule_name);
    utf8_copy(s->reason, sizeof s->reason, reason);
    group_label(g, s->label, sizeof s->label);
    return 0;
}

/* The approver groups a rule asks: one per role in mode all, else one. */
static int rule_groups(const struct ar_rule *r, struct ar_group *groups, int max)
{
    int n = 0;
    int refs = r->n_approvers < AR_APPROVERS_MAX ? r->n_approvers : AR_APPROVERS_MAX;
    if (r->approver_kind == AR_APPROVER_SUPERIOR) {
        memset(&groups[0], 0, sizeof groups[0]);
        groups[0].kind = AR_GROUP_SUPERIOR;
        return 1;
    }
    if (refs <= 0) return 0;
    if (r->approver_kind == AR_APPROVER_ROLE && r->all) {
        for (int i = 0; i < refs && n < max; i++) {
            int dup = 0;
            for (int j = 0; j < n && !dup; j++) dup = groups[j].refs[0].id == r->approvers[i].id;
            if (dup) continue;
            memset(&groups[n], 0, sizeof groups[n]);
            groups[n].kind = AR_GROUP_ROLES;
            groups[n].refs[0] = r->approvers[i];
            groups[n].n = 1;
            n++;
        }
        return n;
    }
    struct ar_group *g = &groups[0];
    memset(g, 0, sizeof *g);
    g->kind = r->approver_kind == AR_APPROVER_ROLE ? AR_GROUP_ROLES : AR_GROUP_MEMBERS;
    for (int i = 0; i < refs; i++) {
        int dup = 0;
        for (int j = 0; j < g->n && !dup; j++) dup = g->refs[j].id == r->approvers[i].id;
        if (!dup) g->refs[g->n++] = r->approvers[i];
    }
    ar_sort_refs(g->refs, g->n);
    g->all = g->kind == AR_GROUP_MEMBERS && r->all && g->n > 1;
    return 1;
}

static void sort_steps(struct ar_result *out)
{
    for (int i = 1; i < out->n_steps; i++) {
        struct ar_step key = out->steps[i];
        int j = i - 1;
        while (j >= 0 && out->steps[j].level > key.level) {
            out->steps[j + 1] = out->steps[j];
            j--;
        }
        out->steps[j + 1] = key;
    }
}

static int64_t distinct_skus_of(const struct order_draft *o)
{
    if (o->distinct_skus > 0 || o->n_lines <= 0) return o->distinct_skus;
    int64_t n = 0;
    for (int i = 0; i < o->n_lines; i++) {
        int seen = 0;
        for (int j = 0; j < i && !seen; j++) seen = strcasecmp(o->lines[i].sku, o->lines[j].sku) == 0;
        if (!seen) n++;
    }
    return n;
}

static int64_t total_quantity_of(const struct order_draft *o)
{
    if (o->total_quantity > 0 || o->n_lines <= 0) return o->total_quantity;
    int64_t n = 0;
    for (int i = 0; i < o->n_lines; i++) n += o->lines[i].quantity;
    return n;
}

int approval_rules_evaluate(const struct ar_rule *rules, int n_rules, const struct order_draft *order,
                            const struct ar_category *cats, int n_cats, const struct ar_buyer *buyer,
                            const struct ar_limit *limit, struct ar_result *out)
{
    static const struct ar_buyer nobody;
    if (!buyer) buyer = &nobody;
    /* Not the whole result (87 KB of steps): each step is cleared as it
     * is added (add_step). */
    out->refused = 0;
    out->refusal[0] = '\0';
    out->n_steps = 0;
    struct facts f = {
        .order = order, .cats = cats, .n_cats = cats ? n_cats : 0, .buyer = buyer,
        .distinct_skus = distinct_skus_of(order), .total_quantity = total_quantity_of(order),
    };
    const char *cur = currency_of(&f);
    int full = 0;
    static struct ar_group groups[AR_APPROVERS_MAX];
    char why[AR_TEXT_MAX];

    for (int r = 0; r < n_rules; r++) {
        const struct ar_rule *rule = &rules[r];
        if (!rule->active || !rule_applies(rule, buyer) || !rule_triggers(rule, &f, why, sizeof why)) continue;
        int level = rule->level < 1 ? 1 : rule->level > AR_LEVEL_MAX ? AR_LEVEL_MAX : rule->level;
        int ng = rule_groups(rule, groups, AR_APPROVERS_MAX);
        for (int g = 0; g < ng; g++)
            if (add_step(out, level, &groups[g], rule->id, rule->name, why, 0) != 0) full = 1;
    }

    if (limit && limit->set) {
        int64_t spend = spent_in(buyer, limit->period, limit->days) + order->total;
        if (spend > limit->amount) {
            char amount[48], total[48], per[48], period[48];
            ar_money(limit->amount, cur, amount, sizeof amount);
            ar_money(spend, cur, total, sizeof total);
            ar_period_per(limit->period, limit->days, per, sizeof per);
            ar_period_phrase(limit->period, limit->days, period, sizeof period);
            if (limit->refuse) {
                out->refused = 1;
                snprintf(out->refusal, sizeof out->refusal,
                         "This order would take your spending %s to %s, over your spending limit of %s %s. "
                         "Make the order smaller, or ask your administrator to raise the limit.",
                         period, total, amount, per);
            } else {
                struct ar_group sup;
                memset(&sup, 0, sizeof sup);
                sup.kind = AR_GROUP_SUPERIOR;
                snprintf(why, sizeof why, "the buyer's spending limit of %s %s is exceeded: %s %s with this order",
                         amount, per, total, period);
                if (add_step(out, 1, &sup, 0, "Spending limit", why, 1) != 0) full = 1;
            }
        }
    }
    sort_steps(out);
    return full ? -1 : out->n_steps;
}
