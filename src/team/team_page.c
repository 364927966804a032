/* The company's team: members with filters and search, invitations
 * (invite, resend, revoke), a member's page (role and unit, deactivate,
 * reactivate, remove, hand over the administrator role), and /join, where
 * an invited person accepts. The rules (the last administrator, what one
 * may grant) are in team_rules.c; the SQL in team/team_store.c. */
#include "team/pages.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "web/app.h"
#include "audit/audit.h"
#include "base/db.h"
#include "web/form.h"
#include "base/format.h"
#include "web/http.h"
#include "mail/mail.h"
#include "web/response.h"
#include "web/session.h"
#include "audit/audit_store.h"
#include "team/team_store.h"
#include "accounts/users_store.h"
#include "team/team_rules.h"
#include "web/tokens.h"
#include "base/validate.h"

#define INVITATION_DAYS 7
#define INVITATION_SECONDS ((int64_t)INVITATION_DAYS * 24 * 3600)
#define ROLES_MAX 64
#define UNITS_MAX 200
#define PENDING_MAX 100
#define SEARCH_MAX 100              /* characters */
#define NAME_MAX_CHARS 120
#define PASSWORD_MAX_BYTES 512      /* longer is refused before any work */
#define DEFAULT_INVITE_ROLE 4       /* Buyer */
#define MESSAGE_MAX 400

static const char *const invite_fields[] = { "email", "name", "role_id", "unit_id", NULL };
static const char *const invite_labels[] = { "Email", "Name", "Role", "Business unit", NULL };
static const char *const member_fields[] = { "role_id", "unit_id", "my_role_id", "limit_amount", "limit_period",
                                            "limit_days", NULL };
static const char *const member_labels[] = { "Role", "Business unit", "Your role afterwards", "Spending limit",
                                            "Limit period", "Days", NULL };

static const char *const join_fields[] = { "name", "password", "password_confirm", NULL };
static const char *const join_labels[] = { "Your name", "Password", "Repeat the password", NULL };

/* --- Roles and units to choose from ---------------------------------------- */

struct choices {
    struct team_option roles[ROLES_MAX];
    int n_roles;
    struct team_option units[UNITS_MAX];
    int n_units;
};

/* Built-in roles plus the company's own; the company's units. Static: the
 * arrays are large and one request runs at a time in a worker. */
static const struct choices *load_choices(int64_t company_id)
{
    static struct choices c;
    c.n_roles = store_team_roles(company_id, c.roles, ROLES_MAX);
    c.n_units = store_team_units(company_id, c.units, UNITS_MAX);
    if (c.n_roles < 0) c.n_roles = 0;
    if (c.n_units < 0) c.n_units = 0;
    return &c;
}

static const struct team_option *find_option(const struct team_option *opts, int n, int64_t id)
{
    for (int i = 0; i < n; i++)
        if (opts[i].id == id) return &opts[i];
    return NULL;
}

/* The option a form field names, or NULL for anything else: an id of
 * another company's role or unit is simply not among the choices. */
static const struct team_option *chosen(const struct request *req, const char *field,
                                        const struct team_option *opts, int n)
{
    int64_t id;
    return parse_id(req_form(req, field), &id) ? find_option(opts, n, id) : NULL;
}

static const char *role_name(const struct choices *c, int64_t id)
{
    const struct team_option *o = find_option(c->roles, c->n_roles, id);
    return o ? o->name : "";
}

/* Units are shown indented under their parents. */
static void option_label(const struct team_option *o, char *out, size_t size)
{
    size_t n = 0;
    out[0] = '\0';
    for (int i = 0; i < o->depth && i < 8 && n + 7 < size; i++) {
        memcpy(out + n, "\xc2\xa0\xc2\xa0\xc2\xa0", 6);   /* no-break spaces survive in <option> */
        n += 6;
    }
    snprintf(out + n, size - n, "%s", o->name);
}

static void fill_options(tpl_dict *d, const char *section, const struct team_option *opts, int n, int64_t selected)
{
    char label[TEAM_NAME_MAX + 64];
    for (int i = 0; i < n; i++) {
        tpl_dict *o = tpl_add_section(d, section);
        tpl_set_int(o, "ID", opts[i].id);
        option_label(&opts[i], label, sizeof label);
        tpl_set(o, "NAME", label);
        if (opts[i].id == selected) tpl_show(o, "SELECTED");
    }
}

/* The id a form (or query) field holds, or fallback when empty/invalid. */
static int64_t id_or(const char *text, int64_t fallback)
{
    int64_t id;
    return parse_id(text, &id) ? id : fallback;
}

static void date_or(int64_t when, const char *none, char *out, size_t size)
{
    if (when) format_date(when, out, size);
    else snprintf(out, size, "%s", none);
}

static int can_edit(const struct request *req)
{
    return !req->session.viewing_as_customer;
}

static int is_self(const struct request *req, int64_t user_id)
{
    return req->session.realm == REALM_MEMBER && req->session.user_id == user_id;
}

/* Ends a write: commit when ok, else roll back. Returns 1 when committed. */
static int finish(int ok, const char *what)
{
    if (ok && db_commit() == 0) return 1;
    fprintf(stderr, "team: %s rolled back: %s\n", what, sqlite3_errmsg(db_handle()));
    db_rollback();
    return 0;
}

/* --- The member list ------------------------------------------------------------ */

struct list_query {
    int64_t unit_id;
    int64_t role_id;
    const char *status;
    const char *q;
    int page;
};

static struct list_query list_query_from(const struct request *req)
{
    struct list_query lq = { 0 };
    lq.unit_id = id_or(req_query(req, "unit"), 0);
    lq.role_id = id_or(req_query(req, "role"), 0);
    const char *status = req_query(req, "status");
    lq.status = strcmp(status, "active") == 0 ? "active" : strcmp(status, "deactivated") == 0 ? "deactivated" : "";
    lq.q = req_query(req, "q");
    if (validate_text(lq.q, SEARCH_MAX, 0)) lq.q = "";
    int64_t page = id_or(req_query(req, "page"), 1);
    lq.page = page > 100000 ? 100000 : (int)page;
    return lq;
}

/* "/account/team?unit=..&q=..&page=N" keeping the filters in the URL. */
static void list_url(const struct list_query *lq, int page, char *out, size_t size)
{
    char q[SEARCH_MAX * 4 * 3 + 1];
    if (http_percent_encode(lq->q, q, sizeof q) != 0) q[0] = '\0';
    int n = snprintf(out, size, "/account/team?unit=%lld&role=%lld&status=%s&q=%s", (long long)lq->unit_id,
                     (long long)lq->role_id, lq->status, q);
    if (page > 1 && n > 0 && (size_t)n < size) snprintf(out + n, size - (size_t)n, "&page=%d", page);
}

static void fill_members(tpl_dict *d, const struct list_query *lq, int64_t company_id)
{
    static struct team_row rows[TEAM_PAGE_SIZE];
    char like[SEARCH_MAX * 4 * 2 + 3];
    if (team_like_pattern(lq->q, like, sizeof like) != 0 || !lq->q[0]) like[0] = '\0';
    struct team_filter f = { lq->unit_id, lq->role_id, lq->status, like, (lq->page - 1) * TEAM_PAGE_SIZE };
    int total = 0;
    int n = store_team_list(company_id, &f, rows, TEAM_PAGE_SIZE, &total);
    if (n <= 0) {
        tpl_show(d, lq->unit_id || lq->role_id || lq->status[0] || lq->q[0] ? "NO_MATCH" : "NO_MEMBERS");
    } else {
        tpl_show(d, "HAS_MEMBERS");
    }
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(d, "MEMBER");
        char last[32];
        date_or(rows[i].last_sign_in_at, "Never", last, sizeof last);
        tpl_set_int(row, "ID", rows[i].user_id);
        tpl_set(row, "NAME", rows[i].name);
        tpl_set(row, "EMAIL", rows[i].email);
        tpl_set(row, "ROLE", rows[i].role);
        tpl_set(row, "UNIT", rows[i].unit[0] ? rows[i].unit : "\xe2\x80\x94");
        tpl_set(row, "LAST_SIGN_IN", last);
        tpl_show(row, rows[i].active ? "ACTIVE" : "DEACTIVATED");
    }
    tpl_set_int(d, "TOTAL", total);
    tpl_set(d, "TOTAL_WORD", total == 1 ? "member" : "members");
    int pages = (total + TEAM_PAGE_SIZE - 1) / TEAM_PAGE_SIZE;
    if (pages > 1 || lq->page > 1) {
        tpl_dict *pager = tpl_add_section(d, "PAGER");
        char url[1600];
        tpl_set_int(pager, "PAGE", lq->page);
        tpl_set_int(pager, "PAGES", pages < lq->page ? lq->page : pages);
        if (lq->page > 1) {
            /* Past the end (a stale link): back to the last page there is. */
            int prev = lq->page > pages ? (pages > 0 ? pages : 1) : lq->page - 1;
            list_url(lq, prev, url, sizeof url);
            tpl_set(tpl_add_section(pager, "PREV"), "HREF", url);
        }
        if (lq->page < pages) {
            list_url(lq, lq->page + 1, url, sizeof url);
            tpl_set(tpl_add_section(pager, "NEXT"), "HREF", url);
        }
    }
}

static void fill_invitations(tpl_dict *d, const struct request *req)
{
    static struct team_invitation rows[PENDING_MAX];
    int n = store_team_invitations_pending(req->session.company_id, rows, PENDING_MAX);
    if (n <= 0) {
        tpl_show(d, "NO_INVITATIONS");
        return;
    }
    tpl_show(d, "HAS_INVITATIONS");
    int64_t now = clock_now();
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(d, "INVITATION");
        char sent[32], expires[32];
        format_date(rows[i].sent_at, sent, sizeof sent);
        format_date(rows[i].expires_at, expires, sizeof expires);
        tpl_set_int(row, "ID", rows[i].id);
        tpl_set(row, "EMAIL", rows[i].email);
        if (rows[i].name[0]) tpl_set(tpl_add_section(row, "HAS_NAME"), "NAME", rows[i].name);
        tpl_set(row, "ROLE", rows[i].role);
        tpl_set(row, "UNIT", rows[i].unit[0] ? rows[i].unit : "\xe2\x80\x94");
        tpl_set(row, "INVITED_BY", rows[i].invited_by);
        tpl_set(row, "SENT", sent);
        tpl_set(row, "EXPIRES", expires);
        tpl_show(row, rows[i].expires_at <= now ? "EXPIRED" : "VALID");
        if (can_edit(req)) {
            tpl_dict *actions = tpl_add_section(row, "ACTIONS");
            tpl_set_int(actions, "ID", rows[i].id);
            tpl_set(actions, "EMAIL", rows[i].email);
            tpl_set(actions, "CSRF_TOKEN", req->csrf_token);
        }
    }
}

static void render_team(struct request *req, int status, const struct form_errors *errors)
{
    const struct choices *c = load_choices(req->session.company_id);
    struct list_query lq = list_query_from(req);
    tpl_dict *d = response_page(req, status, "account/team.tpl", "Team");
    tpl_set(d, "COMPANY_NAME", req->session.company_name);
    tpl_set(d, "Q", lq.q);
    fill_options(d, "FILTER_UNIT", c->units, c->n_units, lq.unit_id);
    fill_options(d, "FILTER_ROLE", c->roles, c->n_roles, lq.role_id);
    tpl_show(d, strcmp(lq.status, "active") == 0 ? "STATUS_ACTIVE"
              : strcmp(lq.status, "deactivated") == 0 ? "STATUS_DEACTIVATED" : "STATUS_ANY");
    if (lq.unit_id || lq.role_id || lq.status[0] || lq.q[0]) tpl_show(d, "FILTERED");
    fill_members(d, &lq, req->session.company_id);
    fill_invitations(d, req);
    if (can_edit(req)) {
        tpl_dict *inv = tpl_add_section(d, "INVITE");
        tpl_set(inv, "CSRF_TOKEN", req->csrf_token);
        tpl_set_int(inv, "EXPIRES_DAYS", INVITATION_DAYS);
        form_fill_labelled(inv, req, invite_fields, invite_labels, errors);
        int64_t root = c->n_units > 0 ? c->units[0].id : 0;
        fill_options(inv, "ROLE", c->roles, c->n_roles, id_or(req_form(req, "role_id"), DEFAULT_INVITE_ROLE));
        fill_options(inv, "UNIT", c->units, c->n_units, id_or(req_form(req, "unit_id"), root));
    } else {
        tpl_show(d, "READ_ONLY");
    }
}

void page_team(struct request *req)
{
    render_team(req, 200, NULL);
}

/* --- Inviting ------------------------------------------------------------------- */

static int queue_invitation_mail(const struct request *req, const struct team_invitation *inv, const char *token,
                                 const struct team_login *login)
{
    char err[200];
    tpl_dict *values = tpl_dict_new();
    const char *name = inv->name[0] ? inv->name : login ? login->name : "";
    tpl_set(values, "GREETING", name[0] ? name : "there");
    tpl_set(values, "INVITED_BY", req->session.user_name);
    tpl_set(values, "COMPANY_NAME", inv->company);
    tpl_set(values, "ROLE_NAME", inv->role);
    tpl_set(values, "UNIT_NAME", inv->unit[0] ? inv->unit : inv->company);
    tpl_set(values, "TOKEN", token);   /* the link is {{BASE_URL}}/join/{{TOKEN}} */
    tpl_set_int(values, "EXPIRES_DAYS", INVITATION_DAYS);
    tpl_show(values, login ? "HAS_LOGIN" : "NEW_LOGIN");
    struct mail_recipient to = {
        .address = inv->email, .name = name, .user_id = login ? login->user_id : 0, .company_id = inv->company_id,
    };
    enum mail_result r = mail_enqueue("team_invitation", &to, values, err, sizeof err);
    tpl_dict_free(values);
    if (r == MAIL_ERROR) fprintf(stderr, "team: invitation mail not queued: %s\n", err);
    return r == MAIL_QUEUED ? 0 : -1;
}

/* Issues a fresh link for the invitation and mails it. Inside the caller's
 * transaction. The link's user_id stays NULL (the person may have no
 * login), so earlier links of this invitation are revoked here by ref_id. */
static int send_invitation(const struct request *req, int64_t invitation_id)
{
    struct team_invitation inv;
    struct team_login login;
    char token[AUTH_TOKEN_TEXT];
    if (store_team_invitation_tokens_revoke(invitation_id, clock_now()) != 0) return -1;
    if (store_team_invitation(req->session.company_id, invitation_id, &inv) != 1) return -1;
    int has_login = store_team_login(inv.email, &login);
    if (has_login < 0) return -1;
    if (token_issue(TOKEN_TEAM_INVITATION, 0, invitation_id, "", INVITATION_SECONDS, token) != 0) return -1;
    return queue_invitation_mail(req, &inv, token, has_login == 1 ? &login : NULL);
}

static const char *email_state_message(int state)
{
    switch (state) {
    case TEAM_EMAIL_MEMBER: return "This person is already a member of the company.";
    case TEAM_EMAIL_DEACTIVATED: return "This person is a deactivated member: reactivate them from their page instead.";
    case TEAM_EMAIL_INVITED: return "This address already has a pending invitation: resend or revoke it below.";
    case TEAM_EMAIL_STAFF: return "This address belongs to the seller's staff and cannot join a customer company.";
    default: return NULL;
    }
}

void page_team_invite(struct request *req)
{
    const struct choices *c = load_choices(req->session.company_id);
    struct form_errors errors = { 0 };
    char email[VALIDATE_EMAIL_MAX + 1];
    const char *name = req_form(req, "name");
    form_error(&errors, "email", validate_email(req_form(req, "email"), email, sizeof email));
    form_error(&errors, "name", validate_text(name, NAME_MAX_CHARS, 0));
    const struct team_option *role = chosen(req, "role_id", c->roles, c->n_roles);
    const struct team_option *unit = chosen(req, "unit_id", c->units, c->n_units);
    if (!role) form_error(&errors, "role_id", "Choose a role from the list.");
    else if (!team_may_grant(req->session.permissions, role->permissions))
        form_error(&errors, "role_id", "You can only give a role whose permissions you have yourself.");
    if (!unit) form_error(&errors, "unit_id", "Choose a business unit from the list.");
    if (errors.count) {
        render_team(req, 422, &errors);
        return;
    }
    if (db_begin() != 0) {
        response_error(req, 503, "Please try again in a moment.");
        return;
    }
    /* Checked inside the write lock: two invitations sent at once for the
     * same address cannot both pass. */
    int state = store_team_email_state(req->session.company_id, email);
    if (state != TEAM_EMAIL_FREE) {
        db_rollback();
        if (state < 0) {
            response_error(req, 500, "The invitation could not be sent. Nothing was changed.");
            return;
        }
        form_error(&errors, "email", email_state_message(state));
        render_team(req, 422, &errors);
        return;
    }
    int64_t now = clock_now();
    struct new_invitation inv = {
        .company_id = req->session.company_id, .email = email, .name = name, .role_id = role->id,
        .unit_id = unit->id, .invited_by = req->session.user_id, .now = now, .expires_at = now + INVITATION_SECONDS,
    };
    int64_t id = store_team_invitation_create(&inv);
    const struct audit_change changes[] = {
        { "Email", "", email }, { "Role", "", role->name }, { "Business unit", "", unit->name },
    };
    int ok = id > 0 && send_invitation(req, id) == 0
          && audit_record(&req->actor, req->session.company_id, "member.invited", email, changes, 3) == 0;
    if (!finish(ok, "invitation")) {
        response_error(req, 500, "The invitation could not be sent. Nothing was changed.");
        return;
    }
    char msg[MESSAGE_MAX];
    snprintf(msg, sizeof msg, "An invitation is on its way to %s. The link works for %d days.", email, INVITATION_DAYS);
    flash_set(req, "success", msg);
    response_redirect(req, "/account/team");
}

/* The invitation named by :id in this company, or 404. */
static int load_invitation(struct request *req, struct team_invitation *inv)
{
    int64_t id;
    if (parse_id(req->params.values[0], &id) && store_team_invitation(req->session.company_id, id, inv) == 1) return 1;
    response_error(req, 404, "There is no such invitation.");
    return 0;
}

static void refuse_not_pending(struct request *req, const struct team_invitation *inv)
{
    const char *msg = strcmp(inv->status, "accepted") == 0
        ? "This invitation has already been accepted."
        : "This invitation was revoked. Send a new one if the person should still join.";
    response_error(req, 409, msg);
}

void page_team_invitation_resend(struct request *req)
{
    struct team_invitation inv;
    if (!load_invitation(req, &inv)) return;
    if (db_begin() != 0) {
        response_error(req, 503, "Please try again in a moment.");
        return;
    }
    char old_expiry[32], new_expiry[32];
    int64_t expires = clock_now() + INVITATION_SECONDS;
    format_date(inv.expires_at, old_expiry, sizeof old_expiry);
    format_date(expires, new_expiry, sizeof new_expiry);
    int renewed = store_team_invitation_renew(req->session.company_id, inv.id, expires);
    if (renewed == 0) {
        db_rollback();
        store_team_invitation(req->session.company_id, inv.id, &inv);
        refuse_not_pending(req, &inv);
        return;
    }
    const struct audit_change changes[] = { { "Expires", old_expiry, new_expiry } };
    int ok = renewed == 1 && send_invitation(req, inv.id) == 0
          && audit_record(&req->actor, req->session.company_id, "member.invitation_resent", inv.email, changes, 1) == 0;
    if (!finish(ok, "resend")) {
        response_error(req, 500, "The invitation could not be sent again. Nothing was changed.");
        return;
    }
    char msg[MESSAGE_MAX];
    snprintf(msg, sizeof msg, "A new invitation is on its way to %s. Earlier links no longer work.", inv.email);
    flash_set(req, "success", msg);
    response_redirect(req, "/account/team");
}

void page_team_invitation_revoke(struct request *req)
{
    struct team_invitation inv;
    if (!load_invitation(req, &inv)) return;
    if (db_begin() != 0) {
        response_error(req, 503, "Please try again in a moment.");
        return;
    }
    int revoked = store_team_invitation_revoke(req->session.company_id, inv.id);
    if (revoked == 0) {
        db_rollback();
        store_team_invitation(req->session.company_id, inv.id, &inv);
        refuse_not_pending(req, &inv);
        return;
    }
    const struct audit_change changes[] = { { "Status", "Pending", "Revoked" } };
    int ok = revoked == 1 && store_team_invitation_tokens_revoke(inv.id, clock_now()) == 0
          && audit_record(&req->actor, req->session.company_id, "member.invitation_revoked", inv.email, changes, 1) == 0;
    if (!finish(ok, "revoke")) {
        response_error(req, 500, "The invitation could not be revoked. Nothing was changed.");
        return;
    }
    char msg[MESSAGE_MAX];
    snprintf(msg, sizeof msg, "The invitation for %s is revoked; its link no longer works.", inv.email);
    flash_set(req, "success", msg);
    response_redirect(req, "/account/team");
}

/* --- A member's page ------------------------------------------------------------- */

/* The member named by :id (a user id) in this company, or 404. */
static int load_member(struct request *req, struct team_member *m)
{
    int64_t id;
    if (parse_id(req->params.values[0], &id) && store_team_member(req->session.company_id, id, m) == 1) return 1;
    response_error(req, 404, "There is no such member in your company.");
    return 0;
}

/* The acting member's own role (0 when the actor is not a member here,
 * e.g. staff viewing as the customer). */
static int64_t actor_role(const struct request *req)
{
    struct team_member me;
    if (req->session.realm != REALM_MEMBER) return 0;
    return store_team_member(req->session.company_id, req->session.user_id, &me) == 1 ? me.role_id : 0;
}

static void render_member(struct request *req, int status, const struct team_member *m,
                          const struct form_errors *errors, const char *problem)
{
    const struct choices *c = load_choices(req->session.company_id);
    tpl_dict *d = response_page(req, status, "account/team_member.tpl", m->name);
    char joined[32], last[32];
    format_date(m->joined_at, joined, sizeof joined);
    date_or(m->last_sign_in_at, "Never", last, sizeof last);
    tpl_set_int(d, "ID", m->user_id);
    tpl_set(d, "NAME", m->name);
    tpl_set(d, "EMAIL", m->email);
    tpl_set(d, "JOB_TITLE", m->job_title[0] ? m->job_title : "\xe2\x80\x94");
    tpl_set(d, "PHONE", m->phone[0] ? m->phone : "\xe2\x80\x94");
    tpl_set(d, "ROLE", m->role);
    tpl_set(d, "UNIT", m->unit[0] ? m->unit : "\xe2\x80\x94");
    tpl_set(d, "JOINED", joined);
    tpl_set(d, "LAST_SIGN_IN", last);
    tpl_set(d, "COMPANY_NAME", req->session.company_name);
    tpl_show(d, m->active ? "ACTIVE" : "DEACTIVATED");
    if (problem) tpl_set(tpl_add_section(d, "PROBLEM"), "TEXT", problem);
    form_fill_labelled(d, req, member_fields, member_labels, errors);
    int self = is_self(req, m->user_id);
    if (self) tpl_show(d, "SELF");
    if (m->active) team_member_card(d, req, m->user_id, errors);
    if (!can_edit(req)) {
        tpl_show(d, "READ_ONLY");
        return;
    }
    tpl_dict *e = tpl_add_section(d, "EDIT");
    tpl_set(e, "CSRF_TOKEN", req->csrf_token);
    tpl_set_int(e, "ID", m->user_id);
    form_fill_labelled(e, req, member_fields, member_labels, errors);
    fill_options(e, "ROLE", c->roles, c->n_roles, id_or(req_form(req, "role_id"), m->role_id));
    fill_options(e, "UNIT", c->units, c->n_units, id_or(req_form(req, "unit_id"), m->unit_id));
    if (!m->unit_id) tpl_show(e, "NO_UNIT");

    tpl_dict *s = tpl_add_section(d, "STATUS_ACTIONS");
    tpl_set(s, "CSRF_TOKEN", req->csrf_token);
    tpl_set_int(s, "ID", m->user_id);
    tpl_set(s, "NAME", m->name);
    tpl_set(s, "COMPANY_NAME", req->session.company_name);
    /* Nobody deactivates or removes themselves (the POSTs refuse it too). */
    if (self) {
        tpl_show(s, "SELF_NOTE");
    } else {
        tpl_show(s, m->active ? "CAN_DEACTIVATE" : "CAN_REACTIVATE");
        tpl_show(s, "CAN_REMOVE");
    }

    int64_t mine = actor_role(req);
    if (!self && m->active && team_is_admin(mine, 1) && m->role_id != TEAM_ADMIN_ROLE_ID) {
        tpl_dict *h = tpl_add_section(d, "HAND_OVER");
        tpl_set(h, "CSRF_TOKEN", req->csrf_token);
        tpl_set_int(h, "ID", m->user_id);
        tpl_set(h, "NAME", m->name);
        form_fill_labelled(h, req, member_fields, member_labels, errors);
        int64_t keep = id_or(req_form(req, "my_role_id"), 0);
        for (int i = 0; i < c->n_roles; i++) {
            if (c->roles[i].id == TEAM_ADMIN_ROLE_ID) continue;
            tpl_dict *o = tpl_add_section(h, "MY_ROLE");
            tpl_set_int(o, "ID", c->roles[i].id);
            tpl_set(o, "NAME", c->roles[i].name);
            if (c->roles[i].id == keep) tpl_show(o, "SELECTED");
        }
    }
}

void page_team_member(struct request *req)
{
    struct team_member m;
    if (load_member(req, &m)) render_member(req, 200, &m, NULL, NULL);
}

/* The member page again with the spending-limit form's errors. */
void team_member_page(struct request *req, int status, int64_t user_id, const struct form_errors *errors)
{
    struct team_member m;
    if (store_team_member(req->session.company_id, user_id, &m) == 1) render_member(req, status, &m, errors, NULL);
    else response_error(req, 404, "There is no such member in your company.");
}

/* Everything a change to a member needs, read inside the write lock so
 * the rule is checked against the state the change is made on. */
struct member_tx {
    struct team_member m;
    struct team_change change;
};

/* Begins the transaction and re-reads the member and the administrators.
 * On failure the response is set and 0 returned (nothing open). */
static int begin_member_change(struct request *req, int64_t user_id, enum team_action action, int64_t new_role,
                               struct member_tx *tx)
{
    if (db_begin() != 0) {
        response_error(req, 503, "Please try again in a moment.");
        return 0;
    }
    int found = store_team_member(req->session.company_id, user_id, &tx->m);
    int admins = store_team_admin_count(req->session.company_id);
    if (found != 1 || admins < 0) {
        db_rollback();
        if (found == 0) response_error(req, 404, "There is no such member in your company.");
        else response_error(req, 500, "Something went wrong. Nothing was changed.");
        return 0;
    }
    struct team_change c = {
        .action = action, .active_admins = admins, .target_role_id = tx->m.role_id, .target_active = tx->m.active,
        .self = is_self(req, user_id), .new_role_id = new_role, .actor_role_id = actor_role(req),
    };
    tx->change = c;
    return 1;
}

/* Checks the rules; when refused, rolls back and shows why (422, or 409
 * when someone else already made the change). Returns 1 when allowed. */
static int rules_allow(struct request *req, struct member_tx *tx)
{
    /* Only members whose role the actor could have given them: a custom
     * role that manages members cannot deactivate an administrator. */
    unsigned target_permissions = 0;
    if (store_team_role_permissions(req->session.company_id, tx->m.role_id, &target_permissions) != 1
        || !team_may_grant(req->session.permissions, target_permissions)) {
        db_rollback();
        render_member(req, 403, &tx->m, NULL,
                      "You can only change members whose role has no permissions beyond your own.");
        return 0;
    }
    enum team_verdict v = team_check(&tx->change);
    if (v == TEAM_ALLOWED) return 1;
    db_rollback();
    char msg[MESSAGE_MAX];
    team_verdict_message(v, req->session.company_name, msg, sizeof msg);
    render_member(req, v == TEAM_ALREADY ? 409 : 422, &tx->m, NULL, msg);
    return 0;
}

static void back_to_member(struct request *req, int64_t user_id, const char *message)
{
    char url[64];
    snprintf(url, sizeof url, "/account/team/%lld", (long long)user_id);
    flash_set(req, "success", message);
    response_redirect(req, url);
}

/* After changing their own role a member may no longer manage the team:
 * send them home rather than to a page they cannot open. */
static void back_after_role_change(struct request *req, int64_t user_id, unsigned my_new_permissions,
                                   int changed_self, const char *message)
{
    if (changed_self && !permissions_allow(my_new_permissions, PERM_MANAGE_MEMBERS)) {
        flash_set(req, "success", message);
        response_redirect(req, "/account");
        return;
    }
    back_to_member(req, user_id, message);
}

void page_team_member_update(struct request *req)
{
    struct team_member m;
    if (!load_member(req, &m)) return;
    const struct choices *c = load_choices(req->session.company_id);
    struct form_errors errors = { 0 };
    const struct team_option *role = chosen(req, "role_id", c->roles, c->n_roles);
    const struct team_option *unit = chosen(req, "unit_id", c->units, c->n_units);
    if (!role) form_error(&errors, "role_id", "Choose a role from the list.");
    else if (role->id != m.role_id && !team_may_grant(req->session.permissions, role->permissions))
        form_error(&errors, "role_id", "You can only give a role whose permissions you have yourself.");
    if (!unit) form_error(&errors, "unit_id", "Choose a business unit from the list.");
    if (errors.count) {
        render_member(req, 422, &m, &errors, NULL);
        return;
    }
    struct member_tx tx;
    if (!begin_member_change(req, m.user_id, TEAM_SET_ROLE, role->id, &tx)) return;
    if (!rules_allow(req, &tx)) return;
    if (tx.m.role_id == role->id && tx.m.unit_id == unit->id) {
        db_rollback();
        back_to_member(req, m.user_id, "Nothing changed.");
        return;
    }
    struct audit_change changes[2];
    size_t n = 0;
    if (tx.m.role_id != role->id) changes[n++] = (struct audit_change){ "Role", tx.m.role, role->name };
    if (tx.m.unit_id != unit->id) changes[n++] = (struct audit_change){ "Business unit", tx.m.unit, unit->name };
    int ok = store_team_member_set(req->session.company_id, m.user_id, role->id, unit->id) == 0
          && audit_record(&req->actor, req->session.company_id, "member.updated", tx.m.name, changes, n) == 0;
    if (!finish(ok, "member update")) {
        response_error(req, 500, "The change could not be saved. Nothing was changed.");
        return;
    }
    char msg[MESSAGE_MAX];
    snprintf(msg, sizeof msg, "%s is now %s in %s.", tx.m.name, role->name, unit->name);
    back_after_role_change(req, m.user_id, role->permissions, tx.change.self, msg);
}

/* Deactivate or reactivate. */
static void set_active(struct request *req, int active)
{
    struct team_member m;
    if (!load_member(req, &m)) return;
    struct member_tx tx;
    if (!begin_member_change(req, m.user_id, active ? TEAM_REACTIVATE : TEAM_DEACTIVATE, 0, &tx)) return;
    if (!rules_allow(req, &tx)) return;
    const char *from = active ? "deactivated" : "active", *to = active ? "active" : "deactivated";
    int changed = store_team_member_set_status(req->session.company_id, m.user_id, from, to);
    const struct audit_change changes[] = {
        { "Status", active ? "Deactivated" : "Active", active ? "Active" : "Deactivated" },
    };
    /* A deactivated member's sessions in this company end now, not at
     * their next expiry; their other companies are not affected. */
    int ok = changed == 1 && (active || store_team_end_sessions(req->session.company_id, m.user_id) == 0)
          && audit_record(&req->actor, req->session.company_id, active ? "member.reactivated" : "member.deactivated",
                          tx.m.name, changes, 1) == 0;
    if (!finish(ok, active ? "reactivate" : "deactivate")) {
        response_error(req, 500, "The change could not be saved. Nothing was changed.");
        return;
    }
    char msg[MESSAGE_MAX];
    if (active) snprintf(msg, sizeof msg, "%s is active again and can sign in to %s.", tx.m.name, req->session.company_name);
    else snprintf(msg, sizeof msg, "%s is deactivated: they were signed out and cannot sign in to %s.", tx.m.name,
                  req->session.company_name);
    back_to_member(req, m.user_id, msg);
}

void page_team_member_deactivate(struct request *req)
{
    set_active(req, 0);
}

void page_team_member_reactivate(struct request *req)
{
    set_active(req, 1);
}

void page_team_member_remove(struct request *req)
{
    struct team_member m;
    if (!load_member(req, &m)) return;
    struct member_tx tx;
    if (!begin_member_change(req, m.user_id, TEAM_REMOVE, 0, &tx)) return;
    if (!rules_allow(req, &tx)) return;
    const struct audit_change changes[] = {
        { "Email", tx.m.email, "" }, { "Role", tx.m.role, "" }, { "Business unit", tx.m.unit, "" },
    };
    int ok = store_team_member_delete(req->session.company_id, m.user_id) == 0
          && store_team_end_sessions(req->session.company_id, m.user_id) == 0
          && audit_record(&req->actor, req->session.company_id, "member.removed", tx.m.name, changes, 3) == 0;
    if (!finish(ok, "remove")) {
        response_error(req, 500, "The member could not be removed. Nothing was changed.");
        return;
    }
    char msg[MESSAGE_MAX];
    snprintf(msg, sizeof msg, "%s was removed from %s. Their login and any other companies they work for stay as they are.",
             tx.m.name, req->session.company_name);
    flash_set(req, "success", msg);
    response_redirect(req, "/account/team");
}

void page_team_member_hand_over(struct request *req)
{
    struct team_member m;
    if (!load_member(req, &m)) return;
    const struct choices *c = load_choices(req->session.company_id);
    struct form_errors errors = { 0 };
    const struct team_option *mine = NULL;
    if (req_form(req, "my_role_id")[0]) {
        mine = chosen(req, "my_role_id", c->roles, c->n_roles);
        if (!mine) form_error(&errors, "my_role_id", "Choose a role from the list.");
    }
    if (errors.count) {
        render_member(req, 422, &m, &errors, NULL);
        return;
    }
    struct member_tx tx;
    int64_t my_new = mine ? mine->id : 0;
    if (!begin_member_change(req, m.user_id, TEAM_HAND_OVER, my_new, &tx)) return;
    if (!rules_allow(req, &tx)) return;
    int64_t my_old = tx.change.actor_role_id;
    int step_down = my_new && my_new != my_old;
    const char *admin = role_name(c, TEAM_ADMIN_ROLE_ID);
    const struct audit_change given[] = { { "Role", tx.m.role, admin } };
    int ok = (tx.m.role_id == TEAM_ADMIN_ROLE_ID
              || store_team_member_set(req->session.company_id, m.user_id, TEAM_ADMIN_ROLE_ID, tx.m.unit_id) == 0)
          && audit_record(&req->actor, req->session.company_id, "member.admin_handed_over", tx.m.name, given, 1) == 0;
    if (ok && step_down) {
        struct team_member me;
        ok = store_team_member(req->session.company_id, req->session.user_id, &me) == 1
          && store_team_member_set(req->session.company_id, me.user_id, my_new, me.unit_id) == 0;
        const struct audit_change mine_changed[] = { { "Role", me.role, mine->name } };
        ok = ok && audit_record(&req->actor, req->session.company_id, "member.updated", me.name, mine_changed, 1) == 0;
    }
    if (!finish(ok, "hand-over")) {
        response_error(req, 500, "The change could not be saved. Nothing was changed.");
        return;
    }
    char msg[MESSAGE_MAX];
    if (step_down) snprintf(msg, sizeof msg, "%s is now an administrator of %s, and you are %s.", tx.m.name,
                            req->session.company_name, mine->name);
    else snprintf(msg, sizeof msg, "%s is now an administrator of %s.", tx.m.name, req->session.company_name);
    back_after_role_change(req, m.user_id, step_down ? mine->permissions : PERM_ALL, step_down, msg);
}

/* --- Joining from the mailed link --------------------------------------------- */

static void render_join_problem(struct request *req, int status, const char *text)
{
    tpl_dict *d = response_page(req, status, "join.tpl", "Invitation");
    tpl_set(tpl_add_section(d, "LINK_PROBLEM"), "PROBLEM_TEXT", text);
}

static void render_token_problem(struct request *req, enum token_state state)
{
    int status = state == TOKEN_EXPIRED || state == TOKEN_USED ? 410 : state == TOKEN_ERROR ? 500 : 404;
    render_join_problem(req, status, token_state_message(state));
}

/* The pending invitation behind the link, or a problem page (returns 0):
 * 404 for a link never issued, 410 for one used, expired or revoked. */
static int load_join(struct request *req, struct team_invitation *inv)
{
    struct token_info token;
    enum token_state state = token_check(TOKEN_TEAM_INVITATION, req->params.values[0], &token);
    if (state != TOKEN_VALID) {
        render_token_problem(req, state);
        return 0;
    }
    int found = store_team_invitation_any(token.ref_id, inv);
    if (found != 1) {
        render_token_problem(req, found < 0 ? TOKEN_ERROR : TOKEN_UNKNOWN);
        return 0;
    }
    char msg[MESSAGE_MAX];
    if (strcmp(inv->status, "revoked") == 0) {
        snprintf(msg, sizeof msg, "This invitation to %s was withdrawn. Ask %s for a new one if you should still join.",
                 inv->company, inv->invited_by[0] ? inv->invited_by : "the administrator");
        render_join_problem(req, 410, msg);
        return 0;
    }
    if (strcmp(inv->status, "pending") != 0) {
        render_token_problem(req, TOKEN_USED);
        return 0;
    }
    if (inv->expires_at <= clock_now()) {
        snprintf(msg, sizeof msg, "This invitation to %s has expired. Ask %s to send it again.", inv->company,
                 inv->invited_by[0] ? inv->invited_by : "the administrator");
        render_join_problem(req, 410, msg);
        return 0;
    }
    if (strcmp(inv->company_status, "active") != 0) {
        snprintf(msg, sizeof msg, "%s cannot take new members at the moment. Please contact %s.", inv->company,
                 inv->invited_by[0] ? inv->invited_by : "the administrator");
        render_join_problem(req, 410, msg);
        return 0;
    }
    return 1;
}

static void fill_invitation(tpl_dict *d, const struct request *req, const struct team_invitation *inv)
{
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set(d, "TOKEN", req->params.values[0]);
    tpl_set(d, "COMPANY_NAME", inv->company);
    tpl_set(d, "ROLE_NAME", inv->role);
    tpl_set(d, "UNIT_NAME", inv->unit[0] ? inv->unit : inv->company);
    tpl_set(d, "INVITED_BY", inv->invited_by);
    tpl_set(d, "EMAIL", inv->email);
}

static void render_join(struct request *req, int status, const struct team_invitation *inv,
                        const struct team_login *login, const struct form_errors *errors, const char *failure)
{
    char title[300];
    snprintf(title, sizeof title, "Join %s", inv->company);
    tpl_dict *d = response_page(req, status, "join.tpl", title);
    if (login) {
        tpl_dict *a = tpl_add_section(d, "ACCEPT");
        fill_invitation(a, req, inv);
        tpl_set(a, "USER_NAME", login->name);
        if (req->session.realm != REALM_NONE && req->session.user_id != login->user_id)
            tpl_set(tpl_add_section(a, "OTHER_USER"), "SIGNED_IN_AS", req->session.email);
        if (failure) tpl_set(tpl_add_section(a, "FAILURE"), "FAILURE_TEXT", failure);
        return;
    }
    tpl_dict *f = tpl_add_section(d, "FORM");
    fill_invitation(f, req, inv);
    tpl_set_int(f, "PASSWORD_MIN", VALIDATE_PASSWORD_MIN);
    form_fill_labelled(f, req, join_fields, join_labels, errors);
    if (!http_params_get(&req->form, "name")) tpl_set(f, "NAME", inv->name);
    if (req->session.realm != REALM_NONE) tpl_set(tpl_add_section(f, "OTHER_USER"), "SIGNED_IN_AS", req->session.email);
    if (failure) tpl_set(tpl_add_section(f, "FAILURE"), "FAILURE_TEXT", failure);
}

void page_join_form(struct request *req)
{
    struct team_invitation inv;
    if (!load_join(req, &inv)) return;
    struct team_login login;
    int has = store_team_login(inv.email, &login);
    if (has < 0) {
        render_token_problem(req, TOKEN_ERROR);
        return;
    }
    render_join(req, 200, &inv, has == 1 ? &login : NULL, NULL, NULL);
}

/* The joining person is the actor of the "joined" entry (they are not
 * signed in, or signed in as someone else). */
static int audit_joined(const struct team_invitation *inv, int64_t user_id, const char *name)
{
    struct actor actor = actor_member(user_id, inv->company_id, 0, name);
    const struct audit_change changes[] = {
        { "Email", "", inv->email }, { "Role", "", inv->role }, { "Business unit", "", inv->unit },
    };
    return store_audit_insert(inv->company_id, &actor, "member.joined", name, changes, 3, clock_now());
}

/* Uses the link and accepts the invitation in the caller's transaction:
 * of two accepts at once exactly one gets here with TOKEN_VALID. */
static enum token_state use_link(struct request *req, const struct team_invitation *inv)
{
    struct token_info token;
    enum token_state state = token_consume(TOKEN_TEAM_INVITATION, req->params.values[0], &token);
    if (state != TOKEN_VALID) return state;
    if (token.ref_id != inv->id) return TOKEN_UNKNOWN;
    int accepted = store_team_invitation_accept(inv->id, clock_now());
    return accepted == 1 ? TOKEN_VALID : accepted == 0 ? TOKEN_USED : TOKEN_ERROR;
}

static void join_existing(struct request *req, const struct team_invitation *inv, const struct team_login *login)
{
    if (!login->active || login->staff) {
        render_join_problem(req, 403, "This login cannot join a customer company. Please contact the person who invited you.");
        return;
    }
    if (db_begin() != 0) {
        render_join(req, 503, inv, login, NULL, "Please try again in a moment.");
        return;
    }
    enum token_state state = use_link(req, inv);
    if (state != TOKEN_VALID) {
        db_rollback();
        render_token_problem(req, state);
        return;
    }
    int joined = store_team_membership_join(inv->company_id, login->user_id, inv->role_id, inv->unit_id, clock_now());
    if (joined == 0) {
        /* Already in the team (perhaps deactivated): an old invitation
         * changes nothing about that, and stays unused. */
        db_rollback();
        char msg[MESSAGE_MAX];
        snprintf(msg, sizeof msg, "%s already belongs to %s's team. Sign in to work there, or ask %s if you cannot.",
                 inv->email, inv->company, inv->invited_by[0] ? inv->invited_by : "the administrator");
        render_join_problem(req, 409, msg);
        return;
    }
    int ok = joined == 1 && audit_joined(inv, login->user_id, login->name) == 0;
    if (!finish(ok, "join")) {
        render_join(req, 500, inv, login, NULL, "Joining failed just now. Please try again.");
        return;
    }
    char msg[MESSAGE_MAX];
    if (req->session.realm == REALM_MEMBER && req->session.user_id == login->user_id) {
        snprintf(msg, sizeof msg, "You joined %s as %s. Choose the company to work in.", inv->company, inv->role);
        flash_set(req, "success", msg);
        response_redirect(req, "/account/switch");
        return;
    }
    snprintf(msg, sizeof msg, "You joined %s as %s. Sign in as %s to work there.", inv->company, inv->role, inv->email);
    flash_set(req, "success", msg);
    response_redirect(req, "/login");
}

static void check_new_login(const struct request *req, struct form_errors *errors)
{
    const char *password = req_form(req, "password");
    form_error(errors, "name", validate_text(req_form(req, "name"), NAME_MAX_CHARS, 1));
    if (strlen(password) > PASSWORD_MAX_BYTES) {
        form_error(errors, "password", "Use at most 128 characters for the password.");
        return;
    }
    if (form_error(errors, "password", validate_password(password))) return;
    if (strcmp(password, req_form(req, "password_confirm")) != 0)
        form_error(errors, "password_confirm", "The two passwords do not match.");
}

static void join_new(struct request *req, const struct team_invitation *inv)
{
    struct form_errors errors = { 0 };
    check_new_login(req, &errors);
    if (errors.count) {
        render_join(req, 422, inv, NULL, &errors, NULL);
        return;
    }
    /* argon2id takes a while and much memory: never inside the write lock. */
    char hash[AUTH_HASH_MAX];
    if (auth_password_hash(req_form(req, "password"), hash) != 0) {
        render_join(req, 503, inv, NULL, NULL, "Your password could not be saved just now. Please try again.");
        return;
    }
    const char *name = req_form(req, "name");
    int64_t user_id = 0;
    if (db_begin() != 0) {
        sodium_memzero(hash, sizeof hash);
        render_join(req, 503, inv, NULL, NULL, "Please try again in a moment.");
        return;
    }
    enum token_state state = use_link(req, inv);
    if (state != TOKEN_VALID) {
        sodium_memzero(hash, sizeof hash);
        db_rollback();
        render_token_problem(req, state);
        return;
    }
    int ok = store_team_user_create(inv->email, name, hash, clock_now(), &user_id) == 0
          && store_team_membership_join(inv->company_id, user_id, inv->role_id, inv->unit_id, clock_now()) == 1
          && audit_joined(inv, user_id, name) == 0;
    sodium_memzero(hash, sizeof hash);
    if (!finish(ok, "join")) {
        struct team_login login;
        if (store_team_login(inv->email, &login) == 1)   /* created meanwhile, e.g. registered */
            render_join(req, 409, inv, &login, NULL, "A login with this address exists now. Join with it below.");
        else render_join(req, 500, inv, NULL, NULL, "Your login could not be created just now. Please try again.");
        return;
    }
    char msg[MESSAGE_MAX];
    session_end(req);
    if (session_start(req, user_id, REALM_MEMBER, inv->company_id) != 0) {
        flash_set(req, "success", "Your login is ready. Sign in with your email and new password.");
        response_redirect(req, "/login");
        return;
    }
    store_user_signed_in(user_id, clock_now());
    snprintf(msg, sizeof msg, "Welcome to %s, %s. You are signed in as %s.", inv->company, name, inv->role);
    flash_set(req, "success", msg);
    response_redirect(req, "/account");
}

void page_join(struct request *req)
{
    struct team_invitation inv;
    if (!load_join(req, &inv)) return;
    struct team_login login;
    int has = store_team_login(inv.email, &login);
    if (has < 0) render_token_problem(req, TOKEN_ERROR);
    else if (has == 1) join_existing(req, &inv, &login);
    else join_new(req, &inv);
}
