/* Back office: the mail outbox, one message, retry, and a test mail. */
#include "mail/pages.h"
#include "base/clock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/db.h"
#include "base/format.h"
#include "base/staff_scope.h"
#include "mail/mail.h"
#include "web/response.h"
#include "mail/outbox_store.h"
#include "base/validate.h"
#include "web/pager.h"

#define PAGE_SIZE 50

static const char *const statuses[] = { "", "queued", "sending", "retrying", "failed", "sent" };
static const char *const status_labels[] = { "All", "Queued", "Sending", "Retrying", "Failed", "Sent" };

static const char *status_badge(const char *status)
{
    if (strcmp(status, "sent") == 0) return "success";
    if (strcmp(status, "failed") == 0) return "danger";
    if (strcmp(status, "retrying") == 0) return "warning";
    if (strcmp(status, "sending") == 0) return "info";
    return "secondary";
}

static int known_status(const char *s)
{
    for (size_t i = 0; i < sizeof statuses / sizeof statuses[0]; i++)
        if (strcmp(statuses[i], s) == 0) return 1;
    return 0;
}

static void fill_tabs(tpl_dict *d, const struct staff_scope *scope, const char *current)
{
    for (size_t i = 0; i < sizeof statuses / sizeof statuses[0]; i++) {
        tpl_dict *tab = tpl_add_section(d, "TAB");
        char href[64];
        snprintf(href, sizeof href, "/backoffice/mail%s%s", statuses[i][0] ? "?status=" : "", statuses[i]);
        tpl_set(tab, "HREF", href);
        tpl_set(tab, "LABEL", status_labels[i]);
        tpl_set_int(tab, "COUNT", store_bo_outbox_count(scope, statuses[i]));
        if (strcmp(statuses[i], current) == 0) tpl_show(tab, "CURRENT");
    }
}

static void fill_rows(tpl_dict *d, const struct staff_scope *scope, const char *status, int page)
{
    static struct outbox_row rows[PAGE_SIZE];
    int n = store_bo_outbox_list(scope, status, (page - 1) * PAGE_SIZE, rows, PAGE_SIZE);
    if (n <= 0) {
        tpl_show(d, "EMPTY");
        return;
    }
    tpl_show(d, "HAS_ROWS");
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(d, "MESSAGE");
        char created[32], when[32];
        format_date(rows[i].created_at, created, sizeof created);
        tpl_set_int(row, "ID", rows[i].id);
        tpl_set(row, "CREATED", created);
        tpl_set(row, "TO", rows[i].to_address);
        tpl_set(row, "SUBJECT", rows[i].subject);
        tpl_set(row, "TEMPLATE", rows[i].template_name);
        tpl_set(row, "STATUS", rows[i].status);
        tpl_set(row, "BADGE", status_badge(rows[i].status));
        tpl_set_int(row, "ATTEMPTS", rows[i].attempts);
        tpl_set(row, "LAST_ERROR", rows[i].last_error);
        if (strcmp(rows[i].status, "failed") == 0 || strcmp(rows[i].status, "retrying") == 0) tpl_show(row, "CAN_RETRY");
        if (strcmp(rows[i].status, "sent") == 0 && rows[i].sent_at) {
            format_date(rows[i].sent_at, when, sizeof when);
            tpl_dict *s = tpl_add_section(row, "SENT");
            tpl_set(s, "SENT_AT", when);
        }
    }
    char query[64];
    snprintf(query, sizeof query, "status=%s", status);
    pager_fill(d, "/backoffice/mail", query, page, store_bo_outbox_count(scope, status), PAGE_SIZE);
}

/* test_to: the address shown in the test form (NULL: what was sent,
 * kept as typed like form_fill keeps values). */
static void render_outbox(struct request *req, int status_code, const char *test_to, const char *test_error)
{
    const char *status = req_query(req, "status");
    if (!known_status(status)) status = "";
    int page = page_number(req);
    tpl_dict *d = response_page(req, status_code, "mail/admin_outbox.tpl", "Mail");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set(d, "TEST_TO", test_to ? test_to : req_form(req, "to"));
    if (test_error) {
        tpl_dict *e = tpl_add_section(d, "TEST_ERROR");
        tpl_set(e, "TEST_ERROR_TEXT", test_error);
    }
    /* An account manager sees the mail about their own companies. */
    struct staff_scope scope = staff_scope_of(&req->actor);
    fill_tabs(d, &scope, status);
    fill_rows(d, &scope, status, page);
}

void page_backoffice_mail(struct request *req)
{
    render_outbox(req, 200, req->session.email, NULL);
}

/* The message named by the URL's :id, or a 404 page (returns 0). */
static int load_message(struct request *req, struct outbox_row *row, struct outbox_message *bodies)
{
    int64_t id;
    struct staff_scope scope = staff_scope_of(&req->actor);
    if (parse_id(req->params.values[0], &id) && store_bo_outbox_get(&scope, id, row, bodies) == 1) return 1;
    response_error(req, 404, "There is no such message in the outbox.");
    return 0;
}

void page_backoffice_mail_message(struct request *req)
{
    struct outbox_row row;
    struct outbox_message bodies;
    if (!load_message(req, &row, &bodies)) return;
    tpl_dict *d = response_page(req, 200, "mail/admin_outbox_message.tpl", row.subject);
    char created[32], sent[32] = "", next[32] = "";
    format_date(row.created_at, created, sizeof created);
    tpl_set_int(d, "ID", row.id);
    tpl_set(d, "SUBJECT", row.subject);
    tpl_set(d, "TO", row.to_address);
    if (row.to_name[0]) tpl_set(tpl_add_section(d, "TO_NAME"), "NAME", row.to_name);
    tpl_set(d, "TEMPLATE", row.template_name);
    tpl_set(d, "STATUS", row.status);
    tpl_set(d, "BADGE", status_badge(row.status));
    tpl_set_int(d, "ATTEMPTS", row.attempts);
    tpl_set(d, "CREATED", created);
    tpl_set(d, "MESSAGE_ID", bodies.message_id);
    tpl_set(d, "TEXT_BODY", bodies.text_body);
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    if (row.last_error[0]) {
        tpl_dict *e = tpl_add_section(d, "LAST_ERROR");
        tpl_set(e, "ERROR_TEXT", row.last_error);
    }
    if (row.sent_at) {
        format_date(row.sent_at, sent, sizeof sent);
        tpl_dict *s = tpl_add_section(d, "SENT");
        tpl_set(s, "SENT_AT", sent);
    }
    if (strcmp(row.status, "retrying") == 0) {
        format_date(row.next_attempt_at, next, sizeof next);
        tpl_dict *n = tpl_add_section(d, "NEXT_ATTEMPT");
        tpl_set(n, "NEXT_AT", next);
    }
    if (strcmp(row.status, "failed") == 0 || strcmp(row.status, "retrying") == 0) tpl_show(d, "CAN_RETRY");
    outbox_message_free(&bodies);
}

/* The HTML part alone, for the preview frame: its own policy lets the
 * mail's inline styles apply but nothing run, load or navigate. */
void page_backoffice_mail_html(struct request *req)
{
    struct outbox_row row;
    struct outbox_message bodies;
    if (!load_message(req, &row, &bodies)) return;
    response_header(req, "Content-Security-Policy",
                    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox");
    response_header(req, "X-Frame-Options", "SAMEORIGIN");
    response_raw(req, 200, "text/html; charset=utf-8", bodies.html_body, strlen(bodies.html_body));
    outbox_message_free(&bodies);
}

void page_backoffice_mail_retry(struct request *req)
{
    struct outbox_row row;
    struct outbox_message bodies;
    if (!load_message(req, &row, &bodies)) return;
    outbox_message_free(&bodies);
    int64_t id = row.id;
    struct staff_scope scope = staff_scope_of(&req->actor);
    int changed = store_bo_outbox_retry_now(&scope, id, clock_now());
    if (changed == 1) flash_set(req, "success", "The message is queued again and will be sent shortly.");
    else flash_set(req, "info", "This message is not waiting for a retry; nothing changed.");
    char back[64];
    snprintf(back, sizeof back, "/backoffice/mail/%lld", (long long)id);
    response_redirect(req, back);
}

#define TEST_RECIPIENTS_MAX 10
#define TEST_TO_MAX 4000                /* characters, far more than 10 addresses need */

/* Splits "a@x, b@y" (commas, semicolons, spaces or line breaks) into
 * normalised addresses. Returns how many, or -1 with a message. */
static int split_recipients(const char *typed, char out[][VALIDATE_EMAIL_MAX + 1], const char **problem)
{
    char buf[TEST_TO_MAX * 4 + 1];   /* UTF-8: up to 4 bytes a character */
    snprintf(buf, sizeof buf, "%s", typed);
    int n = 0;
    for (char *save = NULL, *tok = strtok_r(buf, ",; \t\r\n", &save); tok; tok = strtok_r(NULL, ",; \t\r\n", &save)) {
        if (n == TEST_RECIPIENTS_MAX) {
            *problem = "Give at most 10 addresses.";
            return -1;
        }
        if ((*problem = validate_email(tok, out[n], sizeof out[n])) != NULL) return -1;
        n++;
    }
    if (n == 0) *problem = "Enter an email address.";
    return n ? n : -1;
}

/* All recipients in one transaction: if any cannot be queued, none is. */
static int queue_test_mails(const char *sent_by, char to[][VALIDATE_EMAIL_MAX + 1], int count,
                            char *err, size_t err_len)
{
    tpl_dict *values = tpl_dict_new();
    tpl_set(values, "SENT_BY", sent_by);
    int ok = db_begin() == 0;
    for (int i = 0; ok && i < count; i++) {
        struct mail_recipient recipient = { .address = to[i], .name = "" };
        char why[200] = "";
        if (mail_enqueue("test", &recipient, values, why, sizeof why) == MAIL_ERROR) {
            snprintf(err, err_len, "Nothing was sent: %s: %s.", to[i], why);
            ok = 0;
        }
    }
    if (ok && db_commit() != 0) ok = 0;
    if (!ok) db_rollback();
    tpl_dict_free(values);
    return ok ? 0 : -1;
}

/* Several lines: the addresses may be given one a line. */
static const struct field mail_test_fields[] = {
    { "to", "Send a test message to", FIELD_LINES, 1, 0, TEST_TO_MAX, NULL, "Enter an email address.", NULL },
    { NULL },
};
const struct form_spec form_mail_test = { "mail_test", mail_test_fields };

void page_backoffice_mail_test(struct request *req)
{
    static char to[TEST_RECIPIENTS_MAX][VALIDATE_EMAIL_MAX + 1];
    const struct form_errors *errors = field_errors(req);
    const char *problem = errors->count ? errors->items[0].message : NULL;
    int count = problem ? -1 : split_recipients(field_text(req, "to"), to, &problem);
    if (count < 0) {
        render_outbox(req, 422, NULL, problem);
        return;
    }
    char err[400] = "";
    if (queue_test_mails(req->session.user_name, to, count, err, sizeof err) != 0) {
        render_outbox(req, 422, NULL, err[0] ? err : "The message could not be queued. Please try again.");
        return;
    }
    char msg[300];
    if (count == 1) snprintf(msg, sizeof msg, "A test message to %s is queued.", to[0]);
    else snprintf(msg, sizeof msg, "%d test messages are queued.", count);
    flash_set(req, "success", msg);
    response_redirect(req, "/backoffice/mail");
}
