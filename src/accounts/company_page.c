/* Company information: what the seller has on file for the member's
 * company, its administrators, and asking the seller to change something.
 * Everything is read for req->session.company_id only. */
#include "accounts/pages.h"
#include "base/clock.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "base/db.h"
#include "web/form.h"
#include "base/format.h"
#include "mail/mail.h"
#include "web/response.h"
#include "accounts/accounts_store.h"
#include "base/utf8.h"

#define ADMINS_SHOWN 25
#define REQUESTS_SHOWN 20
#define RECIPIENTS_MAX 10
#define DASH "\xe2\x80\x94"

static const char *const change_shown[] = { "message", NULL };

/* The declared limit counts what the browser sent, where each line break
 * may be two characters (CRLF): twice the limit holds any text that can
 * fit. The limit itself is checked on the kept text (LF), in the handler,
 * as the textarea's maxlength counts. */
static const struct field change_fields[] = {
    { "message", "What should change?", FIELD_LINES, 1, 0, 2 * CHANGE_REQUEST_MAX_CHARS, NULL,
      "Tell us what should change.", "Keep it to 2,000 characters or fewer, without control characters." },
    { NULL },
};
const struct form_spec form_company_change_request = { "company_change_request", change_fields };

static const char *or_dash(const char *value)
{
    return value[0] ? value : DASH;
}

/* "(312) 555-0117" -> "+3125550117"-style text for a tel: link: digits
 * and a leading plus only. */
static void tel_href(const char *phone, char *out, size_t size)
{
    size_t n = 0;
    for (const char *p = phone; *p && n + 1 < size; p++)
        if (isdigit((unsigned char)*p) || (*p == '+' && n == 0)) out[n++] = *p;
    out[n] = '\0';
}

static void fill_company_file(tpl_dict *d, int64_t company_id)
{
    struct company_file f;
    if (store_company_file(company_id, &f) != 1) {
        tpl_show(d, "FILE_MISSING");
        return;
    }
    tpl_dict *file = tpl_add_section(d, "FILE");
    tpl_set(file, "LEGAL_NAME", f.name);
    tpl_set(file, "TAX_ID", or_dash(f.tax_id));
    tpl_set(file, "ERP_ACCOUNT_NO", or_dash(f.erp_account_no));
    tpl_set(file, "PAYMENT_TERMS", or_dash(f.payment_terms));
    tpl_set(file, "PRICE_LIST", f.price_list_name[0] ? f.price_list_name : "Standard list prices");

    if (!f.manager_name[0]) {
        tpl_show(d, "NO_MANAGER");
        return;
    }
    tpl_dict *am = tpl_add_section(d, "MANAGER");
    tpl_set(am, "AM_NAME", f.manager_name);
    tpl_set(am, "AM_EMAIL", f.manager_email);
    if (f.manager_phone[0]) {
        char tel[64];
        tel_href(f.manager_phone, tel, sizeof tel);
        tpl_dict *phone = tpl_add_section(am, "AM_PHONE");
        tpl_set(phone, "PHONE", f.manager_phone);
        tpl_set(phone, "TEL", tel);
    }
}

static void fill_admins(tpl_dict *d, int64_t company_id)
{
    static struct person admins[ADMINS_SHOWN];
    int n = store_company_admins(company_id, admins, ADMINS_SHOWN);
    if (n <= 0) {
        tpl_show(d, "NO_ADMINS");
        return;
    }
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(d, "ADMIN");
        tpl_set(row, "NAME", admins[i].name);
        tpl_set(row, "EMAIL", admins[i].email);
    }
}

/* A multi-line text as LINE sections, so the template can keep the line
 * breaks (the page's style policy allows no inline white-space rule). */
static void set_lines(tpl_dict *d, const char *text)
{
    char line[CHANGE_REQUEST_MAX_BYTES];
    while (*text) {
        size_t n = strcspn(text, "\n");
        snprintf(line, sizeof line, "%.*s", (int)n, text);
        tpl_dict *l = tpl_add_section(d, "LINE");
        tpl_set(l, "TEXT", line);
        text += n;
        if (*text == '\n') text++;
    }
}

static void fill_requests(tpl_dict *d, int64_t company_id)
{
    static struct change_request rows[REQUESTS_SHOWN];
    int n = store_change_requests_list(company_id, rows, REQUESTS_SHOWN);
    if (n <= 0) {
        tpl_show(d, "NO_REQUESTS");
        return;
    }
    tpl_show(d, "HAS_REQUESTS");
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(d, "REQUEST");
        char date[32], iso[16];
        format_date(rows[i].created_at, date, sizeof date);
        format_iso_date(rows[i].created_at, iso, sizeof iso);
        tpl_set(row, "DATE", date);
        tpl_set(row, "DATE_ISO", iso);
        tpl_set(row, "AUTHOR", rows[i].author);
        set_lines(row, rows[i].message);
        int done = strcmp(rows[i].status, "done") == 0;
        tpl_set(row, "STATUS", done ? "Done" : "Open");
        tpl_set(row, "BADGE", done ? "success" : "secondary");
    }
}

static void render_company(struct request *req, int status, const struct form_errors *errors, const char *failure)
{
    const struct session_info *s = &req->session;
    tpl_dict *d = response_page(req, status, "accounts/company.tpl", "Company information");
    tpl_set(d, "COMPANY_NAME", s->company_name);
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set_int(d, "MESSAGE_MAX", CHANGE_REQUEST_MAX_CHARS);
    form_fill(d, req, change_shown, errors);
    if (failure) tpl_set(tpl_add_section(d, "FAILURE"), "FAILURE_TEXT", failure);
    fill_company_file(d, s->company_id);
    fill_admins(d, s->company_id);
    fill_requests(d, s->company_id);
}

void page_company(struct request *req)
{
    render_company(req, 200, NULL, NULL);
}

/* The request and the mail to whoever handles it, in one transaction: the
 * seller never has a request nobody was told about, nor a mail about a
 * request that is not stored. 0 or -1. */
static int submit_change_request(const struct session_info *s, const char *message)
{
    static struct person to[RECIPIENTS_MAX];
    struct company_file file;
    if (store_company_file(s->company_id, &file) != 1) return -1;

    tpl_dict *values = tpl_dict_new();
    tpl_set(values, "COMPANY_NAME", file.name);
    if (file.erp_account_no[0]) tpl_set(tpl_add_section(values, "ERP"), "ERP_ACCOUNT_NO", file.erp_account_no);
    tpl_set(values, "MEMBER_NAME", s->user_name);
    tpl_set(values, "MEMBER_EMAIL", s->email);
    tpl_set(values, "MEMBER_ROLE", s->role_name);
    tpl_set(values, "MESSAGE", message);

    int ok = db_begin() == 0;
    int64_t id = ok ? store_change_request_add(s->company_id, s->user_id, message, clock_now()) : -1;
    int count = id > 0 ? store_change_request_recipients(s->company_id, to, RECIPIENTS_MAX) : -1;
    ok = count >= 0;
    for (int i = 0; ok && i < count; i++) {
        struct mail_recipient r = {
            .address = to[i].email, .name = to[i].name, .user_id = to[i].user_id, .company_id = s->company_id,
        };
        char why[200] = "";
        if (mail_enqueue("company_change_request", &r, values, why, sizeof why) == MAIL_ERROR) {
            fprintf(stderr, "company: change request mail to %s not queued: %s\n", to[i].email, why);
            ok = 0;
        }
    }
    if (ok && db_commit() != 0) ok = 0;
    if (!ok) db_rollback();
    tpl_dict_free(values);
    return ok ? 0 : -1;
}

void page_company_change_request(struct request *req)
{
    const char *message = field_text(req, "message");
    struct form_errors errors = *field_errors(req);
    if (utf8_chars(message) > CHANGE_REQUEST_MAX_CHARS) form_error(&errors, "message", "Keep it to 2,000 characters or fewer.");
    if (errors.count) {
        render_company(req, 422, &errors, NULL);
        return;
    }
    if (submit_change_request(&req->session, message) != 0) {
        render_company(req, 500, NULL, "Your request could not be sent just now. Please try again in a moment.");
        return;
    }
    flash_set(req, "success", "Thank you. Your change request was sent; we will get back to you by email.");
    response_redirect(req, "/account/company");
}
