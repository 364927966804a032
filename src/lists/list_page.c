/* One shopping list (issue 21): its lines at today's prices with the
 * forms that change them, its details, sharing and hand-over, duplicating
 * and deleting it. A list the member may not see (another company's, or
 * not shared with them) answers 404 like a missing one; a list they see
 * but may not change answers 404 on its forms too. */
#include "lists/list_page_common.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "base/clock.h"
#include "base/db.h"
#include "base/format.h"
#include "base/money.h"
#include "base/permissions.h"
#include "catalog/catalog_store.h"
#include "catalog/quantity_rules.h"
#include "lists/list_schedules_store.h"
#include "team/team_store.h"
#include "team/units_store.h"
#include "web/pager.h"
#include "web/response.h"
#include "web/transaction.h"

#define UNITS_MAX 500
#define DASH "\xe2\x80\x94"

static const char *const sharing_values[] = { "private", "company", "unit", "editable", NULL };

static const struct field sharing_fields[] = {
    { "sharing", "Sharing", FIELD_ENUM, 1, 0, 0, sharing_values, "Choose who sees the list.", "Choose who sees the list." },
    { "unit_id", "Business unit", FIELD_ID, 0, 0, 0, NULL, NULL, "Choose one of your company's business units." },
    { NULL },
};
const struct form_spec form_list_sharing = { "list_sharing", sharing_fields };

static const struct field hand_over_fields[] = {
    { "member_email", "New owner's email", FIELD_EMAIL, 0, 0, 0, NULL, NULL, "Enter the email your colleague signs in with." },
    { "member_id", "New owner", FIELD_ID, 0, 0, 0, NULL, NULL, "Choose an active member of your company." },
    { NULL },
};
const struct form_spec form_list_hand_over = { "list_hand_over", hand_over_fields };

static struct list_line lines[LIST_LINES_MAX];

static int may_use_cart(const struct request *req)
{
    return !req->session.viewing_as_customer
        && (permissions_allow(req->session.permissions, PERM_PLACE_ORDERS) || req->session.applicant);
}

static void currency_of(const struct request *req, char *out, size_t size)
{
    int64_t list_id = 0;
    snprintf(out, size, "USD");
    if (list_use_list_prices(req)) return;
    if (store_catalog_company_price_list(req->session.company_id, &list_id, out, size) != 1 || !out[0])
        snprintf(out, size, "USD");
}

static int is_form(const struct list_form_state *fs, const char *name)
{
    return fs && fs->form && strcmp(fs->form, name) == 0;
}

/* What a list's page says of all its lines: how many, the total at
 * today's prices (of the products still sold; unknown when a line's or the
 * sum overflows) and how many cannot be ordered as they are. Worked out
 * with the rules the lines themselves are shown with (store_list_lines_page
 * prices them as price_line_today does; cart_line_problem), a page of
 * lines at a time: a 500-line list is most of its page's cost, so each
 * worker keeps the summaries of the lists last shown until their lines or
 * a price change: the list's lines_version and the prices' version, both
 * read before the summary, so a summary is never kept under versions older
 * than what it saw. */
struct list_summary {
    int lines;
    int64_t total;
    int overflow;
    int problems;
};

#define SUMMARY_CHUNK 100

static int list_summary_work_out(const struct request *req, int64_t list_id, int use_list_prices,
                                 struct list_summary *out)
{
    static struct list_line chunk[SUMMARY_CHUNK];
    char msg[LIST_MSG_MAX];
    *out = (struct list_summary){ 0 };
    for (int offset = 0;; offset += SUMMARY_CHUNK) {
        int n = store_list_lines_page(req->session.company_id, list_id, use_list_prices, offset, SUMMARY_CHUNK, chunk);
        if (n < 0) return -1;
        for (int i = 0; i < n; i++) {
            const struct list_line *x = &chunk[i];
            out->lines++;
            if (cart_line_problem(x->active, x->quantity, x->pack_size, x->min_order_qty, x->unit, msg, sizeof msg))
                out->problems++;
            if (!x->active) continue;
            if (x->line_total < 0 || money_add(&out->total, x->line_total) != 0) out->overflow = 1;
        }
        if (n < SUMMARY_CHUNK) return 0;
    }
}

#define KEPT_SUMMARIES 64

struct kept_summary {
    int64_t company_id, list_id, lines_version, prices_version;
    int use_list_prices;
    struct list_summary sum;
};

static int list_summary_today(const struct request *req, const struct list_row *l, struct list_summary *out)
{
    static struct kept_summary kept[KEPT_SUMMARIES];
    static int n_kept, next;
    int64_t prices = 0;
    int use_list_prices = list_use_list_prices(req);
    int versioned = store_catalog_prices_version(&prices) == 0;
    for (int i = 0; versioned && i < n_kept; i++) {
        const struct kept_summary *k = &kept[i];
        if (k->list_id == l->id && k->company_id == req->session.company_id && k->use_list_prices == use_list_prices
            && k->lines_version == l->lines_version && k->prices_version == prices) {
            *out = k->sum;
            return 0;
        }
    }
    if (list_summary_work_out(req, l->id, use_list_prices, out) != 0) return -1;
    if (!versioned) return 0;
    struct kept_summary *k = NULL;
    for (int i = 0; i < n_kept && !k; i++)   /* this list's older summary, else the next slot round */
        if (kept[i].list_id == l->id && kept[i].company_id == req->session.company_id
            && kept[i].use_list_prices == use_list_prices) k = &kept[i];
    if (!k) {
        k = &kept[next];
        next = (next + 1) % KEPT_SUMMARIES;
        if (n_kept < KEPT_SUMMARIES) n_kept++;
    }
    *k = (struct kept_summary){ req->session.company_id, l->id, l->lines_version, prices, use_list_prices, *out };
    return 0;
}

/* The page's lines (offset: the first one's place in the list), with
 * what the list says of all its lines. */
static void fill_lines(tpl_dict *d, struct request *req, int offset, int n, const struct list_summary *sum, int editable,
                       int cart, const struct list_form_state *fs)
{
    char currency[8], money[64], msg[LIST_MSG_MAX], key[48];
    currency_of(req, currency, sizeof currency);
    tpl_dict *table = tpl_add_section(d, "HAS_LINES");
    if (editable) tpl_show(table, "EDITABLE");
    tpl_show(table, cart ? "CART" : "NO_CART");
    int lines_form = is_form(fs, "lines");
    for (int i = 0; i < n; i++) {
        const struct list_line *x = &lines[i];
        tpl_dict *row = tpl_add_section(table, "LINE");
        tpl_set_int(row, "LINE_ID", x->id);
        tpl_set(row, "SKU", x->sku);
        tpl_show(row, x->active ? "SKU_LINK" : "SKU_TEXT");
        tpl_set(row, "NAME", x->name);
        tpl_set(row, "UNIT", x->unit);
        if (x->pack_size > 1) tpl_set_int(tpl_add_section(row, "PACK"), "PACK_SIZE", x->pack_size);
        format_money(x->unit_price, currency, money, sizeof money);
        tpl_set(row, "UNIT_PRICE", money);
        if (x->source == PRICE_CONTRACT) tpl_show(row, "CONTRACT");
        int problem = cart_line_problem(x->active, x->quantity, x->pack_size, x->min_order_qty, x->unit, msg, sizeof msg);
        if (problem) {
            tpl_dict *p = tpl_add_section(row, "PROBLEM");
            tpl_set(p, "MESSAGE", msg);
            tpl_set(p, "KIND", x->active ? "Pack size" : "Withdrawn");
        }
        if (!x->active || x->line_total < 0) {
            tpl_set(row, "LINE_TOTAL", DASH);
        } else {
            format_money(x->line_total, currency, money, sizeof money);
            tpl_set(row, "LINE_TOTAL", money);
        }
        if (cart) {
            tpl_dict *cb = tpl_add_section(row, "CART_CELL");
            if (!problem) tpl_show(cb, "CHECKED");
        }
        if (!editable) {
            if (x->note[0]) tpl_set(tpl_add_section(row, "NOTE"), "TEXT", x->note);
            tpl_set_int(tpl_add_section(row, "QTY_TEXT"), "QTY", x->quantity);
            continue;
        }
        tpl_dict *e = tpl_add_section(row, "EDIT");
        list_field_key("qty", x->id, key, sizeof key);
        tpl_set(e, "QTY_FIELD", key);
        int typed = lines_form && http_params_get(&req->form, key);
        if (typed) tpl_set(e, "QTY", req_form(req, key));
        else tpl_set_int(e, "QTY", x->quantity);
        for (int k = 0; lines_form && fs->errors && k < fs->errors->count; k++)
            if (strcmp(fs->errors->items[k].field, key) == 0) {
                tpl_show(e, "QTY_INVALID");
                tpl_set(tpl_add_section(e, "QTY_ERROR"), "MESSAGE", fs->errors->items[k].message);
            }
        list_field_key("note", x->id, key, sizeof key);
        tpl_set(e, "NOTE_FIELD", key);
        tpl_set(e, "NOTE", typed ? req_form(req, key) : x->note);
        /* the first line of a page moves up onto the page before, the last
         * down onto the next */
        if (offset + i > 0) tpl_show(e, "CAN_UP");
        if (offset + i + 1 < sum->lines) tpl_show(e, "CAN_DOWN");
    }
    format_money(sum->total, currency, money, sizeof money);
    tpl_set(table, "TOTAL", sum->overflow ? DASH : money);
    tpl_set_int(table, "LINE_COUNT", sum->lines);
    tpl_set(table, "LINE_WORD", sum->lines == 1 ? "product" : "products");
    if (sum->problems) {
        tpl_dict *p = tpl_add_section(table, "PROBLEMS");
        tpl_set_int(p, "COUNT", sum->problems);
        tpl_set(p, "WORD", sum->problems == 1 ? "line cannot be ordered as it is" : "lines cannot be ordered as they are");
    }
}

static void fill_form(tpl_dict *f, struct request *req, const struct list_form_state *fs, const char *name,
                      const struct form_spec *spec)
{
    tpl_set(f, "CSRF_TOKEN", req->csrf_token);
    if (!is_form(fs, name)) return;
    if (fs->errors) form_fill_declared(f, req, spec, fs->errors);
    if (fs->message) tpl_set(tpl_add_section(f, "FORM_MESSAGE"), "MESSAGE", fs->message);
}

static void fill_sharing(tpl_dict *d, struct request *req, const struct list_row *l, const struct list_form_state *fs)
{
    tpl_dict *f = tpl_add_section(d, "SHARING_FORM");
    fill_form(f, req, fs, "sharing", &form_list_sharing);
    const char *chosen = is_form(fs, "sharing") ? field_text(req, "sharing") : l->sharing;
    int64_t unit = is_form(fs, "sharing") ? field_number(req, "unit_id") : l->unit_id;
    for (int s = LIST_PRIVATE; s <= LIST_EDITABLE; s++) {
        if (!list_may_share_as(req->session.permissions, (enum list_sharing)s) && (int)list_sharing_of(l) != s) continue;
        tpl_dict *o = tpl_add_section(f, "OPTION");
        tpl_set(o, "VALUE", list_sharing_name((enum list_sharing)s));
        tpl_set(o, "LABEL", list_sharing_label((enum list_sharing)s));
        if (strcmp(chosen, list_sharing_name((enum list_sharing)s)) == 0) tpl_show(o, "SELECTED");
    }
    static struct team_option units[UNITS_MAX];
    int nu = store_team_units(req->session.company_id, units, UNITS_MAX);
    for (int i = 0; i < nu; i++) {
        tpl_dict *o = tpl_add_section(f, "UNIT_OPTION");
        tpl_set_int(o, "ID", units[i].id);
        char label[160];
        snprintf(label, sizeof label, "%*s%s", units[i].depth > 8 ? 16 : units[i].depth * 2, "", units[i].name);
        tpl_set(o, "NAME", label);
        if (units[i].id == unit) tpl_show(o, "SELECTED");
    }
}

static void fill_hand_over(tpl_dict *d, struct request *req, const struct list_row *l, const struct list_form_state *fs)
{
    tpl_dict *f = tpl_add_section(d, "HAND_OVER_FORM");
    fill_form(f, req, fs, "hand_over", &form_list_hand_over);
    (void)l;
}

void list_page_render(struct request *req, int status, const struct list_row *l, const struct list_form_state *fs)
{
    struct list_summary sum = { 0 };
    int prices = list_use_list_prices(req);
    int r = list_summary_today(req, l, &sum);
    int pages = sum.lines > 0 ? (sum.lines + LIST_PAGE_LINES - 1) / LIST_PAGE_LINES : 1;
    int page = page_number(req);
    if (page > pages) page = pages;   /* past the end (a line removed from the last page): the last page */
    int offset = (page - 1) * LIST_PAGE_LINES;
    int n = r == 0 && sum.lines > 0
        ? store_list_lines_page(req->session.company_id, l->id, prices, offset, LIST_PAGE_LINES, lines) : 0;
    if (r != 0 || n < 0) {
        response_error(req, 500, "The list cannot be shown right now. Please try again.");
        return;
    }
    tpl_dict *d = response_page(req, status, "lists/list.tpl", l->name);
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set_int(d, "ID", l->id);
    char base[64], query[24] = "";
    snprintf(base, sizeof base, "/account/lists/%" PRId64, l->id);
    if (page > 1) snprintf(query, sizeof query, "?page=%d", page);
    tpl_set(d, "PAGE_Q", query);   /* the forms of the lines come back to this page */
    pager_fill(d, base, "", page, sum.lines, LIST_PAGE_LINES);
    if (pages > 1) {
        tpl_dict *range = tpl_add_section(d, "RANGE");
        tpl_set_int(range, "FIRST", offset + 1);
        tpl_set_int(range, "LAST", offset + n);
    }
    tpl_set(d, "NAME", l->name);
    if (l->description[0]) tpl_set(tpl_add_section(d, "DESCRIPTION"), "TEXT", l->description);
    tpl_set(d, "OWNER", l->owner_name);
    tpl_set(d, "SHARING", list_sharing_label(list_sharing_of(l)));
    tpl_set(d, "SHARING_BADGE", list_sharing_of(l) == LIST_PRIVATE ? "light" : "info");
    if (l->unit_name[0]) tpl_set(tpl_add_section(d, "UNIT"), "UNIT_NAME", l->unit_name);
    tpl_set_date(d, "UPDATED", l->updated_at);
    int editable = list_page_may_edit(req, l);
    int cart = may_use_cart(req) && n > 0;
    if (n > 0) fill_lines(d, req, offset, n, &sum, editable, cart, fs);
    else tpl_show(d, "NO_LINES");
    if (is_form(fs, "lines") && fs->errors && fs->errors->count) {
        tpl_dict *s = tpl_add_section(d, "LINES_ERRORS");
        tpl_set_int(s, "COUNT", fs->errors->count);
    }
    if (cart) {
        tpl_dict *f = tpl_add_section(d, "CART_FORM");
        fill_form(f, req, fs, "cart", &form_list_cart);
    }
    if (!req->session.viewing_as_customer) {
        tpl_dict *f = tpl_add_section(d, "DUPLICATE_FORM");
        tpl_set(f, "CSRF_TOKEN", req->csrf_token);
    }
    list_schedule_fill(d, req, l, is_form(fs, "schedule") ? fs->errors : NULL, is_form(fs, "schedule") ? fs->message : NULL);
    requisition_form_fill(d, req, l, is_form(fs, "requisition") ? fs->errors : NULL,
                          is_form(fs, "requisition") ? fs->message : NULL);
    if (!editable) {
        tpl_show(d, "READ_ONLY");
        return;
    }
    tpl_dict *f = tpl_add_section(d, "EDITOR");
    tpl_set(f, "CSRF_TOKEN", req->csrf_token);
    tpl_dict *details = tpl_add_section(d, "DETAILS_FORM");
    fill_form(details, req, fs, "details", &form_list);
    if (!is_form(fs, "details")) {
        tpl_set(details, "NAME", l->name);
        tpl_set(details, "DESCRIPTION", l->description);
    }
    tpl_dict *line = tpl_add_section(d, "LINE_FORM");
    fill_form(line, req, fs, "line", &form_list_line);
    tpl_dict *import = tpl_add_section(d, "IMPORT_FORM");
    fill_form(import, req, fs, "import", &form_list_import);
    if (is_form(fs, "import")) {
        tpl_set(import, "CSV", req_form(req, "csv"));
        tpl_dict *box = NULL;
        for (int i = 0; i < fs->n_csv; i++) {
            if (!fs->csv[i].error[0]) continue;
            if (!box) box = tpl_add_section(import, "CSV_ERRORS");
            tpl_dict *e = tpl_add_section(box, "CSV_ERROR");
            tpl_set_int(e, "LINE", fs->csv[i].line);
            tpl_set(e, "MESSAGE", fs->csv[i].error);
        }
    }
    fill_sharing(d, req, l, fs);
    fill_hand_over(d, req, l, fs);
    tpl_dict *del = tpl_add_section(d, "DELETE_FORM");
    tpl_set(del, "CSRF_TOKEN", req->csrf_token);
}

void list_page_problem(struct request *req, const struct list_row *l, const char *form,
                       const struct form_errors *errors, const char *message)
{
    static const struct form_errors none;
    struct list_form_state fs = { .form = form, .errors = errors ? errors : &none, .message = message };
    list_page_render(req, 422, l, &fs);
}

void page_list(struct request *req)
{
    static struct list_row l;
    if (!list_page_load(req, &l)) return;
    list_page_render(req, 200, &l, NULL);
}

void page_list_update(struct request *req)
{
    static struct list_row l;
    if (!list_page_load_editable(req, &l)) return;
    if (field_errors(req)->count) {
        list_page_problem(req, &l, "details", field_errors(req), NULL);
        return;
    }
    if (!tx_begin(req)) return;
    int ok = store_list_update(req->session.company_id, l.id, field_text(req, "name"), field_text(req, "description"),
                               clock_now()) >= 0;
    if (!tx_commit(req, ok, "list update")) return;
    list_page_done(req, &l, "success", "The list's name and description are saved.");
}

void page_list_delete(struct request *req)
{
    static struct list_row l;
    if (!list_page_load(req, &l)) return;
    if (req->session.viewing_as_customer
        || !list_may_manage(req->session.user_id, req->session.permissions, l.owner_user_id, list_sharing_of(&l))) {
        response_error(req, 404, "There is no such list you may delete.");
        return;
    }
    if (!tx_begin(req)) return;
    if (!tx_commit(req, store_list_delete(req->session.company_id, l.id) >= 0, "list delete")) return;
    char msg[LIST_MSG_MAX];
    snprintf(msg, sizeof msg, "Deleted the list \xe2\x80\x9c%s\xe2\x80\x9d.", l.name);
    flash_set(req, "success", msg);
    response_redirect(req, "/account/lists");
}

void page_list_duplicate(struct request *req)
{
    static struct list_row l;
    if (!list_page_load(req, &l)) return;
    if (req->session.viewing_as_customer) {
        response_error(req, 403, "You are viewing this account read-only.");
        return;
    }
    int64_t id = 0;
    if (!tx_begin(req)) return;
    if (!tx_commit(req, list_duplicate(&req->actor, &l, &id) == 0, "list duplicate")) return;
    struct list_row copy = { .id = id };
    list_page_done(req, &copy, "success", "This is your own copy of the list. Change it as you like.");
}

void page_list_sharing(struct request *req)
{
    static struct list_row l;
    if (!list_page_load_editable(req, &l)) return;
    if (field_errors(req)->count) {
        list_page_problem(req, &l, "sharing", field_errors(req), NULL);
        return;
    }
    int sharing = list_sharing_parse(field_text(req, "sharing"));
    if (sharing == LIST_UNIT && !field_ok(req, "unit_id")) {
        list_page_problem(req, &l, "sharing", field_errors(req), "Choose the business unit to share the list with.");
        return;
    }
    char msg[LIST_MSG_MAX] = "";
    if (!tx_begin(req)) return;
    int r = list_share(&req->actor, &l, (enum list_sharing)sharing, field_number(req, "unit_id"), msg, sizeof msg);
    if (!list_page_finish(req, &l, "sharing", r, msg, "list sharing")) return;
    list_page_done(req, &l, "success", sharing == LIST_PRIVATE ? "The list is private now." : "The list is shared.");
}

void page_list_hand_over(struct request *req)
{
    static struct list_row l;
    if (!list_page_load_editable(req, &l)) return;
    if (field_errors(req)->count) {
        list_page_problem(req, &l, "hand_over", field_errors(req), NULL);
        return;
    }
    int64_t to = field_number(req, "member_id");
    const char *email = field_text(req, "member_email");
    if (!to && email[0]) {
        int found = store_list_member_by_email(req->session.company_id, email, &to);
        if (found < 0) {
            response_error(req, 500, "The list cannot be changed right now. Please try again.");
            return;
        }
    }
    if (!to) {
        list_page_problem(req, &l, "hand_over", field_errors(req), email[0] ? "There is no active member with this email in your company."
                                                      : "Enter the email of the colleague who takes the list over.");
        return;
    }
    char msg[LIST_MSG_MAX] = "";
    if (!tx_begin(req)) return;
    int r = list_hand_over(&req->actor, &l, to, msg, sizeof msg);
    if (!list_page_finish(req, &l, "hand_over", r, msg, "list hand-over")) return;
    if (store_list_get(req->session.company_id, req->session.user_id, l.id, &l) != 1) {
        flash_set(req, "success", "The list has a new owner.");
        response_redirect(req, "/account/lists");
        return;
    }
    list_page_done(req, &l, "success", "The list has a new owner.");
}
