/* Back office: the queue of verified applications and the decisions on
 * them (approve, reject, ask for more information) with internal notes. */
#include "accounts/pages.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "web/app.h"
#include "base/db.h"
#include "web/form.h"
#include "base/format.h"
#include "base/staff_scope.h"
#include "mail/mail.h"
#include "web/response.h"
#include "accounts/applications_store.h"
#include "web/tokens.h"
#include "base/validate.h"

#define QUEUE_SIZE 100
#define NOTES_SHOWN 50
#define STAFF_MAX 50
#define REPLY_LINK_SECONDS (14 * 24 * 3600)

static const char *const queue_statuses[] = { "new", "info_requested", "approved", "rejected", "" };
static const char *const queue_labels[] = { "New", "Awaiting information", "Approved", "Rejected", "All" };
static const char *const payment_terms[] = { "Prepaid", "Net 15", "Net 30", "Net 45", "Net 60", NULL };
static const char *const approval_modes[] = { "new", "existing", NULL };

/* The three free texts: a note, a question, a reason. */
static const struct field note_fields[] = {
    { "note", "Add a note (only staff see it)", FIELD_LINES, 1, 0, 2000, NULL, NULL, NULL }, { NULL } };
static const struct field request_info_fields[] = {
    { "question", "Question for the applicant", FIELD_LINES, 1, 0, 2000, NULL, NULL, NULL }, { NULL } };
static const struct field reject_fields[] = {
    { "reason", "Reason (mailed to the applicant)", FIELD_LINES, 1, 0, 1000, NULL, NULL, NULL }, { NULL } };
const struct form_spec form_application_note = { "application_note", note_fields };
const struct form_spec form_application_request_info = { "application_request_info", request_info_fields };
const struct form_spec form_application_reject = { "application_reject", reject_fields };

/* Only one of the two account numbers counts, by mode: the other is
 * dropped with its errors (check_approval). */
static const struct field approve_fields[] = {
    { "mode", "Account", FIELD_ENUM, 0, 0, 0, approval_modes, NULL, NULL },
    { "erp_account_no", "New customer account number", FIELD_TEXT, 0, 0, 40, NULL, NULL, NULL },
    { "link_account", "Existing customer account number", FIELD_TEXT, 0, 0, 40, NULL, NULL, NULL },
    { "payment_terms", "Payment terms", FIELD_ENUM, 1, 0, 0, payment_terms, "Choose payment terms.", "Choose payment terms." },
    { "account_manager_id", "Account manager", FIELD_ID, 0, 0, 0, NULL, NULL, "Choose an account manager." },
    { NULL },
};
const struct form_spec form_application_approve = { "application_approve", approve_fields };

static const char *status_label(const char *status)
{
    for (size_t i = 0; i < sizeof queue_statuses / sizeof queue_statuses[0]; i++)
        if (strcmp(queue_statuses[i], status) == 0) return queue_labels[i];
    return status;
}

static const char *status_badge(const char *status)
{
    if (strcmp(status, "approved") == 0) return "success";
    if (strcmp(status, "rejected") == 0) return "danger";
    if (strcmp(status, "info_requested") == 0) return "warning";
    return "primary";
}

static int is_open(const struct application *a)
{
    return strcmp(a->status, "new") == 0 || strcmp(a->status, "info_requested") == 0;
}

static const char *queue_filter(const struct request *req)
{
    const char *status = req_query(req, "status");
    if (!req_query(req, "status")[0] && !http_params_get(&req->query, "status")) return "new";
    for (size_t i = 0; i < sizeof queue_statuses / sizeof queue_statuses[0]; i++)
        if (strcmp(queue_statuses[i], status) == 0) return queue_statuses[i];
    return "new";
}

void page_bo_applications(struct request *req)
{
    const char *status = queue_filter(req);
    tpl_dict *d = response_page(req, 200, "accounts/admin_applications.tpl", "Applications");
    for (size_t i = 0; i < sizeof queue_statuses / sizeof queue_statuses[0]; i++) {
        tpl_dict *tab = tpl_add_section(d, "TAB");
        tpl_set(tab, "STATUS", queue_statuses[i]);
        tpl_set(tab, "LABEL", queue_labels[i]);
        tpl_set_int(tab, "COUNT", store_applications_count(queue_statuses[i]));
        if (strcmp(queue_statuses[i], status) == 0) tpl_show(tab, "CURRENT");
    }
    static struct application rows[QUEUE_SIZE];
    int n = store_applications_list(status, rows, QUEUE_SIZE);
    if (n <= 0) tpl_show(d, "EMPTY");
    else tpl_show(d, "HAS_ROWS");
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(d, "APPLICATION");
        char date[32];
        format_date(rows[i].verified_at ? rows[i].verified_at : rows[i].created_at, date, sizeof date);
        tpl_set_int(row, "ID", rows[i].id);
        tpl_set(row, "COMPANY", rows[i].company_name);
        tpl_set(row, "CONTACT", rows[i].contact_name);
        tpl_set(row, "EMAIL", rows[i].email);
        tpl_set(row, "CITY", rows[i].billing_city);
        tpl_set(row, "COUNTRY", rows[i].billing_country);
        tpl_set(row, "DATE", date);
        tpl_set(row, "STATUS", status_label(rows[i].status));
        tpl_set(row, "BADGE", status_badge(rows[i].status));
        if (rows[i].existing_account[0]) tpl_set(tpl_add_section(row, "EXISTING"), "ACCOUNT", rows[i].existing_account);
    }
}

/* The application named by :id (verified ones only), or 404. */
static int load_application(struct request *req, struct application *a)
{
    int64_t id;
    if (parse_id(req->params.values[0], &id) && store_application_get(id, a) == 1) return 1;
    response_error(req, 404, "There is no such application.");
    return 0;
}

static void fill_notes(tpl_dict *d, int64_t application_id)
{
    static struct application_note notes[NOTES_SHOWN];
    int n = store_application_notes(application_id, notes, NOTES_SHOWN);
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(d, "NOTE");
        char date[32];
        format_date(notes[i].created_at, date, sizeof date);
        tpl_set(row, "AUTHOR", notes[i].author);
        tpl_set(row, "TEXT", notes[i].note);
        tpl_set(row, "DATE", date);
    }
    if (n <= 0) tpl_show(d, "NO_NOTES");
}

static void fill_approve_choices(tpl_dict *d, const struct request *req, const struct application *a)
{
    const char *terms = field_text(req, "payment_terms")[0] ? field_text(req, "payment_terms") : "Net 30";
    for (int i = 0; payment_terms[i]; i++) {
        tpl_dict *t = tpl_add_section(d, "TERMS");
        tpl_set(t, "VALUE", payment_terms[i]);
        if (strcmp(terms, payment_terms[i]) == 0) tpl_show(t, "SELECTED");
    }
    static struct staff_member staff[STAFF_MAX];
    int n = store_staff_list(staff, STAFF_MAX);
    int64_t chosen = field_number(req, "account_manager_id");
    for (int i = 0; i < n; i++) {
        tpl_dict *s = tpl_add_section(d, "MANAGER");
        tpl_set_int(s, "ID", staff[i].id);
        tpl_set(s, "NAME", staff[i].name);
        if (staff[i].id == chosen) tpl_show(s, "SELECTED");
    }
    const char *mode = field_text(req, "mode");
    int linking = strcmp(mode, "existing") == 0 || (!mode[0] && a->existing_account[0]);
    tpl_show(d, linking ? "MODE_EXISTING" : "MODE_NEW");
    if (!mode[0]) tpl_set(d, "LINK_ACCOUNT", a->existing_account);
}

static void render_application(struct request *req, int status, const struct application *a,
                               const struct form_errors *errors)
{
    static const char *const fields[] = { "note", "reason", "question", "erp_account_no", "link_account", NULL };
    tpl_dict *d = response_page(req, status, "accounts/admin_application.tpl", a->company_name);
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    form_fill(d, req, fields, errors);
    char created[32], verified[32];
    format_date(a->created_at, created, sizeof created);
    format_date(a->verified_at, verified, sizeof verified);
    tpl_set_int(d, "ID", a->id);
    tpl_set(d, "COMPANY", a->company_name);
    tpl_set(d, "TAX_ID", a->tax_id);
    tpl_set(d, "EXISTING_ACCOUNT", a->existing_account[0] ? a->existing_account : "\xe2\x80\x94");
    tpl_set(d, "LINE1", a->billing_line1);
    tpl_set(d, "LINE2", a->billing_line2);
    tpl_set(d, "CITY", a->billing_city);
    tpl_set(d, "REGION", a->billing_region);
    tpl_set(d, "POSTAL", a->billing_postal);
    tpl_set(d, "COUNTRY", a->billing_country);
    tpl_set(d, "CONTACT", a->contact_name);
    tpl_set(d, "JOB_TITLE", a->job_title);
    tpl_set(d, "EMAIL", a->email);
    tpl_set(d, "PHONE", a->phone);
    tpl_set(d, "CREATED", created);
    tpl_set(d, "VERIFIED", verified);
    tpl_set(d, "STATUS", status_label(a->status));
    tpl_set(d, "BADGE", status_badge(a->status));
    if (a->info_request[0]) {
        tpl_dict *q = tpl_add_section(d, "QUESTION_ASKED");
        tpl_set(q, "TEXT", a->info_request);
        if (a->applicant_reply[0]) tpl_set(tpl_add_section(q, "REPLY"), "TEXT", a->applicant_reply);
        else tpl_show(q, "NO_REPLY");
    }
    if (a->decided_at) {
        char decided[32];
        format_date(a->decided_at, decided, sizeof decided);
        tpl_dict *dec = tpl_add_section(d, "DECISION");
        tpl_set(dec, "BY", a->decided_by);
        tpl_set(dec, "DATE", decided);
        tpl_set(dec, "OUTCOME", status_label(a->status));
        if (a->decision_reason[0]) tpl_set(tpl_add_section(dec, "REASON"), "TEXT", a->decision_reason);
    }
    if (is_open(a)) {
        tpl_dict *actions = tpl_add_section(d, "ACTIONS");
        fill_approve_choices(actions, req, a);
        form_fill(actions, req, fields, errors);
        tpl_set(actions, "CSRF_TOKEN", req->csrf_token);
        tpl_set_int(actions, "ID", a->id);
    }
    fill_notes(d, a->id);
}

void page_bo_application(struct request *req)
{
    struct application a;
    if (load_application(req, &a)) render_application(req, 200, &a, NULL);
}

static void back_to(struct request *req, int64_t id, const char *message)
{
    char url[64];
    snprintf(url, sizeof url, "/backoffice/applications/%lld", (long long)id);
    flash_set(req, "success", message);
    response_redirect(req, url);
}

void page_bo_application_note(struct request *req)
{
    struct application a;
    if (!load_application(req, &a)) return;
    if (field_errors(req)->count) {
        render_application(req, 422, &a, field_errors(req));
        return;
    }
    const char *note = field_text(req, "note");
    if (store_application_note_add(a.id, req->session.user_id, note, clock_now()) != 0) {
        response_error(req, 500, "The note could not be saved.");
        return;
    }
    back_to(req, a.id, "Note added.");
}

/* Runs a decision inside one transaction with its mail: the status change
 * and the message to the applicant commit together or not at all. A
 * decision on an application someone else just decided is refused. */
static void refuse_decided(struct request *req, const struct application *a)
{
    (void)a;
    response_error(req, 409, "This application has already been decided by someone else. Reload it to see the outcome.");
}

static int queue_applicant_mail(const struct application *a, const char *type, tpl_dict *values)
{
    struct mail_recipient to = { .address = a->email, .name = a->contact_name, .user_id = a->user_id };
    char err[200];
    tpl_set(values, "COMPANY_NAME", a->company_name);
    return mail_enqueue(type, &to, values, err, sizeof err) == MAIL_QUEUED ? 0 : -1;
}

void page_bo_application_reject(struct request *req)
{
    struct application a;
    if (!load_application(req, &a)) return;
    if (field_errors(req)->count) {
        render_application(req, 422, &a, field_errors(req));
        return;
    }
    const char *reason = field_text(req, "reason");
    if (db_begin() != 0) {
        response_error(req, 503, "Please try again in a moment.");
        return;
    }
    int decided = store_application_decide(a.id, "rejected", reason, req->session.user_id, clock_now());
    if (decided == 1) {
        db_rollback();
        refuse_decided(req, &a);
        return;
    }
    tpl_dict *values = tpl_dict_new();
    tpl_set(values, "REASON", reason);
    int ok = decided == 0 && store_membership_deactivate(a.company_id, a.user_id) == 0
          && queue_applicant_mail(&a, "application_rejected", values) == 0;
    tpl_dict_free(values);
    if (!db_finish(ok, "applications: decision")) {
        response_error(req, 500, "The decision could not be saved. Nothing was changed.");
        return;
    }
    back_to(req, a.id, "The application is rejected and the applicant has been told why.");
}

void page_bo_application_request_info(struct request *req)
{
    struct application a;
    if (!load_application(req, &a)) return;
    if (field_errors(req)->count) {
        render_application(req, 422, &a, field_errors(req));
        return;
    }
    const char *question = field_text(req, "question");
    if (db_begin() != 0) {
        response_error(req, 503, "Please try again in a moment.");
        return;
    }
    int asked = store_application_ask(a.id, question, clock_now());
    if (asked == 1) {
        db_rollback();
        refuse_decided(req, &a);
        return;
    }
    char token[AUTH_TOKEN_TEXT], link[600];
    int ok = asked == 0 && token_issue(TOKEN_APPLICATION_REPLY, a.user_id, a.id, "", REPLY_LINK_SECONDS, token) == 0;
    if (ok) {
        snprintf(link, sizeof link, "%s/application/reply/%s", app.cfg.base_url, token);
        tpl_dict *values = tpl_dict_new();
        tpl_set(values, "QUESTION", question);
        tpl_set(values, "LINK", link);
        ok = queue_applicant_mail(&a, "application_info_request", values) == 0;
        tpl_dict_free(values);
    }
    if (!db_finish(ok, "applications: decision")) {
        response_error(req, 500, "The question could not be sent. Nothing was changed.");
        return;
    }
    back_to(req, a.id, "Your question is on its way to the applicant.");
}

/* Checks the approval form beyond its declaration: the account number the
 * mode uses (the other one's errors are dropped: it is not used), and
 * whether it names a customer. Fills *existing when linking to a company
 * the seller already has. Returns the number of errors. */
static int check_approval(const struct request *req, struct form_errors *errors, int64_t *existing,
                          char *existing_name, size_t name_size)
{
    int linking = strcmp(field_text(req, "mode"), "existing") == 0;
    const char *unused = linking ? "erp_account_no" : "link_account";
    const struct form_errors *declared = field_errors(req);
    for (int i = 0; i < declared->count; i++)
        if (strcmp(declared->items[i].field, unused) != 0)
            form_error(errors, declared->items[i].field, declared->items[i].message);
    *existing = 0;
    /* An account manager links an applicant to a customer of their own only. */
    struct staff_scope scope = staff_scope_of(&req->actor);
    if (linking) {
        /* sent but not valid: its declared error is in already */
        if (!form_value(req->input, "link_account")->present)
            form_error(errors, "link_account", "This field is required.");
        else if (field_ok(req, "link_account")
                 && store_bo_company_by_account(&scope, field_text(req, "link_account"), existing, existing_name,
                                                name_size) != 1)
            form_error(errors, "link_account", "No active customer has this account number.");
    } else if (field_ok(req, "erp_account_no")) {
        int64_t other;
        char other_name[256];
        if (store_company_by_account(field_text(req, "erp_account_no"), &other, other_name, sizeof other_name) != 0)
            form_error(errors, "erp_account_no", "This account number belongs to another customer.");
    }
    return errors->count;
}

/* The account manager's name and address for the welcome mail. */
static void fill_account_manager(tpl_dict *values, int64_t manager)
{
    static struct staff_member staff[STAFF_MAX];
    int n = manager ? store_staff_list(staff, STAFF_MAX) : 0;
    for (int i = 0; i < n; i++) {
        if (staff[i].id != manager) continue;
        tpl_dict *am = tpl_add_section(values, "ACCOUNT_MANAGER");
        tpl_set(am, "NAME", staff[i].name);
        tpl_set(am, "EMAIL", staff[i].email);
    }
}

void page_bo_application_approve(struct request *req)
{
    struct application a;
    if (!load_application(req, &a)) return;
    struct form_errors errors = { 0 };
    int64_t existing = 0, manager = field_number(req, "account_manager_id");
    char existing_name[256] = "";
    if (check_approval(req, &errors, &existing, existing_name, sizeof existing_name) > 0) {
        render_application(req, 422, &a, &errors);
        return;
    }
    if (db_begin() != 0) {
        response_error(req, 503, "Please try again in a moment.");
        return;
    }
    int decided = store_application_decide(a.id, "approved", "", req->session.user_id, clock_now());
    if (decided == 1) {
        db_rollback();
        refuse_decided(req, &a);
        return;
    }
    struct company_terms terms = { field_text(req, "erp_account_no"), field_text(req, "payment_terms"), manager };
    int ok = decided == 0
          && (existing ? store_application_join_existing(a.id, a.company_id, existing, a.user_id)
                       : store_company_approve(a.company_id, a.user_id, &terms)) == 0;
    if (ok) {
        tpl_dict *values = tpl_dict_new();
        if (existing) snprintf(a.company_name, sizeof a.company_name, "%s", existing_name);
        fill_account_manager(values, manager);
        ok = queue_applicant_mail(&a, "application_approved", values) == 0;
        tpl_dict_free(values);
    }
    if (!db_finish(ok, "applications: decision")) {
        response_error(req, 500, "The approval could not be saved. Nothing was changed.");
        return;
    }
    back_to(req, a.id, existing ? "Approved: the applicant is now an administrator of the existing customer."
                                : "Approved: the company is active and the applicant is its administrator.");
}
