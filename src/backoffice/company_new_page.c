/* Back office: staff create a company and its first administrator
 * directly (no application). The administrator gets an invitation mail
 * with a single-use link to choose a password. */
#include "backoffice/pages.h"
#include "accounts/staff.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"
#include "web/form.h"
#include "mail/mail.h"
#include "web/response.h"
#include "accounts/accounts_store.h"
#include "web/tokens.h"
#include "web/access.h"
#include "base/utf8.h"

#define STAFF_OPTIONS_MAX 200
#define INVITATION_DAYS 7

static const char *const payment_terms[] = { "Prepaid", "Net 15", "Net 30", "Net 45", "Net 60", NULL };
#define DEFAULT_PAYMENT_TERMS "Net 30"
#define NOT_STAFF "Choose someone from the list."

/* Labels as the form says them, for the error summary. */
static const struct field company_new_fields[] = {
    { "company_name", "Legal name", FIELD_TEXT, 1, 0, 200, NULL, NULL, NULL },
    { "erp_account_no", "Customer account number", FIELD_TEXT, 0, 0, 40, NULL, NULL, NULL },
    { "tax_id", "Tax ID", FIELD_TEXT, 0, 0, 40, NULL, NULL, NULL },
    { "payment_terms", "Payment terms", FIELD_ENUM, 1, 0, 0, payment_terms, "Choose the payment terms.",
      "Choose the payment terms." },
    /* Empty means "no account manager yet". */
    { "account_manager_id", "Account manager", FIELD_ID, 0, 0, 0, NULL, NULL, NOT_STAFF },
    { "admin_name", "Administrator's full name", FIELD_TEXT, 1, 0, 100, NULL, NULL, NULL },
    { "admin_email", "Administrator's work email", FIELD_EMAIL, 1, 0, 0, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_company_new = { "company_new", company_new_fields };


/* The form's values as the declaration kept them (trimmed, the email
 * lower-cased). */
struct account_form {
    const char *company_name;
    const char *erp_account_no;
    const char *tax_id;
    const char *payment_terms;
    int64_t account_manager_id;     /* 0: none yet */
    const char *admin_name;
    const char *admin_email;
};

static void fill_payment_terms(tpl_dict *d, const char *chosen)
{
    for (size_t i = 0; payment_terms[i]; i++) {
        tpl_dict *o = tpl_add_section(d, "PAYMENT_OPTION");
        tpl_set(o, "VALUE", payment_terms[i]);
        if (strcmp(payment_terms[i], chosen) == 0) tpl_show(o, "SELECTED");
    }
}

static void fill_staff_options(tpl_dict *d, int64_t chosen)
{
    static struct staff_option staff[STAFF_OPTIONS_MAX];
    int n = store_staff_options(staff, STAFF_OPTIONS_MAX);
    for (int i = 0; i < n; i++) {
        tpl_dict *o = tpl_add_section(d, "MANAGER_OPTION");
        tpl_set_int(o, "ID", staff[i].user_id);
        tpl_set(o, "NAME", staff[i].name);
        tpl_set(o, "ROLE", staff_role_label(staff[i].staff_role));
        if (staff[i].user_id == chosen) tpl_show(o, "SELECTED");
    }
}

static void render_form(struct request *req, int status, const char *terms, int64_t manager,
                        const struct form_errors *errors, const char *failure)
{
    tpl_dict *d = response_page(req, status, "backoffice/company_new.tpl", "New customer account");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set_int(d, "INVITATION_DAYS", INVITATION_DAYS);
    form_fill_declared(d, req, &form_company_new, errors);
    fill_payment_terms(d, terms);
    fill_staff_options(d, manager);
    if (failure) tpl_set(tpl_add_section(d, "FAILURE"), "FAILURE_TEXT", failure);
}

void page_bo_company_new_form(struct request *req)
{
    /* An account manager sees only the companies they manage: the new one
     * is theirs unless they choose otherwise. */
    render_form(req, 200, DEFAULT_PAYMENT_TERMS, req->actor.managed_companies_only ? req->actor.user_id : 0, NULL,
                NULL);
}

/* The declared values into f; the account manager must be active staff
 * (which the field alone cannot tell). */
static void read_form(const struct request *req, struct account_form *f, struct form_errors *errors)
{
    *f = (struct account_form){
        field_text(req, "company_name"), field_text(req, "erp_account_no"), field_text(req, "tax_id"),
        field_text(req, "payment_terms"), field_number(req, "account_manager_id"),
        field_text(req, "admin_name"), field_text(req, "admin_email"),
    };
    if (f->account_manager_id && store_staff_is_active(f->account_manager_id) != 1) {
        f->account_manager_id = 0;
        form_error(errors, "account_manager_id", NOT_STAFF);
    }
}

/* What must not exist yet. Runs inside the transaction that creates the
 * account, so a concurrent request cannot take the number or address in
 * between. 0, or -1 on a database error. */
static int check_unique(const struct account_form *f, struct form_errors *errors)
{
    if (f->erp_account_no[0]) {
        int taken = store_erp_account_taken(f->erp_account_no);
        if (taken < 0) return -1;
        if (taken) form_error(errors, "erp_account_no", "Another company already has this customer account number.");
    }
    if (f->admin_email[0]) {
        int taken = store_user_email_taken(f->admin_email);
        if (taken < 0) return -1;
        if (taken) form_error(errors, "admin_email",
                              "This address already has a login; add them to the company from the team pages.");
    }
    return 0;
}

/* Uniqueness is checked after the fields themselves; list the messages in
 * the order the fields appear on the form, as the summary links to them. */
static void order_like_form(struct form_errors *errors)
{
    struct form_errors sorted = { 0 };
    for (const struct field *f = company_new_fields; f->name; f++)
        for (int i = 0; i < errors->count; i++)
            if (strcmp(errors->items[i].field, f->name) == 0)
                form_error(&sorted, errors->items[i].field, errors->items[i].message);
    *errors = sorted;
}

/* The company, its root unit, the administrator's login and membership,
 * the invitation link and its mail. Inside the caller's transaction. */
static int create_account(const struct account_form *f, const char *created_by)
{
    int64_t now = clock_now(), company_id, unit_id, user_id;
    struct new_company c = {
        .name = f->company_name, .erp_account_no = f->erp_account_no, .tax_id = f->tax_id,
        .payment_terms = f->payment_terms, .account_manager_id = f->account_manager_id,
    };
    char token[AUTH_TOKEN_TEXT];
    if (store_company_create(&c, now, &company_id, &unit_id) != 0
        || store_user_create_invited(f->admin_email, f->admin_name, now, &user_id) != 0
        || store_membership_create(company_id, user_id, ROLE_ADMINISTRATOR_ID, unit_id, now) != 0
        || token_issue(TOKEN_INVITATION, user_id, company_id, "", (int64_t)INVITATION_DAYS * 86400, token) != 0)
        return -1;

    tpl_dict *values = tpl_dict_new();
    tpl_set(values, "COMPANY_NAME", f->company_name);
    tpl_set(values, "INVITED_BY", created_by);
    tpl_set(values, "ROLE_NAME", "Administrator");
    tpl_set(values, "TOKEN", token);
    tpl_set_int(values, "EXPIRES_DAYS", INVITATION_DAYS);
    struct mail_recipient to = {
        .address = f->admin_email, .name = f->admin_name, .user_id = user_id, .company_id = company_id,
    };
    char why[200] = "";
    enum mail_result sent = mail_enqueue("invitation", &to, values, why, sizeof why);
    tpl_dict_free(values);
    if (sent == MAIL_ERROR) {
        fprintf(stderr, "companies: invitation to %s not queued: %s\n", f->admin_email, why);
        return -1;
    }
    return 0;
}

void page_bo_company_new(struct request *req)
{
    struct account_form f;
    struct form_errors errors = *field_errors(req);
    read_form(req, &f, &errors);
    const char *terms = f.payment_terms[0] ? f.payment_terms : DEFAULT_PAYMENT_TERMS;
    const char *failure = "The account could not be created just now. Please try again.";

    if (db_begin() != 0) {
        render_form(req, 503, terms, f.account_manager_id, &errors, failure);
        return;
    }
    if (check_unique(&f, &errors) != 0) {
        db_rollback();
        render_form(req, 500, terms, f.account_manager_id, &errors, failure);
        return;
    }
    if (errors.count) {
        db_rollback();
        order_like_form(&errors);
        render_form(req, 422, terms, f.account_manager_id, &errors, NULL);
        return;
    }
    if (create_account(&f, req->session.user_name) != 0 || db_commit() != 0) {
        db_rollback();
        render_form(req, 500, terms, f.account_manager_id, &errors, failure);
        return;
    }
    char name[200], msg[512];
    utf8_copy(name, sizeof name, f.company_name);
    snprintf(msg, sizeof msg, "%s is created. An invitation to choose a password is on its way to %s; "
             "the link works for %d days.", name, f.admin_email, INVITATION_DAYS);
    flash_set(req, "success", msg);
    response_redirect(req, "/backoffice");
}
