/* Business units: the company's tree of divisions, branches and
 * departments. The company's units are loaded in one query and the tree
 * rules are the pure functions of unit_tree.h. Every change reads the tree
 * inside its own write transaction, so a check and the change it allows
 * see the same tree; another company's unit is "not found" (404). */
#include "team/pages.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "audit/audit.h"
#include "base/db.h"
#include "web/form.h"
#include "web/response.h"
#include "team/units_store.h"
#include "team/unit_tree.h"
#include "team/team_view.h"
#include "base/validate.h"
#include "web/transaction.h"

#define MEMBER_CHOICES_MAX 500
#define INDENT_SHOWN_MAX 8          /* deeper levels are indented no further */
#define DASH "\xe2\x80\x94"

static const char *const unit_kinds[] = { "division", "branch", "department", NULL };
static const char *const unit_kind_labels[] = { "Division", "Branch", "Department", NULL };

#define CHOOSE_KIND "Choose a division, a branch or a department."
#define CHOOSE_PARENT "Choose where the new unit belongs."
#define CHOOSE_MANAGER "Choose an active member of your company, or nobody."
#define CHOOSE_PLACE "Choose where to move the unit."

#define NAME_FIELD { "name", "Name", FIELD_TEXT, 1, 0, UNIT_NAME_MAX, NULL, "Give the unit a name.", NULL }
#define KIND_FIELD { "kind", "Kind", FIELD_ENUM, 1, 0, 0, unit_kinds, CHOOSE_KIND, CHOOSE_KIND }

static const struct field create_fields[] = {
    NAME_FIELD,
    KIND_FIELD,
    { "parent_id", "Under", FIELD_ID, 1, 0, 0, NULL, CHOOSE_PARENT, CHOOSE_PARENT },
    { NULL },
};
const struct form_spec form_unit_create = { "unit_create", create_fields };

/* The company itself sends no kind: it stays "company" (page_unit_update). */
static const struct field details_fields[] = {
    NAME_FIELD,
    KIND_FIELD,
    { "manager_id", "Manager", FIELD_ID, 0, 0, 0, NULL, NULL, CHOOSE_MANAGER },   /* blank: nobody */
    { NULL },
};
const struct form_spec form_unit_update = { "unit_update", details_fields };

static const struct field move_fields[] = {
    { "parent_id", "New place", FIELD_ID, 1, 0, 0, NULL, CHOOSE_PLACE, CHOOSE_PLACE },
    { NULL },
};
const struct form_spec form_unit_move = { "unit_move", move_fields };

static const char *kind_label(const char *kind)
{
    if (strcmp(kind, "company") == 0) return "Company";
    for (int i = 0; unit_kinds[i]; i++)
        if (strcmp(unit_kinds[i], kind) == 0) return unit_kind_labels[i];
    return kind;
}

/* ---- the tree, loaded once per request ------------------------------------ */

struct tree {
    int n;
    struct unit_row rows[UNITS_MAX];
    struct unit_node nodes[UNITS_MAX];
    int order[UNITS_MAX];
    int depth[UNITS_MAX];
};

static struct tree tree;

static int load_tree(int64_t company_id, struct tree *t)
{
    t->n = store_units_of_company(company_id, t->rows, UNITS_MAX);
    if (t->n < 0) return -1;
    for (int i = 0; i < t->n; i++) {
        t->nodes[i].id = t->rows[i].id;
        t->nodes[i].parent_id = t->rows[i].parent_id;
    }
    unit_tree_depth_order(t->nodes, t->n, t->order, t->depth);
    return 0;
}

static const struct unit_row *find_unit(const struct tree *t, int64_t id)
{
    int i = unit_tree_index(t->nodes, t->n, id);
    return i < 0 ? NULL : &t->rows[i];
}

static const struct unit_row *root_unit(const struct tree *t)
{
    for (int i = 0; i < t->n; i++)
        if (t->rows[i].parent_id == 0) return &t->rows[i];
    return NULL;
}

static const char *unit_name(const struct tree *t, int64_t id)
{
    const struct unit_row *u = find_unit(t, id);
    return u ? u->name : "";
}

/* Another unit under the same parent already has this name (ASCII case
 * ignored). */
static int sibling_named(const struct tree *t, int64_t parent_id, const char *name, int64_t except_id)
{
    for (int i = 0; i < t->n; i++)
        if (t->rows[i].parent_id == parent_id && t->rows[i].id != except_id && strcasecmp(t->rows[i].name, name) == 0)
            return 1;
    return 0;
}

/* An option label indented by depth with no-break spaces. */
static void indented(const char *name, int depth, char *out, size_t size)
{
    size_t used = 0;
    out[0] = '\0';
    if (depth > INDENT_SHOWN_MAX) depth = INDENT_SHOWN_MAX;
    for (int i = 0; i < depth * 2 && used + 3 < size; i++) {
        memcpy(out + used, "\xc2\xa0", 2);
        used += 2;
    }
    snprintf(out + used, size - used, "%s", name);
}

/* ---- small helpers ------------------------------------------------------------ */

static void unit_url(int64_t id, char *out, size_t size)
{
    snprintf(out, size, "/account/units/%lld", (long long)id);
}

/* Opens the write transaction and loads the tree in it; answers the page
 * itself on failure. */
static int begin_with_tree(struct request *req)
{
    if (!tx_begin(req)) return 0;
    if (load_tree(req->session.company_id, &tree) == 0) return 1;
    db_rollback();
    response_error(req, 500, "The business units could not be loaded. Please try again.");
    return 0;
}

/* The unit named by :id in the loaded tree, or a 404 (the transaction, if
 * one is open, is rolled back). */
static const struct unit_row *route_unit(struct request *req, int in_transaction)
{
    int64_t id;
    const struct unit_row *u = parse_id(req->params.values[0], &id) ? find_unit(&tree, id) : NULL;
    if (u) return u;
    if (in_transaction) db_rollback();
    response_error(req, 404, "There is no such business unit.");
    return NULL;
}

/* ---- the tree page ---------------------------------------------------------- */

static void fill_kind_options(tpl_dict *d, const char *chosen)
{
    for (int i = 0; unit_kinds[i]; i++) {
        tpl_dict *o = tpl_add_section(d, "KIND_OPTION");
        tpl_set(o, "VALUE", unit_kinds[i]);
        tpl_set(o, "LABEL", unit_kind_labels[i]);
        if (strcmp(unit_kinds[i], chosen) == 0) tpl_show(o, "SELECTED");
    }
}

static void render_units(struct request *req, int status, const struct form_errors *errors)
{
    tpl_dict *d = response_page(req, status, "team/units.tpl", "Business units");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    form_fill_declared(d, req, &form_unit_create, errors);
    if (tree.n == 0) tpl_show(d, "NO_UNITS");
    for (int k = 0; k < tree.n; k++) {
        const struct unit_row *u = &tree.rows[tree.order[k]];
        int depth = tree.depth[k];
        tpl_dict *row = tpl_add_section(d, "UNIT");
        tpl_set_int(row, "ID", u->id);
        tpl_set(row, "NAME", u->name);
        tpl_set(row, "KIND", kind_label(u->kind));
        tpl_set(row, "MANAGER", u->manager_name[0] ? u->manager_name : DASH);
        tpl_set_int(row, "MEMBERS", u->members);
        tpl_set_int(row, "LEVEL", depth + 1);
        if (depth > 0) tpl_show(row, "CHILD");
        else tpl_show(row, "TOP");
        for (int i = 1; i < depth && i < INDENT_SHOWN_MAX; i++) tpl_add_section(row, "INDENT");
        if (u->parent_id) tpl_set(tpl_add_section(row, "UNDER"), "PARENT", unit_name(&tree, u->parent_id));
    }

    /* Where a new unit goes: what was submitted, ?parent=, or the top. */
    int64_t parent = field_number(req, "parent_id");
    if (!parent && !parse_id(req_query(req, "parent"), &parent)) parent = 0;
    if (!find_unit(&tree, parent)) {
        const struct unit_row *root = root_unit(&tree);
        parent = root ? root->id : 0;
    }
    for (int k = 0; k < tree.n; k++) {
        const struct unit_row *u = &tree.rows[tree.order[k]];
        char label[512];
        indented(u->name, tree.depth[k], label, sizeof label);
        tpl_dict *o = tpl_add_section(d, "PARENT_OPTION");
        tpl_set_int(o, "ID", u->id);
        tpl_set(o, "LABEL", label);
        if (u->id == parent) tpl_show(o, "SELECTED");
    }
    fill_kind_options(d, field_ok(req, "kind") ? field_text(req, "kind") : "department");
}

void page_units(struct request *req)
{
    if (load_tree(req->session.company_id, &tree) != 0) {
        response_error(req, 500, "The business units could not be loaded. Please try again.");
        return;
    }
    render_units(req, 200, NULL);
}

void page_unit_create(struct request *req)
{
    const char *name = field_text(req, "name"), *kind = field_text(req, "kind");
    int64_t parent_id = field_number(req, "parent_id");
    if (!begin_with_tree(req)) return;

    struct form_errors errors = *field_errors(req);
    const struct unit_row *parent = find_unit(&tree, parent_id);
    if (field_ok(req, "parent_id") && !parent) form_error(&errors, "parent_id", CHOOSE_PARENT);   /* not this company's */
    else if (!errors.count && sibling_named(&tree, parent_id, name, 0))
        form_error(&errors, "name", "Another unit at this place already has this name.");
    if (errors.count) {
        db_rollback();
        render_units(req, 422, &errors);
        return;
    }
    int64_t id = 0;
    struct audit_change changes[] = {
        { "Name", "", name }, { "Kind", "", kind_label(kind) }, { "Parent", "", parent->name },
    };
    int ok = store_unit_create(req->session.company_id, parent_id, name, kind, clock_now(), &id) == 0
          && audit_record(&req->actor, req->session.company_id, "unit.created", name, changes, 3) == 0;
    if (!tx_commit(req, ok, "create")) return;
    char message[512];
    snprintf(message, sizeof message, "\xe2\x80\x9c%.120s\xe2\x80\x9d is added under \xe2\x80\x9c%.120s\xe2\x80\x9d.",
             name, parent->name);
    flash_set(req, "success", message);
    response_redirect(req, "/account/units");
}

/* ---- one unit ------------------------------------------------------------------ */

enum unit_form { FORM_NONE, FORM_DETAILS, FORM_MOVE };

static void fill_path(tpl_dict *d, const struct unit_row *u)
{
    /* Ancestors from the top down; never more steps than units. */
    const struct unit_row *chain[UNITS_MAX];
    int n = 0;
    for (const struct unit_row *p = find_unit(&tree, u->parent_id); p && n < tree.n; p = find_unit(&tree, p->parent_id))
        chain[n++] = p;
    for (int i = n - 1; i >= 0; i--) {
        tpl_dict *c = tpl_add_section(d, "CRUMB");
        tpl_set_int(c, "ID", chain[i]->id);
        tpl_set(c, "NAME", chain[i]->name);
    }
}

static void fill_manager_options(tpl_dict *d, const struct request *req, const struct unit_row *u, enum unit_form failed)
{
    static struct unit_member members[MEMBER_CHOICES_MAX];
    int n = store_unit_member_choices(req->session.company_id, members, MEMBER_CHOICES_MAX);
    int64_t chosen = u->manager_user_id;
    if (failed == FORM_DETAILS) chosen = field_number(req, "manager_id");
    int listed = 0;
    for (int i = 0; i < n; i++) {
        tpl_dict *o = tpl_add_section(d, "MANAGER_OPTION");
        tpl_set_int(o, "ID", members[i].user_id);
        tpl_set(o, "NAME", members[i].name);
        tpl_set(o, "EMAIL", members[i].email);
        if (members[i].user_id == chosen) tpl_show(o, "SELECTED");
        if (members[i].user_id == u->manager_user_id) listed = 1;
    }
    /* A manager who has since left stays shown until someone changes it. */
    if (u->manager_user_id && !listed) {
        tpl_dict *o = tpl_add_section(d, "FORMER_MANAGER");
        tpl_set_int(o, "ID", u->manager_user_id);
        tpl_set(o, "NAME", u->manager_name);
        if (chosen == u->manager_user_id) tpl_show(o, "SELECTED");
    }
}

static void fill_move(tpl_dict *d, const struct request *req, const struct unit_row *u, enum unit_form failed)
{
    if (u->parent_id == 0) {
        tpl_show(d, "ROOT_FIXED");
        return;
    }
    tpl_dict *m = tpl_add_section(d, "MOVE");
    int64_t chosen = u->parent_id;
    if (failed == FORM_MOVE) chosen = field_number(req, "parent_id");
    /* Only valid new places: never the unit itself or anything below it. */
    for (int k = 0; k < tree.n; k++) {
        const struct unit_row *p = &tree.rows[tree.order[k]];
        if (unit_tree_in_subtree(tree.nodes, tree.n, u->id, p->id)) continue;
        char label[512];
        indented(p->name, tree.depth[k], label, sizeof label);
        tpl_dict *o = tpl_add_section(m, "PARENT_OPTION");
        tpl_set_int(o, "ID", p->id);
        tpl_set(o, "LABEL", label);
        if (p->id == u->parent_id) tpl_show(o, "CURRENT");
        if (p->id == chosen) tpl_show(o, "SELECTED");
    }
}

static void add_in_the_way(tpl_dict *d, int count, const char *one, const char *many)
{
    if (count <= 0) return;
    char text[96];
    snprintf(text, sizeof text, "%d %s", count, count == 1 ? one : many);
    tpl_set(tpl_add_section(d, "BLOCKER"), "TEXT", text);
}

/* What stops the unit from being deleted, as BLOCKER items; 1 when
 * something does. */
static int fill_in_the_way(tpl_dict *d, const struct unit_usage *use)
{
    add_in_the_way(d, use->children, "unit below it", "units below it");
    add_in_the_way(d, use->members, "member belongs to it", "members belong to it");
    add_in_the_way(d, use->addresses, "address belongs to it", "addresses belong to it");
    add_in_the_way(d, use->invitations, "pending invitation would join it", "pending invitations would join it");
    add_in_the_way(d, use->orders, "order was placed for it", "orders were placed for it");
    return use->children || use->members || use->addresses || use->invitations || use->orders;
}

static void fill_delete(tpl_dict *d, const struct request *req, const struct unit_row *u, int refused)
{
    if (u->parent_id == 0) {
        tpl_show(d, "ROOT_KEPT");
        return;
    }
    struct unit_usage use = { 0 };
    if (store_unit_usage(req->session.company_id, u->id, &use) != 0) {
        tpl_show(d, "USAGE_UNKNOWN");
        return;
    }
    int blocked = use.children || use.members || use.addresses || use.invitations || use.orders;
    if (refused) {
        tpl_dict *r = tpl_add_section(d, "DELETE_REFUSED");
        tpl_set(r, "UNIT", u->name);
        if (!fill_in_the_way(r, &use)) tpl_show(r, "SOMETHING_ELSE");
    }
    if (blocked) fill_in_the_way(tpl_add_section(d, "IN_THE_WAY"), &use);
    else tpl_show(d, "DELETABLE");
}

static void render_unit(struct request *req, int status, const struct unit_row *u, enum unit_form failed,
                        const struct form_errors *errors, int delete_refused)
{
    tpl_dict *d = response_page(req, status, "team/unit.tpl", u->name);
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set_int(d, "ID", u->id);
    tpl_set(d, "UNIT_NAME", u->name);
    tpl_set(d, "KIND_LABEL", kind_label(u->kind));
    tpl_set(d, "NAME", u->name);
    tpl_set_int(d, "MEMBERS", u->members);
    tpl_set(d, "MEMBERS_WORD", u->members == 1 ? "member" : "members");
    if (u->inactive_members) tpl_set_int(tpl_add_section(d, "INACTIVE"), "COUNT", u->inactive_members);
    fill_path(d, u);
    if (failed == FORM_DETAILS) {
        form_fill_declared(d, req, &form_unit_update, errors);
        tpl_show(d, "DETAILS_FAILED");
    } else if (failed == FORM_MOVE) {
        form_fill_declared(d, req, &form_unit_move, errors);
    }
    if (u->parent_id == 0) {
        tpl_show(d, "ROOT_KIND");
    } else {
        tpl_dict *k = tpl_add_section(d, "KIND_CHOICE");
        fill_kind_options(k, failed == FORM_DETAILS ? field_text(req, "kind") : u->kind);
    }
    fill_manager_options(d, req, u, failed);
    fill_move(d, req, u, failed);
    fill_delete(d, req, u, delete_refused);
    int children = 0;
    for (int i = 0; i < tree.n; i++) {
        if (tree.rows[i].parent_id != u->id) continue;
        tpl_dict *c = tpl_add_section(d, "CHILD");
        tpl_set_int(c, "ID", tree.rows[i].id);
        tpl_set(c, "NAME", tree.rows[i].name);
        tpl_set(c, "KIND", kind_label(tree.rows[i].kind));
        children++;
    }
    if (!children) tpl_show(d, "NO_CHILDREN");
}

void page_unit(struct request *req)
{
    if (load_tree(req->session.company_id, &tree) != 0) {
        response_error(req, 500, "The business units could not be loaded. Please try again.");
        return;
    }
    const struct unit_row *u = route_unit(req, 0);
    if (u) render_unit(req, 200, u, FORM_NONE, NULL, 0);
}

/* The submitted manager: 0 for none, an active member, or the current one.
 * A manager_id that is not an id at all the declaration refused. */
static int check_manager(const struct request *req, const struct unit_row *u, int64_t *manager,
                         char *manager_name, size_t size, struct form_errors *errors)
{
    static struct unit_member members[MEMBER_CHOICES_MAX];
    *manager = field_number(req, "manager_id");
    snprintf(manager_name, size, "%s", "");
    if (!*manager) return 0;
    if (*manager == u->manager_user_id) {
        snprintf(manager_name, size, "%s", u->manager_name);
        return 0;
    }
    int n = store_unit_member_choices(req->session.company_id, members, MEMBER_CHOICES_MAX);
    if (n < 0) return -1;
    for (int i = 0; i < n; i++) {
        if (members[i].user_id != *manager) continue;
        snprintf(manager_name, size, "%s", members[i].name);
        return 0;
    }
    *manager = 0;
    form_error(errors, "manager_id", CHOOSE_MANAGER);
    return 0;
}

void page_unit_update(struct request *req)
{
    if (!begin_with_tree(req)) return;
    const struct unit_row *u = route_unit(req, 1);
    if (!u) return;
    char manager_name[128];
    const char *name = field_text(req, "name");
    /* The company itself stays of kind "company"; nothing else may be: its
     * form has no kind, so what the declaration says of one is dropped. */
    const char *kind = u->parent_id == 0 ? u->kind : field_text(req, "kind");
    int64_t manager = 0;
    struct form_errors errors = { 0 };
    const struct form_errors *checked = field_errors(req);
    for (int i = 0; i < checked->count; i++)
        if (u->parent_id != 0 || strcmp(checked->items[i].field, "kind") != 0)
            form_error(&errors, checked->items[i].field, checked->items[i].message);
    if (!errors.count && u->parent_id != 0 && sibling_named(&tree, u->parent_id, name, u->id))
        form_error(&errors, "name", "Another unit at this place already has this name.");
    if (check_manager(req, u, &manager, manager_name, sizeof manager_name, &errors) != 0) {
        db_rollback();
        response_error(req, 500, "The members could not be loaded. Please try again.");
        return;
    }
    if (errors.count) {
        db_rollback();
        render_unit(req, 422, u, FORM_DETAILS, &errors, 0);
        return;
    }
    struct audit_change changes[3];
    size_t n = 0;
    if (strcmp(u->name, name) != 0) changes[n++] = (struct audit_change){ "Name", u->name, name };
    if (strcmp(u->kind, kind) != 0) changes[n++] = (struct audit_change){ "Kind", kind_label(u->kind), kind_label(kind) };
    if (u->manager_user_id != manager) changes[n++] = (struct audit_change){ "Manager", u->manager_name, manager_name };
    char url[64];
    unit_url(u->id, url, sizeof url);
    if (n == 0) {
        db_rollback();
        flash_set(req, "info", "Nothing was changed.");
        response_redirect(req, url);
        return;
    }
    int ok = store_unit_update(req->session.company_id, u->id, name, kind, manager) == 1
          && audit_record(&req->actor, req->session.company_id, "unit.updated", name, changes, n) == 0;
    if (!tx_commit(req, ok, "update")) return;
    flash_set(req, "success", "The unit is saved.");
    response_redirect(req, url);
}

static const char *move_refusal(enum unit_move_result r)
{
    switch (r) {
    case UNIT_MOVE_ROOT: return "The company itself is the top of the tree and cannot be moved.";
    case UNIT_MOVE_UNKNOWN_PARENT: return CHOOSE_PLACE;   /* another company's unit */
    case UNIT_MOVE_UNDER_ITSELF: return "A unit cannot be moved under itself.";
    case UNIT_MOVE_UNDER_DESCENDANT: return "A unit cannot be moved under a unit that is below it.";
    default: return "This move is not possible.";
    }
}

void page_unit_move(struct request *req)
{
    if (!begin_with_tree(req)) return;
    const struct unit_row *u = route_unit(req, 1);
    if (!u) return;
    const struct form_errors *errors = field_errors(req);
    if (errors->count) {
        db_rollback();
        render_unit(req, 422, u, FORM_MOVE, errors, 0);
        return;
    }
    int64_t parent_id = field_number(req, "parent_id");
    enum unit_move_result verdict = unit_tree_can_move(tree.nodes, tree.n, u->id, parent_id);
    char url[64];
    unit_url(u->id, url, sizeof url);
    if (verdict == UNIT_MOVE_UNCHANGED) {
        db_rollback();
        flash_set(req, "info", "The unit is already there. Nothing was changed.");
        response_redirect(req, url);
        return;
    }
    if (verdict != UNIT_MOVE_OK) {
        db_rollback();
        struct form_errors errors = { 0 };
        form_error(&errors, "parent_id", move_refusal(verdict));
        render_unit(req, 422, u, FORM_MOVE, &errors, 0);
        return;
    }
    const char *before = unit_name(&tree, u->parent_id), *after = unit_name(&tree, parent_id);
    struct audit_change changes[] = { { "Parent", before, after } };
    int ok = store_unit_move(req->session.company_id, u->id, parent_id) == 1
          && audit_record(&req->actor, req->session.company_id, "unit.moved", u->name, changes, 1) == 0;
    if (!tx_commit(req, ok, "move")) return;
    char message[512];
    snprintf(message, sizeof message, "\xe2\x80\x9c%.120s\xe2\x80\x9d is now under \xe2\x80\x9c%.120s\xe2\x80\x9d.",
             u->name, after);
    flash_set(req, "success", message);
    response_redirect(req, url);
}

void page_unit_delete(struct request *req)
{
    if (!begin_with_tree(req)) return;
    const struct unit_row *u = route_unit(req, 1);
    if (!u) return;
    if (u->parent_id == 0) {
        db_rollback();
        response_error(req, 409, "The company itself is the top of the tree and cannot be deleted.");
        return;
    }
    struct unit_usage use = { 0 };
    if (store_unit_usage(req->session.company_id, u->id, &use) != 0) {
        db_rollback();
        response_error(req, 500, "The unit could not be checked. Nothing was changed.");
        return;
    }
    if (use.children || use.members || use.addresses || use.invitations || use.orders) {
        db_rollback();
        render_unit(req, 409, u, FORM_NONE, NULL, 1);
        return;
    }
    struct audit_change changes[] = {
        { "Name", u->name, "" }, { "Kind", kind_label(u->kind), "" },
        { "Parent", unit_name(&tree, u->parent_id), "" }, { "Manager", u->manager_name, "" },
    };
    int deleted = store_unit_delete(req->session.company_id, u->id);
    if (deleted != 1) {
        db_rollback();
        if (deleted == 0) response_error(req, 404, "There is no such business unit.");
        else render_unit(req, 409, u, FORM_NONE, NULL, 1);
        return;
    }
    char message[512];
    snprintf(message, sizeof message, "\xe2\x80\x9c%.200s\xe2\x80\x9d is deleted.", u->name);
    int ok = audit_record(&req->actor, req->session.company_id, "unit.deleted", u->name, changes, 4) == 0;
    if (!tx_commit(req, ok, "delete")) return;
    flash_set(req, "success", message);
    response_redirect(req, "/account/units");
}
