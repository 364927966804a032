/* My profile: a member's details, sign-in email, password and sessions,
 * and the page behind the link that confirms a new email address. */
#include "accounts/pages.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "web/app.h"
#include "base/db.h"
#include "web/form.h"
#include "mail/mail.h"
#include "web/response.h"
#include "accounts/throttle.h"
#include "accounts/profile_store.h"
#include "accounts/users_store.h"
#include "web/tokens.h"
#include "base/validate.h"
#include "base/utf8.h"

#define EMAIL_LINK_TTL (24 * 3600)   /* seconds an email-change link works */
#define SESSIONS_SHOWN 50

/* The fields shown again, values kept (never passwords), when a form
 * comes back. */
static const char *const details_shown[] = { "name", "job_title", "phone", NULL };
static const char *const email_shown[] = { "new_email", "email_password", NULL };
static const char *const password_shown[] = { "current_password", "new_password", "confirm_password", NULL };

static const struct field details_fields[] = {
    { "name", "Full name", FIELD_TEXT, 1, 0, PROFILE_NAME_MAX, NULL, NULL, NULL },
    { "job_title", "Job title", FIELD_TEXT, 0, 0, PROFILE_JOB_TITLE_MAX, NULL, NULL, NULL },
    { "phone", "Phone", FIELD_TEXT, 0, 0, PROFILE_PHONE_MAX, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_profile_details = { "profile_details", details_fields };

/* The current password, asked before sensitive changes: one longer than
 * any password can be is no guess worth counting. */
#define CURRENT_PASSWORD_FIELD(name) \
    { name, "Current password", FIELD_SECRET, 1, 0, VALIDATE_PASSWORD_MAX, NULL, "Enter your current password.", \
      "That is not your current password." }

static const struct field email_fields[] = {
    { "new_email", "New email address", FIELD_EMAIL, 1, 0, 0, NULL, NULL, NULL },
    CURRENT_PASSWORD_FIELD("email_password"),
    { NULL },
};
const struct form_spec form_profile_email = { "profile_email", email_fields };

static const struct field password_fields[] = {
    CURRENT_PASSWORD_FIELD("current_password"),
    NEW_PASSWORD_FIELDS,
    { NULL },
};
const struct form_spec form_profile_password = { "profile_password", password_fields };

/* Which of the page's forms came back with errors. */
enum profile_form { FORM_NONE, FORM_DETAILS, FORM_EMAIL, FORM_PASSWORD };

/* ---- showing the page ----------------------------------------------- */

/* "Nov 22, 2026 14:05 UTC": sessions come and go within a day. */
static void format_when(int64_t when, char *out, size_t size)
{
    time_t t = (time_t)when;
    struct tm tm;
    if (!gmtime_r(&t, &tm) || strftime(out, size, "%b %d, %Y %H:%M UTC", &tm) == 0) out[0] = '\0';
}

static const char *first_match(const char *ua, const char *const pairs[][2], size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (strstr(ua, pairs[i][0])) return pairs[i][1];
    return NULL;
}

/* "Chrome on Linux" from a User-Agent header; the order matters, since
 * Edge claims to be Chrome and Chrome claims to be Safari. Anything not
 * recognised is shown as sent, cut short. */
static void describe_user_agent(const char *ua, char *out, size_t size)
{
    static const char *const browsers[][2] = {
        { "Edg/", "Edge" }, { "OPR/", "Opera" }, { "Firefox/", "Firefox" }, { "Chromium/", "Chromium" },
        { "Chrome/", "Chrome" }, { "CriOS/", "Chrome" }, { "Safari/", "Safari" }, { "curl/", "curl" },
    };
    static const char *const systems[][2] = {
        { "Windows", "Windows" }, { "iPhone", "iOS" }, { "iPad", "iPadOS" }, { "Android", "Android" },
        { "CrOS", "ChromeOS" }, { "Mac OS X", "macOS" }, { "Linux", "Linux" },
    };
    const char *browser = first_match(ua, browsers, sizeof browsers / sizeof browsers[0]);
    const char *system = first_match(ua, systems, sizeof systems / sizeof systems[0]);
    if (browser && system) snprintf(out, size, "%s on %s", browser, system);
    else if (browser || system) snprintf(out, size, "%s", browser ? browser : system);
    else if (!*ua) snprintf(out, size, "Unknown device");
    else {
        size_t n = strlen(ua), max = 60;
        if (n <= max) {
            snprintf(out, size, "%s", ua);
            return;
        }
        snprintf(out, size, "%.*s\xe2\x80\xa6", (int)utf8_fit(ua, n, max), ua);   /* whole characters */
    }
}

static void fill_sessions(tpl_dict *d, const struct request *req)
{
    static struct profile_session rows[SESSIONS_SHOWN];
    int64_t idle = (int64_t)app.cfg.session_idle_minutes * 60;
    int n = store_profile_sessions(req->session.user_id, clock_now(), idle, rows, SESSIONS_SHOWN);
    int others = 0;
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(d, "SESSION");
        char device[128], created[40], seen[40];
        describe_user_agent(rows[i].user_agent, device, sizeof device);
        format_when(rows[i].created_at, created, sizeof created);
        format_when(rows[i].last_seen_at, seen, sizeof seen);
        tpl_set(row, "DEVICE", device);
        tpl_set(row, "USER_AGENT", rows[i].user_agent);
        tpl_set(row, "IP", rows[i].client_ip);
        tpl_set(row, "CREATED", created);
        tpl_set(row, "LAST_SEEN", seen);
        if (rows[i].id == req->session.id) tpl_show(row, "THIS_DEVICE");
        else others++;
    }
    tpl_show(d, others ? "OTHER_SESSIONS" : "NO_OTHER_SESSIONS");
}

static void fill_pending_email(tpl_dict *d, int64_t user_id)
{
    char email[256], until[40];
    int64_t expires_at = 0;
    if (store_profile_pending_email(user_id, clock_now(), email, sizeof email, &expires_at) != 1) return;
    format_when(expires_at, until, sizeof until);
    tpl_dict *p = tpl_add_section(d, "PENDING_EMAIL");
    tpl_set(p, "PENDING_ADDRESS", email);
    tpl_set(p, "PENDING_UNTIL", until);
}

/* The whole page: every form shows what is on file, except the one that
 * came back with errors, which shows what was typed (never passwords). */
static void render_profile(struct request *req, int status, enum profile_form failed, const struct form_errors *errors)
{
    struct profile me;
    if (store_profile_get(req->session.user_id, &me) != 1) {
        response_error(req, 500, "Your profile could not be loaded. Please try again.");
        return;
    }
    tpl_dict *d = response_page(req, status, "accounts/profile.tpl", "My profile");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set(d, "NAME", me.name);
    tpl_set(d, "JOB_TITLE", me.job_title);
    tpl_set(d, "PHONE", me.phone);
    tpl_set(d, "CURRENT_EMAIL", me.email);
    fill_pending_email(d, me.id);
    fill_sessions(d, req);
    if (failed == FORM_DETAILS) {
        form_fill(d, req, details_shown, errors);
        tpl_show(d, "DETAILS_FAILED");
    } else if (failed == FORM_EMAIL) {
        form_fill(d, req, email_shown, errors);
        tpl_show(d, "EMAIL_FAILED");
    } else if (failed == FORM_PASSWORD) {
        form_fill(d, req, password_shown, errors);
        tpl_show(d, "PASSWORD_FAILED");
    }
}

void page_profile(struct request *req)
{
    render_profile(req, 200, FORM_NONE, NULL);
}

/* ---- details -------------------------------------------------------- */

void page_profile_details(struct request *req)
{
    if (field_errors(req)->count) {
        render_profile(req, 422, FORM_DETAILS, field_errors(req));
        return;
    }
    if (store_profile_update_details(req->session.user_id, field_text(req, "name"), field_text(req, "job_title"),
                                     field_text(req, "phone")) != 0) {
        response_error(req, 500, "Your details could not be saved. Please try again.");
        return;
    }
    flash_set(req, "success", "Your details are saved.");
    response_redirect(req, "/account/profile");
}

/* ---- the current password, asked before sensitive changes ---------- */

/* Typing the current password here is a guess like a sign-in, so it
 * counts towards, and is stopped by, the same per-account limit: a stolen
 * session must not become a way to try passwords. Returns 1 when it
 * matches; otherwise adds a message for `field` and sets *status. */
static int check_current_password(const struct request *req, const struct profile *me, const char *field,
                                  struct form_errors *errors, int *status)
{
    const char *password = field_text(req, field);
    /* Counted before the hash (see throttle.h), per account only: the
     * member is signed in, their address says nothing new. */
    struct throttle_limits limits = throttle_sign_in_limits();
    limits.per_ip = 0;
    int64_t attempt = 0;
    int wait = throttle_claim(ATTEMPT_SIGN_IN, me->email, req->remote_addr, &limits, clock_now(), &attempt);
    if (wait != 0) {
        form_error(errors, field, wait > 0 ? "Too many wrong passwords were entered for this account. "
                                             "Wait a few minutes and try again."
                                           : "Your password cannot be checked just now. Please try again in a moment.");
        *status = wait > 0 ? 429 : 503;
        return 0;
    }
    if (auth_password_verify(me->password_hash, password)) {
        throttle_forgive(attempt);
        return 1;
    }
    form_error(errors, field, "That is not your current password.");
    *status = 422;
    return 0;
}

static int load_me(struct request *req, struct profile *me)
{
    if (store_profile_get(req->session.user_id, me) == 1) return 1;
    response_error(req, 500, "Your profile could not be loaded. Please try again.");
    return 0;
}

/* ---- email ---------------------------------------------------------- */

/* The link goes to the new address (proving it is theirs), the notice to
 * the old one (so a stranger in the account cannot move it quietly). One
 * transaction: both mails and the link, or nothing. 0 or -1. */
static int start_email_change(const struct profile *me, const char *new_email)
{
    char token[AUTH_TOKEN_TEXT] = "", err[200] = "";
    tpl_dict *values = tpl_dict_new();
    int ok = values && db_begin() == 0;
    if (ok) {
        ok = token_issue(TOKEN_EMAIL_CHANGE, me->id, 0, new_email, EMAIL_LINK_TTL, token) == 0;
        tpl_set(values, "TOKEN", token);
        tpl_set(values, "NEW_EMAIL", new_email);
        tpl_set(values, "OLD_EMAIL", me->email);
        struct mail_recipient to_new = { .address = new_email, .name = me->name, .user_id = me->id };
        struct mail_recipient to_old = { .address = me->email, .name = me->name, .user_id = me->id };
        ok = ok && mail_enqueue("email_change_confirm", &to_new, values, err, sizeof err) == MAIL_QUEUED;
        tpl_set(values, "TOKEN", "");   /* the old address never sees the link */
        ok = ok && mail_enqueue("email_change_notice", &to_old, values, err, sizeof err) == MAIL_QUEUED;
        if (ok && db_commit() != 0) ok = 0;
        if (!ok) db_rollback();
    }
    if (!ok) fprintf(stderr, "email change: user %lld: %s\n", (long long)me->id, err);
    sodium_memzero(token, sizeof token);
    tpl_dict_free(values);
    return ok ? 0 : -1;
}

void page_profile_email(struct request *req)
{
    struct profile me;
    if (!load_me(req, &me)) return;
    const char *new_email = field_text(req, "new_email");
    struct form_errors errors = *field_errors(req);
    int status = 422;
    if (field_ok(req, "new_email") && strcmp(new_email, me.email) == 0)
        form_error(&errors, "new_email", "This is already your sign-in email.");
    /* Only someone who knows the password learns whether an address is taken. */
    if (!errors.count && check_current_password(req, &me, "email_password", &errors, &status)) {
        int taken = store_profile_email_taken(new_email, me.id);
        if (taken < 0) {
            response_error(req, 500, "Your email could not be changed. Please try again.");
            return;
        }
        if (taken) form_error(&errors, "new_email", "That address is already in use by another account.");
    }
    if (errors.count) {
        render_profile(req, status, FORM_EMAIL, &errors);
        return;
    }
    if (start_email_change(&me, new_email) != 0) {
        response_error(req, 500, "Your email could not be changed. Please try again.");
        return;
    }
    char msg[600];
    snprintf(msg, sizeof msg, "We sent a link to %s. Your sign-in email changes when you open it; "
                              "until then, keep signing in with %s.", new_email, me.email);
    flash_set(req, "info", msg);
    response_redirect(req, "/account/profile");
}

/* ---- password ------------------------------------------------------- */

/* New hash, every other session ended (whoever knew the old password is
 * out), links mailed earlier revoked, and a mail saying so. 0 or -1. */
static int apply_password_change(const struct request *req, const struct profile *me, const char *hash)
{
    char err[200] = "";
    tpl_dict *values = tpl_dict_new();
    int ok = values && db_begin() == 0;
    if (ok) {
        tpl_set(values, "EMAIL", me->email);
        struct mail_recipient to = { .address = me->email, .name = me->name, .user_id = me->id };
        ok = store_user_set_password_hash(me->id, hash) == 0
             && store_profile_end_other_sessions(me->id, req->session.id) >= 0
             && token_revoke_all(TOKEN_PASSWORD_RESET, me->id) == 0
             && token_revoke_all(TOKEN_EMAIL_CHANGE, me->id) == 0
             && mail_enqueue("password_changed", &to, values, err, sizeof err) == MAIL_QUEUED;
        if (ok && db_commit() != 0) ok = 0;
        if (!ok) db_rollback();
    }
    if (!ok) fprintf(stderr, "password change: user %lld: %s\n", (long long)me->id, err);
    tpl_dict_free(values);
    return ok ? 0 : -1;
}

void page_profile_password(struct request *req)
{
    struct profile me;
    if (!load_me(req, &me)) return;
    struct form_errors errors = *field_errors(req);
    int status = 422;
    accounts_new_password_check(req, &errors);
    if (!errors.count && check_current_password(req, &me, "current_password", &errors, &status)
        && strcmp(field_text(req, "current_password"), field_text(req, "new_password")) == 0)
        form_error(&errors, "new_password", "Choose a password different from your current one.");
    if (errors.count) {
        render_profile(req, status, FORM_PASSWORD, &errors);
        return;
    }
    /* argon2id is slow: hash before taking the write lock. */
    char hash[AUTH_HASH_MAX];
    int failed = auth_password_hash(field_text(req, "new_password"), hash) != 0
                 || apply_password_change(req, &me, hash) != 0;
    sodium_memzero(hash, sizeof hash);
    if (failed) {
        response_error(req, 500, "Your password could not be changed. Please try again.");
        return;
    }
    flash_set(req, "success", "Your password is changed. Every other session of your account was signed out.");
    response_redirect(req, "/account/profile");
}

/* ---- sessions ------------------------------------------------------- */

void page_profile_sessions(struct request *req)
{
    int ended = store_profile_end_other_sessions(req->session.user_id, req->session.id);
    if (ended < 0) {
        response_error(req, 500, "The other sessions could not be signed out. Please try again.");
        return;
    }
    char msg[120];
    if (ended == 0) snprintf(msg, sizeof msg, "There were no other sessions to sign out.");
    else snprintf(msg, sizeof msg, "You are signed out of %d other session%s.", ended, ended == 1 ? "" : "s");
    flash_set(req, "success", msg);
    response_redirect(req, "/account/profile");
}

/* ---- confirming a new email (the mailed link) ----------------------- */

static int link_problem_status(enum token_state state)
{
    if (state == TOKEN_EXPIRED || state == TOKEN_USED) return 410;
    if (state == TOKEN_ERROR) return 503;
    return 404;
}

static void render_confirm_problem(struct request *req, int status, const char *message)
{
    tpl_dict *d = response_page(req, status, "accounts/email_confirm.tpl", "Link not valid");
    tpl_set(tpl_add_section(d, "LINK_PROBLEM"), "MESSAGE", message);
}

void page_email_confirm_form(struct request *req)
{
    struct token_info info;
    enum token_state state = token_check(TOKEN_EMAIL_CHANGE, req->params.values[0], &info);
    if (state != TOKEN_VALID) {
        render_confirm_problem(req, link_problem_status(state), token_state_message(state));
        return;
    }
    tpl_dict *d = response_page(req, 200, "accounts/email_confirm.tpl", "Confirm your new email");
    tpl_dict *f = tpl_add_section(d, "FORM");
    tpl_set(f, "CSRF_TOKEN", req->csrf_token);
    tpl_set(f, "TOKEN", req->params.values[0]);
    tpl_set(f, "NEW_EMAIL", info.data);
}

enum confirm_result { CONFIRM_DONE, CONFIRM_TAKEN, CONFIRM_LINK, CONFIRM_ERROR };

/* Spends the link and moves the account to the address in it, unless
 * someone else took that address in the meantime. Links mailed to the old
 * address stop working: it is no longer the account's. */
static enum confirm_result apply_email_change(const char *token, struct token_info *info, enum token_state *state)
{
    if (db_begin() != 0) return CONFIRM_ERROR;
    enum confirm_result result = CONFIRM_ERROR;
    struct profile user;
    *state = token_consume(TOKEN_EMAIL_CHANGE, token, info);
    if (*state != TOKEN_VALID) {
        result = *state == TOKEN_ERROR ? CONFIRM_ERROR : CONFIRM_LINK;
    } else if (store_profile_get(info->user_id, &user) != 1 || !user.active) {
        *state = TOKEN_UNKNOWN;
        result = CONFIRM_LINK;
    } else {
        int taken = store_profile_set_email(info->user_id, info->data, clock_now());
        if (taken == 1) result = CONFIRM_TAKEN;
        else if (taken == 0 && token_revoke_all(TOKEN_PASSWORD_RESET, info->user_id) == 0) result = CONFIRM_DONE;
    }
    if (result == CONFIRM_DONE && db_commit() != 0) result = CONFIRM_ERROR;
    if (result != CONFIRM_DONE) db_rollback();
    return result;
}

void page_email_confirm(struct request *req)
{
    struct token_info info;
    enum token_state state = TOKEN_ERROR;
    switch (apply_email_change(req->params.values[0], &info, &state)) {
    case CONFIRM_LINK:
        render_confirm_problem(req, link_problem_status(state), token_state_message(state));
        return;
    case CONFIRM_TAKEN:
        render_confirm_problem(req, 409, "That address is now used by another account, so your sign-in "
                                         "email was not changed. Choose another address in your profile.");
        return;
    case CONFIRM_ERROR:
        response_error(req, 500, "Your email could not be changed. Please try again.");
        return;
    case CONFIRM_DONE:
        break;
    }
    char msg[400];
    snprintf(msg, sizeof msg, "Your sign-in email is now %s.", info.data);
    flash_set(req, "success", msg);
    /* The link may be opened in another browser, or by someone else's. */
    if (req->session.realm == REALM_MEMBER && req->session.user_id == info.user_id)
        response_redirect(req, "/account/profile");
    else if (req->session.realm != REALM_NONE)
        response_redirect(req, req->session.realm == REALM_STAFF ? "/backoffice" : "/account");
    else
        response_redirect(req, "/login");
}
