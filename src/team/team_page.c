/* The company's team: the member list with filters and search, and the
 * invitations (invite, resend, revoke) with their mailed links. A
 * member's own page is member_page.c; accepting an invitation (/join) is
 * invitation_page.c. The SQL is in team/team_store.c. */
#include "team/pages.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "audit/audit.h"
#include "base/db.h"
#include "web/form.h"
#include "base/format.h"
#include "web/http.h"
#include "mail/mail.h"
#include "web/response.h"
#include "team/team_store.h"
#include "team/team_rules.h"
#include "team/team_view.h"
#include "web/tokens.h"
#include "base/validate.h"

#define INVITATION_DAYS 7
#define INVITATION_SECONDS ((int64_t)INVITATION_DAYS * 24 * 3600)
#define PENDING_MAX 100
#define SEARCH_MAX 100              /* characters */
#define DEFAULT_INVITE_ROLE 4       /* Buyer */

static const struct field invite_fields[] = {
    { "email", "Email", FIELD_EMAIL, 1, 0, 0, NULL, NULL, NULL },
    { "name", "Name", FIELD_TEXT, 0, 0, TEAM_NAME_CHARS_MAX, NULL, NULL, NULL },
    TEAM_ROLE_FIELD,
    TEAM_UNIT_FIELD,
    { NULL },
};
const struct form_spec form_team_invite = { "team_invite", invite_fields };

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
    lq.unit_id = team_id_or(req_query(req, "unit"), 0);
    lq.role_id = team_id_or(req_query(req, "role"), 0);
    const char *status = req_query(req, "status");
    lq.status = strcmp(status, "active") == 0 ? "active" : strcmp(status, "deactivated") == 0 ? "deactivated" : "";
    lq.q = req_query(req, "q");
    if (validate_text(lq.q, SEARCH_MAX, 0)) lq.q = "";
    int64_t page = team_id_or(req_query(req, "page"), 1);
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
        team_date_or(rows[i].last_sign_in_at, "Never", last, sizeof last);
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
        if (team_can_edit(req)) {
            tpl_dict *actions = tpl_add_section(row, "ACTIONS");
            tpl_set_int(actions, "ID", rows[i].id);
            tpl_set(actions, "EMAIL", rows[i].email);
            tpl_set(actions, "CSRF_TOKEN", req->csrf_token);
        }
    }
}

static void render_team(struct request *req, int status, const struct form_errors *errors)
{
    const struct team_choices *c = team_load_choices(req->session.company_id);
    struct list_query lq = list_query_from(req);
    tpl_dict *d = response_page(req, status, "team/team.tpl", "Team");
    tpl_set(d, "COMPANY_NAME", req->session.company_name);
    tpl_set(d, "Q", lq.q);
    team_fill_options(d, "FILTER_UNIT", c->units, c->n_units, lq.unit_id);
    team_fill_options(d, "FILTER_ROLE", c->roles, c->n_roles, lq.role_id);
    tpl_show(d, strcmp(lq.status, "active") == 0 ? "STATUS_ACTIVE"
              : strcmp(lq.status, "deactivated") == 0 ? "STATUS_DEACTIVATED" : "STATUS_ANY");
    if (lq.unit_id || lq.role_id || lq.status[0] || lq.q[0]) tpl_show(d, "FILTERED");
    fill_members(d, &lq, req->session.company_id);
    fill_invitations(d, req);
    if (team_can_edit(req)) {
        tpl_dict *inv = tpl_add_section(d, "INVITE");
        tpl_set(inv, "CSRF_TOKEN", req->csrf_token);
        tpl_set_int(inv, "EXPIRES_DAYS", INVITATION_DAYS);
        form_fill_declared(inv, req, &form_team_invite, errors);
        int64_t root = c->n_units > 0 ? c->units[0].id : 0;
        team_fill_options(inv, "ROLE", c->roles, c->n_roles, team_field_id_or(req, "role_id", DEFAULT_INVITE_ROLE));
        team_fill_options(inv, "UNIT", c->units, c->n_units, team_field_id_or(req, "unit_id", root));
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
    const struct team_choices *c = team_load_choices(req->session.company_id);
    struct form_errors errors = *field_errors(req);
    const char *email = field_text(req, "email"), *name = field_text(req, "name");
    const struct team_option *role, *unit;
    team_chosen_role_unit(req, c, 0, &role, &unit, &errors);
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
    if (!db_finish(ok, "invitation")) {
        response_error(req, 500, "The invitation could not be sent. Nothing was changed.");
        return;
    }
    char msg[TEAM_MESSAGE_MAX];
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
    if (!db_finish(ok, "resend")) {
        response_error(req, 500, "The invitation could not be sent again. Nothing was changed.");
        return;
    }
    char msg[TEAM_MESSAGE_MAX];
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
    if (!db_finish(ok, "revoke")) {
        response_error(req, 500, "The invitation could not be revoked. Nothing was changed.");
        return;
    }
    char msg[TEAM_MESSAGE_MAX];
    snprintf(msg, sizeof msg, "The invitation for %s is revoked; its link no longer works.", inv.email);
    flash_set(req, "success", msg);
    response_redirect(req, "/account/team");
}
