/* Requisitions: sending a list to those who may order (from the list's
 * page), the Requisitions tab (those sent to the member or their role, and
 * those they sent), one requisition with its lines and, for a recipient,
 * "add to my cart" or "decline"; the requester follows the order placed
 * from it there, even without permission to see orders. */
#include "lists/pages.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "base/db.h"
#include "base/format.h"
#include "base/permissions.h"
#include "catalog/quantity_rules.h"
#include "lists/list_schedules_store.h"
#include "lists/lists.h"
#include "lists/requisitions.h"
#include "orders/order_status.h"
#include "web/response.h"
#include "web/transaction.h"

#define CHOICES_MAX 500
#define MSG_MAX 600

static const struct field send_fields[] = {
    { "to", "Send to", FIELD_TEXT, 1, 0, 40, NULL, "Choose the people to send it to: a role or a colleague.", NULL },
    { "to_email", "Colleague's email", FIELD_EMAIL, 0, 0, 0, NULL, NULL, "Enter the email your colleague signs in with." },
    { "message", "Message", FIELD_LINES, 0, 0, REQUISITION_MESSAGE_MAX, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_requisition_send = { "requisition_send", send_fields };

static const struct field decline_fields[] = {
    { "reason", "Reason", FIELD_LINES, 1, 0, REQUISITION_MESSAGE_MAX, NULL, "Say why you decline it, so that your colleague knows.", NULL },
    { NULL },
};
const struct form_spec form_requisition_decline = { "requisition_decline", decline_fields };

static int64_t role_of(const struct request *req)
{
    int64_t role = 0;
    if (store_requisition_member_role(req->session.company_id, req->session.user_id, &role) != 1) role = 0;
    return role;
}

static int may_order(const struct request *req)
{
    return permissions_allow(req->session.permissions, PERM_PLACE_ORDERS) && !req->session.viewing_as_customer;
}

/* --- sending, from the list's page ---------------------------------------------- */

void requisition_form_fill(tpl_dict *d, const struct request *req, const struct list_row *l,
                           const struct form_errors *errors, const char *message)
{
    static struct requisition_choice choices[CHOICES_MAX];
    if (req->session.viewing_as_customer || l->line_count == 0) return;
    /* the first card for those who may not order (their way to order), the last for the others */
    tpl_dict *f = tpl_include(tpl_add_section(d, may_order(req) ? "REQUISITION_LAST" : "REQUISITION_FIRST"), "REQUISITION",
                              "lists/requisition_form.tpl");
    tpl_set(f, "CSRF_TOKEN", req->csrf_token);
    tpl_set_int(f, "ID", l->id);
    if (!may_order(req)) tpl_show(f, "MAY_NOT_ORDER");
    if (errors) form_fill_declared(f, req, &form_requisition_send, errors);
    if (message) tpl_set(tpl_add_section(f, "FORM_MESSAGE"), "MESSAGE", message);
    const char *chosen = errors ? field_text(req, "to") : "";
    char value[32];
    int n = store_requisition_roles(req->session.company_id, choices, CHOICES_MAX);
    for (int i = 0; i < n; i++) {
        tpl_dict *o = tpl_add_section(f, "ROLE");
        snprintf(value, sizeof value, "role-%" PRId64, choices[i].id);
        tpl_set(o, "VALUE", value);
        tpl_set(o, "NAME", choices[i].name);
        if (strcmp(chosen, value) == 0) tpl_show(o, "SELECTED");
    }
    if (strcmp(chosen, "member") == 0) tpl_show(f, "MEMBER_SELECTED");
}

void page_list_requisition(struct request *req)
{
    static struct list_row l;
    if (!list_page_load(req, &l)) return;
    if (req->session.viewing_as_customer) {
        response_error(req, 403, "You are viewing this account read-only.");
        return;
    }
    const struct form_errors *errors = field_errors(req);
    if (errors->count) {
        list_page_problem(req, &l, "requisition", errors, NULL);
        return;
    }
    /* a colleague named by email: the domain takes them as member-<id> */
    char to[48];
    snprintf(to, sizeof to, "%s", field_text(req, "to"));
    if (strcmp(to, "member") == 0) {
        int64_t user = 0;
        int found = field_text(req, "to_email")[0]
                  ? store_list_member_by_email(req->session.company_id, field_text(req, "to_email"), &user) : 0;
        if (found < 0) {
            response_error(req, 500, "The requisition cannot be sent right now. Please try again.");
            return;
        }
        if (found == 0) {
            list_page_problem(req, &l, "requisition", NULL, field_text(req, "to_email")[0]
                              ? "There is no active member with this email in your company."
                              : "Enter the email of the colleague to send it to.");
            return;
        }
        snprintf(to, sizeof to, "member-%" PRId64, user);
    }
    char msg[MSG_MAX] = "";
    int64_t id = 0;
    if (!tx_begin(req)) return;
    int r = requisition_send(&req->actor, &l, to, field_text(req, "message"), &id, msg, sizeof msg);
    if (r > 0) {
        db_rollback();
        list_page_problem(req, &l, "requisition", NULL, msg);
        return;
    }
    if (!tx_commit(req, r == 0, "requisition send")) return;
    char url[64];
    snprintf(url, sizeof url, "/account/requisitions/%" PRId64, id);
    flash_set(req, "success", "Your requisition is sent. You can follow it here.");
    response_redirect(req, url);
}

/* --- the Requisitions tab -------------------------------------------------------- */

static const char *status_label(const struct requisition_row *r)
{
    return strcmp(r->status, "open") == 0 ? "Waiting" : strcmp(r->status, "declined") == 0 ? "Declined"
         : r->order_number[0] ? "Ordered" : "In a cart";
}

static const char *status_badge(const struct requisition_row *r)
{
    return strcmp(r->status, "open") == 0 ? "warning" : strcmp(r->status, "declined") == 0 ? "danger" : "success";
}

static void fill_summary(tpl_dict *row, const struct requisition_row *r)
{
    tpl_set_int(row, "ID", r->id);
    tpl_set(row, "LIST_NAME", r->list_name);
    tpl_set(row, "REQUESTER", r->requester);
    tpl_set(row, "TO", r->to_name);
    if (r->to_role_id) tpl_show(row, "TO_ROLE");
    tpl_set(row, "STATUS", status_label(r));
    tpl_set(row, "BADGE", status_badge(r));
    tpl_set_int(row, "LINES", r->line_count);
    tpl_set(row, "LINE_WORD", r->line_count == 1 ? "product" : "products");
    tpl_set_date(row, "SENT", r->created_at);
}

void page_requisitions(struct request *req)
{
    static struct requisition_row rows[REQUISITIONS_MAX];
    int64_t role = role_of(req);
    int n = store_requisitions_for(req->session.company_id, req->session.user_id, role, rows, REQUISITIONS_MAX);
    if (n < 0) {
        response_error(req, 500, "The requisitions cannot be shown right now. Please try again.");
        return;
    }
    tpl_dict *d = response_page(req, 200, "lists/requisitions.tpl", "Requisitions");
    tpl_dict *to_me = NULL, *mine = NULL;
    for (int i = 0; i < n; i++) {
        int sent = rows[i].requester_user_id == req->session.user_id;
        tpl_dict **box = sent ? &mine : &to_me;
        if (!*box) *box = tpl_add_section(d, sent ? "SENT" : "RECEIVED");
        fill_summary(tpl_add_section(*box, "REQUISITION"), &rows[i]);
    }
    if (!to_me) tpl_show(d, "NONE_RECEIVED");
    if (!mine) tpl_show(d, "NONE_SENT");
}

/* --- one requisition -------------------------------------------------------------- */

static int load(struct request *req, struct requisition_row *r, int64_t *role)
{
    int64_t id = 0;
    for (const char *p = req->params.values[0]; *p >= '0' && *p <= '9' && id < INT64_MAX / 10; p++) id = id * 10 + (*p - '0');
    *role = role_of(req);
    int found = id > 0 ? store_requisition_get(req->session.company_id, req->session.user_id, *role, id, r) : 0;
    return response_found(req, found, "requisition");
}

static void render(struct request *req, int status, const struct requisition_row *r, int64_t role,
                   const struct form_errors *errors, const char *message)
{
    static struct list_line lines[LIST_LINES_MAX];
    int n = store_requisition_lines(req->session.company_id, r->id, lines, LIST_LINES_MAX);
    if (n < 0) {
        response_error(req, 500, "The requisition cannot be shown right now. Please try again.");
        return;
    }
    char title[200], why[300];
    snprintf(title, sizeof title, "Requisition: %s", r->list_name);
    tpl_dict *d = response_page(req, status, "lists/requisition.tpl", title);
    fill_summary(d, r);
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    if (r->message[0]) tpl_set(tpl_add_section(d, "MESSAGE"), "TEXT", r->message);
    if (message) tpl_set(tpl_add_section(d, "PROBLEM"), "TEXT", message);
    if (strcmp(r->status, "declined") == 0) {
        tpl_dict *s = tpl_add_section(d, "DECLINED");
        tpl_set(s, "BY", r->decided_by);
        tpl_set(s, "REASON", r->decline_reason);
        tpl_set_date(s, "DATE", r->decided_at);
    } else if (strcmp(r->status, "converted") == 0) {
        tpl_dict *s = tpl_add_section(d, "CONVERTED");
        tpl_set(s, "BY", r->decided_by);
        tpl_set_date(s, "DATE", r->decided_at);
        if (r->order_number[0]) {
            tpl_dict *o = tpl_add_section(s, "ORDER");
            tpl_set(o, "NUMBER", r->order_number);
            tpl_set(o, "ORDER_STATUS", order_status_label(r->order_status));
            tpl_set(o, "ORDER_BADGE", order_status_badge(r->order_status));
        } else {
            tpl_show(s, "NOT_ORDERED_YET");
        }
    }
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(d, "LINE");
        tpl_set(row, "SKU", lines[i].sku);
        tpl_set(row, "NAME", lines[i].name);
        tpl_set_int(row, "QTY", lines[i].quantity);
        tpl_set(row, "UNIT", lines[i].unit);
        if (lines[i].note[0]) tpl_set(tpl_add_section(row, "NOTE"), "TEXT", lines[i].note);
        if (cart_line_problem(lines[i].active, lines[i].quantity, lines[i].pack_size, lines[i].min_order_qty,
                              lines[i].unit, why, sizeof why))
            tpl_set(tpl_add_section(row, "PROBLEM"), "MESSAGE", why);
    }
    int recipient = requisition_is_recipient(&req->actor, role, r) && !req->session.viewing_as_customer;
    if (!recipient || strcmp(r->status, "open") != 0) return;
    tpl_dict *act = tpl_add_section(d, "ACTIONS");
    tpl_set(act, "CSRF_TOKEN", req->csrf_token);
    if (may_order(req)) tpl_show(act, "CAN_CONVERT");
    if (errors) form_fill_declared(act, req, &form_requisition_decline, errors);
}

void page_requisition(struct request *req)
{
    static struct requisition_row r;
    int64_t role;
    if (!load(req, &r, &role)) return;
    render(req, 200, &r, role, NULL, NULL);
}

/* Ends a domain call on a requisition (as finish() does on a list). */
static int done_or_answered(struct request *req, const struct requisition_row *r, int64_t role, int result,
                            const char *msg, const char *what)
{
    if (result > 0) {
        db_rollback();
        if (result == LIST_NOT_ALLOWED) response_error(req, 404, "There is no such requisition waiting for you.");
        else render(req, 422, r, role, field_errors(req), msg);
        return 0;
    }
    return tx_commit(req, result == 0, what);
}

void page_requisition_convert(struct request *req)
{
    static struct requisition_row r;
    int64_t role;
    if (!load(req, &r, &role)) return;
    struct cart_fill_result fill;
    char msg[MSG_MAX] = "";
    if (!tx_begin(req)) return;
    int result = requisition_convert(&req->actor, role, &r, &fill, msg, sizeof msg);
    if (!done_or_answered(req, &r, role, result, msg, "requisition convert")) return;
    char note[MSG_MAX + 200];
    snprintf(note, sizeof note, "%s's requisition \xe2\x80\x9c%s\xe2\x80\x9d is in your cart, merged with what was there: "
             "%d line%s added", r.requester, r.list_name, fill.added, fill.added == 1 ? "" : "s");
    cart_fill_message_end(&fill, ". Check it and order.", note, sizeof note);
    flash_set(req, fill.refused ? "warning" : "success", note);
    response_redirect(req, "/cart");
}

void page_requisition_decline(struct request *req)
{
    static struct requisition_row r;
    int64_t role;
    if (!load(req, &r, &role)) return;
    if (field_errors(req)->count) {
        if (!requisition_is_recipient(&req->actor, role, &r)) response_error(req, 404, "There is no such requisition waiting for you.");
        else render(req, 422, &r, role, field_errors(req), NULL);
        return;
    }
    char msg[MSG_MAX] = "";
    if (!tx_begin(req)) return;
    int result = requisition_decline(&req->actor, role, &r, field_text(req, "reason"), msg, sizeof msg);
    if (!done_or_answered(req, &r, role, result, msg, "requisition decline")) return;
    char url[64];
    snprintf(url, sizeof url, "/account/requisitions/%" PRId64, r.id);
    flash_set(req, "success", "The requisition is declined; your colleague is told why.");
    response_redirect(req, url);
}
