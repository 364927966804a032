/* Approval rules (issue 9): the company's rules with a plain-language
 * summary each, the rule editor (conditions, whom it applies to, who
 * approves, level), the company's approval settings, and the spending
 * limit on a member's page. The rules themselves are pure
 * (approval_rules.h); the SQL is in approvals/approval_rules_store.c. Everything is
 * read and written for req->session.company_id only: another company's
 * rule is "not found", and another company's role, unit, member or an
 * unknown category in a form is refused. */
#include "approvals/pages.h"
#include "base/clock.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "approvals/approval_rules.h"
#include "audit/audit.h"
#include "base/db.h"
#include "web/form.h"
#include "base/format.h"
#include "base/permissions.h"
#include "web/response.h"
#include "approvals/approval_rules_store.h"
#include "team/unit_tree.h"
#include "base/validate.h"
#include "team/pages.h"

#define ROWS 4                       /* at most this many conditions on the form */
#define NAME_MAX_CHARS 100
#define REMINDER_DAYS_MAX 60
#define INDENT_MAX 6
#define TICKS_MAX APPROVAL_CHOICES_MAX
#define SUMMARY_MAX 2048
#define MESSAGE_MAX 512
#define CURRENCY "USD"

static int can_edit(const struct request *req)
{
    return !req->session.viewing_as_customer;
}

static size_t utf8_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80) n++;
    return n;
}

static int begin(struct request *req)
{
    if (db_begin() == 0) return 1;
    response_error(req, 503, "Please try again in a moment.");
    return 0;
}

static int finish(struct request *req, int ok, const char *what)
{
    if (ok && db_commit() == 0) return 1;
    fprintf(stderr, "approval rules: %s rolled back: %s\n", what, sqlite3_errmsg(db_handle()));
    db_rollback();
    response_error(req, 500, "The change could not be saved. Nothing was changed.");
    return 0;
}

static void summary_of(const struct ar_rule *r, char *out, size_t size)
{
    approval_rule_summary(r, CURRENCY, out, size);
}

/* --- What the editor offers ------------------------------------------------------ */

struct tree_choices {
    struct approval_choice rows[APPROVAL_CATEGORIES_MAX];
    int n;
    struct unit_node nodes[APPROVAL_CATEGORIES_MAX];
    int order[APPROVAL_CATEGORIES_MAX];
    int depth[APPROVAL_CATEGORIES_MAX];
};

struct choices {
    struct approval_choice roles[APPROVAL_CHOICES_MAX];
    int n_roles;
    struct approval_choice members[APPROVAL_CHOICES_MAX];
    int n_members;
    struct tree_choices units;
    struct tree_choices categories;
};

static struct choices choices;

static void order_tree(struct tree_choices *t)
{
    for (int i = 0; i < t->n; i++) {
        t->nodes[i].id = t->rows[i].id;
        t->nodes[i].parent_id = t->rows[i].parent_id;
    }
    unit_tree_depth_order(t->nodes, t->n, t->order, t->depth);
}

static int load_choices(int64_t company_id, struct choices *c)
{
    c->n_roles = store_approval_choice_roles(company_id, c->roles, APPROVAL_CHOICES_MAX);
    c->n_members = store_approval_choice_members(company_id, c->members, APPROVAL_CHOICES_MAX);
    c->units.n = store_approval_choice_units(company_id, c->units.rows, APPROVAL_CHOICES_MAX);
    c->categories.n = store_approval_choice_categories(c->categories.rows, APPROVAL_CATEGORIES_MAX);
    if (c->n_roles < 0 || c->n_members < 0 || c->units.n < 0 || c->categories.n < 0) return -1;
    order_tree(&c->units);
    order_tree(&c->categories);
    return 0;
}

static const struct approval_choice *find_choice(const struct approval_choice *rows, int n, int64_t id)
{
    for (int i = 0; i < n; i++)
        if (rows[i].id == id) return &rows[i];
    return NULL;
}

/* --- The form as text ---------------------------------------------------------------- */

struct cond_view {
    char kind[32];
    char op[16];
    char amount[40];
    char amount2[40];
    char sku[96];
    char category[24];
    char period[16];
    char days[16];
};

struct id_set {
    int64_t ids[TICKS_MAX];
    int n;
};

struct rule_view {
    char name[512];
    int active;
    char level[8];
    int any;
    struct cond_view rows[ROWS];
    int n_rows;                      /* condition blocks on the form, 1..ROWS */
    int focus_row;                   /* 1..n_rows: autofocus its "Looks at" (0: none) */
    char applies_to[16];
    struct id_set at_role, at_unit, at_member;
    char approver_kind[16];
    struct id_set ap_role, ap_member;
    int all;
};

static struct rule_view view;

static int set_has(const struct id_set *s, int64_t id)
{
    for (int i = 0; i < s->n; i++)
        if (s->ids[i] == id) return 1;
    return 0;
}

static void set_add(struct id_set *s, int64_t id)
{
    if (!set_has(s, id) && s->n < TICKS_MAX) s->ids[s->n++] = id;
}

static void copy_field(char *out, size_t size, const char *value)
{
    ar_copy(out, size, value);
}

static void view_from_rule(const struct ar_rule *r, struct rule_view *v)
{
    memset(v, 0, sizeof *v);
    copy_field(v->name, sizeof v->name, r->name);
    v->active = r->active;
    snprintf(v->level, sizeof v->level, "%d", r->level);
    v->any = r->any;
    v->n_rows = r->n_conditions < 1 ? 1 : r->n_conditions > ROWS ? ROWS : r->n_conditions;
    for (int i = 0; i < r->n_conditions && i < ROWS; i++) {
        const struct ar_condition *c = &r->conditions[i];
        struct cond_view *row = &v->rows[i];
        copy_field(row->kind, sizeof row->kind, ar_kind_name(c->kind));
        copy_field(row->op, sizeof row->op, ar_op_name(c->op));
        if (ar_kind_is_money(c->kind)) {
            ar_money_input(c->amount, row->amount, sizeof row->amount);
            if (c->op == AR_OP_BETWEEN) ar_money_input(c->amount2, row->amount2, sizeof row->amount2);
        } else if (ar_kind_has_op(c->kind)) {
            snprintf(row->amount, sizeof row->amount, "%lld", (long long)c->amount);
            if (c->op == AR_OP_BETWEEN) snprintf(row->amount2, sizeof row->amount2, "%lld", (long long)c->amount2);
        }
        copy_field(row->sku, sizeof row->sku, c->sku);
        if (c->category_id) snprintf(row->category, sizeof row->category, "%lld", (long long)c->category_id);
        copy_field(row->period, sizeof row->period, ar_period_name(c->period));
        if (c->period == AR_PERIOD_ROLLING) snprintf(row->days, sizeof row->days, "%d", c->period_days);
    }
    copy_field(v->applies_to, sizeof v->applies_to, ar_applies_name(r->applies_to));
    struct id_set *targets = r->applies_to == AR_APPLIES_ROLES ? &v->at_role
                           : r->applies_to == AR_APPLIES_UNITS ? &v->at_unit
                           : r->applies_to == AR_APPLIES_MEMBERS ? &v->at_member : NULL;
    for (int i = 0; targets && i < r->n_targets; i++) set_add(targets, r->targets[i].id);
    copy_field(v->approver_kind, sizeof v->approver_kind, ar_approver_kind_name(r->approver_kind));
    struct id_set *approvers = r->approver_kind == AR_APPROVER_ROLE ? &v->ap_role
                             : r->approver_kind == AR_APPROVER_MEMBERS ? &v->ap_member : NULL;
    for (int i = 0; approvers && i < r->n_approvers; i++) set_add(approvers, r->approvers[i].id);
    v->all = r->all;
}

static void new_view(struct rule_view *v)
{
    memset(v, 0, sizeof *v);
    v->active = 1;
    copy_field(v->level, sizeof v->level, "1");
    copy_field(v->applies_to, sizeof v->applies_to, "everyone");
    copy_field(v->approver_kind, sizeof v->approver_kind, "role");
    v->n_rows = 1;
    copy_field(v->rows[0].kind, sizeof v->rows[0].kind, "order_total");
    copy_field(v->rows[0].op, sizeof v->rows[0].op, "gt");
}

/* The parts (AR_PART_*) the condition as typed uses: none while its kind
 * is not one of the list. */
static unsigned row_parts(const struct cond_view *row)
{
    enum ar_kind kind;
    enum ar_op op = AR_OP_NONE;
    enum ar_period period = AR_PERIOD_NONE;
    if (ar_kind_parse(row->kind, &kind) != 0) return 0;
    if (ar_op_parse(row->op, &op) != 0) op = AR_OP_NONE;
    if (ar_period_parse(row->period, &period) != 0) period = AR_PERIOD_NONE;
    return ar_condition_parts(kind, op, period);
}

static void row_field(char *name, size_t size, int row, const char *what)
{
    snprintf(name, size, "c%d_%s", row + 1, what);
}

static const char *row_value(const struct request *req, int row, const char *what)
{
    char name[32];
    row_field(name, sizeof name, row, what);
    return req_form(req, name);
}

/* A condition block was on the form when its "Looks at" was posted. */
static int row_posted(const struct request *req, int row)
{
    char name[32];
    row_field(name, sizeof name, row, "kind");
    return http_params_get(&req->form, name) != NULL;
}

/* Condition block `slot` of the form into row: its kind, then only the
 * parts that kind uses (what the form hides is neither read nor kept). */
static void row_from_request(const struct request *req, int slot, struct cond_view *row)
{
    memset(row, 0, sizeof *row);
    copy_field(row->kind, sizeof row->kind, row_value(req, slot, "kind"));
    unsigned uses = row_parts(row);   /* with no comparison or period yet */
    if (uses & AR_PART_OP) copy_field(row->op, sizeof row->op, row_value(req, slot, "op"));
    if (uses & AR_PART_PERIOD) copy_field(row->period, sizeof row->period, row_value(req, slot, "period"));
    uses = row_parts(row);
    const struct {
        unsigned part;
        const char *what;
        char *out;
        size_t size;
    } texts[] = {
        { AR_PART_AMOUNT, "amount", row->amount, sizeof row->amount },
        { AR_PART_AMOUNT2, "amount2", row->amount2, sizeof row->amount2 },
        { AR_PART_SKU, "sku", row->sku, sizeof row->sku },
        { AR_PART_CATEGORY, "category", row->category, sizeof row->category },
        { AR_PART_DAYS, "days", row->days, sizeof row->days },
    };
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++)
        if (uses & texts[t].part) copy_field(texts[t].out, texts[t].size, row_value(req, slot, texts[t].what));
}

/* Ticked boxes: at_role_12=1, ap_member_7=1 ... Forged or stale ids are
 * kept here and refused by the checks. */
static void read_ticks(const struct request *req, struct rule_view *v)
{
    static const struct {
        const char *prefix;
        size_t offset;
    } boxes[] = {
        { "at_role_", offsetof(struct rule_view, at_role) }, { "at_unit_", offsetof(struct rule_view, at_unit) },
        { "at_member_", offsetof(struct rule_view, at_member) }, { "ap_role_", offsetof(struct rule_view, ap_role) },
        { "ap_member_", offsetof(struct rule_view, ap_member) },
    };
    for (size_t i = 0; i < req->form.count; i++) {
        const char *name = req->form.items[i].name;
        for (size_t b = 0; b < sizeof boxes / sizeof boxes[0]; b++) {
            size_t len = strlen(boxes[b].prefix);
            int64_t id;
            if (strncmp(name, boxes[b].prefix, len) != 0) continue;
            struct id_set *set = (struct id_set *)((char *)v + boxes[b].offset);
            if (parse_id(name + len, &id)) set_add(set, id);
            else set_add(set, -1);   /* not an id at all: refused below */
        }
    }
}

static void view_from_request(const struct request *req, struct rule_view *v)
{
    memset(v, 0, sizeof *v);
    copy_field(v->name, sizeof v->name, req_form(req, "name"));
    v->active = req_form(req, "active")[0] != '\0';
    copy_field(v->level, sizeof v->level, req_form(req, "level"));
    v->any = strcmp(req_form(req, "combine"), "any") == 0;
    /* The blocks posted, in order and numbered again from 1 (a script
     * may have removed one in the middle). */
    for (int i = 0; i < ROWS; i++)
        if (row_posted(req, i)) row_from_request(req, i, &v->rows[v->n_rows++]);
    if (v->n_rows == 0) v->n_rows = 1;
    copy_field(v->applies_to, sizeof v->applies_to, req_form(req, "applies_to"));
    copy_field(v->approver_kind, sizeof v->approver_kind, req_form(req, "approver_kind"));
    v->all = strcmp(req_form(req, "approver_mode"), "all") == 0;
    read_ticks(req, v);
}

/* --- Checking the form ------------------------------------------------------------------ */

/* Field names of the form (for the error summary's labels). */
static const char *const rule_fields[] = {
    "name", "level", "combine",
    "c1_kind", "c1_op", "c1_amount", "c1_amount2", "c1_sku", "c1_category", "c1_period", "c1_days",
    "c2_kind", "c2_op", "c2_amount", "c2_amount2", "c2_sku", "c2_category", "c2_period", "c2_days",
    "c3_kind", "c3_op", "c3_amount", "c3_amount2", "c3_sku", "c3_category", "c3_period", "c3_days",
    "c4_kind", "c4_op", "c4_amount", "c4_amount2", "c4_sku", "c4_category", "c4_period", "c4_days",
    "applies_to", "approver_kind", "approver_mode", NULL,
};
static const char *const rule_labels[] = {
    "Name", "Level", "Combine",
    "Condition 1", "Condition 1: comparison", "Condition 1: amount", "Condition 1: upper end", "Condition 1: SKU",
    "Condition 1: category", "Condition 1: period", "Condition 1: days",
    "Condition 2", "Condition 2: comparison", "Condition 2: amount", "Condition 2: upper end", "Condition 2: SKU",
    "Condition 2: category", "Condition 2: period", "Condition 2: days",
    "Condition 3", "Condition 3: comparison", "Condition 3: amount", "Condition 3: upper end", "Condition 3: SKU",
    "Condition 3: category", "Condition 3: period", "Condition 3: days",
    "Condition 4", "Condition 4: comparison", "Condition 4: amount", "Condition 4: upper end", "Condition 4: SKU",
    "Condition 4: category", "Condition 4: period", "Condition 4: days",
    "Applies to", "Approvers", "Approval mode", NULL,
};

/* The field name of row i's part (a static string from rule_fields). */
static const char *row_field_name(int row, const char *what)
{
    char name[32];
    row_field(name, sizeof name, row, what);
    for (int i = 0; rule_fields[i]; i++)
        if (strcmp(rule_fields[i], name) == 0) return rule_fields[i];
    return "name";
}

/* Messages built at check time live here until the page is rendered. */
static char messages[FORM_MAX_ERRORS][MESSAGE_MAX];
static int n_messages;

static const char *message(const char *fmt, const char *value)
{
    if (n_messages >= FORM_MAX_ERRORS) return fmt;
    snprintf(messages[n_messages], MESSAGE_MAX, fmt, value);
    return messages[n_messages++];
}

static void check_amount(const char *text, enum ar_kind kind, int64_t *out, const char *field,
                         struct form_errors *errors)
{
    int money = ar_kind_is_money(kind);
    if (!text[0]) {
        form_error(errors, field, money ? "Enter an amount, like 10,000.00." : "Enter a number, like 100.");
        return;
    }
    if (money ? ar_money_parse(text, out) != 0 : ar_count_parse(text, out) != 0)
        form_error(errors, field, money ? "Enter an amount in dollars and cents, like 10,000.00 (no negative amounts)."
                                        : "Enter a whole number, like 100 (no negative numbers).");
}

/* One condition row: 1 when it holds a condition (into c), 0 when unused. */
static int check_row(const struct cond_view *row, int i, struct ar_condition *c, struct form_errors *errors)
{
    memset(c, 0, sizeof *c);
    if (!row->kind[0]) return 0;
    int before = errors->count;
    if (ar_kind_parse(row->kind, &c->kind) != 0) {
        form_error(errors, row_field_name(i, "kind"), "Choose what the condition looks at from the list.");
        return 1;
    }
    if (ar_kind_has_op(c->kind)) {
        if (ar_op_parse(row->op, &c->op) != 0 || c->op == AR_OP_NONE)
            form_error(errors, row_field_name(i, "op"), "Choose how to compare.");
        check_amount(row->amount, c->kind, &c->amount, row_field_name(i, "amount"), errors);
        if (c->op == AR_OP_BETWEEN) {
            check_amount(row->amount2, c->kind, &c->amount2, row_field_name(i, "amount2"), errors);
            if (errors->count == before && c->amount > c->amount2)
                form_error(errors, row_field_name(i, "amount2"),
                           "The upper end must be at least the lower end (between includes both).");
        }
    } else if (c->kind == AR_PERIOD_SPEND) {
        c->op = AR_OP_GT;
        check_amount(row->amount, c->kind, &c->amount, row_field_name(i, "amount"), errors);
        if (ar_period_parse(row->period, &c->period) != 0 || c->period == AR_PERIOD_NONE) {
            form_error(errors, row_field_name(i, "period"), "Choose the period.");
        } else if (c->period == AR_PERIOD_ROLLING) {
            int64_t days = 0;
            if (ar_count_parse(row->days, &days) != 0 || days < 1 || days > AR_DAYS_MAX)
                form_error(errors, row_field_name(i, "days"), "Enter the number of days, from 1 to 3660.");
            c->period_days = (int)(days > 0 && days <= AR_DAYS_MAX ? days : 0);
        }
    } else if (c->kind == AR_CONTAINS_SKU) {
        char sku[96];
        text_trim_copy(row->sku, sku, sizeof sku);
        if (!sku[0]) {
            form_error(errors, row_field_name(i, "sku"), "Enter the SKU of a product, like PTL-000123.");
        } else {
            int known = store_approval_sku_known(sku, c->sku, sizeof c->sku);
            if (known < 0) form_error(errors, row_field_name(i, "sku"), "The catalog could not be checked. Try again.");
            else if (known == 0)
                form_error(errors, row_field_name(i, "sku"),
                           message("There is no product with the SKU \xe2\x80\x9c%s\xe2\x80\x9d in the catalog.", sku));
        }
    } else if (c->kind == AR_CONTAINS_CATEGORY) {
        int64_t id = 0;
        const struct approval_choice *cat = parse_id(row->category, &id)
            ? find_choice(choices.categories.rows, choices.categories.n, id) : NULL;
        if (!cat) {
            form_error(errors, row_field_name(i, "category"), "Choose a category from the list.");
        } else {
            c->category_id = cat->id;
            copy_field(c->category_name, sizeof c->category_name, cat->name);
        }
    }
    return 1;
}

/* Ticked ids must all be the company's: a forged or stale one is refused. */
static int check_ticks(const struct id_set *set, const struct approval_choice *rows, int n, struct ar_ref *refs,
                       int *count, int cap, int use, const char *field, const char *what, struct form_errors *errors)
{
    for (int i = 0; i < set->n; i++) {
        const struct approval_choice *c = set->ids[i] > 0 ? find_choice(rows, n, set->ids[i]) : NULL;
        if (!c) {
            form_error(errors, field, message("One of the ticked %s is not one of your company's. Reload the page and "
                                              "tick them again.", what));
            return -1;
        }
        if (use && *count < cap) {
            refs[*count].id = c->id;
            copy_field(refs[*count].name, sizeof refs[*count].name, c->name);
            (*count)++;
        }
    }
    return 0;
}

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

/* Checks the submitted form into r. Returns the number of errors. */
static int check_rule(const struct rule_view *v, struct ar_rule *r, struct form_errors *errors)
{
    memset(r, 0, sizeof *r);
    n_messages = 0;
    char name[sizeof v->name];
    text_trim_copy(v->name, name, sizeof name);
    if (!name[0]) form_error(errors, "name", "Give the rule a name.");
    else if (utf8_chars(name) > NAME_MAX_CHARS || strlen(name) >= sizeof r->name)
        form_error(errors, "name", "Use at most 100 characters for the name.");
    else if (validate_text(name, sizeof name, 1)) form_error(errors, "name", "Use a single line of text.");
    ar_copy(r->name, sizeof r->name, name);
    r->active = v->active;
    r->level = (v->level[0] >= '1' && v->level[0] <= '5' && !v->level[1]) ? v->level[0] - '0' : 0;
    if (!r->level) form_error(errors, "level", "Choose a level from 1 to 5.");
    r->any = v->any;

    for (int i = 0; i < v->n_rows; i++)
        if (check_row(&v->rows[i], i, &r->conditions[r->n_conditions], errors)) r->n_conditions++;
    if (r->n_conditions == 0) form_error(errors, "c1_kind", "Add at least one condition: choose what it looks at.");

    if (ar_applies_parse(v->applies_to, &r->applies_to) != 0) {
        form_error(errors, "applies_to", "Choose whom the rule applies to.");
    } else {
        const struct choices *c = &choices;
        int ok = check_ticks(&v->at_role, c->roles, c->n_roles, r->targets, &r->n_targets, AR_TARGETS_MAX,
                             r->applies_to == AR_APPLIES_ROLES, "applies_to", "roles", errors) == 0
              && check_ticks(&v->at_unit, c->units.rows, c->units.n, r->targets, &r->n_targets, AR_TARGETS_MAX,
                             r->applies_to == AR_APPLIES_UNITS, "applies_to", "business units", errors) == 0
              && check_ticks(&v->at_member, c->members, c->n_members, r->targets, &r->n_targets, AR_TARGETS_MAX,
                             r->applies_to == AR_APPLIES_MEMBERS, "applies_to", "members", errors) == 0;
        if (ok && r->applies_to != AR_APPLIES_EVERYONE && r->n_targets == 0)
            form_error(errors, "applies_to",
                       r->applies_to == AR_APPLIES_ROLES ? "Tick at least one role the rule applies to."
                       : r->applies_to == AR_APPLIES_UNITS ? "Tick at least one business unit the rule applies to."
                                                           : "Tick at least one member the rule applies to.");
    }

    if (ar_approver_kind_parse(v->approver_kind, &r->approver_kind) != 0) {
        form_error(errors, "approver_kind", "Choose who approves.");
    } else {
        const struct choices *c = &choices;
        int ok = check_ticks(&v->ap_role, c->roles, c->n_roles, r->approvers, &r->n_approvers, AR_APPROVERS_MAX,
                             r->approver_kind == AR_APPROVER_ROLE, "approver_kind", "roles", errors) == 0
              && check_ticks(&v->ap_member, c->members, c->n_members, r->approvers, &r->n_approvers, AR_APPROVERS_MAX,
                             r->approver_kind == AR_APPROVER_MEMBERS, "approver_kind", "members", errors) == 0;
        if (ok && r->approver_kind == AR_APPROVER_ROLE && r->n_approvers == 0)
            form_error(errors, "approver_kind", "Tick at least one role whose holders approve.");
        else if (ok && r->approver_kind == AR_APPROVER_MEMBERS && r->n_approvers == 0)
            form_error(errors, "approver_kind", "Tick at least one member who approves.");
    }
    r->all = v->all && r->approver_kind != AR_APPROVER_SUPERIOR;
    /* In id order, as the store gives them back: the summary reads the
     * same before and after saving. */
    sort_refs(r->targets, r->n_targets);
    sort_refs(r->approvers, r->n_approvers);
    return errors->count;
}

/* --- Rendering the editor --------------------------------------------------------------- */

static const struct { const char *value, *label; } kind_options[] = {
    { "", "Choose\xe2\x80\xa6" },
    { "order_total", "Order total" },
    { "distinct_skus", "Number of different SKUs" },
    { "total_quantity", "Total quantity (units)" },
    { "shipping_cost", "Shipping cost" },
    { "contains_sku", "Contains a SKU" },
    { "contains_category", "Contains a product of a category" },
    { "period_spend", "Buyer's spend in a period" },
};
static const struct { const char *value, *label; } op_options[] = {
    { "", "\xe2\x80\x94" }, { "gt", "is over" }, { "ge", "is at least" }, { "lt", "is under" },
    { "le", "is at most" }, { "between", "is between" },
};
static const struct { const char *value, *label; } period_options[] = {
    { "", "\xe2\x80\x94" }, { "month", "This calendar month" }, { "quarter", "This calendar quarter" },
    { "year", "This calendar year" }, { "rolling", "The last N days" },
};
#define COUNT_OF(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* Shows the error of field (if any) as <KEY>_INVALID / <KEY>_ERROR in d. */
static void field_error(tpl_dict *d, const struct form_errors *errors, const char *field, const char *key)
{
    if (!errors) return;
    char name[64];
    for (int i = 0; i < errors->count; i++) {
        if (strcmp(errors->items[i].field, field) != 0) continue;
        snprintf(name, sizeof name, "%s_INVALID", key);
        tpl_show(d, name);
        snprintf(name, sizeof name, "%s_ERROR", key);
        tpl_set(tpl_add_section(d, name), "MESSAGE", errors->items[i].message);
        return;
    }
}

static void indent(tpl_dict *row, int depth)
{
    for (int i = 0; i < depth && i < INDENT_MAX; i++) tpl_add_section(row, "INDENT");
}

/* "   Name" with no-break spaces for <option>, which ignores other markup. */
static void indented(const char *name, int depth, char *out, size_t size)
{
    size_t n = 0;
    out[0] = '\0';
    for (int i = 0; i < depth && i < INDENT_MAX && n + 7 < size; i++) {
        memcpy(out + n, "\xc2\xa0\xc2\xa0\xc2\xa0", 6);
        n += 6;
        out[n] = '\0';
    }
    snprintf(out + n, size - n, "%s", name);
}

/* What the amount field is called for a kind (money, a count, or the
 * buyer's spend with this order), and the keyboard it wants. */
static const char *amount_label(enum ar_kind kind)
{
    return kind == AR_PERIOD_SPEND ? "Spend over" : ar_kind_is_money(kind) ? "Amount" : "Number";
}

static const char *amount_mode(enum ar_kind kind)
{
    return ar_kind_is_money(kind) ? "decimal" : "numeric";
}

/* The parts of a condition block, as the template and the script name them. */
static const struct {
    unsigned part;
    const char *what, *key;
} parts[] = {
    { 0, "kind", "KIND" },
    { AR_PART_OP, "op", "OP" },
    { AR_PART_AMOUNT, "amount", "AMOUNT" },
    { AR_PART_AMOUNT2, "amount2", "AMOUNT2" },
    { AR_PART_SKU, "sku", "SKU" },
    { AR_PART_CATEGORY, "category", "CATEGORY" },
    { AR_PART_PERIOD, "period", "PERIOD" },
    { AR_PART_DAYS, "days", "DAYS" },
};

/* One condition block (approvals/rule_condition.tpl) into r: row i of v,
 * or the blank block the script copies (row NULL, number 0). Parts the
 * kind does not use are rendered hidden and disabled; KINDS_<PART> lists
 * the kinds that use a part, so the script shows the same ones. */
static void fill_condition(tpl_dict *r, const struct rule_view *v, const struct cond_view *row, int i, int editable,
                           const struct form_errors *errors)
{
    static const struct cond_view blank;
    if (!row) row = &blank;
    tpl_set_int(r, "N", row == &blank ? 0 : i + 1);
    tpl_set(r, "AMOUNT", row->amount);
    tpl_set(r, "AMOUNT2", row->amount2);
    tpl_set(r, "SKU", row->sku);
    tpl_set(r, "DAYS", row->days);
    enum ar_kind kind;
    int known = ar_kind_parse(row->kind, &kind) == 0;
    tpl_set(r, "AMOUNT_LABEL", known ? amount_label(kind) : "Amount");
    tpl_set(r, "AMOUNT_MODE", known ? amount_mode(kind) : "decimal");
    for (int k = 0; k < COUNT_OF(kind_options); k++) {
        tpl_dict *o = tpl_add_section(r, "KIND");
        enum ar_kind option;
        tpl_set(o, "VALUE", kind_options[k].value);
        tpl_set(o, "LABEL", kind_options[k].label);
        if (ar_kind_parse(kind_options[k].value, &option) == 0
            && (ar_condition_parts(option, AR_OP_NONE, AR_PERIOD_NONE) & AR_PART_AMOUNT)) {
            tpl_dict *amount = tpl_add_section(o, "USES_AMOUNT");
            tpl_set(amount, "TEXT", amount_label(option));
            tpl_set(amount, "MODE", amount_mode(option));
        }
        if (strcmp(row->kind, kind_options[k].value) == 0) tpl_show(o, "SELECTED");
    }
    for (int k = 0; k < COUNT_OF(op_options); k++) {
        tpl_dict *o = tpl_add_section(r, "OP");
        tpl_set(o, "VALUE", op_options[k].value);
        tpl_set(o, "LABEL", op_options[k].label);
        if (strcmp(row->op, op_options[k].value) == 0) tpl_show(o, "SELECTED");
    }
    for (int k = 0; k < COUNT_OF(period_options); k++) {
        tpl_dict *o = tpl_add_section(r, "PERIOD");
        tpl_set(o, "VALUE", period_options[k].value);
        tpl_set(o, "LABEL", period_options[k].label);
        if (strcmp(row->period, period_options[k].value) == 0) tpl_show(o, "SELECTED");
    }
    char label[AR_NAME_MAX + 32];
    const struct tree_choices *t = &choices.categories;
    for (int k = 0; k < t->n; k++) {
        const struct approval_choice *cat = &t->rows[t->order[k]];
        tpl_dict *o = tpl_add_section(r, "CATEGORY");
        tpl_set_int(o, "ID", cat->id);
        indented(cat->name, t->depth[k], label, sizeof label);
        tpl_set(o, "NAME", label);
        char id[24];
        snprintf(id, sizeof id, "%lld", (long long)cat->id);
        if (strcmp(row->category, id) == 0) tpl_show(o, "SELECTED");
    }
    unsigned uses = row_parts(row);
    char key[32], kinds[256];
    for (int p = 1; p < COUNT_OF(parts); p++) {
        kinds[0] = '\0';
        for (int k = 0; k < AR_KIND_COUNT; k++) {
            if (!(ar_condition_parts((enum ar_kind)k, AR_OP_BETWEEN, AR_PERIOD_ROLLING) & parts[p].part)) continue;
            size_t n = strlen(kinds);
            snprintf(kinds + n, sizeof kinds - n, "%s%s", n ? " " : "", ar_kind_name((enum ar_kind)k));
        }
        snprintf(key, sizeof key, "KINDS_%s", parts[p].key);
        tpl_set(r, key, kinds);
        snprintf(key, sizeof key, "%s_HIDDEN", parts[p].key);
        if (!(uses & parts[p].part)) tpl_show(r, key);
    }
    if (editable) {
        tpl_dict *e = tpl_add_section(r, "EDITABLE");
        tpl_set_int(e, "N", row == &blank ? 0 : i + 1);
        if (v->n_rows < 2 && row != &blank) tpl_show(e, "ONLY_ONE");
    }
    if (row != &blank && v->focus_row == i + 1) tpl_show(r, "FOCUS");
    if (row == &blank || !errors) return;
    int any = 0;
    for (int p = 0; p < COUNT_OF(parts); p++) {
        const char *field = row_field_name(i, parts[p].what);
        field_error(r, errors, field, parts[p].key);
        for (int e = 0; e < errors->count; e++) any |= strcmp(errors->items[e].field, field) == 0;
    }
    if (any) tpl_show(r, "ERRORS");
}

static void fill_rows(tpl_dict *d, const struct rule_view *v, int editable, const struct form_errors *errors)
{
    for (int i = 0; i < v->n_rows; i++)
        fill_condition(tpl_include(d, "CONDITION", "approvals/rule_condition.tpl"), v, &v->rows[i], i, editable, errors);
    fill_condition(tpl_include(d, "CONDITION_TEMPLATE", "approvals/rule_condition.tpl"), v, NULL, 0, editable, NULL);
    tpl_set_int(d, "CONDITIONS_MAX", ROWS);
    if (v->n_rows >= ROWS) tpl_show(d, "CONDITIONS_FULL");
}

static void fill_boxes(tpl_dict *d, const char *section, const struct approval_choice *rows, int n,
                       const struct id_set *ticked)
{
    for (int i = 0; i < n; i++) {
        tpl_dict *b = tpl_add_section(d, section);
        tpl_set_int(b, "ID", rows[i].id);
        tpl_set(b, "NAME", rows[i].name);
        if (rows[i].detail[0]) tpl_set(tpl_add_section(b, "DETAIL"), "TEXT", rows[i].detail);
        if (rows[i].builtin) tpl_show(b, "BUILTIN");
        if (set_has(ticked, rows[i].id)) tpl_show(b, "CHECKED");
    }
}

static void fill_unit_boxes(tpl_dict *d, const char *section, const struct id_set *ticked)
{
    const struct tree_choices *t = &choices.units;
    for (int k = 0; k < t->n; k++) {
        const struct approval_choice *u = &t->rows[t->order[k]];
        tpl_dict *b = tpl_add_section(d, section);
        tpl_set_int(b, "ID", u->id);
        tpl_set(b, "NAME", u->name);
        indent(b, t->depth[k]);
        if (set_has(ticked, u->id)) tpl_show(b, "CHECKED");
    }
}

enum editor_mode { EDITOR_NEW, EDITOR_EDIT };

static void render_editor(struct request *req, int status, enum editor_mode mode, const struct ar_rule *saved,
                          const struct rule_view *v, const struct form_errors *errors)
{
    const char *title = mode == EDITOR_NEW ? "New approval rule" : saved->name;
    tpl_dict *d = response_page(req, status, "approvals/rule.tpl", title);
    tpl_set(d, "TITLE", title);
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    if (errors && errors->count) form_fill_labelled(d, req, rule_fields, rule_labels, errors);
    tpl_set(d, "NAME", v->name);
    if (v->active) tpl_show(d, "ACTIVE_CHECKED");
    for (int l = 1; l <= AR_LEVEL_MAX; l++) {
        tpl_dict *o = tpl_add_section(d, "LEVEL_OPTION");
        tpl_set_int(o, "VALUE", l);
        if (v->level[0] == '0' + l && !v->level[1]) tpl_show(o, "SELECTED");
    }
    tpl_show(d, v->any ? "COMBINE_ANY" : "COMBINE_ALL");
    fill_rows(d, v, can_edit(req), errors);
    static const char *const applies[] = { "everyone", "roles", "units", "members" };
    static const char *const applies_keys[] = { "AT_EVERYONE", "AT_ROLES", "AT_UNITS", "AT_MEMBERS" };
    for (int i = 0; i < 4; i++)
        if (strcmp(v->applies_to, applies[i]) == 0) tpl_show(d, applies_keys[i]);
    fill_boxes(d, "AT_ROLE", choices.roles, choices.n_roles, &v->at_role);
    fill_unit_boxes(d, "AT_UNIT", &v->at_unit);
    fill_boxes(d, "AT_MEMBER", choices.members, choices.n_members, &v->at_member);
    static const char *const kinds[] = { "role", "members", "superior" };
    static const char *const kind_keys[] = { "AP_ROLE_KIND", "AP_MEMBERS_KIND", "AP_SUPERIOR_KIND" };
    for (int i = 0; i < 3; i++)
        if (strcmp(v->approver_kind, kinds[i]) == 0) tpl_show(d, kind_keys[i]);
    fill_boxes(d, "AP_ROLE", choices.roles, choices.n_roles, &v->ap_role);
    fill_boxes(d, "AP_MEMBER", choices.members, choices.n_members, &v->ap_member);
    tpl_show(d, v->all ? "MODE_ALL" : "MODE_ANY");
    if (!choices.n_members) tpl_show(d, "NO_MEMBERS");
    if (can_edit(req)) tpl_show(d, "EDITABLE");
    else tpl_show(d, "READ_ONLY");

    if (mode == EDITOR_NEW) {
        tpl_show(d, "NEW");
        tpl_set(d, "ACTION", "/account/approval-rules");
        tpl_set(d, "SUBMIT", "Create rule");
        return;
    }
    char url[64], summary[SUMMARY_MAX], updated[32];
    snprintf(url, sizeof url, "/account/approval-rules/%lld", (long long)saved->id);
    tpl_set(d, "ACTION", url);
    tpl_set(d, "SUBMIT", "Save changes");
    tpl_set_int(d, "ID", saved->id);
    summary_of(saved, summary, sizeof summary);
    format_date(saved->updated_at, updated, sizeof updated);
    tpl_dict *s = tpl_add_section(d, "SAVED");
    tpl_set(s, "SUMMARY", summary);
    tpl_set(s, "UPDATED", updated);
    tpl_show(s, saved->active ? "IS_ACTIVE" : "IS_INACTIVE");
    if (can_edit(req)) {
        tpl_dict *del = tpl_add_section(d, "DELETE");
        tpl_set_int(del, "ID", saved->id);
        tpl_set(del, "NAME", saved->name);
        tpl_set(del, "CSRF_TOKEN", req->csrf_token);
        field_error(del, errors, "confirm", "CONFIRM");
    }
}

/* --- The list -------------------------------------------------------------------------- */

static const char *const settings_fields[] = { "spending_limit_action", "reminder_days", "escalate", NULL };
static const char *const settings_labels[] = { "Over a spending limit", "Reminder after", "Escalate", NULL };

static void render_list(struct request *req, int status, const struct form_errors *errors)
{
    static struct ar_rule rules[APPROVAL_RULES_MAX];
    static struct spending_limit limits[APPROVAL_LIMITS_MAX];
    int64_t company = req->session.company_id;
    int n = store_approval_rules_load(company, 0, 0, rules, APPROVAL_RULES_MAX);
    int nl = store_spending_limits_list(company, limits, APPROVAL_LIMITS_MAX);
    struct approval_settings settings;
    if (n < 0 || nl < 0 || store_approval_settings_get(company, &settings) != 1) {
        response_error(req, 500, "The approval rules could not be loaded. Please try again.");
        return;
    }
    tpl_dict *d = response_page(req, status, "approvals/rules.tpl", "Approval rules");
    tpl_set(d, "COMPANY_NAME", req->session.company_name);
    char summary[SUMMARY_MAX], text[64];
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(d, "RULE");
        tpl_set_int(row, "ID", rules[i].id);
        tpl_set(row, "NAME", rules[i].name);
        summary_of(&rules[i], summary, sizeof summary);
        tpl_set(row, "SUMMARY", summary);
        tpl_set_int(row, "LEVEL", rules[i].level);
        tpl_show(row, rules[i].active ? "ACTIVE" : "INACTIVE");
        tpl_set(row, "ACTION_LABEL", can_edit(req) ? "Edit" : "View");
    }
    tpl_show(d, n > 0 ? "HAS_RULES" : "NO_RULES");
    for (int i = 0; i < nl; i++) {
        tpl_dict *row = tpl_add_section(d, "LIMIT");
        tpl_set_int(row, "USER_ID", limits[i].user_id);
        tpl_set(row, "NAME", limits[i].name);
        format_money(limits[i].amount, CURRENCY, text, sizeof text);
        tpl_set(row, "AMOUNT", text);
        ar_period_per(limits[i].period, limits[i].days, text, sizeof text);
        tpl_set(row, "PER", text);
        tpl_show(row, permissions_allow(req->session.permissions, PERM_MANAGE_MEMBERS) ? "LINKED" : "PLAIN");
    }
    tpl_show(d, nl > 0 ? "HAS_LIMITS" : "NO_LIMITS");
    tpl_show(d, settings.refuse ? "LIMIT_REFUSES" : "LIMIT_ASKS");

    /* The settings form keeps what was posted when it comes back with errors. */
    int posted = errors && errors->count;
    const char *action = posted ? req_form(req, "spending_limit_action") : settings.refuse ? "refuse" : "approval";
    int escalate = posted ? req_form(req, "escalate")[0] != '\0' : settings.escalate;
    char days[16];
    snprintf(days, sizeof days, "%d", settings.reminder_days);
    tpl_dict *s = tpl_add_section(d, "SETTINGS");
    if (posted) form_fill_labelled(s, req, settings_fields, settings_labels, errors);
    else tpl_set(s, "REMINDER_DAYS", days);
    tpl_show(s, strcmp(action, "refuse") == 0 ? "ACTION_REFUSE" : "ACTION_APPROVAL");
    if (escalate) tpl_show(s, "ESCALATE_CHECKED");
    tpl_set(s, "CSRF_TOKEN", req->csrf_token);
    if (can_edit(req)) {
        tpl_show(s, "EDITABLE");
        tpl_show(d, "CAN_ADD");
    } else {
        tpl_show(s, "LOCKED");
        tpl_show(d, "READ_ONLY");
    }
}

void page_approval_rules(struct request *req)
{
    render_list(req, 200, NULL);
}

static void settings_words(const struct approval_settings *s, char *action, size_t asize, char *days, size_t dsize,
                           char *escalate, size_t esize)
{
    snprintf(action, asize, "%s", s->refuse ? "Refuse the order" : "Ask the superior to approve");
    if (s->reminder_days) snprintf(days, dsize, "%d day%s", s->reminder_days, s->reminder_days == 1 ? "" : "s");
    else snprintf(days, dsize, "Never");
    snprintf(escalate, esize, "%s", s->escalate ? "Yes" : "No");
}

void page_approval_settings_save(struct request *req)
{
    struct form_errors errors = { 0 };
    struct approval_settings in = { 0 };
    const char *action = req_form(req, "spending_limit_action");
    if (strcmp(action, "refuse") == 0) in.refuse = 1;
    else if (strcmp(action, "approval") != 0)
        form_error(&errors, "spending_limit_action", "Choose what happens when an order goes over a spending limit.");
    int64_t days = 0;
    const char *days_text = req_form(req, "reminder_days");
    if (!days_text[0]) days = 0;
    else if (ar_count_parse(days_text, &days) != 0 || days > REMINDER_DAYS_MAX)
        form_error(&errors, "reminder_days", "Enter a number of days from 0 (never) to 60.");
    in.reminder_days = (int)(days >= 0 && days <= REMINDER_DAYS_MAX ? days : 0);
    in.escalate = req_form(req, "escalate")[0] != '\0';
    if (in.escalate && in.reminder_days == 0 && !errors.count)
        form_error(&errors, "escalate", "Escalation happens with a reminder: set the reminder days first.");
    if (errors.count) {
        render_list(req, 422, &errors);
        return;
    }
    if (!begin(req)) return;
    struct approval_settings old;
    if (store_approval_settings_get(req->session.company_id, &old) != 1) {
        finish(req, 0, "settings");
        return;
    }
    char a0[64], d0[32], e0[8], a1[64], d1[32], e1[8];
    settings_words(&old, a0, sizeof a0, d0, sizeof d0, e0, sizeof e0);
    settings_words(&in, a1, sizeof a1, d1, sizeof d1, e1, sizeof e1);
    struct audit_change changes[3];
    size_t n = 0;
    if (old.refuse != in.refuse) changes[n++] = (struct audit_change){ "Over a spending limit", a0, a1 };
    if (old.reminder_days != in.reminder_days) changes[n++] = (struct audit_change){ "Reminder after", d0, d1 };
    if (old.escalate != in.escalate) changes[n++] = (struct audit_change){ "Escalate to the superior", e0, e1 };
    if (n == 0) {
        db_rollback();
        flash_set(req, "info", "Nothing was changed.");
        response_redirect(req, "/account/approval-rules");
        return;
    }
    int ok = store_approval_settings_set(req->session.company_id, &in) == 1
          && audit_record(&req->actor, req->session.company_id, "approval_settings.updated", req->session.company_name,
                          changes, n) == 0;
    if (!finish(req, ok, "settings")) return;
    flash_set(req, "success", "The approval settings are saved.");
    response_redirect(req, "/account/approval-rules");
}

/* --- One rule ------------------------------------------------------------------------ */

static int load_editor_choices(struct request *req)
{
    if (load_choices(req->session.company_id, &choices) == 0) return 1;
    response_error(req, 500, "The rule editor could not be loaded. Please try again.");
    return 0;
}

/* The rule named by :id in this company, or 404. */
static int load_rule(struct request *req, struct ar_rule *r)
{
    int64_t id;
    int found = parse_id(req->params.values[0], &id) ? store_approval_rule_get(req->session.company_id, id, r) : 0;
    return response_found(req, found, "approval rule");
}

void page_approval_rule_new(struct request *req)
{
    if (!load_editor_choices(req)) return;
    new_view(&view);
    render_editor(req, 200, EDITOR_NEW, NULL, &view, NULL);
}

void page_approval_rule(struct request *req)
{
    static struct ar_rule saved;
    if (!load_rule(req, &saved) || !load_editor_choices(req)) return;
    view_from_rule(&saved, &view);
    render_editor(req, 200, EDITOR_EDIT, &saved, &view, NULL);
}

/* The block a button names ("remove-2" with prefix "remove-"): 1..n, or 0. */
static int action_row(const char *action, const char *prefix, int n)
{
    size_t len = strlen(prefix);
    if (strncmp(action, prefix, len) != 0) return 0;
    int64_t row;
    return parse_id(action + len, &row) && row <= n ? (int)row : 0;
}

/* The buttons that change the form itself when it has no script: "Add
 * condition", "Remove" and "Update fields" (action=add, remove-N,
 * update-N). The form comes back with every value kept and nothing saved,
 * the block concerned focused; an action it does not know just shows the
 * form again. Returns 1 when the post had an action (answered), 0 to save. */
static int editor_action(struct request *req, enum editor_mode mode, const struct ar_rule *saved, struct rule_view *v)
{
    const char *action = req_form(req, "action");
    if (!action[0]) return 0;
    int row;
    if (strcmp(action, "add") == 0) {
        if (v->n_rows < ROWS) memset(&v->rows[v->n_rows++], 0, sizeof v->rows[0]);
        v->focus_row = v->n_rows;
    } else if ((row = action_row(action, "remove-", v->n_rows)) > 0) {
        memmove(&v->rows[row - 1], &v->rows[row], (size_t)(v->n_rows - row) * sizeof v->rows[0]);
        if (--v->n_rows == 0) memset(&v->rows[v->n_rows++], 0, sizeof v->rows[0]);
        v->focus_row = row <= v->n_rows ? row : v->n_rows;
    } else if ((row = action_row(action, "update-", v->n_rows)) > 0) {
        v->focus_row = row;
    }
    render_editor(req, 200, mode, saved, v, NULL);
    return 1;
}

static void active_word(int active, char *out, size_t size)
{
    snprintf(out, size, "%s", active ? "Active" : "Inactive");
}

/* Inside the open transaction: 1 when the name is free; else the form is
 * shown again (422, or 500) and the transaction rolled back. */
static int name_is_free(struct request *req, enum editor_mode mode, const struct ar_rule *saved,
                        const struct ar_rule *in)
{
    int taken = store_approval_rule_name_taken(req->session.company_id, in->name, saved ? saved->id : 0);
    if (taken == 0) return 1;
    db_rollback();
    if (taken < 0) {
        response_error(req, 500, "The rule could not be saved. Nothing was changed.");
        return 0;
    }
    struct form_errors errors = { 0 };
    form_error(&errors, "name", "Another rule already has this name. Choose another name.");
    render_editor(req, 409, mode, saved, &view, &errors);
    return 0;
}

void page_approval_rule_create(struct request *req)
{
    static struct ar_rule in;
    if (!load_editor_choices(req)) return;
    view_from_request(req, &view);
    if (editor_action(req, EDITOR_NEW, NULL, &view)) return;
    struct form_errors errors = { 0 };
    if (check_rule(&view, &in, &errors)) {
        render_editor(req, 422, EDITOR_NEW, NULL, &view, &errors);
        return;
    }
    if (!begin(req) || !name_is_free(req, EDITOR_NEW, NULL, &in)) return;
    char summary[SUMMARY_MAX], level[8], active[16];
    summary_of(&in, summary, sizeof summary);
    snprintf(level, sizeof level, "%d", in.level);
    active_word(in.active, active, sizeof active);
    struct audit_change changes[] = {
        { "Name", "", in.name }, { "Status", "", active }, { "Level", "", level }, { "Rule", "", summary },
    };
    int64_t id = 0;
    int ok = store_approval_rule_create(req->session.company_id, &in, clock_now(), &id) == 0
          && audit_record(&req->actor, req->session.company_id, "approval_rule.created", in.name, changes, 4) == 0;
    if (!finish(req, ok, "create")) return;
    char msg[MESSAGE_MAX];
    snprintf(msg, sizeof msg, "The rule \xe2\x80\x9c%s\xe2\x80\x9d is created%s.", in.name,
             in.active ? " and applies to new orders" : " (inactive: it does not apply until you activate it)");
    flash_set(req, "success", msg);
    response_redirect(req, "/account/approval-rules");
}

void page_approval_rule_update(struct request *req)
{
    static struct ar_rule saved, in;
    if (!load_rule(req, &saved) || !load_editor_choices(req)) return;
    view_from_request(req, &view);
    if (editor_action(req, EDITOR_EDIT, &saved, &view)) return;
    struct form_errors errors = { 0 };
    if (check_rule(&view, &in, &errors)) {
        render_editor(req, 422, EDITOR_EDIT, &saved, &view, &errors);
        return;
    }
    in.id = saved.id;
    char url[64];
    snprintf(url, sizeof url, "/account/approval-rules/%lld", (long long)saved.id);
    char s0[SUMMARY_MAX], s1[SUMMARY_MAX], l0[8], l1[8], a0[16], a1[16];
    summary_of(&saved, s0, sizeof s0);
    summary_of(&in, s1, sizeof s1);
    snprintf(l0, sizeof l0, "%d", saved.level);
    snprintf(l1, sizeof l1, "%d", in.level);
    active_word(saved.active, a0, sizeof a0);
    active_word(in.active, a1, sizeof a1);
    struct audit_change changes[4];
    size_t n = 0;
    if (strcmp(saved.name, in.name) != 0) changes[n++] = (struct audit_change){ "Name", saved.name, in.name };
    if (saved.active != in.active) changes[n++] = (struct audit_change){ "Status", a0, a1 };
    if (saved.level != in.level) changes[n++] = (struct audit_change){ "Level", l0, l1 };
    if (strcmp(s0, s1) != 0) changes[n++] = (struct audit_change){ "Rule", s0, s1 };
    if (n == 0) {
        flash_set(req, "info", "Nothing was changed.");
        response_redirect(req, url);
        return;
    }
    if (!begin(req) || !name_is_free(req, EDITOR_EDIT, &saved, &in)) return;
    int updated = store_approval_rule_update(req->session.company_id, &in, clock_now());
    if (updated == 0) {
        db_rollback();
        response_error(req, 404, "There is no such approval rule.");
        return;
    }
    int ok = updated == 1
          && audit_record(&req->actor, req->session.company_id, "approval_rule.updated", in.name, changes, n) == 0;
    if (!finish(req, ok, "update")) return;
    char msg[MESSAGE_MAX];
    snprintf(msg, sizeof msg, "The rule \xe2\x80\x9c%s\xe2\x80\x9d is saved. Orders already waiting keep the approvals they were given.",
             in.name);
    flash_set(req, "success", msg);
    response_redirect(req, url);
}

void page_approval_rule_delete(struct request *req)
{
    static struct ar_rule saved;
    if (!load_rule(req, &saved)) return;
    if (!req_form(req, "confirm")[0]) {
        if (!load_editor_choices(req)) return;
        struct form_errors errors = { 0 };
        form_error(&errors, "confirm", "Tick the box to confirm that the rule should be deleted.");
        view_from_rule(&saved, &view);
        render_editor(req, 422, EDITOR_EDIT, &saved, &view, &errors);
        return;
    }
    char summary[SUMMARY_MAX], level[8], active[16];
    summary_of(&saved, summary, sizeof summary);
    snprintf(level, sizeof level, "%d", saved.level);
    active_word(saved.active, active, sizeof active);
    struct audit_change changes[] = {
        { "Name", saved.name, "" }, { "Status", active, "" }, { "Level", level, "" }, { "Rule", summary, "" },
    };
    if (!begin(req)) return;
    int deleted = store_approval_rule_delete(req->session.company_id, saved.id);
    if (deleted == 0) {
        db_rollback();
        response_error(req, 404, "There is no such approval rule.");
        return;
    }
    int ok = deleted == 1
          && audit_record(&req->actor, req->session.company_id, "approval_rule.deleted", saved.name, changes, 4) == 0;
    if (!finish(req, ok, "delete")) return;
    char msg[MESSAGE_MAX];
    snprintf(msg, sizeof msg, "The rule \xe2\x80\x9c%s\xe2\x80\x9d is deleted. Orders already waiting keep the approvals they were given.",
             saved.name);
    flash_set(req, "success", msg);
    response_redirect(req, "/account/approval-rules");
}

/* --- Spending limits on a member's page -------------------------------------------------- */

static void limit_words(const struct spending_limit *l, int set, char *out, size_t size)
{
    if (!set) {
        snprintf(out, size, "No limit");
        return;
    }
    char amount[48], per[48];
    format_money(l->amount, CURRENCY, amount, sizeof amount);
    ar_period_per(l->period, l->days, per, sizeof per);
    snprintf(out, size, "%s %s", amount, per);
}

/* The spending-limit card of a member's page (team.c), for viewers who
 * manage approval rules. */
void spending_limit_fill(tpl_dict *d, const struct request *req, int64_t user_id, const struct form_errors *errors)
{
    if (!permissions_allow(req->session.permissions, PERM_MANAGE_APPROVAL_RULES)) return;
    struct spending_limit l;
    int set = store_spending_limit_get(req->session.company_id, user_id, &l);
    struct approval_settings settings = { 0 };
    store_approval_settings_get(req->session.company_id, &settings);
    tpl_dict *s = tpl_add_section(d, "SPENDING_LIMIT");
    char words[128];
    limit_words(&l, set == 1, words, sizeof words);
    tpl_set(s, "CURRENT", words);
    tpl_show(s, set == 1 ? "HAS_LIMIT" : "NO_LIMIT");
    tpl_show(s, settings.refuse ? "REFUSES" : "ASKS");
    tpl_set_int(s, "ID", user_id);
    if (!can_edit(req)) return;
    tpl_dict *f = tpl_add_section(s, "LIMIT_FORM");
    tpl_set(f, "CSRF_TOKEN", req->csrf_token);
    tpl_set_int(f, "ID", user_id);
    int posted = errors && errors->count;
    char amount[40] = "", days[16] = "";
    const char *period = "month";
    if (posted) {
        snprintf(amount, sizeof amount, "%s", req_form(req, "limit_amount"));
        snprintf(days, sizeof days, "%s", req_form(req, "limit_days"));
        period = req_form(req, "limit_period");
    } else if (set == 1) {
        ar_money_input(l.amount, amount, sizeof amount);
        if (l.period == AR_PERIOD_ROLLING) snprintf(days, sizeof days, "%d", l.days);
        period = ar_period_name(l.period);
    }
    tpl_set(f, "LIMIT_AMOUNT", amount);
    tpl_set(f, "LIMIT_DAYS", days);
    static const struct { const char *value, *label; } limit_periods[] = {
        { "month", "Month" }, { "quarter", "Quarter" }, { "year", "Year" }, { "rolling", "Last N days" },
    };
    for (int k = 0; k < COUNT_OF(limit_periods); k++) {
        tpl_dict *o = tpl_add_section(f, "LIMIT_PERIOD_OPTION");
        tpl_set(o, "VALUE", limit_periods[k].value);
        tpl_set(o, "LABEL", limit_periods[k].label);
        if (strcmp(period, limit_periods[k].value) == 0) tpl_show(o, "SELECTED");
    }
    field_error(f, errors, "limit_amount", "LIMIT_AMOUNT");
    field_error(f, errors, "limit_period", "LIMIT_PERIOD");
    field_error(f, errors, "limit_days", "LIMIT_DAYS");
    if (set == 1) tpl_show(f, "CAN_REMOVE");
}

void page_team_member_spending_limit(struct request *req)
{
    int64_t user_id;
    if (!parse_id(req->params.values[0], &user_id)) {
        response_error(req, 404, "There is no such member in your company.");
        return;
    }
    static struct approval_choice members[APPROVAL_CHOICES_MAX];
    int nm = store_approval_choice_members(req->session.company_id, members, APPROVAL_CHOICES_MAX);
    const struct approval_choice *member = nm > 0 ? find_choice(members, nm, user_id) : NULL;
    if (!member) {
        /* Not an active member of this company (or another company's). */
        response_error(req, nm < 0 ? 500 : 404, nm < 0 ? "Something went wrong." : "There is no such member in your company.");
        return;
    }
    int remove = req_form(req, "remove")[0] != '\0';
    struct form_errors errors = { 0 };
    int64_t amount = 0, days = 0;
    enum ar_period period = AR_PERIOD_MONTH;
    if (!remove) {
        const char *text = req_form(req, "limit_amount");
        if (!text[0]) form_error(&errors, "limit_amount", "Enter an amount, like 1,000.00, or remove the limit.");
        else if (ar_money_parse(text, &amount) != 0)
            form_error(&errors, "limit_amount", "Enter an amount in dollars and cents, like 1,000.00 (no negative amounts).");
        if (ar_period_parse(req_form(req, "limit_period"), &period) != 0 || period == AR_PERIOD_NONE)
            form_error(&errors, "limit_period", "Choose the period the limit covers.");
        else if (period == AR_PERIOD_ROLLING
                 && (ar_count_parse(req_form(req, "limit_days"), &days) != 0 || days < 1 || days > AR_DAYS_MAX))
            form_error(&errors, "limit_days", "Enter the number of days, from 1 to 3660.");
        if (errors.count) {
            team_member_page(req, 422, user_id, &errors);
            return;
        }
    }
    /* Back to the member's page, or to the rules for someone who manages
     * rules but not members. */
    char url[64];
    if (permissions_allow(req->session.permissions, PERM_MANAGE_MEMBERS))
        snprintf(url, sizeof url, "/account/team/%lld", (long long)user_id);
    else snprintf(url, sizeof url, "/account/approval-rules");
    if (!begin(req)) return;
    struct spending_limit old, now_limit = { .amount = amount, .period = period, .days = (int)days };
    int had = store_spending_limit_get(req->session.company_id, user_id, &old);
    if (had < 0) {
        finish(req, 0, "limit");
        return;
    }
    char before[128], after[128];
    limit_words(&old, had == 1, before, sizeof before);
    limit_words(&now_limit, !remove, after, sizeof after);
    if (strcmp(before, after) == 0) {
        db_rollback();
        flash_set(req, "info", "Nothing was changed.");
        response_redirect(req, url);
        return;
    }
    int ok = remove ? store_spending_limit_clear(req->session.company_id, user_id) >= 0
                    : store_spending_limit_set(req->session.company_id, user_id, amount, period, (int)days, clock_now()) == 0;
    struct audit_change changes[] = { { "Spending limit", before, after } };
    ok = ok && audit_record(&req->actor, req->session.company_id, "spending_limit.set", member->name, changes, 1) == 0;
    if (!finish(req, ok, "limit")) return;
    char msg[MESSAGE_MAX];
    if (remove) snprintf(msg, sizeof msg, "%s has no spending limit any more.", member->name);
    else snprintf(msg, sizeof msg, "%s's spending limit is now %s.", member->name, after);
    flash_set(req, "success", msg);
    response_redirect(req, url);
}
