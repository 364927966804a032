/* The rule editor (/account/approval-rules/new and /:id): the page with
 * its condition blocks, which work with and without a script, and
 * creating, updating and deleting a rule, each in one transaction with its
 * audit entry. Reading and checking the form is rule_form.c. A rule is read
 * and written for req->session.company_id only: another company's rule is
 * "not found". */
#include "approvals/pages.h"

#include <stdio.h>
#include <string.h>

#include "approvals/approval_rules.h"
#include "approvals/approval_rules_store.h"
#include "approvals/rule_form.h"
#include "approvals/rules_page_common.h"
#include "audit/audit.h"
#include "base/clock.h"
#include "base/db.h"
#include "base/format.h"
#include "base/validate.h"
#include "web/form.h"
#include "web/response.h"

#define INDENT_MAX 6

static struct rule_view view;

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
    unsigned uses = rule_row_parts(row);
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
        const char *field = rule_row_field_name(i, parts[p].what);
        rules_field_error(r, errors, field, parts[p].key);
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
        if (rule_set_has(ticked, rows[i].id)) tpl_show(b, "CHECKED");
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
        if (rule_set_has(ticked, u->id)) tpl_show(b, "CHECKED");
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
    if (v->posted || (errors && errors->count)) form_fill_labelled(d, req, rule_fields, rule_labels, errors);
    if (!v->posted) tpl_set(d, "NAME", v->name);
    if (v->active) tpl_show(d, "ACTIVE_CHECKED");
    for (int l = 1; l <= AR_LEVEL_MAX; l++) {
        tpl_dict *o = tpl_add_section(d, "LEVEL_OPTION");
        tpl_set_int(o, "VALUE", l);
        if (v->level[0] == '0' + l && !v->level[1]) tpl_show(o, "SELECTED");
    }
    tpl_show(d, v->any ? "COMBINE_ANY" : "COMBINE_ALL");
    fill_rows(d, v, rules_can_edit(req), errors);
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
    if (rules_can_edit(req)) tpl_show(d, "EDITABLE");
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
    rules_summary_of(saved, summary, sizeof summary);
    format_date(saved->updated_at, updated, sizeof updated);
    tpl_dict *s = tpl_add_section(d, "SAVED");
    tpl_set(s, "SUMMARY", summary);
    tpl_set(s, "UPDATED", updated);
    tpl_show(s, saved->active ? "IS_ACTIVE" : "IS_INACTIVE");
    if (rules_can_edit(req)) {
        tpl_dict *del = tpl_add_section(d, "DELETE");
        tpl_set_int(del, "ID", saved->id);
        tpl_set(del, "NAME", saved->name);
        tpl_set(del, "CSRF_TOKEN", req->csrf_token);
        rules_field_error(del, errors, "confirm", "CONFIRM");
    }
}

/* --- One rule ------------------------------------------------------------------------ */

static int load_editor_choices(struct request *req)
{
    if (rule_load_choices(req->session.company_id, &choices) == 0) return 1;
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
    rule_view_new(&view);
    render_editor(req, 200, EDITOR_NEW, NULL, &view, NULL);
}

void page_approval_rule(struct request *req)
{
    static struct ar_rule saved;
    if (!load_rule(req, &saved) || !load_editor_choices(req)) return;
    rule_view_from_rule(&saved, &view);
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
    const char *action = field_text(req, "action");
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
    rule_view_from_request(req, &view);
    if (editor_action(req, EDITOR_NEW, NULL, &view)) return;
    struct form_errors errors = *field_errors(req);
    if (rule_check(&view, &in, &errors)) {
        render_editor(req, 422, EDITOR_NEW, NULL, &view, &errors);
        return;
    }
    if (!tx_begin(req) || !name_is_free(req, EDITOR_NEW, NULL, &in)) return;
    char summary[SUMMARY_MAX], level[8], active[16];
    rules_summary_of(&in, summary, sizeof summary);
    snprintf(level, sizeof level, "%d", in.level);
    active_word(in.active, active, sizeof active);
    struct audit_change changes[] = {
        { "Name", "", in.name }, { "Status", "", active }, { "Level", "", level }, { "Rule", "", summary },
    };
    int64_t id = 0;
    int ok = store_approval_rule_create(req->session.company_id, &in, clock_now(), &id) == 0
          && audit_record(&req->actor, req->session.company_id, "approval_rule.created", in.name, changes, 4) == 0;
    if (!tx_commit(req, ok, "create")) return;
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
    rule_view_from_request(req, &view);
    if (editor_action(req, EDITOR_EDIT, &saved, &view)) return;
    struct form_errors errors = *field_errors(req);
    if (rule_check(&view, &in, &errors)) {
        render_editor(req, 422, EDITOR_EDIT, &saved, &view, &errors);
        return;
    }
    in.id = saved.id;
    char url[64];
    snprintf(url, sizeof url, "/account/approval-rules/%lld", (long long)saved.id);
    char s0[SUMMARY_MAX], s1[SUMMARY_MAX], l0[8], l1[8], a0[16], a1[16];
    rules_summary_of(&saved, s0, sizeof s0);
    rules_summary_of(&in, s1, sizeof s1);
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
    if (!tx_begin(req) || !name_is_free(req, EDITOR_EDIT, &saved, &in)) return;
    int updated = store_approval_rule_update(req->session.company_id, &in, clock_now());
    if (updated == 0) {
        db_rollback();
        response_error(req, 404, "There is no such approval rule.");
        return;
    }
    int ok = updated == 1
          && audit_record(&req->actor, req->session.company_id, "approval_rule.updated", in.name, changes, n) == 0;
    if (!tx_commit(req, ok, "update")) return;
    char msg[MESSAGE_MAX];
    snprintf(msg, sizeof msg, "The rule \xe2\x80\x9c%s\xe2\x80\x9d is saved. Orders already waiting keep the approvals they were given.",
             in.name);
    flash_set(req, "success", msg);
    response_redirect(req, url);
}

/* The box that confirms it. A box never fails its declaration, so the
 * handler asks for it to be ticked. */
static const struct field delete_fields[] = {
    { "confirm", "Confirm", FIELD_CHECKBOX, 0, 0, 0, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_approval_rule_delete = { "approval_rule_delete", delete_fields };

void page_approval_rule_delete(struct request *req)
{
    static struct ar_rule saved;
    if (!load_rule(req, &saved)) return;
    if (!field_number(req, "confirm")) {
        if (!load_editor_choices(req)) return;
        struct form_errors errors = { 0 };
        form_error(&errors, "confirm", "Tick the box to confirm that the rule should be deleted.");
        rule_view_from_rule(&saved, &view);
        render_editor(req, 422, EDITOR_EDIT, &saved, &view, &errors);
        return;
    }
    char summary[SUMMARY_MAX], level[8], active[16];
    rules_summary_of(&saved, summary, sizeof summary);
    snprintf(level, sizeof level, "%d", saved.level);
    active_word(saved.active, active, sizeof active);
    struct audit_change changes[] = {
        { "Name", saved.name, "" }, { "Status", active, "" }, { "Level", level, "" }, { "Rule", summary, "" },
    };
    if (!tx_begin(req)) return;
    int deleted = store_approval_rule_delete(req->session.company_id, saved.id);
    if (deleted == 0) {
        db_rollback();
        response_error(req, 404, "There is no such approval rule.");
        return;
    }
    int ok = deleted == 1
          && audit_record(&req->actor, req->session.company_id, "approval_rule.deleted", saved.name, changes, 4) == 0;
    if (!tx_commit(req, ok, "delete")) return;
    char msg[MESSAGE_MAX];
    snprintf(msg, sizeof msg, "The rule \xe2\x80\x9c%s\xe2\x80\x9d is deleted. Orders already waiting keep the approvals they were given.",
             saved.name);
    flash_set(req, "success", msg);
    response_redirect(req, "/account/approval-rules");
}
