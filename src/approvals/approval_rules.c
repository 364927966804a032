/* Approval rules: evaluation, approver resolution and plain-language
 * summaries (approval_rules.h). Pure: no SQL, no I/O. */
#include "approvals/approval_rules.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "base/civil_date.h"
#include "base/format.h"

/* --- Names --------------------------------------------------------------- */

static const char *const kind_names[AR_KIND_COUNT] = {
    "order_total", "distinct_skus", "total_quantity", "shipping_cost", "contains_sku", "contains_category",
    "period_spend",
};
static const char *const op_names[AR_OP_COUNT] = { "", "gt", "ge", "lt", "le", "between" };
static const char *const period_names[AR_PERIOD_COUNT] = { "", "month", "quarter", "year", "rolling" };
static const char *const applies_names[AR_APPLIES_COUNT] = { "everyone", "roles", "units", "members" };
static const char *const approver_names[AR_APPROVER_COUNT] = { "role", "members", "superior" };

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
const char *ar_period_name(enum ar_period p) { return NAME_OF(period_names, AR_PERIOD_COUNT, p); }
const char *ar_applies_name(enum ar_applies a) { return NAME_OF(applies_names, AR_APPLIES_COUNT, a); }
const char *ar_approver_kind_name(enum ar_approver_kind k) { return NAME_OF(approver_names, AR_APPROVER_COUNT, k); }

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
    if (parse_name(period_names, AR_PERIOD_COUNT, s, &v) != 0) return -1;
    *out = (enum ar_period)v;
    return 0;
}

int ar_applies_parse(const char *s, enum ar_applies *out)
{
    int v;
    if (parse_name(applies_names, AR_APPLIES_COUNT, s, &v) != 0) return -1;
    *out = (enum ar_applies)v;
    return 0;
}

int ar_approver_kind_parse(const char *s, enum ar_approver_kind *out)
{
    int v;
    if (parse_name(approver_names, AR_APPROVER_COUNT, s, &v) != 0) return -1;
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

/* --- Small text helpers ---------------------------------------------------- */

/* Drops a character cut in half at the end of s (after a truncation). */
static void utf8_tidy(char *s)
{
    size_t n = strlen(s), start = n;
    while (start > 0 && ((unsigned char)s[start - 1] & 0xC0) == 0x80) start--;
    if (start == 0) return;
    unsigned char lead = (unsigned char)s[start - 1];
    size_t want = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (n - (start - 1) < want) s[start - 1] = '\0';
}

void ar_copy(char *dst, size_t size, const char *src)
{
    if (!size) return;
    size_t n = strlen(src);
    if (n >= size) {
        n = size - 1;
        while (n && ((unsigned char)src[n] & 0xC0) == 0x80) n--;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
}

/* Appends printf output to out (size bytes), keeping it terminated and
 * never ending in half a character. */
static void appendf(char *out, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void appendf(char *out, size_t size, const char *fmt, ...)
{
    size_t used = strlen(out);
    if (used + 1 >= size) return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(out + used, size - used, fmt, ap);
    va_end(ap);
    if (n >= 0 && (size_t)n >= size - used) utf8_tidy(out);
}

static void money(int64_t minor, const char *currency, char *out, size_t size)
{
    format_money(minor, currency && currency[0] ? currency : "USD", out, size);
}

/* 12345 -> "12,345". */
static void count_text(int64_t n, char *out, size_t size)
{
    char digits[32], grouped[48];
    int neg = n < 0;
    uint64_t mag = neg ? (uint64_t)0 - (uint64_t)n : (uint64_t)n;
    snprintf(digits, sizeof digits, "%llu", (unsigned long long)mag);
    size_t len = strlen(digits), o = 0;
    for (size_t i = 0; i < len && o + 2 < sizeof grouped; i++) {
        if (i > 0 && (len - i) % 3 == 0) grouped[o++] = ',';
        grouped[o++] = digits[i];
    }
    grouped[o] = '\0';
    snprintf(out, size, "%s%s", neg ? "-" : "", grouped);
}

/* "a" or "an" before a role name. */
static const char *article(const char *word)
{
    return word[0] && strchr("AEIOUaeiou", word[0]) ? "an" : "a";
}

static const char *ref_name(const struct ar_ref *r, const char *missing)
{
    return r->name[0] ? r->name : missing;
}

/* "A, B or C" (or "and"; "AND" for emphasis). Roles get their article. */
static void join_refs(const struct ar_ref *refs, int n, const char *conj, int roles, const char *missing,
                      char *out, size_t size)
{
    out[0] = '\0';
    for (int i = 0; i < n; i++) {
        const char *name = ref_name(&refs[i], missing);
        if (i > 0) appendf(out, size, "%s", i == n - 1 ? conj : ", ");
        if (roles) appendf(out, size, "%s %s", article(name), name);
        else appendf(out, size, "%s", name);
    }
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
    count_text(a, ta, sizeof ta);
    count_text(b, tb, sizeof tb);
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
        money(value, cur, v, sizeof v);
        money(c->amount, cur, a, sizeof a);
        money(c->amount2, cur, b, sizeof b);
        comparison_text(c->op, a, b, cmp, sizeof cmp);
        snprintf(why, size, "the %s %s is %s", c->kind == AR_ORDER_TOTAL ? "order total" : "shipping cost", v, cmp);
        return 1;
    }
    case AR_DISTINCT_SKUS:
    case AR_TOTAL_QUANTITY: {
        int64_t value = c->kind == AR_DISTINCT_SKUS ? f->distinct_skus : f->total_quantity;
        if (!compare(value, c->op, c->amount, c->amount2)) return 0;
        count_text(value, v, sizeof v);
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
        money(spend, cur, v, sizeof v);
        money(c->amount, cur, a, sizeof a);
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
            appendf(why, size, "%s%s", held ? " and " : "", one);
            held++;
        } else if (!r->any) {
            return 0;
        }
    }
    return held > 0;
}

/* --- Steps ------------------------------------------------------------------------- */

static void sort_refs(struct ar_ref *refs, int n)
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
    case AR_GROUP_ROLES: join_refs(g->refs, g->n, " or ", 1, "(deleted role)", out, size); break;
    case AR_GROUP_MEMBERS: join_refs(g->refs, g->n, g->all ? " and " : " or ", 0, "(former member)", out, size); break;
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
        appendf(s->rule_names, sizeof s->rule_names, ", %s", rule_name);
        appendf(s->reason, sizeof s->reason, "; %s", reason);
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
    ar_copy(s->rule_names, sizeof s->rule_names, rule_name);
    ar_copy(s->reason, sizeof s->reason, reason);
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
    sort_refs(g->refs, g->n);
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
    memset(out, 0, sizeof *out);
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
            money(limit->amount, cur, amount, sizeof amount);
            money(spend, cur, total, sizeof total);
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

/* --- Summaries ---------------------------------------------------------------------- */

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
    count_text(a, ta, sizeof ta);
    count_text(b, tb, sizeof tb);
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
    money(c->amount, currency, a, sizeof a);
    money(c->amount2, currency, b, sizeof b);
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
        join_refs(rule->approvers, n, rule->all ? " AND " : " or ", 1, "(deleted role)", out, size);
        break;
    case AR_APPROVER_MEMBERS:
        join_refs(rule->approvers, n, rule->all ? " AND " : " or ", 0, "(former member)", out, size);
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
        join_refs(r->targets, n, " or ", 1, "(deleted role)", list, sizeof list);
        snprintf(out, size, "from %s", list);
        break;
    case AR_APPLIES_UNITS:
        join_refs(r->targets, n, " or ", 0, "(deleted unit)", list, sizeof list);
        snprintf(out, size, "from %s (and the units below)", list);
        break;
    case AR_APPLIES_MEMBERS:
        join_refs(r->targets, n, " or ", 0, "(former member)", list, sizeof list);
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
        appendf(out, size, "%s%s", i == 0 ? " " : rule->any ? " or " : " and ", part);
    }
    if (n == 0) appendf(out, size, " (no conditions)");
    applies_phrase(rule, who, sizeof who);
    approval_rule_approvers_phrase(rule, approvers, sizeof approvers);
    appendf(out, size, " %s need approval from %s", who, approvers);
    if (rule->level > 1) appendf(out, size, ", at level %d (after the level %d approvals)", rule->level, rule->level - 1);
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

#define AMOUNT_LIMIT 100000000000000LL   /* 1e14 minor units: a trillion dollars */

int ar_money_parse(const char *text, int64_t *out)
{
    const char *p = text;
    while (*p == ' ' || *p == '\t') p++;
    if (*p == '$') p++;
    int64_t whole = 0, cents = 0;
    int digits = 0, decimals = 0;
    for (; *p; p++) {
        if (isdigit((unsigned char)*p)) {
            if (whole > AMOUNT_LIMIT / 1000) return -1;
            whole = whole * 10 + (*p - '0');
            digits++;
        } else if (*p == ',' && digits > 0) {
            continue;
        } else {
            break;
        }
    }
    if (*p == '.') {
        p++;
        for (; isdigit((unsigned char)*p); p++) {
            if (++decimals > 2) return -1;
            cents = cents * 10 + (*p - '0');
        }
        if (decimals == 1) cents *= 10;
    }
    while (*p == ' ' || *p == '\t') p++;
    if (*p || (digits == 0 && decimals == 0)) return -1;
    int64_t v = whole * 100 + cents;
    if (v > AMOUNT_LIMIT) return -1;
    *out = v;
    return 0;
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

void ar_money_input(int64_t minor, char *out, size_t size)
{
    int neg = minor < 0;
    uint64_t mag = neg ? (uint64_t)0 - (uint64_t)minor : (uint64_t)minor;
    snprintf(out, size, "%s%llu.%02u", neg ? "-" : "", (unsigned long long)(mag / 100), (unsigned)(mag % 100));
}

/* --- Who approves -------------------------------------------------------------------- */

const struct ar_member *ar_directory_member(const struct ar_directory *dir, int64_t user_id)
{
    if (user_id <= 0) return NULL;
    for (int i = 0; i < dir->n_members; i++)
        if (dir->members[i].user_id == user_id) return &dir->members[i];
    return NULL;
}

static const struct ar_unit *unit_of(const struct ar_directory *dir, int64_t id)
{
    if (id <= 0) return NULL;
    for (int i = 0; i < dir->n_units; i++)
        if (dir->units[i].id == id) return &dir->units[i];
    return NULL;
}

int64_t ar_superior(const struct ar_directory *dir, int64_t unit_id, int64_t exclude, const struct ar_unit **unit)
{
    const struct ar_unit *u = unit_of(dir, unit_id);
    /* A tree of n units has no path longer than n: more means a cycle. */
    for (int steps = 0; u && steps <= dir->n_units; steps++) {
        int64_t m = u->manager_user_id;
        if (m > 0 && m != exclude && ar_directory_member(dir, m)) {
            if (unit) *unit = u;
            return m;
        }
        u = unit_of(dir, u->parent_id);
    }
    if (unit) *unit = NULL;
    return 0;
}

static int has_approver(const struct ar_resolved *r, int64_t user_id)
{
    for (int i = 0; i < r->n; i++)
        if (r->approvers[i].user_id == user_id) return 1;
    return 0;
}

static void add_approver(struct ar_resolved *r, int64_t user_id, enum ar_via via, int64_t on_behalf_of)
{
    if (user_id <= 0 || has_approver(r, user_id) || r->n >= AR_STEP_APPROVERS_MAX) return;
    r->approvers[r->n].user_id = user_id;
    r->approvers[r->n].via = via;
    r->approvers[r->n].on_behalf_of = on_behalf_of;
    r->n++;
}

static int in_refs(const struct ar_group *g, int64_t id)
{
    for (int i = 0; i < g->n; i++)
        if (g->refs[i].id == id) return 1;
    return 0;
}

/* "Alicia Moreno", "Alicia Moreno and Nora Lindqvist", "A, B, C and 2 more". */
static void names_of(const struct ar_directory *dir, const struct ar_resolved *r, char *out, size_t size)
{
    out[0] = '\0';
    int shown = r->n < 3 ? r->n : 3;
    for (int i = 0; i < shown; i++) {
        const struct ar_member *m = ar_directory_member(dir, r->approvers[i].user_id);
        if (i > 0) appendf(out, size, "%s", i == r->n - 1 ? " and " : ", ");
        appendf(out, size, "%s", m ? m->name : "?");
    }
    if (r->n > shown) appendf(out, size, " and %d more", r->n - shown);
}

int approval_rules_resolve(const struct ar_step *step, int64_t buyer_user_id, int64_t buyer_unit_id,
                           const char *buyer_name, const struct ar_directory *dir, struct ar_resolved *out)
{
    memset(out, 0, sizeof *out);
    ar_copy(out->label, sizeof out->label, step->label);
    const struct ar_group *g = &step->group;
    int buyer_dropped = 0;

    switch (g->kind) {
    case AR_GROUP_ROLES:
        for (int i = 0; i < dir->n_members; i++) {
            if (!in_refs(g, dir->members[i].role_id)) continue;
            if (dir->members[i].user_id == buyer_user_id) buyer_dropped = 1;
            else add_approver(out, dir->members[i].user_id, AR_VIA_ROLE, 0);
        }
        break;
    case AR_GROUP_MEMBERS:
        for (int i = 0; i < g->n; i++) {
            if (!ar_directory_member(dir, g->refs[i].id)) continue;
            if (g->refs[i].id == buyer_user_id) buyer_dropped = 1;
            else add_approver(out, g->refs[i].id, AR_VIA_MEMBER, 0);
        }
        break;
    case AR_GROUP_SUPERIOR: {
        const struct ar_unit *u = NULL;
        int64_t sup = ar_superior(dir, buyer_unit_id, buyer_user_id, &u);
        if (sup) {
            const struct ar_member *m = ar_directory_member(dir, sup);
            add_approver(out, sup, AR_VIA_SUPERIOR, 0);
            snprintf(out->label, sizeof out->label, "%s (superior)", m ? m->name : "?");
        }
        break;
    }
    }

    const char *buyer = buyer_name && buyer_name[0] ? buyer_name : "The buyer";
    if (out->n == 0) {
        /* Nobody else: the buyer's superior, else the administrators. */
        char cause[AR_LABEL_MAX], cause_you[AR_LABEL_MAX], target[AR_LABEL_MAX];
        if (buyer_dropped) {
            snprintf(cause, sizeof cause, "%s placed the order and is the only approver", buyer);
            snprintf(cause_you, sizeof cause_you, "You are the only approver");
        } else if (g->kind == AR_GROUP_SUPERIOR) {
            snprintf(cause, sizeof cause, "%s has no superior in the business units", buyer);
            snprintf(cause_you, sizeof cause_you, "You have no superior in the business units");
        } else {
            snprintf(cause, sizeof cause, "Nobody can approve as %s", step->label);
            snprintf(cause_you, sizeof cause_you, "Nobody can approve as %s", step->label);
        }
        const struct ar_unit *u = NULL;
        int64_t sup = g->kind == AR_GROUP_SUPERIOR ? 0 : ar_superior(dir, buyer_unit_id, buyer_user_id, &u);
        if (sup) {
            const struct ar_member *m = ar_directory_member(dir, sup);
            add_approver(out, sup, AR_VIA_SUPERIOR, 0);
            snprintf(target, sizeof target, "%s, manager of %s", m ? m->name : "?", u ? u->name : "?");
        } else {
            for (int i = 0; i < dir->n_members; i++)
                if (dir->members[i].role_id == AR_ADMINISTRATOR_ROLE && dir->members[i].user_id != buyer_user_id)
                    add_approver(out, dir->members[i].user_id, AR_VIA_ADMINISTRATOR, 0);
            char names[AR_LABEL_MAX];
            names_of(dir, out, names, sizeof names);
            snprintf(target, sizeof target, "the company administrator%s %s", out->n == 1 ? "" : "s", names);
        }
        if (out->n == 0) {
            snprintf(out->note, sizeof out->note, "%s, and nobody else can approve it: this approval is skipped.", cause);
            snprintf(out->note_you, sizeof out->note_you, "%s, and nobody else can approve it: this approval is skipped.",
                     cause_you);
            utf8_tidy(out->note);
            utf8_tidy(out->note_you);
            return 0;
        }
        snprintf(out->note, sizeof out->note, "%s: it goes to %s.", cause, target);
        snprintf(out->note_you, sizeof out->note_you, "%s: this goes to %s.", cause_you, target);
    } else if (buyer_dropped && g->all) {
        snprintf(out->note, sizeof out->note, "%s placed the order and cannot approve it: the other approvers decide.",
                 buyer);
        snprintf(out->note_you, sizeof out->note_you,
                 "You cannot approve your own order: the other approvers must all approve.");
    }
    out->all = g->all && out->n > 1;
    utf8_tidy(out->label);
    utf8_tidy(out->note);
    utf8_tidy(out->note_you);

    /* Out of office: each approver's delegate is asked too. */
    int primary = out->n;
    for (int i = 0; i < primary; i++) {
        for (int d = 0; d < dir->n_delegations; d++) {
            const struct ar_delegation *del = &dir->delegations[d];
            if (del->user_id != out->approvers[i].user_id || del->delegate_user_id == buyer_user_id) continue;
            if (!ar_directory_member(dir, del->delegate_user_id)) continue;
            add_approver(out, del->delegate_user_id, AR_VIA_DELEGATE, del->user_id);
        }
    }
    return out->n;
}
