/* Back office: customer companies. The searchable list; one company's
 * record, members, units, administrators and recent activity; assigning an
 * administrator, blocking and unblocking, whether its orders need a PO
 * number (each in one transaction with its audit entry); and opening the
 * company's My Account pages read-only, "as the customer sees them". */
#include "backoffice/pages.h"

#include <stdio.h>
#include <string.h>

#include "audit/audit.h"
#include "base/db.h"
#include "web/form.h"
#include "base/format.h"
#include "base/staff_scope.h"
#include "web/http.h"
#include "web/response.h"
#include "audit/audit_store.h"
#include "checkout/checkout_store.h"
#include "backoffice/company_admin_store.h"
#include "web/sessions_store.h"
#include "base/validate.h"
#include "web/pager.h"
#include "audit/pages.h"


#define COMPANIES_PAGE_SIZE 50
#define SEARCH_MAX 100
#define MEMBERS_MAX 500
#define UNITS_MAX 500
#define RECENT_ACTIVITY 20
#define DASH "\xe2\x80\x94"

static const char *const statuses[] = { "active", "pending", "blocked" };
static const char *const status_labels[] = { "Active", "Pending approval", "Blocked" };
static const char *const status_badges[] = { "success", "warning", "danger" };

static int status_index(const char *status)
{
    for (int i = 0; i < 3; i++)
        if (strcmp(statuses[i], status) == 0) return i;
    return -1;
}

static const char *status_label(const char *status)
{
    int i = status_index(status);
    return i < 0 ? status : status_labels[i];
}

static const char *status_badge(const char *status)
{
    int i = status_index(status);
    return i < 0 ? "secondary" : status_badges[i];
}

/* --- The list ------------------------------------------------------------ */

/* The search text without surrounding blanks, into out. Returns the
 * message to show when it cannot be searched for, else NULL. */
static const char *search_text(const char *raw, char *out, size_t size)
{
    while (*raw == ' ' || *raw == '\t') raw++;
    size_t n = strlen(raw);
    while (n > 0 && (raw[n - 1] == ' ' || raw[n - 1] == '\t')) n--;
    if (n >= size) return "Search for at most 100 characters.";
    memcpy(out, raw, n);
    out[n] = '\0';
    const char *problem = validate_text(out, SEARCH_MAX, 0);
    return problem ? "Search for at most 100 characters, on one line." : NULL;
}

void page_bo_companies(struct request *req)
{
    char query[SEARCH_MAX * 4 + 1];
    const char *problem = search_text(req_query(req, "q"), query, sizeof query);
    const char *status = req_query(req, "status");
    if (status_index(status) < 0) status = "";
    int page = page_number(req);
    int refused = problem != NULL;

    static struct company_row rows[COMPANIES_PAGE_SIZE];
    int total = 0;
    struct staff_scope scope = staff_scope_of(&req->actor);
    int n = refused ? 0 : store_bo_company_search(&scope, query, status, (page - 1) * COMPANIES_PAGE_SIZE, rows,
                                                   COMPANIES_PAGE_SIZE, &total);
    if (n < 0) {
        response_error(req, 500, "The companies cannot be listed right now.");
        return;
    }
    tpl_dict *d = response_page(req, refused ? 422 : 200, "backoffice/companies.tpl", "Companies");
    tpl_set(d, "Q", refused ? req_query(req, "q") : query);
    if (refused) tpl_set(tpl_add_section(d, "Q_ERROR"), "MESSAGE", problem);
    for (int i = 0; i < 3; i++) {
        tpl_dict *s = tpl_add_section(d, "STATUS_CHOICE");
        tpl_set(s, "VALUE", statuses[i]);
        tpl_set(s, "LABEL", status_labels[i]);
        if (strcmp(statuses[i], status) == 0) tpl_show(s, "SELECTED");
    }
    if (req_query(req, "q")[0] || status[0]) tpl_show(d, "FILTERED");
    if (n == 0) tpl_show(d, "EMPTY");
    else tpl_set_int(tpl_add_section(d, "HAS_ROWS"), "TOTAL", total);
    tpl_dict *list = n > 0 ? tpl_add_section(d, "LIST") : NULL;
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(list, "COMPANY");
        tpl_set_int(row, "ID", rows[i].id);
        tpl_set(row, "NAME", rows[i].name);
        tpl_set(row, "ERP", rows[i].erp_account_no[0] ? rows[i].erp_account_no : DASH);
        tpl_set(row, "STATUS", status_label(rows[i].status));
        tpl_set(row, "BADGE", status_badge(rows[i].status));
        tpl_set_int(row, "MEMBERS", rows[i].active_members);
        tpl_set_int(row, "ADMINS", rows[i].administrators);
        tpl_show(row, rows[i].administrators == 0 && strcmp(rows[i].status, "active") == 0 ? "NO_ADMIN" : "ADMIN_COUNT");
        tpl_set(row, "MANAGER", rows[i].account_manager[0] ? rows[i].account_manager : DASH);
        char date[32] = DASH;
        if (rows[i].last_order_at) format_date(rows[i].last_order_at, date, sizeof date);
        tpl_set(row, "LAST_ORDER", date);
    }
    char encoded[sizeof query * 3] = "", pager_query[sizeof encoded + 40] = "";
    if (!refused && http_percent_encode(query, encoded, sizeof encoded) != 0) encoded[0] = '\0';
    snprintf(pager_query, sizeof pager_query, "%s%s%s%s%s", encoded[0] ? "q=" : "", encoded,
             encoded[0] && status[0] ? "&" : "", status[0] ? "status=" : "", status);
    pager_fill(d, "/backoffice/companies", pager_query, page, total, COMPANIES_PAGE_SIZE);
}

/* --- One company ------------------------------------------------------- */

/* The company named by :id, or a 404 page: also a company outside the
 * staff member's scope (an account manager's colleague's customer). */
static int load_company(struct request *req, struct company_record *c)
{
    int64_t id;
    struct staff_scope scope = staff_scope_of(&req->actor);
    int found = parse_id(req->params.values[0], &id) ? store_bo_company_record(&scope, id, c) : 0;
    return response_found(req, found, "company");
}

static int is_pending(const struct company_record *c)
{
    return strcmp(c->status, "pending") == 0;
}

static void fill_record(tpl_dict *d, const struct company_record *c)
{
    char limit[48], since[32];
    if (c->credit_limit_cents < 0) snprintf(limit, sizeof limit, "No credit account: paid in advance");
    else format_money(c->credit_limit_cents, c->currency, limit, sizeof limit);
    format_date(c->created_at, since, sizeof since);
    tpl_set_int(d, "ID", c->id);
    tpl_set(d, "NAME", c->name);
    tpl_set(d, "ERP", c->erp_account_no[0] ? c->erp_account_no : DASH);
    tpl_set(d, "TAX_ID", c->tax_id[0] ? c->tax_id : DASH);
    tpl_set(d, "PAYMENT_TERMS", c->payment_terms);
    tpl_set(d, "CREDIT_LIMIT", limit);
    tpl_set(d, "MANAGER", c->account_manager[0] ? c->account_manager : DASH);
    tpl_set(d, "SINCE", since);
    tpl_set(d, "STATUS", status_label(c->status));
    tpl_set(d, "BADGE", status_badge(c->status));
}

static int is_active_admin(const struct company_member *m)
{
    return m->role_id == COMPANY_ADMINISTRATOR_ROLE && strcmp(m->status, "active") == 0;
}

/* Members, the administrators among them, and the choice of whom to make
 * an administrator. Returns the number of active administrators. */
static int fill_members(tpl_dict *d, tpl_dict *actions, const struct company_member *m, int n, int64_t chosen)
{
    int admins = 0, candidates = 0;
    if (n == 0) tpl_show(d, "NO_MEMBERS");
    else tpl_show(d, "HAS_MEMBERS");
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(d, "MEMBER");
        tpl_set(row, "NAME", m[i].name);
        tpl_set(row, "EMAIL", m[i].email);
        tpl_set(row, "ROLE", m[i].role);
        tpl_set(row, "UNIT", m[i].unit[0] ? m[i].unit : DASH);
        int active = strcmp(m[i].status, "active") == 0;
        tpl_set(row, "MEMBER_STATUS", active ? "Active" : strcmp(m[i].status, "disabled") == 0 ? "Disabled" : "Deactivated");
        tpl_set(row, "MEMBER_BADGE", active ? "success" : "secondary");
        char date[32] = "Never";
        if (m[i].last_sign_in_at) format_date(m[i].last_sign_in_at, date, sizeof date);
        tpl_set(row, "LAST_SIGN_IN", date);
        if (is_active_admin(&m[i])) {
            admins++;
            tpl_show(row, "ADMIN");
            tpl_dict *a = tpl_add_section(d, "ADMINISTRATOR");
            tpl_set(a, "NAME", m[i].name);
            tpl_set(a, "EMAIL", m[i].email);
        } else if (active && actions) {
            candidates++;
            tpl_dict *c = tpl_add_section(actions, "CANDIDATE");
            tpl_set_int(c, "MEMBER_ID", m[i].membership_id);
            tpl_set(c, "NAME", m[i].name);
            tpl_set(c, "ROLE", m[i].role);
            if (m[i].membership_id == chosen) tpl_show(c, "SELECTED");
        }
    }
    if (actions) tpl_show(actions, candidates ? "HAS_CANDIDATES" : "NO_CANDIDATES");
    return admins;
}

/* The units as nested lists: each row opens a list below the previous
 * unit, or closes the ones it climbs out of. */
static void fill_units(tpl_dict *d, const struct company_unit *u, int n)
{
    if (n <= 0) {
        tpl_show(d, "NO_UNITS");
        return;
    }
    tpl_dict *tree = tpl_add_section(d, "UNITS");
    int previous = -1;
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(tree, "UNIT");
        int depth = u[i].depth;
        if (i > 0 && depth > previous) {
            tpl_show(row, "START_LIST");
            depth = previous + 1;   /* a tree never skips a level */
        } else if (i > 0) {
            tpl_show(row, "END_ITEM");
            for (int k = depth; k < previous; k++) tpl_add_section(row, "END_LIST");
        }
        tpl_set(row, "NAME", u[i].name);
        tpl_set(row, "KIND", u[i].kind);
        previous = depth;
    }
    tpl_dict *last = tpl_add_section(tree, "LAST");
    for (int k = 0; k < previous; k++) tpl_add_section(last, "END_LIST");
}

static void fill_activity(tpl_dict *d, int64_t company_id)
{
    static struct audit_entry rows[RECENT_ACTIVITY];
    int n = store_audit_list(company_id, 0, rows, RECENT_ACTIVITY);
    if (n > 0) activity_fill_entries(tpl_add_section(d, "HAS_ACTIVITY"), rows, n, 0);
    else tpl_show(d, "NO_ACTIVITY");
}

#define CHOOSE_MEMBER "Choose a member of this company."

static const struct field assign_admin_fields[] = {
    { "member_id", "Member", FIELD_ID, 1, 0, 0, NULL, CHOOSE_MEMBER, CHOOSE_MEMBER },
    { NULL },
};
const struct form_spec form_assign_admin = { "assign_admin", assign_admin_fields };

static void render_company(struct request *req, int status, const struct company_record *c,
                           const struct form_errors *errors)
{
    const char *fields[2], *labels[2];
    form_names(&form_assign_admin, fields, labels, 2);
    static struct company_member members[MEMBERS_MAX];
    static struct company_unit units[UNITS_MAX];
    int member_count = store_company_members(c->id, members, MEMBERS_MAX);
    int unit_count = store_company_units(c->id, units, UNITS_MAX);
    if (member_count < 0 || unit_count < 0) {
        response_error(req, 500, "The company cannot be shown right now.");
        return;
    }
    tpl_dict *d = response_page(req, status, "backoffice/company.tpl", c->name);
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    form_fill_labelled(d, req, fields, labels, errors);
    fill_record(d, c);

    /* What this staff role may do here (base/permissions.h): the forms it
     * may not send are not shown. */
    unsigned may = req->session.staff_permissions;
    tpl_dict *manage = NULL;
    if (is_pending(c)) {
        tpl_dict *p = tpl_add_section(d, "PENDING");
        if (c->application_id) tpl_set_int(tpl_add_section(p, "APPLICATION"), "APPLICATION_ID", c->application_id);
        else tpl_show(p, "NO_APPLICATION");
    } else {
        static const struct {
            const char *section;
            unsigned needs;
        } parts[] = {
            { "ACTIONS", STAFF_COMPANIES }, { "MANAGE", STAFF_MANAGE_COMPANIES },
            { "VIEW_AS", STAFF_VIEW_AS }, { "ACCESS", STAFF_BLOCK_COMPANIES },
        };
        for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
            if (!permissions_allow(may, parts[i].needs)) continue;
            tpl_dict *part = tpl_add_section(d, parts[i].section);
            tpl_set(part, "CSRF_TOKEN", req->csrf_token);
            tpl_set_int(part, "ID", c->id);
            tpl_set(part, "NAME", c->name);
            if (strcmp(parts[i].section, "ACCESS") == 0)
                tpl_show(part, strcmp(c->status, "blocked") == 0 ? "BLOCKED" : "ACTIVE");
            if (strcmp(parts[i].section, "MANAGE") == 0) manage = part;
        }
        if (manage) {
            form_fill_labelled(manage, req, fields, labels, errors);
            /* Ordering: whether buyers must enter a PO number (page_bo_company_ordering saves it). */
            struct checkout_company ordering;
            if (store_checkout_company(c->id, &ordering) == 1 && ordering.po_number_required)
                tpl_show(manage, "PO_REQUIRED_CHECKED");
        }
    }
    int admins = fill_members(d, manage, members, member_count, field_number(req, "member_id"));
    if (admins == 0) tpl_show(d, "NO_ADMIN");
    tpl_set_int(d, "MEMBER_COUNT", member_count);
    fill_units(d, units, unit_count);
    fill_activity(d, c->id);
}

void page_bo_company(struct request *req)
{
    struct company_record c;
    if (load_company(req, &c)) render_company(req, 200, &c, NULL);
}

static void back_to_company(struct request *req, int64_t id, const char *message)
{
    char url[64];
    snprintf(url, sizeof url, "/backoffice/companies/%lld", (long long)id);
    flash_set(req, "success", message);
    response_redirect(req, url);
}

/* Pending companies are decided through their application. */
static int refuse_pending(struct request *req, const struct company_record *c)
{
    if (!is_pending(c)) return 0;
    response_error(req, 409, "This company has not been approved yet. Decide its application first.");
    return 1;
}

void page_bo_company_assign_admin(struct request *req)
{
    struct company_record c;
    if (!load_company(req, &c) || refuse_pending(req, &c)) return;
    struct form_errors errors = *field_errors(req);
    if (errors.count) {
        render_company(req, 422, &c, &errors);
        return;
    }
    int64_t member_id = field_number(req, "member_id");
    if (db_begin() != 0) {
        response_error(req, 503, "Please try again in a moment.");
        return;
    }
    char old_role[128] = "", name[128] = "";
    struct staff_scope scope = staff_scope_of(&req->actor);
    int rc = store_bo_company_assign_admin(&scope, c.id, member_id, old_role, sizeof old_role, name, sizeof name);
    if (rc == 1 || rc == 2) {
        db_rollback();
        form_error(&errors, "member_id", rc == 1 ? "Choose an active member of this company."
                                                 : "This member is already an administrator.");
        render_company(req, rc == 1 ? 422 : 409, &c, &errors);
        return;
    }
    const struct audit_change change[] = { { "Role", old_role, "Administrator" } };
    int ok = rc == 0 && audit_record(&req->actor, c.id, "company.admin_assigned", name, change, 1) == 0;
    if (!db_finish(ok, "companies: change")) {
        response_error(req, 500, "The administrator could not be assigned. Nothing was changed.");
        return;
    }
    char message[400];
    snprintf(message, sizeof message, "%s is now an administrator of %s.", name, c.name);
    back_to_company(req, c.id, message);
}

static void change_block(struct request *req, int block)
{
    struct company_record c;
    if (!load_company(req, &c) || refuse_pending(req, &c)) return;
    if (db_begin() != 0) {
        response_error(req, 503, "Please try again in a moment.");
        return;
    }
    struct staff_scope scope = staff_scope_of(&req->actor);
    int rc = block ? store_bo_company_block(&scope, c.id) : store_bo_company_unblock(&scope, c.id);
    if (rc == 1) {
        db_rollback();
        response_error(req, 409, block ? "This company is already blocked." : "This company is not blocked.");
        return;
    }
    const struct audit_change change[] = { { "Status", block ? "Active" : "Blocked", block ? "Blocked" : "Active" } };
    int ok = rc == 0 && audit_record(&req->actor, c.id, block ? "company.blocked" : "company.unblocked", c.name, change, 1) == 0;
    if (!db_finish(ok, "companies: change")) {
        response_error(req, 500, "The company's status could not be changed. Nothing was changed.");
        return;
    }
    char message[400];
    if (block) snprintf(message, sizeof message, "%s is blocked: everyone was signed out and nobody can sign in "
                                                 "until you unblock it.", c.name);
    else snprintf(message, sizeof message, "%s is unblocked: its members can sign in again.", c.name);
    back_to_company(req, c.id, message);
}

void page_bo_company_block(struct request *req)
{
    change_block(req, 1);
}

void page_bo_company_unblock(struct request *req)
{
    change_block(req, 0);
}

/* The box sends "1"; anything else is not the form's. */
static const char *const ticked[] = { "1", NULL };
static const struct field ordering_fields[] = {
    { "po_number_required", "PO number required", FIELD_ENUM, 0, 0, 0, ticked, NULL,
      "Tick the box to require a PO number, or leave it empty." },
    { NULL },
};
const struct form_spec form_company_ordering = { "company_ordering", ordering_fields };

/* Whether the company's buyers must enter a PO number at checkout (the
 * setting is checkout's; the page it is changed on is the company's). */
void page_bo_company_ordering(struct request *req)
{
    struct company_record record;
    struct checkout_company c;
    if (!load_company(req, &record)) return;
    if (!response_found(req, store_checkout_company(record.id, &c), "company")) return;
    const struct form_errors *errors = field_errors(req);
    if (errors->count) {
        response_error(req, 422, errors->items[0].message);
        return;
    }
    int required = field_ok(req, "po_number_required");
    char url[64];
    snprintf(url, sizeof url, "/backoffice/companies/%lld", (long long)c.id);
    if (required == c.po_number_required) {
        flash_set(req, "info", "Nothing changed.");
        response_redirect(req, url);
        return;
    }
    if (db_begin() != 0) {
        response_error(req, 503, "Please try again in a moment.");
        return;
    }
    int before = 0;
    const struct audit_change changes[] = { { "PO number required", c.po_number_required ? "Yes" : "No", required ? "Yes" : "No" } };
    int ok = store_company_po_required_set(c.id, required, &before) == 1
          && audit_record(&req->actor, c.id, "company.ordering_updated", c.name, changes, 1) == 0;
    if (!db_finish(ok, "companies: change")) {
        response_error(req, 500, "The ordering settings could not be saved. Nothing was changed.");
        return;
    }
    back_to_company(req, c.id, required ? "Buyers of this company must now enter a PO number at checkout."
                                        : "A PO number is now optional for this company's orders.");
}

void page_bo_company_view_as(struct request *req)
{
    struct company_record c;
    if (!load_company(req, &c) || refuse_pending(req, &c)) return;
    if (db_begin() != 0) {
        response_error(req, 503, "Please try again in a moment.");
        return;
    }
    int ok = store_session_set_viewing(req->session.id, c.id) == 0
          && audit_record(&req->actor, c.id, "company.viewed_as_customer", c.name, NULL, 0) == 0;
    if (!db_finish(ok, "companies: change")) {
        response_error(req, 500, "The account could not be opened. Please try again.");
        return;
    }
    response_redirect(req, "/account");
}

void page_bo_view_as_stop(struct request *req)
{
    /* While viewing, the session's company is the one being viewed. */
    int64_t viewed = req->session.viewing_as_customer ? req->session.company_id : 0;
    if (viewed && store_session_set_viewing(req->session.id, 0) != 0) {
        response_error(req, 500, "Could not leave the customer's account. Please try again.");
        return;
    }
    if (!viewed) {
        response_redirect(req, "/backoffice/companies");
        return;
    }
    char message[400];
    snprintf(message, sizeof message, "You have left %s's account.", req->session.company_name);
    back_to_company(req, viewed, message);
}
