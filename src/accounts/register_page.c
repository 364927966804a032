/* Applying for a customer account: the form, the email check, and the
 * applicant's answer when the seller asks for more information. */
#include "accounts/pages.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "web/app.h"
#include "base/db.h"
#include "web/form.h"
#include "mail/mail.h"
#include "accounts/registration.h"
#include "web/response.h"
#include "base/settings.h"
#include "accounts/throttle.h"
#include "accounts/applications_store.h"
#include "web/tokens.h"

#define VERIFY_LINK_SECONDS (24 * 3600)

static const char *const accepted[] = { "yes", NULL };

/* In the form's order: the error summary lists them so. */
static const struct field register_fields[] = {
    { "company_name", "Legal company name", FIELD_TEXT, 1, 0, 200, NULL, NULL, NULL },
    { "tax_id", "Tax or VAT ID", FIELD_TEXT, 1, 0, 40, NULL, NULL, NULL },
    { "existing_account", "Customer account number", FIELD_TEXT, 0, 0, 40, NULL, NULL, NULL },
    { "billing_line1", "Street address", FIELD_TEXT, 1, 0, 200, NULL, NULL, NULL },
    { "billing_line2", "Suite, floor, building", FIELD_TEXT, 0, 0, 200, NULL, NULL, NULL },
    { "billing_city", "City", FIELD_TEXT, 1, 0, 100, NULL, NULL, NULL },
    { "billing_region", "State, province or region", FIELD_TEXT, 0, 0, 100, NULL, NULL, NULL },
    { "billing_postal", "Postal code", FIELD_TEXT, 0, 0, 20, NULL, NULL, NULL },
    { "billing_country", "Country", FIELD_ENUM, 1, 0, 0, registration_country_codes,
      "Choose a country from the list.", "Choose a country from the list." },
    { "contact_name", "Full name", FIELD_TEXT, 1, 0, 120, NULL, NULL, NULL },
    { "job_title", "Job title", FIELD_TEXT, 0, 0, 120, NULL, NULL, NULL },
    { "email", "Work email", FIELD_EMAIL, 1, 0, 0, NULL, NULL, NULL },
    { "phone", "Phone", FIELD_TEXT, 1, 0, 40, NULL, NULL, NULL },
    PASSWORD_FIELD("password", "Password"),
    { "terms", "Terms of business", FIELD_ENUM, 1, 0, 0, accepted,
      "Accept the terms of business to apply.", "Accept the terms of business to apply." },
    { NULL },
};
const struct form_spec form_register = { "register", register_fields };


static struct registration registration_from(const struct request *req)
{
    struct registration r = {
        .company_name = field_text(req, "company_name"), .tax_id = field_text(req, "tax_id"),
        .existing_account = field_text(req, "existing_account"),
        .billing_line1 = field_text(req, "billing_line1"), .billing_line2 = field_text(req, "billing_line2"),
        .billing_city = field_text(req, "billing_city"), .billing_region = field_text(req, "billing_region"),
        .billing_postal = field_text(req, "billing_postal"), .billing_country = field_text(req, "billing_country"),
        .contact_name = field_text(req, "contact_name"), .job_title = field_text(req, "job_title"),
        .email = field_text(req, "email"), .phone = field_text(req, "phone"),
        .password = field_text(req, "password"), .terms = field_text(req, "terms"),
    };
    return r;
}

/* failure: a message about the whole form (NULL: none). */
static void render_form(struct request *req, int status, const struct form_errors *errors, const char *failure)
{
    tpl_dict *d = response_page(req, status, "accounts/register_form.tpl", "Apply for an account");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    if (failure) tpl_set(tpl_add_section(d, "FAILURE"), "FAILURE_TEXT", failure);
    form_fill_declared(d, req, &form_register, errors);
    const char *country = field_text(req, "billing_country")[0] ? field_text(req, "billing_country") : "US";
    for (int i = 0; i < registration_country_count; i++) {
        tpl_dict *c = tpl_add_section(d, "COUNTRY");
        tpl_set(c, "CODE", registration_countries[i].code);
        tpl_set(c, "NAME", registration_countries[i].name);
        if (strcmp(country, registration_countries[i].code) == 0) tpl_show(c, "SELECTED");
    }
    if (field_ok(req, "terms")) tpl_show(d, "TERMS_CHECKED");
}

void page_register_form(struct request *req)
{
    if (req->session.realm != REALM_NONE) {
        response_redirect(req, req->session.realm == REALM_STAFF ? "/backoffice" : "/account");
        return;
    }
    render_form(req, 200, NULL, NULL);
}

/* The address already has a login: tell its owner, not the visitor. */
static int queue_exists_notice(const char *email, int64_t user_id, const char *name)
{
    struct mail_recipient to = { .address = email, .name = name, .user_id = user_id };
    char err[200];
    if (db_begin() != 0) return -1;
    if (mail_enqueue("registration_exists", &to, NULL, err, sizeof err) == MAIL_ERROR || db_commit() != 0) {
        db_rollback();
        return -1;
    }
    return 0;
}

static int create_application(const struct registration *r, const char *email, const char *hash)
{
    int64_t application_id = 0, user_id = 0;
    char token[AUTH_TOKEN_TEXT], link[600], err[200];
    if (db_begin() != 0) return -1;
    int ok = store_registration_create(r, email, hash, clock_now(), &application_id, &user_id) == 0
          && token_issue(TOKEN_VERIFY_APPLICATION, user_id, application_id, "", VERIFY_LINK_SECONDS, token) == 0;
    if (ok) {
        snprintf(link, sizeof link, "%s/register/verify/%s", app.cfg.base_url, token);
        tpl_dict *values = tpl_dict_new();
        tpl_set(values, "LINK", link);
        tpl_set(values, "COMPANY_NAME", r->company_name);
        struct mail_recipient to = { .address = email, .name = r->contact_name, .user_id = user_id };
        ok = mail_enqueue("verify_email", &to, values, err, sizeof err) == MAIL_QUEUED;
        tpl_dict_free(values);
    }
    if (!ok || db_commit() != 0) {
        db_rollback();
        return -1;
    }
    return 0;
}

void page_register_submit(struct request *req)
{
    struct registration r = registration_from(req);
    struct form_errors errors = *field_errors(req);
    registration_check(&r, &errors);
    if (errors.count) {
        render_form(req, 422, &errors, NULL);
        return;
    }
    const char *email = r.email;
    /* Every application costs a 64 MiB password hash: a client address
     * gets register_max_per_ip of them per window, counted before the
     * hash (throttle.h). */
    struct throttle_limits limits = throttle_register_limits();
    int wait = throttle_claim(ATTEMPT_REGISTER, email, req->remote_addr, &limits, clock_now(), NULL);
    if (wait != 0) {
        char msg[300];
        if (wait > 0)
            snprintf(msg, sizeof msg, "Too many applications were sent from your network in a short time. "
                                      "Please try again in %d minute%s; your entries are kept below.",
                     wait, wait == 1 ? "" : "s");
        else
            snprintf(msg, sizeof msg, "Your application could not be saved just now. Please try again in a moment.");
        render_form(req, wait > 0 ? 429 : 503, NULL, msg);
        return;
    }
    /* Whether or not the address is known, the visitor sees the same
     * "check your email" page after the same work: the password is hashed
     * either way, so neither the answer nor its timing tells who has an
     * account (the hash is most of the time by far). */
    char hash[AUTH_HASH_MAX];
    if (auth_password_hash(r.password, hash) != 0) {
        render_form(req, 503, NULL, "Your application could not be saved just now. Please try again in a moment.");
        return;
    }
    int64_t user_id = 0;
    char name[128] = "";
    int exists = store_user_email_exists(email, &user_id, name, sizeof name);
    int rc;
    if (exists == 1) {
        rc = queue_exists_notice(email, user_id, name);
    } else {
        rc = exists == 0 ? create_application(&r, email, hash) : -1;
        /* A double submit loses the race on users.email: the first one
         * created the account, so this one is the "already known" case. */
        if (rc != 0 && store_user_email_exists(email, &user_id, name, sizeof name) == 1) rc = 0;
    }
    sodium_memzero(hash, sizeof hash);
    if (rc != 0) {
        response_error(req, 500, "Your application could not be saved. Please try again in a moment.");
        return;
    }
    response_redirect(req, "/register/sent");
}

void page_register_sent(struct request *req)
{
    response_page(req, 200, "accounts/register_sent.tpl", "Check your email");
}

static int token_status(enum token_state state)
{
    return state == TOKEN_EXPIRED || state == TOKEN_USED ? 410 : state == TOKEN_ERROR ? 500 : 404;
}

static void render_link_problem(struct request *req, enum token_state state)
{
    tpl_dict *d = response_page(req, token_status(state), "accounts/register_link_problem.tpl", "Link not valid");
    tpl_set(d, "MESSAGE", token_state_message(state));
}

void page_register_verify_form(struct request *req)
{
    struct token_info info;
    enum token_state state = token_check(TOKEN_VERIFY_APPLICATION, req->params.values[0], &info);
    if (state != TOKEN_VALID) {
        render_link_problem(req, state);
        return;
    }
    struct application a;
    if (store_application_get_any(info.ref_id, &a) != 1) {
        render_link_problem(req, TOKEN_UNKNOWN);
        return;
    }
    tpl_dict *d = response_page(req, 200, "accounts/register_verify.tpl", "Confirm your email");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set(d, "EMAIL", a.email);
    tpl_set(d, "COMPANY_NAME", a.company_name);
    tpl_set(d, "TOKEN", req->params.values[0]);
}

void page_register_verify(struct request *req)
{
    struct token_info info;
    if (db_begin() != 0) {
        response_error(req, 500, "Please try again in a moment.");
        return;
    }
    enum token_state state = token_consume(TOKEN_VERIFY_APPLICATION, req->params.values[0], &info);
    if (state != TOKEN_VALID || store_application_verified(info.ref_id, clock_now()) != 0 || db_commit() != 0) {
        db_rollback();
        render_link_problem(req, state == TOKEN_VALID ? TOKEN_ERROR : state);
        return;
    }
    tpl_dict *d = response_page(req, 200, "accounts/register_verified.tpl", "Email confirmed");
    if (settings_pre_approval() != PRE_APPROVAL_NONE) tpl_show(d, "MAY_SIGN_IN");
    else tpl_show(d, "WAIT_FOR_APPROVAL");
}

/* --- answering the seller's question ---------------------------------- */

static int load_reply_link(struct request *req, struct application *a)
{
    struct token_info info;
    enum token_state state = token_check(TOKEN_APPLICATION_REPLY, req->params.values[0], &info);
    if (state == TOKEN_VALID && store_application_get_any(info.ref_id, a) == 1
        && strcmp(a->status, "info_requested") == 0)
        return 1;
    render_link_problem(req, state == TOKEN_VALID ? TOKEN_USED : state);
    return 0;
}

static void render_reply_form(struct request *req, int status, const struct application *a,
                              const struct form_errors *errors)
{
    static const char *const fields[] = { "reply", NULL };
    tpl_dict *d = response_page(req, status, "accounts/register_reply.tpl", "Your application");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set(d, "TOKEN", req->params.values[0]);
    tpl_set(d, "COMPANY_NAME", a->company_name);
    tpl_set(d, "QUESTION", a->info_request);
    form_fill(d, req, fields, errors);
}

static const struct field reply_fields[] = {
    { "reply", "Your answer", FIELD_LINES, 1, 0, 4000, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_application_reply = { "application_reply", reply_fields };

void page_application_reply_form(struct request *req)
{
    struct application a;
    if (load_reply_link(req, &a)) render_reply_form(req, 200, &a, NULL);
}

void page_application_reply(struct request *req)
{
    struct application a;
    if (!load_reply_link(req, &a)) return;
    const struct form_errors *errors = field_errors(req);
    if (errors->count) {
        render_reply_form(req, 422, &a, errors);
        return;
    }
    const char *reply = field_text(req, "reply");
    struct token_info info;
    int ok = db_begin() == 0
          && token_consume(TOKEN_APPLICATION_REPLY, req->params.values[0], &info) == TOKEN_VALID
          && store_application_replied(a.id, reply, clock_now()) == 0;
    if (!ok || db_commit() != 0) {
        db_rollback();
        render_link_problem(req, TOKEN_USED);
        return;
    }
    response_page(req, 200, "accounts/register_reply_done.tpl", "Thank you");
}
