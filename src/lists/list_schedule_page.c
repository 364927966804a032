/* A list's schedule on its page: the owner sets how often it is ordered
 * (every N days, every N weeks on a weekday, monthly on a day), from and
 * until when, where to and with which PO pattern and payment method, and
 * whether the order is placed or put in their cart to review; everyone who
 * sees the list sees the next run and the history of runs, each with its
 * order or its reason. */
#include "lists/pages.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "addresses/addresses_store.h"
#include "base/clock.h"
#include "base/db.h"
#include "base/format.h"
#include "checkout/checkout_rules.h"
#include "lists/list_reorders.h"
#include "lists/lists.h"
#include "lists/lists_store.h"
#include "orders/order_status.h"
#include "web/response.h"
#include "web/transaction.h"

#define DAY 86400
#define ADDRESSES_MAX 100

static const char *const kinds[] = { "days", "weeks", "months", NULL };
static const char *const weekdays[] = { "0", "1", "2", "3", "4", "5", "6", NULL };
static const char *const weekday_labels[] = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
static const char *const actions[] = { "place", "cart", NULL };

static const struct field schedule_fields[] = {
    { "kind", "Repeat", FIELD_ENUM, 1, 0, 0, kinds, "Choose how often.", "Choose how often." },
    { "every", "Every", FIELD_INT, 1, 1, SCHEDULE_EVERY_MAX, NULL, "Say every how many days, weeks or months.",
      "Enter a whole number from 1 to 365." },
    { "weekday", "Weekday", FIELD_ENUM, 0, 0, 0, weekdays, NULL, "Choose a weekday." },
    { "month_day", "Day of the month", FIELD_INT, 0, 1, 31, NULL, NULL, "Enter a day from 1 to 31." },
    { "start", "Start date", FIELD_DATE, 1, 0, 0, NULL, "Choose the first date.", "Enter a date as YYYY-MM-DD." },
    { "end", "End date", FIELD_DATE, 0, 0, 0, NULL, NULL, "Enter a date as YYYY-MM-DD." },
    { "action", "What happens", FIELD_ENUM, 1, 0, 0, actions, "Choose what happens on each date.", "Choose what happens on each date." },
    { "ship_to", "Ship to", FIELD_ID, 0, 0, 0, NULL, NULL, "Choose one of your delivery addresses." },
    { "po_pattern", "PO number", FIELD_TEXT, 0, 0, LIST_PO_PATTERN_MAX, NULL, NULL, NULL },
    { "payment_method", "Payment", FIELD_ENUM, 1, 0, 0, payment_method_codes, "Choose a payment method.", "Choose a payment method." },
    { NULL },
};
const struct form_spec form_list_schedule = { "list_schedule", schedule_fields };

static const char *outcome_label(const char *o)
{
    return strcmp(o, "placed") == 0 ? "Order placed" : strcmp(o, "cart") == 0 ? "Put in the cart"
         : strcmp(o, "failed") == 0 ? "Failed" : strcmp(o, "missed") == 0 ? "Missed" : "Paused";
}

static const char *outcome_badge(const char *o)
{
    return strcmp(o, "placed") == 0 ? "success" : strcmp(o, "cart") == 0 ? "info"
         : strcmp(o, "failed") == 0 ? "danger" : "secondary";
}

static void fill_form(tpl_dict *f, const struct request *req, const struct list_schedule_row *s, int have,
                      const struct form_errors *errors)
{
    tpl_set(f, "CSRF_TOKEN", req->csrf_token);
    char date[16];
    if (errors) {
        form_fill_declared(f, req, &form_list_schedule, errors);
    } else {
        tpl_set_int(f, "EVERY", have ? s->when.every : 1);
        tpl_set_int(f, "MONTH_DAY", have ? s->when.month_day : 1);
        int64_t start = have ? s->when.start_day : clock_now() / DAY + 1;
        format_iso_date(start * DAY, date, sizeof date);
        tpl_set(f, "START", date);
        if (have && s->when.end_day != SCHEDULE_NO_END) {
            format_iso_date(s->when.end_day * DAY, date, sizeof date);
            tpl_set(f, "END", date);
        }
        tpl_set(f, "PO_PATTERN", have ? s->po_pattern : "AUTO-{YYYY}{MM}{DD}");
    }
    const char *kind = errors ? field_text(req, "kind") : have ? kinds[s->when.kind] : "weeks";
    for (int i = 0; kinds[i]; i++) {
        static const char *const labels[] = { "days", "weeks, on a weekday", "months, on a day of the month" };
        tpl_dict *o = tpl_add_section(f, "KIND");
        tpl_set(o, "VALUE", kinds[i]);
        tpl_set(o, "LABEL", labels[i]);
        if (strcmp(kind, kinds[i]) == 0) tpl_show(o, "SELECTED");
    }
    const char *wd = errors ? field_text(req, "weekday") : "";
    for (int i = 0; i < 7; i++) {
        tpl_dict *o = tpl_add_section(f, "WEEKDAY");
        tpl_set(o, "VALUE", weekdays[i]);
        tpl_set(o, "LABEL", weekday_labels[i]);
        if (errors ? strcmp(wd, weekdays[i]) == 0 : (have ? s->when.weekday == i : i == 0)) tpl_show(o, "SELECTED");
    }
    const char *action = errors ? field_text(req, "action") : have ? s->action : "place";
    tpl_show(f, strcmp(action, "cart") == 0 ? "ACTION_CART" : "ACTION_PLACE");
    const char *pay = errors ? field_text(req, "payment_method") : have ? s->payment_method : "on_account";
    for (int i = 0; payment_method_codes[i]; i++) {
        char label[64];
        order_payment_label(payment_method_codes[i], "", label, sizeof label);
        tpl_dict *o = tpl_add_section(f, "PAYMENT");
        tpl_set(o, "VALUE", payment_method_codes[i]);
        tpl_set(o, "LABEL", label);
        if (strcmp(pay, payment_method_codes[i]) == 0) tpl_show(o, "SELECTED");
    }
    static struct address_row addresses[ADDRESSES_MAX];
    int n = store_addresses_usable(req->session.company_id, req->session.user_id, "shipping", addresses, ADDRESSES_MAX);
    int64_t ship = errors ? field_number(req, "ship_to") : have ? s->ship_to_address_id : 0;
    for (int i = 0; i < n; i++) {
        tpl_dict *o = tpl_add_section(f, "SHIP_TO");
        tpl_set_int(o, "ID", addresses[i].id);
        tpl_set(o, "LABEL", addresses[i].label);
        if (addresses[i].id == ship) tpl_show(o, "SELECTED");
    }
    if (have) tpl_show(f, "CAN_STOP");
}

void list_schedule_fill(tpl_dict *d, const struct request *req, const struct list_row *l, const struct form_errors *errors,
                        const char *message)
{
    static struct list_schedule_row s;
    static struct list_run_row runs[LIST_RUNS_SHOWN];
    int have = store_list_schedule_get(req->session.company_id, l->id, &s) == 1;
    int owner = l->owner_user_id == req->session.user_id && !req->session.viewing_as_customer;
    if (!have && !owner) return;
    tpl_dict *box = tpl_add_section(d, "SCHEDULE");
    char text[200], date[32];
    if (!have) tpl_show(box, "NOT_SCHEDULED");
    if (have) {
        tpl_dict *now = tpl_add_section(box, "SCHEDULED");
        schedule_describe(&s.when, text, sizeof text);
        tpl_set(now, "WHEN", text);
        tpl_set(now, "ACTION", strcmp(s.action, "cart") == 0 ? "put in the owner's cart to review" : "ordered for the owner");
        if (strcmp(s.status, "paused") == 0) tpl_set(tpl_add_section(now, "PAUSED"), "REASON", s.paused_reason);
        else if (s.next_day != SCHEDULE_NONE) tpl_set_date(tpl_add_section(now, "NEXT"), "DATE", s.next_day * DAY);
        else tpl_show(now, "ENDED");
        if (s.when.end_day != SCHEDULE_NO_END) tpl_set_date(tpl_add_section(now, "UNTIL"), "DATE", s.when.end_day * DAY);
        int n = store_list_runs(req->session.company_id, l->id, runs, LIST_RUNS_SHOWN);
        if (n > 0) {
            tpl_dict *h = tpl_add_section(box, "RUNS");
            for (int i = 0; i < n; i++) {
                tpl_dict *r = tpl_add_section(h, "RUN");
                tpl_set_date(r, "DATE", runs[i].due_day * DAY);
                tpl_set(r, "OUTCOME", outcome_label(runs[i].outcome));
                tpl_set(r, "BADGE", outcome_badge(runs[i].outcome));
                if (runs[i].order_number[0]) tpl_set(tpl_add_section(r, "ORDER"), "NUMBER", runs[i].order_number);
                if (runs[i].reason[0]) tpl_set(tpl_add_section(r, "REASON"), "TEXT", runs[i].reason);
            }
        } else {
            tpl_show(box, "NO_RUNS");
        }
    }
    (void)date;
    if (!owner) return;
    tpl_dict *f = tpl_add_section(box, "SCHEDULE_FORM");
    if (message) tpl_set(tpl_add_section(f, "FORM_MESSAGE"), "MESSAGE", message);
    fill_form(f, req, &s, have, errors);
}

/* The owner's list named by :id; else 404 (answered). */
static int load_own(struct request *req, struct list_row *l)
{
    if (!list_page_load(req, l)) return 0;
    if (l->owner_user_id == req->session.user_id && !req->session.viewing_as_customer) return 1;
    return response_found(req, 0, "list of yours");
}

void page_list_schedule(struct request *req)
{
    static struct list_row l;
    if (!load_own(req, &l)) return;
    const struct form_errors *errors = field_errors(req);
    if (errors->count) {
        list_page_problem(req, &l, "schedule", errors, NULL);
        return;
    }
    static struct list_schedule_row s;
    memset(&s, 0, sizeof s);
    s.list_id = l.id;
    s.company_id = req->session.company_id;
    const char *kind = field_text(req, "kind");
    s.when.kind = strcmp(kind, "days") == 0 ? SCHEDULE_DAYS : strcmp(kind, "weeks") == 0 ? SCHEDULE_WEEKS : SCHEDULE_MONTHS;
    s.when.every = (int)field_number(req, "every");
    s.when.weekday = field_text(req, "weekday")[0] ? field_text(req, "weekday")[0] - '0' : 0;
    s.when.month_day = field_ok(req, "month_day") ? (int)field_number(req, "month_day") : 1;
    s.when.start_day = field_number(req, "start") / DAY;
    s.when.end_day = field_ok(req, "end") ? field_number(req, "end") / DAY : SCHEDULE_NO_END;
    snprintf(s.action, sizeof s.action, "%s", field_text(req, "action"));
    s.ship_to_address_id = field_number(req, "ship_to");
    snprintf(s.po_pattern, sizeof s.po_pattern, "%s", field_text(req, "po_pattern"));
    snprintf(s.payment_method, sizeof s.payment_method, "%s", field_text(req, "payment_method"));
    char msg[300] = "";
    if (!tx_begin(req)) return;
    int r = list_schedule_set(&req->actor, &l, &s, msg, sizeof msg);
    if (r > 0) {
        db_rollback();
        list_page_problem(req, &l, "schedule", NULL, msg);
        return;
    }
    if (!tx_commit(req, r == 0, "list schedule")) return;
    char url[64], note[300], when[200], date[32];
    schedule_describe(&s.when, when, sizeof when);
    format_date(s.next_day * DAY, date, sizeof date);
    snprintf(note, sizeof note, "Scheduled: %s. The next run is on %s.", when, date);
    flash_set(req, "success", note);
    snprintf(url, sizeof url, "/account/lists/%" PRId64, l.id);
    response_redirect(req, url);
}

void page_list_schedule_delete(struct request *req)
{
    static struct list_row l;
    if (!load_own(req, &l)) return;
    if (!tx_begin(req)) return;
    int r = store_list_schedule_delete(req->session.company_id, l.id);
    if (!tx_commit(req, r >= 0, "list schedule delete")) return;
    char url[64];
    flash_set(req, "success", r == 1 ? "The schedule is stopped. Nothing more is ordered from this list on its own." : "The list has no schedule.");
    snprintf(url, sizeof url, "/account/lists/%" PRId64, l.id);
    response_redirect(req, url);
}
