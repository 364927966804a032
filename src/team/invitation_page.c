/* Accepting an invitation from its mailed link. Two kinds: a login the
 * seller created (/invitation/:token), where the person chooses a
 * password and is signed straight in to the company; and a team
 * invitation from a company's administrator (/join/:token), accepted with
 * a login the person has or with a new one. The invitations themselves
 * are sent from team_page.c. */
#include "team/pages.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "audit/audit_store.h"
#include "base/db.h"
#include "web/form.h"
#include "web/http.h"
#include "web/response.h"
#include "web/session.h"
#include "accounts/accounts_store.h"
#include "accounts/users_store.h"
#include "team/team_store.h"
#include "team/team_view.h"
#include "web/tokens.h"
#include "base/validate.h"

/* The password and its repetition, in both forms; its least length and
 * the match are checked by check_passwords. */
#define PASSWORD_FIELDS                                                                                  \
    { "password", "Password", FIELD_SECRET, 1, 0, VALIDATE_PASSWORD_MAX, NULL,                            \
      "Use at least 12 characters for the password.", "Use at most 128 characters for the password." }, \
    { "password_confirm", "Repeat the password", FIELD_SECRET, 1, 0, VALIDATE_PASSWORD_MAX, NULL,         \
      "Repeat the password.", "The two passwords do not match." }

static const struct field password_fields[] = { PASSWORD_FIELDS, { NULL } };
const struct form_spec form_invitation_accept = { "invitation_accept", password_fields };

/* Someone who has a login joins with it and sends none of these: the
 * handler looks at them only for a new login. */
static const struct field join_fields[] = {
    { "name", "Your name", FIELD_TEXT, 1, 0, TEAM_NAME_CHARS_MAX, NULL, NULL, NULL },
    PASSWORD_FIELDS,
    { NULL },
};
const struct form_spec form_join = { "join", join_fields };

static const char *link_token(const struct request *req)
{
    return req->params.values[0];
}

/* A link that does not work: 404 for one never issued, 410 for one that
 * expired or was used (it existed, but is gone). */
static int link_problem_status(enum token_state state)
{
    return state == TOKEN_EXPIRED || state == TOKEN_USED ? 410 : state == TOKEN_ERROR ? 500 : 404;
}

static void render_link_problem(struct request *req, enum token_state state)
{
    tpl_dict *d = response_page(req, link_problem_status(state), "team/invitation.tpl", "Invitation");
    tpl_set(tpl_add_section(d, "LINK_PROBLEM"), "PROBLEM_TEXT", token_state_message(state));
}

/* The invitation behind a valid token, or a problem page (returns 0). */
static int load_invitation(struct request *req, struct token_info *token, struct invitation_view *view)
{
    enum token_state state = token_check(TOKEN_INVITATION, link_token(req), token);
    if (state == TOKEN_VALID) {
        int found = store_invitation_view(token->user_id, token->ref_id, view);
        if (found == 1) return 1;
        /* The login or company was removed since: the link leads nowhere. */
        state = found < 0 ? TOKEN_ERROR : TOKEN_UNKNOWN;
    }
    render_link_problem(req, state);
    return 0;
}

static void render_form(struct request *req, int status, const struct invitation_view *view,
                        const struct form_errors *errors, const char *failure)
{
    tpl_dict *d = response_page(req, status, "team/invitation.tpl", "Choose your password");
    tpl_dict *form = tpl_add_section(d, "FORM");
    tpl_set(form, "CSRF_TOKEN", req->csrf_token);
    tpl_set(form, "TOKEN", link_token(req));
    tpl_set(form, "USER_NAME", view->user_name);
    tpl_set(form, "EMAIL", view->email);
    tpl_set(form, "COMPANY_NAME", view->company_name);
    tpl_set_int(form, "PASSWORD_MIN", VALIDATE_PASSWORD_MIN);
    form_fill_declared(form, req, &form_invitation_accept, errors);
    if (failure) tpl_set(tpl_add_section(form, "FAILURE"), "FAILURE_TEXT", failure);
}

void page_invitation_form(struct request *req)
{
    struct token_info token;
    struct invitation_view view;
    if (!load_invitation(req, &token, &view)) return;
    render_form(req, 200, &view, NULL, NULL);
}

/* What the declaration cannot say: the least length, and the two alike. */
static void check_passwords(const struct request *req, struct form_errors *errors)
{
    const char *password = field_text(req, "password");
    if (!field_ok(req, "password") || form_error(errors, "password", validate_password(password))) return;
    if (field_ok(req, "password_confirm") && strcmp(password, field_text(req, "password_confirm")) != 0)
        form_error(errors, "password_confirm", "The two passwords do not match.");
}

/* Uses the link and sets the password in one transaction: a link used
 * twice at once sets it only once, and a failure leaves the link usable. */
static enum token_state accept(const char *token_text, const char *hash, struct token_info *token)
{
    if (db_begin() != 0) return TOKEN_ERROR;
    enum token_state state = token_consume(TOKEN_INVITATION, token_text, token);
    if (state == TOKEN_VALID && store_user_accept_invitation(token->user_id, hash, clock_now()) != 0)
        state = TOKEN_ERROR;
    if (state == TOKEN_VALID && db_commit() != 0) state = TOKEN_ERROR;
    if (state != TOKEN_VALID) db_rollback();
    return state;
}

/* Signs the new member in to the company they were invited to, leaving any
 * session this browser had before. Returns 0, or -1 when they must sign in
 * themselves (e.g. the company was blocked since the invitation). */
static int sign_in(struct request *req, int64_t user_id, int64_t company_id)
{
    if (store_member_can_sign_in(user_id, company_id) != 1) return -1;
    session_end(req);
    if (session_start(req, user_id, REALM_MEMBER, company_id) != 0) return -1;
    store_user_signed_in(user_id, clock_now());
    return 0;
}

void page_invitation_accept(struct request *req)
{
    struct token_info token;
    struct invitation_view view;
    if (!load_invitation(req, &token, &view)) return;

    struct form_errors errors = *field_errors(req);
    check_passwords(req, &errors);
    if (errors.count) {
        render_form(req, 422, &view, &errors, NULL);
        return;
    }
    /* argon2id takes a while and much memory: never inside the write lock. */
    char hash[AUTH_HASH_MAX];
    if (auth_password_hash(field_text(req, "password"), hash) != 0) {
        render_form(req, 503, &view, NULL, "Your password could not be saved just now. Please try again.");
        return;
    }
    enum token_state state = accept(link_token(req), hash, &token);
    sodium_memzero(hash, sizeof hash);
    if (state == TOKEN_ERROR) {
        render_form(req, 500, &view, NULL, "Your password could not be saved just now. Please try again.");
        return;
    }
    if (state != TOKEN_VALID) {
        render_link_problem(req, state);
        return;
    }
    if (sign_in(req, token.user_id, token.ref_id) != 0) {
        flash_set(req, "success", "Your password is set. Sign in with your email.");
        response_redirect(req, "/login");
        return;
    }
    char msg[400];
    snprintf(msg, sizeof msg, "Welcome, %s. Your password is set and you are signed in to %s.",
             view.user_name, view.company_name);
    flash_set(req, "success", msg);
    response_redirect(req, "/account");
}

/* --- Joining a team from the mailed link ---------------------------------------- */

static void render_join_problem(struct request *req, int status, const char *text)
{
    tpl_dict *d = response_page(req, status, "team/join.tpl", "Invitation");
    tpl_set(tpl_add_section(d, "LINK_PROBLEM"), "PROBLEM_TEXT", text);
}

static void render_token_problem(struct request *req, enum token_state state)
{
    render_join_problem(req, link_problem_status(state), token_state_message(state));
}

/* The pending invitation behind the link, or a problem page (returns 0):
 * 404 for a link never issued, 410 for one used, expired or revoked. */
static int load_join(struct request *req, struct team_invitation *inv)
{
    struct token_info token;
    enum token_state state = token_check(TOKEN_TEAM_INVITATION, link_token(req), &token);
    if (state != TOKEN_VALID) {
        render_token_problem(req, state);
        return 0;
    }
    int found = store_team_invitation_any(token.ref_id, inv);
    if (found != 1) {
        render_token_problem(req, found < 0 ? TOKEN_ERROR : TOKEN_UNKNOWN);
        return 0;
    }
    char msg[TEAM_MESSAGE_MAX];
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
    tpl_set(d, "TOKEN", link_token(req));
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
    tpl_dict *d = response_page(req, status, "team/join.tpl", title);
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
    form_fill_declared(f, req, &form_join, errors);
    const struct field_value *name = req->input ? form_value(req->input, "name") : NULL;
    if (!name || !name->sent) tpl_set(f, "NAME", inv->name);   /* the invitation's, until they type their own */
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
    enum token_state state = token_consume(TOKEN_TEAM_INVITATION, link_token(req), &token);
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
        char msg[TEAM_MESSAGE_MAX];
        snprintf(msg, sizeof msg, "%s already belongs to %s's team. Sign in to work there, or ask %s if you cannot.",
                 inv->email, inv->company, inv->invited_by[0] ? inv->invited_by : "the administrator");
        render_join_problem(req, 409, msg);
        return;
    }
    int ok = joined == 1 && audit_joined(inv, login->user_id, login->name) == 0;
    if (!db_finish(ok, "join")) {
        render_join(req, 500, inv, login, NULL, "Joining failed just now. Please try again.");
        return;
    }
    char msg[TEAM_MESSAGE_MAX];
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

static void join_new(struct request *req, const struct team_invitation *inv)
{
    struct form_errors errors = *field_errors(req);
    check_passwords(req, &errors);
    if (errors.count) {
        render_join(req, 422, inv, NULL, &errors, NULL);
        return;
    }
    /* argon2id takes a while and much memory: never inside the write lock. */
    char hash[AUTH_HASH_MAX];
    if (auth_password_hash(field_text(req, "password"), hash) != 0) {
        render_join(req, 503, inv, NULL, NULL, "Your password could not be saved just now. Please try again.");
        return;
    }
    const char *name = field_text(req, "name");
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
    if (!db_finish(ok, "join")) {
        struct team_login login;
        if (store_team_login(inv->email, &login) == 1)   /* created meanwhile, e.g. registered */
            render_join(req, 409, inv, &login, NULL, "A login with this address exists now. Join with it below.");
        else render_join(req, 500, inv, NULL, NULL, "Your login could not be created just now. Please try again.");
        return;
    }
    char msg[TEAM_MESSAGE_MAX];
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
