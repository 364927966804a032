#include "accounts/pages.h"
#include "base/clock.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "web/app.h"
#include "base/db.h"
#include "web/http.h"
#include "web/response.h"
#include "web/session.h"
#include "base/settings.h"
#include "accounts/throttle.h"
#include "accounts/login_failures_store.h"
#include "web/sessions_store.h"
#include "accounts/users_store.h"

#define PASSWORD_MAX 512        /* characters; longer is never looked up (still hashed) */
#define NEXT_MAX 2000

#define BOTH_NEEDED "Enter your email address and your password."

/* The email is an EMAIL, but one that is not well formed is answered like
 * an unknown one, after the same throttle and hash (page_login_submit). */
static const struct field login_fields[] = {
    { "email", "Work email", FIELD_EMAIL, 1, 0, 0, NULL, BOTH_NEEDED, NULL },
    { "password", "Password", FIELD_SECRET, 1, 0, PASSWORD_MAX, NULL, BOTH_NEEDED, NULL },
    { "next", "Next page", FIELD_TEXT, 0, 0, NEXT_MAX, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_login = { "login", login_fields };

static const char *home_for(enum realm realm)
{
    return realm == REALM_STAFF ? "/backoffice" : "/account";
}

/* Where a member or staff user goes after signing in: the page a link
 * brought them from (`next`, path and query) when it is a safe local path
 * (http_local_path_safe) in their own area (members never into the back
 * office, staff only there), otherwise their home. */
static const char *landing_page(const char *next, enum realm realm)
{
    static const char backoffice[] = "/backoffice";
    size_t n = sizeof backoffice - 1;
    if (!http_local_path_safe(next)) return home_for(realm);
    int in_backoffice = strncmp(next, backoffice, n) == 0
                        && (next[n] == '\0' || strchr("/?#", next[n]));
    return in_backoffice == (realm == REALM_STAFF) ? next : home_for(realm);
}

void page_root(struct request *req)
{
    response_redirect(req, req->session.realm == REALM_NONE ? "/login" : home_for(req->session.realm));
}

static void render_login(struct request *req, int status, const char *email, const char *error)
{
    tpl_dict *d = response_page(req, status, "accounts/login.tpl", "Sign in");
    tpl_set(d, "EMAIL", email);
    tpl_set(d, "NEXT", field_text(req, "next")[0] ? field_text(req, "next") : req_query(req, "next"));
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    if (error) {
        tpl_dict *e = tpl_add_section(d, "ERROR");
        tpl_set(e, "ERROR_TEXT", error);
    }
    tpl_show(d, *email ? "FOCUS_PASSWORD" : "FOCUS_EMAIL");
}

void page_login_form(struct request *req)
{
    if (req->session.realm != REALM_NONE) {
        response_redirect(req, home_for(req->session.realm));
        return;
    }
    render_login(req, 200, "", NULL);
}

static void normalise_email(const char *in, char *out, size_t size)
{
    while (isspace((unsigned char)*in)) in++;
    size_t n = 0;
    for (; *in && n + 1 < size; in++) out[n++] = (char)tolower((unsigned char)*in);
    while (n && isspace((unsigned char)out[n - 1])) n--;
    out[n] = '\0';
}

void page_login_submit(struct request *req)
{
    /* An address that is not one is kept and throttled as typed (cut
     * short), so mistyped addresses do not share one count, and costs the
     * same hash below: the answer never tells it from an unknown one. */
    const struct field_value *sent_email = form_value(req->input, "email");
    char email[VALIDATE_EMAIL_MAX + 2];
    normalise_email(sent_email->raw, email, sizeof email);
    const char *password = field_text(req, "password");
    const char *ip = req->remote_addr;

    if (!sent_email->present || !form_value(req->input, "password")->present) {
        render_login(req, 422, email, BOTH_NEEDED);
        return;
    }

    int64_t now = clock_now();
    /* The attempt counts before the slow hash, in one write transaction
     * with the check: of many parallel guesses at most the limit are ever
     * checked. A right password takes it back below. */
    struct throttle_limits limits = throttle_sign_in_limits();
    int64_t attempt = 0;
    int wait = throttle_claim(ATTEMPT_SIGN_IN, email, ip, &limits, now, &attempt);
    if (wait < 0) {
        fprintf(stderr, "login: throttle not counted: %s\n", db_error());
        response_error(req, 503, "Signing in is not possible right now. Please try again in a moment.");
        return;
    }
    if (wait > 0) {
        char msg[200];
        snprintf(msg, sizeof msg, "Too many failed sign-in attempts. For your security, sign-in is paused: "
                                  "try again in %d minute%s, or reset your password.", wait, wait == 1 ? "" : "s");
        render_login(req, 429, email, msg);
        return;
    }

    struct user_credentials user = { 0 };
    int found = field_ok(req, "email") && field_ok(req, "password") ? store_user_credentials(email, &user) : 0;
    if (found < 0) {
        fprintf(stderr, "login: lookup failed: %s\n", db_error());
        response_error(req, 503, "Signing in is not possible right now. Please try again in a moment.");
        return;
    }
    /* Verify even when the email is unknown: same cost, same answer. */
    int ok = auth_password_verify(found == 1 ? user.password_hash : NULL, password);
    if (found != 1 || !ok || !user.active) {
        render_login(req, 422, email, "The email or password is incorrect.");
        return;
    }
    /* The right password is no failure, whatever stops the sign-in below. */
    throttle_forgive(attempt);

    if (!user.email_verified) {
        render_login(req, 403, email, "Please confirm your email address first: "
                                      "follow the link in the mail we sent you.");
        return;
    }
    enum realm realm = user.is_staff ? REALM_STAFF : REALM_MEMBER;
    int pending = 0;
    int64_t company_id = 0;
    if (realm == REALM_MEMBER) {
        enum pre_approval_access access = settings_pre_approval();
        company_id = store_member_default_company(user.id, access != PRE_APPROVAL_NONE, &pending);
        if (company_id == 0 && access == PRE_APPROVAL_NONE
            && store_member_default_company(user.id, 1, &pending) != 0) {
            render_login(req, 403, email, "Your application is being reviewed. "
                                          "You can sign in as soon as your account is approved; we will email you.");
            return;
        }
    }
    if (realm == REALM_MEMBER && company_id == 0) {
        /* Say whose decision it was, so they ask the right people: the
         * seller blocked the company, or their own company took their
         * access away. */
        if (store_member_company_blocked(user.id) == 1)
            render_login(req, 403, email, "Your company account is not active. "
                                          "Please contact your account manager.");
        else
            render_login(req, 403, email, "Your access to your company's account was removed. "
                                          "If you still need it, please ask your company's administrator.");
        return;
    }
    if (auth_password_needs_rehash(user.password_hash)) {
        char fresh[AUTH_HASH_MAX];
        if (auth_password_hash(password, fresh) == 0) store_user_set_password_hash(user.id, fresh);
    }
    store_login_failures_clear(email);
    store_user_signed_in(user.id, now);
    if (session_start(req, user.id, realm, company_id) != 0) {
        fprintf(stderr, "login: session not created: %s\n", db_error());
        response_error(req, 500, "Signing in failed. Please try again.");
        return;
    }
    /* Someone in several companies first picks one, unless a link
     * brought them here for a page of their own. */
    const char *next = field_text(req, "next");
    struct user_membership two[2];
    if (realm == REALM_MEMBER && !next[0] && store_memberships_of_user(user.id, two, 2) > 1) next = "/account/switch";
    response_redirect(req, landing_page(next, realm));
}

void page_logout(struct request *req)
{
    session_end(req);
    flash_set(req, "success", "You have been signed out.");
    response_redirect(req, "/login");
}
