/* Roles and permissions: the built-in roles (read-only, shared by every
 * company) and the company's own roles, which an administrator creates,
 * changes, copies and deletes. A role is a name and a set of permission
 * bits (permissions.h). Everything is read and written for
 * req->session.company_id only: another company's role is "not found". */
#include "team/pages.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "web/access.h"
#include "audit/audit.h"
#include "base/db.h"
#include "web/form.h"
#include "web/response.h"
#include "team/roles_store.h"
#include "base/validate.h"
#include "base/utf8.h"
#include "web/transaction.h"

/* The least a deleted role's answered invitations can point at. */
#define FALLBACK_ROLE_ID 5   /* Viewer */
#define PERM_LIST_MAX 1024

/* Every permission bit with its form field (perm_<field>), its label and
 * what it lets a member do, in the groups the pages show. */
struct permission_info {
    unsigned bit;
    const char *field;
    const char *label;
    const char *help;
    const char *group;
};

static const struct permission_info permission_table[] = {
    { PERM_MANAGE_MEMBERS, "manage_members", "Manage members",
      "Invite colleagues, change their role and unit, deactivate or remove them, and read the activity log.", "Team" },
    { PERM_MANAGE_ROLES, "manage_roles", "Manage roles",
      "Create, change and delete the company's own roles.", "Team" },
    { PERM_MANAGE_UNITS, "manage_units", "Manage business units",
      "Add, rename, move and delete divisions, branches and departments, and name their managers.", "Team" },
    { PERM_PLACE_ORDERS, "place_orders", "Place orders",
      "Order at the company's prices.", "Ordering" },
    { PERM_VIEW_OWN_ORDERS, "view_own_orders", "View own orders",
      "See the orders they placed themselves.", "Ordering" },
    { PERM_VIEW_UNIT_ORDERS, "view_unit_orders", "View unit orders",
      "See the orders of their business unit and of every unit below it.", "Ordering" },
    { PERM_VIEW_ALL_ORDERS, "view_all_orders", "View all company orders",
      "See every order of the whole company.", "Ordering" },
    { PERM_MANAGE_ADDRESSES, "manage_addresses", "Manage addresses",
      "Add and change the company's shipping and billing addresses.", "Ordering" },
    { PERM_MANAGE_SHARED_LISTS, "manage_shared_lists", "Manage shared shopping lists",
      "Create and change shopping lists the whole company uses.", "Ordering" },
    { PERM_APPROVE_ORDERS, "approve_orders", "Approve orders",
      "Approve or reject orders that wait for approval.", "Approvals" },
    { PERM_MANAGE_APPROVAL_RULES, "manage_approval_rules", "Manage approval rules",
      "Decide which orders need approval and who approves them.", "Approvals" },
    { PERM_VIEW_CREDIT, "view_credit", "View credit",
      "See the credit limit, the balance and open invoices.", "Money" },
    { PERM_REQUEST_CREDIT, "request_credit", "Request credit changes",
      "Ask the seller for a different credit limit.", "Money" },
    { PERM_EXPORT_DATA, "export_data", "Export data",
      "Download orders and other lists as files.", "Data" },
    { PERM_VIEW_COMPANY_INFO, "view_company_info", "View company information",
      "See what the seller has on file for the company and ask for changes.", "Data" },
};
#define PERMISSION_COUNT ((int)(sizeof permission_table / sizeof permission_table[0]))

/* Creating and changing a role. */
static const struct field role_form_fields[] = {
    { "name", "Name", FIELD_TEXT, 1, 0, ROLE_NAME_MAX, NULL, "Give the role a name.", NULL },
    { "description", "Description", FIELD_TEXT, 0, 0, ROLE_DESCRIPTION_MAX, NULL, NULL, NULL },
    { "perm_*", "Permissions", FIELD_CHECKBOX, 0, 0, 0, NULL, NULL, NULL },   /* perm_<field> of the table */
    { NULL },
};
const struct form_spec form_role = { "role", role_form_fields };

/* The page's fields: the declared ones, and "permissions" for the errors
 * about the boxes as a whole. */
static const char *const role_fields[] = { "name", "description", "permissions", NULL };
static const char *const role_labels[] = { "Name", "Description", "Permissions", NULL };

/* "Place orders, View own orders" in the table's order; "None" when empty. */
static void permission_list(unsigned permissions, char *out, size_t size)
{
    size_t used = 0;
    out[0] = '\0';
    for (int i = 0; i < PERMISSION_COUNT; i++) {
        if (!(permissions & permission_table[i].bit)) continue;
        int n = snprintf(out + used, size - used, "%s%s", used ? ", " : "", permission_table[i].label);
        if (n < 0 || (size_t)n >= size - used) break;
        used += (size_t)n;
    }
    if (!used) snprintf(out, size, "None");
}

static int permission_count(unsigned permissions)
{
    int n = 0;
    for (int i = 0; i < PERMISSION_COUNT; i++)
        if (permissions & permission_table[i].bit) n++;
    return n;
}

/* The boxes ticked in the submitted form. */
static unsigned submitted_permissions(const struct request *req)
{
    unsigned bits = 0;
    char field[64];
    for (int i = 0; i < PERMISSION_COUNT; i++) {
        snprintf(field, sizeof field, "perm_%s", permission_table[i].field);
        if (field_number(req, field)) bits |= permission_table[i].bit;
    }
    return bits;
}

static const char *builtin_name_like(const char *name)
{
    for (int i = 0; i < builtin_role_count; i++)
        if (strcasecmp(builtin_roles[i].name, name) == 0) return builtin_roles[i].name;
    return NULL;
}

static void role_url(int64_t id, char *out, size_t size)
{
    snprintf(out, size, "/account/roles/%lld", (long long)id);
}

/* ---- the list ------------------------------------------------------------ */

static void set_counts(tpl_dict *row, const struct role_row *r)
{
    tpl_set_int(row, "MEMBERS", r->members);
    tpl_set(row, "MEMBERS_WORD", r->members == 1 ? "member" : "members");
    if (r->inactive_members) tpl_set_int(tpl_add_section(row, "INACTIVE"), "COUNT", r->inactive_members);
    if (r->invitations) {
        tpl_dict *inv = tpl_add_section(row, "INVITED");
        tpl_set_int(inv, "COUNT", r->invitations);
        tpl_set(inv, "WORD", r->invitations == 1 ? "invitation" : "invitations");
    }
}

/* Rows are permissions by group, columns the roles. */
static void fill_matrix(tpl_dict *d, const struct role_row *roles, int n)
{
    for (int j = 0; j < n; j++) tpl_set(tpl_add_section(d, "MATRIX_ROLE"), "NAME", roles[j].name);
    tpl_dict *group = NULL;
    const char *group_name = "";
    for (int i = 0; i < PERMISSION_COUNT; i++) {
        const struct permission_info *p = &permission_table[i];
        if (!group || strcmp(group_name, p->group) != 0) {
            group = tpl_add_section(d, "MATRIX_GROUP");
            group_name = p->group;
            tpl_set(group, "GROUP", p->group);
            tpl_set_int(group, "COLSPAN", n + 1);
        }
        tpl_dict *row = tpl_add_section(group, "MATRIX_PERM");
        tpl_set(row, "LABEL", p->label);
        for (int j = 0; j < n; j++) {
            tpl_dict *cell = tpl_add_section(row, "CELL");
            tpl_show(cell, roles[j].permissions & p->bit ? "YES" : "NO");
        }
    }
}

void page_roles(struct request *req)
{
    static struct role_row roles[ROLES_MAX];
    int n = store_roles_list(req->session.company_id, roles, ROLES_MAX);
    if (n < 0) {
        response_error(req, 500, "The roles could not be loaded. Please try again.");
        return;
    }
    tpl_dict *d = response_page(req, 200, "team/roles.tpl", "Roles and permissions");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    int custom = 0;
    for (int i = 0; i < n; i++) {
        const struct role_row *r = &roles[i];
        tpl_dict *row = tpl_add_section(d, r->builtin ? "BUILTIN" : "CUSTOM");
        tpl_set_int(row, "ID", r->id);
        tpl_set(row, "NAME", r->name);
        if (r->description[0]) tpl_set(tpl_add_section(row, "DESC"), "TEXT", r->description);
        tpl_set(row, "CSRF_TOKEN", req->csrf_token);
        tpl_set_int(row, "PERMISSION_COUNT", permission_count(r->permissions));
        tpl_set_int(row, "PERMISSION_TOTAL", PERMISSION_COUNT);
        set_counts(row, r);
        if (!r->builtin) custom++;
    }
    if (custom) tpl_show(d, "HAS_CUSTOM");
    else tpl_show(d, "NO_CUSTOM");
    fill_matrix(d, roles, n);
}

/* ---- one role -------------------------------------------------------------- */

enum role_mode { ROLE_NEW, ROLE_EDIT, ROLE_BUILTIN };

struct role_view {
    enum role_mode mode;
    const struct role_row *role;     /* NULL for a new one */
    const char *name;                /* what the form shows */
    const char *description;
    unsigned permissions;
    int conflict;                    /* a refused delete: say what uses it */
};

static void fill_permission_boxes(tpl_dict *d, const struct request *req, const struct role_view *v)
{
    tpl_dict *group = NULL;
    const char *group_name = "";
    unsigned held = req->session.permissions;
    for (int i = 0; i < PERMISSION_COUNT; i++) {
        const struct permission_info *p = &permission_table[i];
        if (!group || strcmp(group_name, p->group) != 0) {
            group = tpl_add_section(d, "PERM_GROUP");
            group_name = p->group;
            tpl_set(group, "GROUP", p->group);
            if (i == 0) tpl_show(group, "FIRST");
        }
        tpl_dict *box = tpl_add_section(group, "PERM");
        tpl_set(box, "FIELD", p->field);
        tpl_set(box, "LABEL", p->label);
        tpl_set(box, "HELP", p->help);
        int on = (v->permissions & p->bit) != 0;
        if (on) tpl_show(box, "CHECKED");
        tpl_show(box, on ? "YES" : "NO");
        /* A member may give only what they hold; one already in the role
         * may still be taken away. */
        int in_role = v->role && (v->role->permissions & p->bit);
        if (v->mode != ROLE_BUILTIN && !(held & p->bit) && !in_role) tpl_show(box, "LOCKED");
    }
}

static void render_role(struct request *req, int status, const struct role_view *v, const struct form_errors *errors)
{
    const char *title = v->mode == ROLE_NEW ? "New role" : v->role->name;
    tpl_dict *d = response_page(req, status, "team/role.tpl", title);
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set(d, "TITLE", title);
    tpl_set(d, "NAME", v->name);
    tpl_set(d, "DESCRIPTION", v->description);
    if (errors && errors->count) form_fill_labelled(d, req, role_fields, role_labels, errors);
    fill_permission_boxes(d, req, v);
    if (v->mode == ROLE_NEW) {
        tpl_show(d, "NEW");
        tpl_show(d, "EDITABLE");
        tpl_set(d, "ACTION", "/account/roles");
        tpl_set(d, "SUBMIT", "Create role");
        return;
    }
    const struct role_row *r = v->role;
    char url[64];
    role_url(r->id, url, sizeof url);
    tpl_set_int(d, "ID", r->id);
    tpl_dict *usage = tpl_add_section(d, "USAGE");
    tpl_set_int(usage, "ID", r->id);
    set_counts(usage, r);
    if (v->mode == ROLE_BUILTIN) {
        tpl_show(d, "BUILTIN");
        tpl_set(d, "BUILTIN_DESCRIPTION", r->description);
        return;
    }
    tpl_show(d, "EDITABLE");
    tpl_show(d, "CUSTOM");
    tpl_set(d, "ACTION", url);
    tpl_set(d, "SUBMIT", "Save changes");
    if (v->conflict) {
        tpl_dict *c = tpl_add_section(d, "CONFLICT");
        tpl_set_int(c, "ID", r->id);
        tpl_set(c, "ROLE", r->name);
        set_counts(c, r);
    }
}

static void render_existing(struct request *req, int status, const struct role_row *r, int conflict)
{
    struct role_view v = {
        .mode = r->builtin ? ROLE_BUILTIN : ROLE_EDIT, .role = r, .name = r->name,
        .description = r->description, .permissions = r->permissions, .conflict = conflict,
    };
    render_role(req, status, &v, NULL);
}

/* The role named by :id, built-in or the company's own; 404 otherwise. */
static int load_role(struct request *req, struct role_row *r)
{
    int64_t id;
    int found = parse_id(req->params.values[0], &id) ? store_role_get(req->session.company_id, id, r) : 0;
    return response_found(req, found, "role");
}

/* "Copy of Buyer", or "Copy of Buyer (2)"... within ROLE_NAME_MAX
 * characters and not taken. Returns 0, or -1 (a database error or no free
 * name). */
static int copy_name(int64_t company_id, const char *original, char *out, size_t size)
{
    for (int k = 1; k < 100; k++) {
        char suffix[16] = "";
        if (k > 1) snprintf(suffix, sizeof suffix, " (%d)", k);
        size_t room = ROLE_NAME_MAX - strlen("Copy of ") - strlen(suffix);
        size_t bytes = utf8_prefix(original, room);   /* cut at a character boundary to fit */
        snprintf(out, size, "Copy of %.*s%s", (int)bytes, original, suffix);
        int taken = store_role_name_taken(company_id, out, 0);
        if (taken <= 0) return taken;
    }
    return -1;
}

void page_role(struct request *req)
{
    struct role_row r;
    if (load_role(req, &r)) render_existing(req, 200, &r, 0);
}

void page_role_new(struct request *req)
{
    struct role_view v = { .mode = ROLE_NEW, .name = "", .description = "", .permissions = 0 };
    struct role_row from;
    char name[256];
    const char *from_text = req_query(req, "from");
    if (from_text[0]) {
        int64_t id;
        int found = parse_id(from_text, &id) ? store_role_get(req->session.company_id, id, &from) : 0;
        if (found != 1) {
            response_error(req, found < 0 ? 500 : 404, found < 0 ? "The role could not be loaded." : "There is no such role to copy.");
            return;
        }
        if (copy_name(req->session.company_id, from.name, name, sizeof name) != 0) name[0] = '\0';
        v.name = name;
        v.description = from.description;
        /* A new role may hold only what the member holds. */
        v.permissions = from.permissions & req->session.permissions;
    }
    render_role(req, 200, &v, NULL);
}

/* ---- checking a submitted role ------------------------------------------- */

struct role_input {
    const char *name;                /* as declared: trimmed */
    const char *description;
    unsigned permissions;
};

/* The declared checks and those that need no database. `old` is the role
 * being changed (NULL when creating). Returns the number of errors. */
static int check_role_input(const struct request *req, const struct role_row *old, struct role_input *in,
                            struct form_errors *errors)
{
    *errors = *field_errors(req);
    in->name = field_text(req, "name");
    in->description = field_text(req, "description");
    in->permissions = submitted_permissions(req);

    if (field_ok(req, "name") && builtin_name_like(in->name))
        form_error(errors, "name", "This is the name of a built-in role. Choose another name.");

    unsigned before = old ? old->permissions : 0;
    unsigned added = in->permissions & ~before;
    if (added & ~req->session.permissions)
        form_error(errors, "permissions", "You can only give permissions that you hold yourself.");
    else if (old && strcmp(old->name, req->session.role_name) == 0 && (before & PERM_MANAGE_ROLES)
             && !(in->permissions & PERM_MANAGE_ROLES))
        form_error(errors, "permissions",
                   "This is your own role: keep \xe2\x80\x9cManage roles\xe2\x80\x9d, or you could not change roles any more.");
    return errors->count;
}

static void render_input(struct request *req, int status, enum role_mode mode, const struct role_row *old,
                         const struct role_input *in, const struct form_errors *errors)
{
    struct role_view v = {
        .mode = mode, .role = old, .name = in->name, .description = in->description,
        .permissions = in->permissions,
    };
    render_role(req, status, &v, errors);
}

/* Inside the open transaction: 1 when the name is free, else the page
 * (422 or 500) is answered and the transaction rolled back. */
static int name_is_free(struct request *req, enum role_mode mode, const struct role_row *old,
                        const struct role_input *in)
{
    int taken = store_role_name_taken(req->session.company_id, in->name, old ? old->id : 0);
    if (taken == 0) return 1;
    db_rollback();
    if (taken < 0) {
        response_error(req, 500, "The role could not be saved. Nothing was changed.");
        return 0;
    }
    struct form_errors errors = { 0 };
    form_error(&errors, "name", "Another role already has this name.");
    render_input(req, 422, mode, old, in, &errors);
    return 0;
}

/* ---- changes ---------------------------------------------------------------- */

void page_role_create(struct request *req)
{
    struct role_input in;
    struct form_errors errors;
    if (check_role_input(req, NULL, &in, &errors)) {
        render_input(req, 422, ROLE_NEW, NULL, &in, &errors);
        return;
    }
    if (!tx_begin(req) || !name_is_free(req, ROLE_NEW, NULL, &in)) return;
    int64_t id = 0;
    char perms[PERM_LIST_MAX];
    permission_list(in.permissions, perms, sizeof perms);
    struct audit_change changes[] = {
        { "Name", "", in.name }, { "Description", "", in.description }, { "Permissions", "", perms },
    };
    int ok = store_role_create(req->session.company_id, in.name, in.description, in.permissions, &id) == 0
          && audit_record(&req->actor, req->session.company_id, "role.created", in.name, changes, 3) == 0;
    if (!tx_commit(req, ok, "create")) return;
    char message[400];
    snprintf(message, sizeof message, "The role \xe2\x80\x9c%s\xe2\x80\x9d is created.", in.name);
    flash_set(req, "success", message);
    response_redirect(req, "/account/roles");
}

static int refuse_builtin(struct request *req, const struct role_row *r)
{
    if (!r->builtin) return 0;
    response_error(req, 403, "Built-in roles cannot be changed or deleted. Duplicate one to make your own version.");
    return 1;
}

void page_role_update(struct request *req)
{
    struct role_row old;
    if (!load_role(req, &old) || refuse_builtin(req, &old)) return;
    struct role_input in;
    struct form_errors errors;
    if (check_role_input(req, &old, &in, &errors)) {
        render_input(req, 422, ROLE_EDIT, &old, &in, &errors);
        return;
    }
    char url[64];
    role_url(old.id, url, sizeof url);
    char before[PERM_LIST_MAX], after[PERM_LIST_MAX];
    permission_list(old.permissions, before, sizeof before);
    permission_list(in.permissions, after, sizeof after);
    struct audit_change changes[3];
    size_t n = 0;
    if (strcmp(old.name, in.name) != 0) changes[n++] = (struct audit_change){ "Name", old.name, in.name };
    if (strcmp(old.description, in.description) != 0)
        changes[n++] = (struct audit_change){ "Description", old.description, in.description };
    if (old.permissions != in.permissions) changes[n++] = (struct audit_change){ "Permissions", before, after };
    if (n == 0) {
        flash_set(req, "info", "Nothing was changed.");
        response_redirect(req, url);
        return;
    }
    if (!tx_begin(req) || !name_is_free(req, ROLE_EDIT, &old, &in)) return;
    int updated = store_role_update(req->session.company_id, old.id, in.name, in.description, in.permissions);
    if (updated == 0) {
        db_rollback();
        response_error(req, 404, "There is no such role.");
        return;
    }
    int ok = updated == 1 && audit_record(&req->actor, req->session.company_id, "role.updated", in.name, changes, n) == 0;
    if (!tx_commit(req, ok, "update")) return;
    char message[400];
    snprintf(message, sizeof message, "The role \xe2\x80\x9c%s\xe2\x80\x9d is saved.", in.name);
    flash_set(req, "success", message);
    response_redirect(req, url);
}

void page_role_delete(struct request *req)
{
    struct role_row r;
    if (!load_role(req, &r) || refuse_builtin(req, &r) || !tx_begin(req)) return;
    /* Read again inside the transaction: nobody can take the role between
     * this check and the delete. */
    int found = store_role_get(req->session.company_id, r.id, &r);
    if (found != 1) {
        db_rollback();
        response_error(req, found < 0 ? 500 : 404, found < 0 ? "The role could not be loaded." : "There is no such role.");
        return;
    }
    if (r.members || r.inactive_members || r.invitations) {
        db_rollback();
        render_existing(req, 409, &r, 1);
        return;
    }
    char perms[PERM_LIST_MAX];
    permission_list(r.permissions, perms, sizeof perms);
    struct audit_change changes[] = {
        { "Name", r.name, "" }, { "Description", r.description, "" }, { "Permissions", perms, "" },
    };
    int deleted = store_role_delete(req->session.company_id, r.id, FALLBACK_ROLE_ID);
    int ok = deleted == 1 && audit_record(&req->actor, req->session.company_id, "role.deleted", r.name, changes, 3) == 0;
    if (!tx_commit(req, ok, "delete")) return;
    char message[400];
    snprintf(message, sizeof message, "The role \xe2\x80\x9c%s\xe2\x80\x9d is deleted.", r.name);
    flash_set(req, "success", message);
    response_redirect(req, "/account/roles");
}

void page_role_duplicate(struct request *req)
{
    struct role_row from;
    if (!load_role(req, &from)) return;
    if (from.permissions & ~req->session.permissions) {
        response_error(req, 403, "This role holds permissions you do not have yourself, so you cannot copy it.");
        return;
    }
    if (!tx_begin(req)) return;
    char name[256];
    if (copy_name(req->session.company_id, from.name, name, sizeof name) != 0) {
        db_rollback();
        response_error(req, 409, "There are too many copies of this role already. Rename or delete some first.");
        return;
    }
    char perms[PERM_LIST_MAX];
    permission_list(from.permissions, perms, sizeof perms);
    struct audit_change changes[] = {
        { "Name", "", name }, { "Copied from", "", from.name }, { "Description", "", from.description },
        { "Permissions", "", perms },
    };
    int64_t id = 0;
    int ok = store_role_create(req->session.company_id, name, from.description, from.permissions, &id) == 0
          && audit_record(&req->actor, req->session.company_id, "role.created", name, changes, 4) == 0;
    if (!tx_commit(req, ok, "duplicate")) return;
    char url[64], message[400];
    role_url(id, url, sizeof url);
    snprintf(message, sizeof message, "\xe2\x80\x9c%s\xe2\x80\x9d is created with the permissions of \xe2\x80\x9c%s\xe2\x80\x9d. Rename it and change what it allows.",
             name, from.name);
    flash_set(req, "success", message);
    response_redirect(req, url);
}
