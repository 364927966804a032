#include "web/session.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "web/access.h"
#include "web/app.h"
#include "base/db.h"
#include "web/response.h"
#include "base/settings.h"
#include "web/sessions_store.h"

/* Writing last_seen on every request would serialise all readers behind
 * the write lock; a minute of slack on idle expiry costs nothing. */
#define TOUCH_INTERVAL 60

static void load_session(struct request *req)
{
    memset(&req->session, 0, sizeof req->session);
    uint8_t digest[AUTH_DIGEST_BYTES];
    const char *token = req_cookie(req, COOKIE_SESSION);
    if (!*token || auth_token_digest(token, digest) != 0) return;

    int64_t now = clock_now(), last_seen = 0;
    int64_t idle = (int64_t)app.cfg.session_idle_minutes * 60;
    int found = store_session_load(digest, now, idle, &req->session, &last_seen);
    if (found != 1) {
        memset(&req->session, 0, sizeof req->session);
        /* Only a session that is really gone loses its cookie; a database
         * hiccup must not sign anyone out. */
        if (found == 0) response_cookie(req, COOKIE_SESSION, "", 0);
        else fprintf(stderr, "session: lookup failed: %s\n", db_error());
        return;
    }
    /* The seller decides what applicants may do before approval; it is
     * enforced here, for every page, not page by page. */
    if (req->session.applicant && settings_pre_approval() == PRE_APPROVAL_NONE) {
        memset(&req->session, 0, sizeof req->session);
        response_cookie(req, COOKIE_SESSION, "", 0);
        return;
    }
    struct access_context ctx = {
        .member = req->session.realm == REALM_MEMBER,
        .role_permissions = req->session.permissions,
        .applicant = req->session.applicant,
        .viewing_as_customer = req->session.viewing_as_customer,
        .applicant_may_fill_cart = settings_pre_approval() == PRE_APPROVAL_CART,
    };
    req->session.permissions = access_resolve(&ctx);
    if (req->session.realm == REALM_STAFF) {
        req->session.staff_permissions = staff_role_permissions(req->session.role_name);
        req->session.managed_companies_only = staff_role_managed_companies_only(req->session.role_name);
    }
    if (now - last_seen >= TOUCH_INTERVAL) store_session_touch(req->session.id, now);
}

/* The signed-in person as the domain sees them: a member acting in their
 * company, staff (also while viewing a company as its customer: they
 * change nothing there), or nobody ("System", as the audit log has always
 * named what a signed-out visitor causes, an application say). */
static struct actor actor_of(const struct session_info *s)
{
    if (s->realm == REALM_MEMBER) return actor_member(s->user_id, s->company_id, s->permissions, s->user_name);
    struct actor a = actor_system("System");
    if (s->realm == REALM_STAFF) {
        a.kind = ACTOR_STAFF;
        a.user_id = s->user_id;
        a.company_id = s->company_id;      /* the company viewed as its customer, else 0 */
        a.permissions = s->permissions;
        a.managed_companies_only = s->managed_companies_only;
        snprintf(a.label, sizeof a.label, "%s", s->user_name[0] ? s->user_name : "Staff");
    }
    return a;
}

void session_resolve(struct request *req)
{
    load_session(req);
    req->actor = actor_of(&req->session);
}

int session_start(struct request *req, int64_t user_id, enum realm realm, int64_t company_id)
{
    char token[AUTH_TOKEN_TEXT];
    uint8_t digest[AUTH_DIGEST_BYTES];
    auth_token_new(token, digest);
    int64_t now = clock_now();
    struct new_session s = {
        .user_id = user_id,
        .realm = realm,
        .company_id = company_id,
        .token_digest = digest,
        .now = now,
        .expires_at = now + (int64_t)app.cfg.session_absolute_hours * 3600,
        .user_agent = req->user_agent,
        .client_ip = req->remote_addr,
    };
    if (store_session_create(&s) != 0) return -1;
    /* Signing in again (as someone else, or the same person) ends the
     * session this browser came with on the server too (even one this
     * request did not accept, e.g. an applicant's paused by the seller's
     * policy): the old cookie, copied or left in another tab, must not stay
     * valid beside the new one. */
    uint8_t old[AUTH_DIGEST_BYTES];
    if (auth_token_digest(req_cookie(req, COOKIE_SESSION), old) == 0 && store_session_delete(old) != 0)
        fprintf(stderr, "session: the previous session was not ended: %s\n", db_error());
    response_cookie(req, COOKIE_SESSION, token, -1);
    return 0;
}

void session_end(struct request *req)
{
    if (req->session.realm != REALM_NONE) store_session_delete(req->session.token_digest);
    memset(&req->session, 0, sizeof req->session);
    response_cookie(req, COOKIE_SESSION, "", 0);
}

/* What the CSRF token is bound to for this request: the session, or else
 * the visitor cookie. Returns 0 when there is a binding. */
static int csrf_binding(const struct request *req, uint8_t binding[AUTH_DIGEST_BYTES])
{
    if (req->session.realm != REALM_NONE) {
        memcpy(binding, req->session.token_digest, AUTH_DIGEST_BYTES);
        return 0;
    }
    return auth_token_digest(req_cookie(req, COOKIE_VISITOR), binding);
}

void csrf_prepare(struct request *req)
{
    uint8_t binding[AUTH_DIGEST_BYTES];
    if (csrf_binding(req, binding) != 0) {
        char visitor[AUTH_TOKEN_TEXT];
        auth_token_new(visitor, binding);
        response_cookie(req, COOKIE_VISITOR, visitor, -1);
    }
    auth_csrf_token(app.key, binding, req->csrf_token);
}

int csrf_check(const struct request *req)
{
    uint8_t binding[AUTH_DIGEST_BYTES];
    if (csrf_binding(req, binding) != 0) return 0;
    return auth_csrf_valid(app.key, binding, req_form(req, "csrf_token"));
}
