/* The rule editor's form (rule_form.h): loading what it offers, the form
 * as text from a saved rule or from a request (of a condition only the
 * parts its kind uses are read), and the checks that turn it into an
 * ar_rule. Another company's role, unit or member, or an unknown category,
 * in a form is refused, as is a SKU the catalog does not know. */
#include "approvals/rule_form.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "approvals/pages.h"
#include "approvals/rules_page_common.h"
#include "base/validate.h"
#include "base/money.h"
#include "base/utf8.h"

#define NAME_MAX_CHARS 100

/* --- What the editor offers ------------------------------------------------------ */

struct choices choices;

static void order_tree(struct tree_choices *t)
{
    for (int i = 0; i < t->n; i++) {
        t->nodes[i].id = t->rows[i].id;
        t->nodes[i].parent_id = t->rows[i].parent_id;
    }
    unit_tree_depth_order(t->nodes, t->n, t->order, t->depth);
}

int rule_load_choices(int64_t company_id, struct choices *c)
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

/* --- The form as text ---------------------------------------------------------------- */

int rule_set_has(const struct id_set *s, int64_t id)
{
    for (int i = 0; i < s->n; i++)
        if (s->ids[i] == id) return 1;
    return 0;
}

static void set_add(struct id_set *s, int64_t id)
{
    if (!rule_set_has(s, id) && s->n < TICKS_MAX) s->ids[s->n++] = id;
}

static void copy_field(char *out, size_t size, const char *value)
{
    utf8_copy(out, size, value);
}

void rule_view_from_rule(const struct ar_rule *r, struct rule_view *v)
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
            money_plain(c->amount, row->amount, sizeof row->amount);
            if (c->op == AR_OP_BETWEEN) money_plain(c->amount2, row->amount2, sizeof row->amount2);
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

void rule_view_new(struct rule_view *v)
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
unsigned rule_row_parts(const struct cond_view *row)
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
    return field_text(req, name);
}

/* A condition block was on the form when its "Looks at" was posted. */
static int row_posted(const struct request *req, int row)
{
    char name[32];
    row_field(name, sizeof name, row, "kind");
    return form_value(req->input, name) != NULL;
}

/* Condition block `slot` of the form into row: its kind, then only the
 * parts that kind uses (what the form hides is neither read nor kept). */
static void row_from_request(const struct request *req, int slot, struct cond_view *row)
{
    memset(row, 0, sizeof *row);
    copy_field(row->kind, sizeof row->kind, row_value(req, slot, "kind"));
    unsigned uses = rule_row_parts(row);   /* with no comparison or period yet */
    if (uses & AR_PART_OP) copy_field(row->op, sizeof row->op, row_value(req, slot, "op"));
    if (uses & AR_PART_PERIOD) copy_field(row->period, sizeof row->period, row_value(req, slot, "period"));
    uses = rule_row_parts(row);
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
    for (int i = 0; i < req->input->count; i++) {
        const struct field_value *box = &req->input->values[i];
        if (box->field->type != FIELD_CHECKBOX || !box->number) continue;   /* ticked boxes only */
        const char *name = box->name;
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

/* The rule's fields. A condition block's fields (c1_kind, c2_amount, ...)
 * are declared as bounded text: which parts a block has and what they take
 * depend on its kind, so row_from_request and rule_check read them per
 * kind, and blocks are numbered again when a script removed one. A tick
 * (at_role_12, ap_member_7) names its id; it is valid only if it names one
 * of the company's (rule_check). */
static const char *const levels[] = { "1", "2", "3", "4", "5", NULL };
static const char *const combines[] = { "all", "any", NULL };
static const char *const approver_modes[] = { "any", "all", NULL };
static const struct field rule_declared[] = {
    { "name", "Name", FIELD_TEXT, 1, 0, NAME_MAX_CHARS, NULL, "Give the rule a name.", NULL },
    { "active", "Active", FIELD_CHECKBOX, 0, 0, 0, NULL, NULL, NULL },
    { "level", "Level", FIELD_ENUM, 1, 0, 0, levels, "Choose a level from 1 to 5.", "Choose a level from 1 to 5." },
    { "combine", "Combine", FIELD_ENUM, 0, 0, 0, combines, NULL, NULL },
    { "applies_to", "Applies to", FIELD_ENUM, 1, 0, 0, ar_applies_names, "Choose whom the rule applies to.",
      "Choose whom the rule applies to." },
    { "approver_kind", "Approvers", FIELD_ENUM, 1, 0, 0, ar_approver_kind_names, "Choose who approves.",
      "Choose who approves." },
    { "approver_mode", "Approval mode", FIELD_ENUM, 0, 0, 0, approver_modes, NULL, NULL },
    { "action", "Action", FIELD_TEXT, 0, 0, 16, NULL, NULL, NULL },   /* add, remove-N, update-N */
    { "c*_kind", "Looks at", FIELD_TEXT, 0, 0, 31, NULL, NULL, NULL },
    { "c*_op", "Comparison", FIELD_TEXT, 0, 0, 15, NULL, NULL, NULL },
    { "c*_amount", "Amount", FIELD_TEXT, 0, 0, 39, NULL, NULL, NULL },
    { "c*_amount2", "Upper end", FIELD_TEXT, 0, 0, 39, NULL, NULL, NULL },
    { "c*_sku", "SKU", FIELD_TEXT, 0, 0, 64, NULL, NULL, NULL },
    { "c*_category", "Category", FIELD_TEXT, 0, 0, 23, NULL, NULL, NULL },
    { "c*_period", "Period", FIELD_TEXT, 0, 0, 15, NULL, NULL, NULL },
    { "c*_days", "Days", FIELD_TEXT, 0, 0, 15, NULL, NULL, NULL },
    { "at_role_*", "Applies to: role", FIELD_CHECKBOX, 0, 0, 0, NULL, NULL, NULL },
    { "at_unit_*", "Applies to: unit", FIELD_CHECKBOX, 0, 0, 0, NULL, NULL, NULL },
    { "at_member_*", "Applies to: member", FIELD_CHECKBOX, 0, 0, 0, NULL, NULL, NULL },
    { "ap_role_*", "Approver: role", FIELD_CHECKBOX, 0, 0, 0, NULL, NULL, NULL },
    { "ap_member_*", "Approver: member", FIELD_CHECKBOX, 0, 0, 0, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_approval_rule = { "approval_rule", rule_declared };

void rule_view_from_request(const struct request *req, struct rule_view *v)
{
    memset(v, 0, sizeof *v);
    v->posted = 1;
    copy_field(v->name, sizeof v->name, field_text(req, "name"));
    v->active = field_number(req, "active") != 0;
    copy_field(v->level, sizeof v->level, field_text(req, "level"));
    v->any = strcmp(field_text(req, "combine"), "any") == 0;
    /* The blocks posted, in order and numbered again from 1 (a script
     * may have removed one in the middle). */
    for (int i = 0; i < ROWS; i++)
        if (row_posted(req, i)) row_from_request(req, i, &v->rows[v->n_rows++]);
    if (v->n_rows == 0) v->n_rows = 1;
    copy_field(v->applies_to, sizeof v->applies_to, field_text(req, "applies_to"));
    copy_field(v->approver_kind, sizeof v->approver_kind, field_text(req, "approver_kind"));
    v->all = strcmp(field_text(req, "approver_mode"), "all") == 0;
    read_ticks(req, v);
}

/* --- Checking the form ------------------------------------------------------------------ */

/* Field names of the form (for the error summary's labels). */
const char *const rule_fields[] = {
    "name", "level", "combine",
    "c1_kind", "c1_op", "c1_amount", "c1_amount2", "c1_sku", "c1_category", "c1_period", "c1_days",
    "c2_kind", "c2_op", "c2_amount", "c2_amount2", "c2_sku", "c2_category", "c2_period", "c2_days",
    "c3_kind", "c3_op", "c3_amount", "c3_amount2", "c3_sku", "c3_category", "c3_period", "c3_days",
    "c4_kind", "c4_op", "c4_amount", "c4_amount2", "c4_sku", "c4_category", "c4_period", "c4_days",
    "applies_to", "approver_kind", "approver_mode", NULL,
};
const char *const rule_labels[] = {
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
const char *rule_row_field_name(int row, const char *what)
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
    if (money) form_error(errors, field, money_parse(text, MONEY_UNSIGNED, out));
    else if (ar_count_parse(text, out) != 0)
        form_error(errors, field, "Enter a whole number, like 100 (no negative numbers).");
}

/* One condition row: 1 when it holds a condition (into c), 0 when unused. */
static int check_row(const struct cond_view *row, int i, struct ar_condition *c, struct form_errors *errors)
{
    memset(c, 0, sizeof *c);
    if (!row->kind[0]) return 0;
    int before = errors->count;
    if (ar_kind_parse(row->kind, &c->kind) != 0) {
        form_error(errors, rule_row_field_name(i, "kind"), "Choose what the condition looks at from the list.");
        return 1;
    }
    if (ar_kind_has_op(c->kind)) {
        if (ar_op_parse(row->op, &c->op) != 0 || c->op == AR_OP_NONE)
            form_error(errors, rule_row_field_name(i, "op"), "Choose how to compare.");
        check_amount(row->amount, c->kind, &c->amount, rule_row_field_name(i, "amount"), errors);
        if (c->op == AR_OP_BETWEEN) {
            check_amount(row->amount2, c->kind, &c->amount2, rule_row_field_name(i, "amount2"), errors);
            if (errors->count == before && c->amount > c->amount2)
                form_error(errors, rule_row_field_name(i, "amount2"),
                           "The upper end must be at least the lower end (between includes both).");
        }
    } else if (c->kind == AR_PERIOD_SPEND) {
        c->op = AR_OP_GT;
        check_amount(row->amount, c->kind, &c->amount, rule_row_field_name(i, "amount"), errors);
        if (ar_period_parse(row->period, &c->period) != 0 || c->period == AR_PERIOD_NONE) {
            form_error(errors, rule_row_field_name(i, "period"), "Choose the period.");
        } else if (c->period == AR_PERIOD_ROLLING) {
            int64_t days = 0;
            if (ar_count_parse(row->days, &days) != 0 || days < 1 || days > AR_DAYS_MAX)
                form_error(errors, rule_row_field_name(i, "days"), "Enter the number of days, from 1 to 3660.");
            c->period_days = (int)(days > 0 && days <= AR_DAYS_MAX ? days : 0);
        }
    } else if (c->kind == AR_CONTAINS_SKU) {
        char sku[96];
        text_trim_copy(row->sku, sku, sizeof sku);
        if (!sku[0]) {
            form_error(errors, rule_row_field_name(i, "sku"), "Enter the SKU of a product, like PTL-000123.");
        } else {
            int known = store_approval_sku_known(sku, c->sku, sizeof c->sku);
            if (known < 0) form_error(errors, rule_row_field_name(i, "sku"), "The catalog could not be checked. Try again.");
            else if (known == 0)
                form_error(errors, rule_row_field_name(i, "sku"),
                           message("There is no product with the SKU \xe2\x80\x9c%s\xe2\x80\x9d in the catalog.", sku));
        }
    } else if (c->kind == AR_CONTAINS_CATEGORY) {
        int64_t id = 0;
        const struct approval_choice *cat = parse_id(row->category, &id)
            ? rules_find_choice(choices.categories.rows, choices.categories.n, id) : NULL;
        if (!cat) {
            form_error(errors, rule_row_field_name(i, "category"), "Choose a category from the list.");
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
        const struct approval_choice *c = set->ids[i] > 0 ? rules_find_choice(rows, n, set->ids[i]) : NULL;
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

/* Checks the submitted form into r, its own fields checked already (as
 * declared: a field not valid is "" in v). Returns the number of errors. */
int rule_check(const struct rule_view *v, struct ar_rule *r, struct form_errors *errors)
{
    memset(r, 0, sizeof *r);
    n_messages = 0;
    utf8_copy(r->name, sizeof r->name, v->name);
    r->active = v->active;
    r->level = v->level[0] ? v->level[0] - '0' : 0;
    r->any = v->any;

    for (int i = 0; i < v->n_rows; i++)
        if (check_row(&v->rows[i], i, &r->conditions[r->n_conditions], errors)) r->n_conditions++;
    if (r->n_conditions == 0) form_error(errors, "c1_kind", "Add at least one condition: choose what it looks at.");

    if (ar_applies_parse(v->applies_to, &r->applies_to) == 0) {
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

    if (ar_approver_kind_parse(v->approver_kind, &r->approver_kind) == 0) {
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
    ar_sort_refs(r->targets, r->n_targets);
    ar_sort_refs(r->approvers, r->n_approvers);
    return errors->count;
}
