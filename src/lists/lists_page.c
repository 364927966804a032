/* Shopping lists and order templates (issue 21): the member's lists and
 * those shared with them, one list with today's prices, its lines, sharing,
 * hand-over, adding to the cart, CSV import and export; and saving a
 * product, the cart or an order as a list. A list the member may not see
 * (another company's, or not shared with them) answers 404 like a missing
 * one; a list they see but may not change answers 403 on its forms. */
#include "lists/pages.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <stdlib.h>

#include "base/clock.h"
#include "base/csv.h"
#include "base/db.h"
#include "base/format.h"
#include "base/money.h"
#include "base/permissions.h"
#include "cart/cart_store.h"
#include "catalog/catalog_store.h"
#include "catalog/quantity_rules.h"
#include "lists/list_schedules_store.h"
#include "lists/lists.h"
#include "orders/member_scope.h"
#include "team/team_store.h"
#include "team/units_store.h"
#include "web/response.h"
#include "web/transaction.h"

#define MSG_MAX 512
#define UNITS_MAX 500
#define SKU_CHARS_MAX 63
#define DASH "\xe2\x80\x94"

static const char *const sharing_values[] = { "private", "company", "unit", "editable", NULL };

#define NAME_FIELD { "name", "Name", FIELD_TEXT, 1, 0, LIST_NAME_MAX, NULL, "Give the list a name.", NULL }
#define DESCRIPTION_FIELD { "description", "Description", FIELD_LINES, 0, 0, LIST_DESCRIPTION_MAX, NULL, NULL, NULL }

static const struct field list_fields[] = { NAME_FIELD, DESCRIPTION_FIELD, { NULL } };
const struct form_spec form_list = { "list", list_fields };

static const struct field name_fields[] = { NAME_FIELD, { NULL } };
const struct form_spec form_list_name = { "list_name", name_fields };

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

#define SKU_FIELD { "sku", "SKU", FIELD_TEXT, 1, 0, SKU_CHARS_MAX, NULL, "Enter a SKU.", "There is no such product." }
#define QTY_FIELD { "quantity", "Quantity", FIELD_QUANTITY, 1, 1, CART_QTY_MAX, NULL, "Enter a quantity.", \
                    "Enter a whole number from 1 to 1000000." }
#define NOTE_FIELD { "note", "Note", FIELD_TEXT, 0, 0, LIST_NOTE_MAX, NULL, NULL, NULL }

static const struct field line_fields[] = { SKU_FIELD, QTY_FIELD, NOTE_FIELD, { NULL } };
const struct form_spec form_list_line = { "list_line", line_fields };

static const struct field add_fields[] = {
    SKU_FIELD, QTY_FIELD,
    { "list_id", "List", FIELD_ID, 0, 0, 0, NULL, NULL, "Choose one of your lists." },
    { "new_name", "New list", FIELD_TEXT, 0, 0, LIST_NAME_MAX, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_list_add = { "list_add", add_fields };

/* One quantity and one note per line: qty_<line id>, note_<line id>. */
static const struct field lines_fields[] = {
    { "qty_*", "Quantity", FIELD_INT, 1, 0, CART_QTY_MAX, NULL, NULL, NULL },
    { "note_*", "Note", FIELD_TEXT, 0, 0, LIST_NOTE_MAX, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_list_lines = { "list_lines", lines_fields };

static const struct field line_pick_fields[] = {
    { "line", "Line", FIELD_ID, 1, 0, 0, NULL, "Choose a line.", "Choose a line." },
    { NULL },
};
const struct form_spec form_list_line_pick = { "list_line_pick", line_pick_fields };

static const struct field cart_fields[] = {
    { "line", "Lines", FIELD_IDS, 0, 0, 0, NULL, NULL, "Tick the lines to add, at most 500 at a time." },
    { "all", "The whole list", FIELD_CHECKBOX, 0, 0, 0, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_list_cart = { "list_cart", cart_fields };

static const struct field import_fields[] = {
    { "csv", "CSV", FIELD_RAW, 0, 0, LIST_CSV_MAX_BYTES, NULL, NULL, "The pasted text is too long." },
    { NULL },
};
const struct form_spec form_list_import = { "list_import", import_fields };

/* --- shared --------------------------------------------------------------- */

static struct list_row rows[LISTS_MAX];
static struct list_line lines[LIST_LINES_MAX];

static int use_list_prices(const struct request *req)
{
    return req->session.applicant != 0;
}

static enum list_sharing sharing_of(const struct list_row *l)
{
    int s = list_sharing_parse(l->sharing);
    return s < 0 ? LIST_PRIVATE : (enum list_sharing)s;
}

static int may_edit(const struct request *req, const struct list_row *l)
{
    return !req->session.viewing_as_customer
        && list_may_edit(req->session.user_id, req->session.permissions, l->owner_user_id, sharing_of(l));
}

static int may_use_cart(const struct request *req)
{
    return !req->session.viewing_as_customer
        && (permissions_allow(req->session.permissions, PERM_PLACE_ORDERS) || req->session.applicant);
}

static void currency_of(const struct request *req, char *out, size_t size)
{
    int64_t list_id = 0;
    snprintf(out, size, "USD");
    if (use_list_prices(req)) return;
    if (store_catalog_company_price_list(req->session.company_id, &list_id, out, size) != 1 || !out[0])
        snprintf(out, size, "USD");
}

/* The list named by :id when the member may see it; else 404 (answered). */
static int load_list(struct request *req, struct list_row *l)
{
    int64_t id = 0;
    const char *text = req->params.values[0];
    char *end = NULL;
    long long v = strtoll(text, &end, 10);
    if (text[0] >= '1' && text[0] <= '9' && end && !*end && v > 0) id = v;
    int found = id ? store_list_get(req->session.company_id, req->session.user_id, id, l) : 0;
    return response_found(req, found, "list");
}

/* A change the member may make on the list: 1, or 0 after answering 404
 * (a list they may only read is, for changing, as good as missing: the
 * same answer as for an address or an approval step not theirs). */
static int load_editable(struct request *req, struct list_row *l)
{
    if (!load_list(req, l)) return 0;
    if (may_edit(req, l)) return 1;
    response_error(req, 404, "There is no such list you may change. Duplicate a shared list to make your own copy.");
    return 0;
}

static void list_url(const struct list_row *l, char *out, size_t size)
{
    snprintf(out, size, "/account/lists/%" PRId64, l->id);
}

static void done(struct request *req, const struct list_row *l, const char *kind, const char *message)
{
    char url[64];
    list_url(l, url, sizeof url);
    flash_set(req, kind, message);
    response_redirect(req, url);
}

static void fill_row(tpl_dict *row, const struct list_row *l, const struct request *req)
{
    tpl_set_int(row, "ID", l->id);
    tpl_set(row, "NAME", l->name);
    tpl_set(row, "OWNER", l->owner_name);
    tpl_set_int(row, "LINES", l->line_count);
    tpl_set(row, "LINE_WORD", l->line_count == 1 ? "product" : "products");
    tpl_set(row, "SHARING", list_sharing_label(sharing_of(l)));
    tpl_set(row, "SHARING_BADGE", sharing_of(l) == LIST_PRIVATE ? "light" : "info");
    if (l->unit_name[0]) tpl_set(tpl_add_section(row, "UNIT"), "UNIT_NAME", l->unit_name);
    if (l->owner_user_id == req->session.user_id) tpl_show(row, "MINE");
    else tpl_show(row, "SHARED");
    tpl_set_date(row, "UPDATED", l->updated_at);
}

/* --- the lists page --------------------------------------------------------- */

static void render_lists(struct request *req, int status, const struct form_errors *errors)
{
    tpl_dict *d = response_page(req, status, "lists/index.tpl", "Shopping lists");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    int n = store_lists_visible(req->session.company_id, req->session.user_id, rows, LISTS_MAX);
    if (n < 0) {
        response_error(req, 500, "Your lists cannot be shown right now. Please try again.");
        return;
    }
    tpl_dict *mine = NULL, *shared = NULL;
    for (int i = 0; i < n; i++) {
        int own = rows[i].owner_user_id == req->session.user_id;
        tpl_dict **box = own ? &mine : &shared;
        if (!*box) *box = tpl_add_section(d, own ? "MY_LISTS" : "SHARED_LISTS");
        fill_row(tpl_add_section(*box, "LIST"), &rows[i], req);
    }
    if (!mine) tpl_show(d, "NO_LISTS");
    if (!req->session.viewing_as_customer) {
        tpl_dict *f = tpl_add_section(d, "CREATE");
        tpl_set(f, "CSRF_TOKEN", req->csrf_token);
        if (errors) form_fill_declared(f, req, &form_list, errors);
    }
}

void page_lists(struct request *req)
{
    render_lists(req, 200, NULL);
}

void page_list_create(struct request *req)
{
    const struct form_errors *errors = field_errors(req);
    if (req->session.viewing_as_customer) {
        response_error(req, 403, "You are viewing this account read-only.");
        return;
    }
    if (errors->count) {
        render_lists(req, 422, errors);
        return;
    }
    char msg[MSG_MAX] = "";
    int64_t id = 0;
    if (!tx_begin(req)) return;
    int r = list_create(&req->actor, field_text(req, "name"), field_text(req, "description"), NULL, 0, &id, msg,
                        sizeof msg);
    if (r > 0) {   /* a name the member already uses (a form sent twice) */
        db_rollback();
        static struct form_errors named;
        memset(&named, 0, sizeof named);
        form_error(&named, "name", msg);
        render_lists(req, 422, &named);
        return;
    }
    if (!tx_commit(req, r == 0, "list create")) return;
    struct list_row l = { .id = id };
    done(req, &l, "success", "Your list is ready. Add products from the catalog, your cart or an order.");
}

/* --- one list --------------------------------------------------------------- */

/* Which form of the list page came back with problems, to show them there
 * with what was typed. */
struct form_state {
    const char *form;                 /* "details", "sharing", "hand_over", "line", "lines", "import", "cart" */
    const struct form_errors *errors;
    const char *message;              /* a sentence for the form as a whole */
    const struct list_csv_row *csv;   /* import: the rows, with their errors */
    int n_csv;
};

static int is_form(const struct form_state *fs, const char *name)
{
    return fs && fs->form && strcmp(fs->form, name) == 0;
}

static void field_key(const char *prefix, int64_t id, char *out, size_t size)
{
    snprintf(out, size, "%s_%" PRId64, prefix, id);
}

static void fill_lines(tpl_dict *d, struct request *req, const struct list_row *l, int n, int editable, int cart,
                       const struct form_state *fs)
{
    char currency[8], money[64], msg[MSG_MAX], key[48];
    currency_of(req, currency, sizeof currency);
    int64_t total = 0;
    int overflow = 0, problems = 0;
    tpl_dict *table = tpl_add_section(d, "HAS_LINES");
    if (editable) tpl_show(table, "EDITABLE");
    if (cart) tpl_show(table, "CART");
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
        tpl_show(row, x->source == PRICE_CONTRACT ? "CONTRACT" : "PUBLIC");
        int problem = cart_line_problem(x->active, x->quantity, x->pack_size, x->min_order_qty, x->unit, msg, sizeof msg);
        if (problem) {
            problems++;
            tpl_dict *p = tpl_add_section(row, "PROBLEM");
            tpl_set(p, "MESSAGE", msg);
            tpl_set(p, "KIND", x->active ? "Pack size" : "Withdrawn");
        }
        if (!x->active || x->line_total < 0) {
            tpl_set(row, "LINE_TOTAL", DASH);
            if (x->line_total < 0) overflow = 1;
        } else {
            format_money(x->line_total, currency, money, sizeof money);
            tpl_set(row, "LINE_TOTAL", money);
            if (money_add(&total, x->line_total) != 0) overflow = 1;
        }
        if (x->note[0]) tpl_set(tpl_add_section(row, "NOTE"), "TEXT", x->note);
        if (cart) {
            tpl_dict *cb = tpl_add_section(row, "CART_CELL");
            tpl_set_int(cb, "LINE_ID", x->id);
            tpl_set(cb, "SKU", x->sku);
            if (!problem) tpl_show(cb, "CHECKED");
        }
        if (editable) {
            tpl_dict *e = tpl_add_section(row, "EDIT");
            tpl_set_int(e, "LINE_ID", x->id);
            tpl_set(e, "SKU", x->sku);
            field_key("qty", x->id, key, sizeof key);
            tpl_set(e, "QTY_FIELD", key);
            int typed = is_form(fs, "lines") && http_params_get(&req->form, key);
            if (typed) tpl_set(e, "QTY", req_form(req, key));
            else tpl_set_int(e, "QTY", x->quantity);
            for (int k = 0; fs && fs->errors && k < fs->errors->count; k++)
                if (is_form(fs, "lines") && strcmp(fs->errors->items[k].field, key) == 0) {
                    tpl_show(e, "QTY_INVALID");
                    tpl_set(tpl_add_section(e, "QTY_ERROR"), "MESSAGE", fs->errors->items[k].message);
                }
            field_key("note", x->id, key, sizeof key);
            tpl_set(e, "NOTE_FIELD", key);
            tpl_set(e, "NOTE", typed ? req_form(req, key) : x->note);
            if (i > 0) tpl_show(e, "CAN_UP");
            if (i + 1 < n) tpl_show(e, "CAN_DOWN");
        } else {
            tpl_set_int(tpl_add_section(row, "QTY_TEXT"), "QTY", x->quantity);
        }
    }
    format_money(total, currency, money, sizeof money);
    tpl_set(table, "TOTAL", overflow ? DASH : money);
    tpl_set_int(table, "LINE_COUNT", n);
    tpl_set(table, "LINE_WORD", n == 1 ? "product" : "products");
    if (problems) {
        tpl_dict *p = tpl_add_section(table, "PROBLEMS");
        tpl_set_int(p, "COUNT", problems);
        tpl_set(p, "WORD", problems == 1 ? "line cannot be ordered as it is" : "lines cannot be ordered as they are");
    }
    (void)l;
}

static void fill_form(tpl_dict *f, struct request *req, const struct form_state *fs, const char *name,
                      const struct form_spec *spec)
{
    tpl_set(f, "CSRF_TOKEN", req->csrf_token);
    if (!is_form(fs, name)) return;
    if (fs->errors) form_fill_declared(f, req, spec, fs->errors);
    if (fs->message) tpl_set(tpl_add_section(f, "FORM_MESSAGE"), "MESSAGE", fs->message);
}

static void fill_sharing(tpl_dict *d, struct request *req, const struct list_row *l, const struct form_state *fs)
{
    tpl_dict *f = tpl_add_section(d, "SHARING_FORM");
    fill_form(f, req, fs, "sharing", &form_list_sharing);
    const char *chosen = is_form(fs, "sharing") ? field_text(req, "sharing") : l->sharing;
    int64_t unit = is_form(fs, "sharing") ? field_number(req, "unit_id") : l->unit_id;
    for (int s = LIST_PRIVATE; s <= LIST_EDITABLE; s++) {
        if (!list_may_share_as(req->session.permissions, (enum list_sharing)s) && (int)sharing_of(l) != s) continue;
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

static void fill_hand_over(tpl_dict *d, struct request *req, const struct list_row *l, const struct form_state *fs)
{
    tpl_dict *f = tpl_add_section(d, "HAND_OVER_FORM");
    fill_form(f, req, fs, "hand_over", &form_list_hand_over);
    (void)l;
}

static void render_list(struct request *req, int status, const struct list_row *l, const struct form_state *fs)
{
    int n = store_list_lines(req->session.company_id, l->id, use_list_prices(req), lines, LIST_LINES_MAX);
    if (n < 0) {
        response_error(req, 500, "The list cannot be shown right now. Please try again.");
        return;
    }
    tpl_dict *d = response_page(req, status, "lists/list.tpl", l->name);
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set_int(d, "ID", l->id);
    tpl_set(d, "NAME", l->name);
    if (l->description[0]) tpl_set(tpl_add_section(d, "DESCRIPTION"), "TEXT", l->description);
    tpl_set(d, "OWNER", l->owner_name);
    tpl_set(d, "SHARING", list_sharing_label(sharing_of(l)));
    tpl_set(d, "SHARING_BADGE", sharing_of(l) == LIST_PRIVATE ? "light" : "info");
    if (l->unit_name[0]) tpl_set(tpl_add_section(d, "UNIT"), "UNIT_NAME", l->unit_name);
    tpl_set_date(d, "UPDATED", l->updated_at);
    int editable = may_edit(req, l);
    int cart = may_use_cart(req) && n > 0;
    if (n > 0) fill_lines(d, req, l, n, editable, cart, fs);
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
    struct form_state fs = { .form = form, .errors = errors ? errors : &none, .message = message };
    render_list(req, 422, l, &fs);
}

int list_page_load(struct request *req, struct list_row *l)
{
    return load_list(req, l);
}

void page_list(struct request *req)
{
    static struct list_row l;
    if (!load_list(req, &l)) return;
    render_list(req, 200, &l, NULL);
}

static void render_problem(struct request *req, const struct list_row *l, const char *form, const char *message)
{
    struct form_state fs = { .form = form, .errors = field_errors(req), .message = message };
    render_list(req, 422, l, &fs);
}

/* Ends a domain call: 1 when it worked (r 0, committed); else answers. */
static int finish(struct request *req, const struct list_row *l, const char *form, int r, const char *msg,
                  const char *what)
{
    if (r > 0) db_rollback();
    if (r == LIST_NOT_ALLOWED) {
        response_error(req, 404, "There is no such list you may change.");
        return 0;
    }
    if (r == LIST_BAD_INPUT) {
        render_problem(req, l, form, msg);
        return 0;
    }
    return tx_commit(req, r == 0, what);
}

void page_list_update(struct request *req)
{
    static struct list_row l;
    if (!load_editable(req, &l)) return;
    if (field_errors(req)->count) {
        render_problem(req, &l, "details", NULL);
        return;
    }
    if (!tx_begin(req)) return;
    int ok = store_list_update(req->session.company_id, l.id, field_text(req, "name"), field_text(req, "description"),
                               clock_now()) >= 0;
    if (!tx_commit(req, ok, "list update")) return;
    done(req, &l, "success", "The list's name and description are saved.");
}

void page_list_delete(struct request *req)
{
    static struct list_row l;
    if (!load_list(req, &l)) return;
    if (req->session.viewing_as_customer
        || !list_may_manage(req->session.user_id, req->session.permissions, l.owner_user_id, sharing_of(&l))) {
        response_error(req, 404, "There is no such list you may delete.");
        return;
    }
    if (!tx_begin(req)) return;
    if (!tx_commit(req, store_list_delete(req->session.company_id, l.id) >= 0, "list delete")) return;
    char msg[MSG_MAX];
    snprintf(msg, sizeof msg, "Deleted the list \xe2\x80\x9c%s\xe2\x80\x9d.", l.name);
    flash_set(req, "success", msg);
    response_redirect(req, "/account/lists");
}

void page_list_duplicate(struct request *req)
{
    static struct list_row l;
    if (!load_list(req, &l)) return;
    if (req->session.viewing_as_customer) {
        response_error(req, 403, "You are viewing this account read-only.");
        return;
    }
    int64_t id = 0;
    if (!tx_begin(req)) return;
    if (!tx_commit(req, list_duplicate(&req->actor, &l, &id) == 0, "list duplicate")) return;
    struct list_row copy = { .id = id };
    done(req, &copy, "success", "This is your own copy of the list. Change it as you like.");
}

void page_list_sharing(struct request *req)
{
    static struct list_row l;
    if (!load_editable(req, &l)) return;
    if (field_errors(req)->count) {
        render_problem(req, &l, "sharing", NULL);
        return;
    }
    int sharing = list_sharing_parse(field_text(req, "sharing"));
    if (sharing == LIST_UNIT && !field_ok(req, "unit_id")) {
        render_problem(req, &l, "sharing", "Choose the business unit to share the list with.");
        return;
    }
    char msg[MSG_MAX] = "";
    if (!tx_begin(req)) return;
    int r = list_share(&req->actor, &l, (enum list_sharing)sharing, field_number(req, "unit_id"), msg, sizeof msg);
    if (!finish(req, &l, "sharing", r, msg, "list sharing")) return;
    done(req, &l, "success", sharing == LIST_PRIVATE ? "The list is private now." : "The list is shared.");
}

void page_list_hand_over(struct request *req)
{
    static struct list_row l;
    if (!load_editable(req, &l)) return;
    if (field_errors(req)->count) {
        render_problem(req, &l, "hand_over", NULL);
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
        render_problem(req, &l, "hand_over", email[0] ? "There is no active member with this email in your company."
                                                      : "Enter the email of the colleague who takes the list over.");
        return;
    }
    char msg[MSG_MAX] = "";
    if (!tx_begin(req)) return;
    int r = list_hand_over(&req->actor, &l, to, msg, sizeof msg);
    if (!finish(req, &l, "hand_over", r, msg, "list hand-over")) return;
    if (store_list_get(req->session.company_id, req->session.user_id, l.id, &l) != 1) {
        flash_set(req, "success", "The list has a new owner.");
        response_redirect(req, "/account/lists");
        return;
    }
    done(req, &l, "success", "The list has a new owner.");
}

/* --- lines ------------------------------------------------------------------ */

/* Looks a product up by SKU (as typed, letter case ignored). 1 found and
 * active, 0 no such product or withdrawn (msg says which), -1. */
static int product_for(const struct request *req, const char *sku, struct cart_product *p, char *msg, size_t size)
{
    const char *skus[1] = { sku };
    int n = store_cart_products(req->session.company_id, req->session.user_id, use_list_prices(req), 0, skus, 1, p, 1);
    if (n < 0) return -1;
    if (n == 0) snprintf(msg, size, "There is no product with the SKU %s.", sku);
    else if (!p->active) snprintf(msg, size, "%s is no longer sold.", p->sku);
    return n == 1 && p->active ? 1 : 0;
}

void page_list_line_add(struct request *req)
{
    static struct list_row l;
    if (!load_editable(req, &l)) return;
    if (field_errors(req)->count) {
        render_problem(req, &l, "line", NULL);
        return;
    }
    struct cart_product p;
    char msg[MSG_MAX] = "";
    if (!tx_begin(req)) return;
    int found = product_for(req, field_text(req, "sku"), &p, msg, sizeof msg);
    int r = found < 0 ? -1 : found == 0 ? LIST_BAD_INPUT : 0;
    if (r == 0) {
        struct list_new_line nl = { p.id, field_number(req, "quantity"), field_text(req, "note") };
        r = list_add_lines(&req->actor, &l, &nl, 1, msg, sizeof msg);
    }
    if (!finish(req, &l, "line", r, msg, "list line add")) return;
    snprintf(msg, sizeof msg, "Added %lld x %s to the list.", (long long)field_number(req, "quantity"), p.sku);
    done(req, &l, "success", msg);
}

void page_list_lines_update(struct request *req)
{
    static struct list_row l;
    if (!load_editable(req, &l)) return;
    int n = store_list_lines(req->session.company_id, l.id, use_list_prices(req), lines, LIST_LINES_MAX);
    if (n < 0) {
        response_error(req, 500, "The list cannot be changed right now. Please try again.");
        return;
    }
    if (field_errors(req)->count) {
        render_problem(req, &l, "lines", NULL);
        return;
    }
    char key[48];
    if (!tx_begin(req)) return;
    int ok = 1, changed = 0;
    for (int i = 0; ok && i < n; i++) {
        field_key("qty", lines[i].id, key, sizeof key);
        const struct field_value *v = form_value(req->input, key);
        if (!v || !v->ok) continue;
        field_key("note", lines[i].id, key, sizeof key);
        const struct field_value *note = form_value(req->input, key);
        if (v->number == 0) ok = store_list_line_remove(req->session.company_id, l.id, lines[i].id) >= 0;
        else ok = store_list_line_set(req->session.company_id, l.id, lines[i].id, v->number,
                                      note ? note->text : lines[i].note) >= 0;
        changed++;
    }
    if (ok && changed) ok = store_list_touch(req->session.company_id, l.id, clock_now()) >= 0;
    if (!tx_commit(req, ok, "list lines")) return;
    done(req, &l, "success", "The list is up to date.");
}

static void line_change(struct request *req, int what)
{
    static struct list_row l;
    if (!load_editable(req, &l)) return;
    if (field_errors(req)->count) {
        response_error(req, 404, "There is no such line in this list.");
        return;
    }
    int64_t line = field_number(req, "line");
    if (!tx_begin(req)) return;
    int r = what == 0 ? store_list_line_remove(req->session.company_id, l.id, line)
                      : store_list_line_move(req->session.company_id, l.id, line, what < 0);
    if (r == 0 && what == 0) {
        db_rollback();
        response_error(req, 404, "There is no such line in this list.");
        return;
    }
    if (r > 0 && store_list_touch(req->session.company_id, l.id, clock_now()) < 0) r = -1;
    if (!tx_commit(req, r >= 0, "list line")) return;
    done(req, &l, "success", what == 0 ? "Removed the line." : "Moved the line.");
}

void page_list_line_remove(struct request *req) { line_change(req, 0); }
void page_list_line_up(struct request *req) { line_change(req, -1); }
void page_list_line_down(struct request *req) { line_change(req, 1); }

/* --- into the cart ------------------------------------------------------------ */

void page_list_cart(struct request *req)
{
    static struct list_row l;
    if (!load_list(req, &l)) return;
    if (req->session.viewing_as_customer) {
        response_error(req, 403, "You are viewing this account read-only.");
        return;
    }
    if (field_errors(req)->count) {
        render_problem(req, &l, "cart", NULL);
        return;
    }
    int n_only = 0;
    const int64_t *only = field_ids(req, "line", &n_only);
    if (field_number(req, "all")) n_only = 0;
    else if (n_only == 0) {
        render_problem(req, &l, "cart", "Tick at least one line, or add the whole list.");
        return;
    }
    struct cart_fill_result fill;
    char message[MSG_MAX + 64];
    if (!tx_begin(req)) return;
    int n = store_list_lines(req->session.company_id, l.id, use_list_prices(req), lines, LIST_LINES_MAX);
    int r = n < 0 ? -1 : list_to_cart(&req->actor, use_list_prices(req), lines, n, only, n_only, &fill);
    if (r == 0 && fill.added == 0) {
        db_rollback();
        if (n == 0) snprintf(message, sizeof message, "The list is empty: add products first.");
        else if (fill.refused == 0) snprintf(message, sizeof message, "Tick at least one line of this list.");
        else snprintf(message, sizeof message, "Nothing could be added to your cart: %s.", fill.reasons);
        render_problem(req, &l, "cart", message);
        return;
    }
    if (!tx_commit(req, r == 0, "list to cart")) return;
    snprintf(message, sizeof message, "%d line%s of \xe2\x80\x9c%s\xe2\x80\x9d added to your cart", fill.added,
             fill.added == 1 ? "" : "s", l.name);
    cart_fill_message_end(&fill, " at today's prices.", message, sizeof message);
    flash_set(req, fill.refused ? "warning" : "success", message);
    response_redirect(req, "/cart");
}

/* --- CSV --------------------------------------------------------------------- */

void page_list_export(struct request *req)
{
    static struct list_row l;
    if (!load_list(req, &l)) return;
    int n = store_list_lines(req->session.company_id, l.id, use_list_prices(req), lines, LIST_LINES_MAX);
    if (n < 0) {
        response_error(req, 500, "The list cannot be exported right now. Please try again.");
        return;
    }
    struct csv_out out = { 0 };
    static const char *const header[] = { "sku", "quantity", "note" };
    csv_write_record(&out, header, 3);
    for (int i = 0; i < n; i++) {
        char qty[24];
        snprintf(qty, sizeof qty, "%" PRId64, lines[i].quantity);
        const char *fields[] = { lines[i].sku, qty, lines[i].note };
        csv_write_record(&out, fields, 3);
    }
    if (out.failed) {
        csv_out_free(&out);
        response_error(req, 500, "The list cannot be exported right now. Please try again.");
        return;
    }
    char disposition[96];
    snprintf(disposition, sizeof disposition, "attachment; filename=\"list-%" PRId64 ".csv\"", l.id);
    response_header(req, "Content-Disposition", disposition);
    response_raw(req, 200, "text/csv; charset=utf-8", out.data, out.len);
    csv_out_free(&out);
}

static struct list_csv_row csv_rows[LIST_CSV_MAX_ROWS];
static struct cart_product csv_products[LIST_CSV_MAX_ROWS];
static struct list_new_line csv_lines[LIST_CSV_MAX_ROWS];

void page_list_import(struct request *req)
{
    static struct list_row l;
    if (!load_editable(req, &l)) return;
    const struct multipart_file *file = multipart_file_get(&req->files, "file");
    const char *data = file && file->filename[0] ? file->data : req_form(req, "csv");
    size_t len = file && file->filename[0] ? file->len : strlen(data);
    char message[MSG_MAX] = "";
    struct form_state fs = { .form = "import", .errors = field_errors(req), .csv = csv_rows };
    if (fs.errors->count) {
        render_list(req, 422, &l, &fs);
        return;
    }
    if (!data[0] && len == 0) {
        fs.message = "Choose a CSV file or paste its lines: SKU, quantity and an optional note.";
        render_list(req, 422, &l, &fs);
        return;
    }
    int n = list_csv_parse(data, len, csv_rows, LIST_CSV_MAX_ROWS, message, sizeof message);
    if (n < 0) {
        fs.message = message;
        render_list(req, 422, &l, &fs);
        return;
    }
    fs.n_csv = n;
    static const char *skus[LIST_CSV_MAX_ROWS];
    for (int i = 0; i < n; i++) skus[i] = csv_rows[i].sku;
    if (!tx_begin(req)) return;
    int found = store_cart_products(req->session.company_id, req->session.user_id, use_list_prices(req), 0, skus, n,
                                    csv_products, LIST_CSV_MAX_ROWS);
    if (found < 0) {
        tx_commit(req, 0, "list import");
        return;
    }
    int bad = 0;
    for (int i = 0; i < n; i++) {
        struct list_csv_row *row = &csv_rows[i];
        if (row->error[0]) {
            bad++;
            continue;
        }
        const struct cart_product *p = NULL;
        for (int k = 0; k < found && !p; k++)
            if (strcasecmp(csv_products[k].sku, row->sku) == 0) p = &csv_products[k];
        if (!p) snprintf(row->error, sizeof row->error, "there is no product with the SKU %s", row->sku);
        else if (!p->active) snprintf(row->error, sizeof row->error, "%s is no longer sold", p->sku);
        if (row->error[0]) {
            bad++;
            continue;
        }
        csv_lines[i] = (struct list_new_line){ p->id, row->quantity, row->note };
    }
    if (bad) {
        db_rollback();
        snprintf(message, sizeof message, "Nothing was imported: %d line%s of the file need%s fixing.", bad,
                 bad == 1 ? "" : "s", bad == 1 ? "s" : "");
        fs.message = message;
        render_list(req, 422, &l, &fs);
        return;
    }
    int r = list_add_lines(&req->actor, &l, csv_lines, n, message, sizeof message);
    if (r == LIST_BAD_INPUT) fs.message = message;
    if (r > 0) {
        db_rollback();
        if (r == LIST_NOT_ALLOWED) response_error(req, 404, "There is no such list you may change.");
        else render_list(req, 422, &l, &fs);
        return;
    }
    if (!tx_commit(req, r == 0, "list import")) return;
    snprintf(message, sizeof message, "Imported %d line%s into the list.", n, n == 1 ? "" : "s");
    done(req, &l, "success", message);
}

/* --- saving a product, the cart or an order as a list ------------------------------ */

/* The lists the member may add to (their own and editable ones), for the
 * chooser. */
static int editable_lists(const struct request *req, struct list_row *out, int max)
{
    int n = store_lists_visible(req->session.company_id, req->session.user_id, out, max), k = 0;
    for (int i = 0; i < n; i++)
        if (may_edit(req, &out[i])) out[k++] = out[i];
    return n < 0 ? -1 : k;
}

static void render_add(struct request *req, int status, const struct cart_product *p, const char *message)
{
    tpl_dict *d = response_page(req, status, "lists/add.tpl", "Add to a list");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set(d, "SKU", p->sku);
    tpl_set(d, "NAME", p->name);
    tpl_set(d, "UNIT", p->unit);
    tpl_set_int(d, "MOQ", p->min_order_qty);
    if (p->pack_size > 1) tpl_set_int(tpl_add_section(d, "PACK"), "PACK_SIZE", p->pack_size);
    if (status == 200) {
        tpl_set_int(d, "QUANTITY", cart_quantity_round_up(1, p->pack_size, p->min_order_qty));
    } else {
        static const char *const kept[] = { "quantity", "new_name", NULL };
        form_fill(d, req, kept, field_errors(req));
    }
    if (message) tpl_set(tpl_add_section(d, "MESSAGE"), "TEXT", message);
    int n = editable_lists(req, rows, LISTS_MAX);
    int64_t chosen = status == 200 ? 0 : field_number(req, "list_id");
    for (int i = 0; i < n; i++) {
        tpl_dict *o = tpl_add_section(d, "LIST");
        tpl_set_int(o, "ID", rows[i].id);
        tpl_set(o, "NAME", rows[i].name);
        if (rows[i].id == chosen || (!chosen && i == 0)) tpl_show(o, "CHECKED");
    }
    tpl_dict *fresh = tpl_add_section(d, "NEW_LIST");
    if (n == 0 || (status != 200 && !chosen)) tpl_show(fresh, "CHECKED");
}

void page_list_add_form(struct request *req)
{
    struct cart_product p;
    char msg[MSG_MAX];
    const char *sku = req_query(req, "sku");
    int found = sku[0] && strlen(sku) <= SKU_CHARS_MAX ? product_for(req, sku, &p, msg, sizeof msg) : 0;
    if (found != 1) {
        response_error(req, found < 0 ? 500 : 404, found < 0 ? "Please try again." : "There is no such product.");
        return;
    }
    render_add(req, 200, &p, NULL);
}

void page_list_add(struct request *req)
{
    struct cart_product p;
    char msg[MSG_MAX] = "";
    if (req->session.viewing_as_customer) {
        response_error(req, 403, "You are viewing this account read-only.");
        return;
    }
    int found = product_for(req, field_text(req, "sku"), &p, msg, sizeof msg);
    if (found != 1) {
        response_error(req, found < 0 ? 500 : 404, found < 0 ? "Please try again." : "There is no such product.");
        return;
    }
    if (field_errors(req)->count) {
        render_add(req, 422, &p, NULL);
        return;
    }
    static struct list_row l;
    int64_t list_id = field_number(req, "list_id");
    const char *new_name = field_text(req, "new_name");
    if (!list_id && !new_name[0]) {
        render_add(req, 422, &p, "Choose one of your lists, or name a new one.");
        return;
    }
    struct list_new_line nl = { p.id, field_number(req, "quantity"), "" };
    if (!tx_begin(req)) return;
    int r;
    if (list_id) {
        found = store_list_get(req->session.company_id, req->session.user_id, list_id, &l);
        r = found < 0 ? -1 : found == 0 ? LIST_BAD_INPUT : list_add_lines(&req->actor, &l, &nl, 1, msg, sizeof msg);
        if (found == 0) snprintf(msg, sizeof msg, "Choose one of your lists.");
    } else {
        r = list_create(&req->actor, new_name, "", &nl, 1, &l.id, msg, sizeof msg);
        snprintf(l.name, sizeof l.name, "%s", new_name);
    }
    if (r > 0) {
        db_rollback();
        render_add(req, 422, &p, r == LIST_NOT_ALLOWED ? "You may not change that list." : msg);
        return;
    }
    if (!tx_commit(req, r == 0, "list add")) return;
    snprintf(msg, sizeof msg, "Added %lld x %s to \xe2\x80\x9c%s\xe2\x80\x9d.", (long long)nl.quantity, p.sku, l.name);
    done(req, &l, "success", msg);
}

/* A new list from lines already chosen (the cart's, an order's). */
static void save_as_list(struct request *req, const struct list_new_line *nl, int n, const char *back)
{
    char msg[MSG_MAX] = "";
    if (field_errors(req)->count || n == 0) {
        flash_set(req, "danger", n == 0 ? "There is nothing to save as a list." : "Give the new list a name.");
        response_redirect(req, back);
        return;
    }
    struct list_row l = { 0 };
    if (!tx_begin(req)) return;
    int r = list_create(&req->actor, field_text(req, "name"), "", nl, n > LIST_LINES_MAX ? LIST_LINES_MAX : n, &l.id,
                        msg, sizeof msg);
    if (r > 0) {
        db_rollback();
        flash_set(req, "danger", msg);
        response_redirect(req, back);
        return;
    }
    if (!tx_commit(req, r == 0, "list save")) return;
    snprintf(msg, sizeof msg, "Saved %d product%s as the list \xe2\x80\x9c%s\xe2\x80\x9d.", n, n == 1 ? "" : "s",
             field_text(req, "name"));
    done(req, &l, "success", msg);
}

void page_list_from_cart(struct request *req)
{
    static struct cart_line cart[CART_MAX_LINES];
    static struct list_new_line nl[CART_MAX_LINES];
    int n = store_cart_lines(req->session.company_id, req->session.user_id, use_list_prices(req), cart, CART_MAX_LINES);
    if (n < 0) {
        response_error(req, 500, "Your cart cannot be read right now. Please try again.");
        return;
    }
    for (int i = 0; i < n; i++) nl[i] = (struct list_new_line){ cart[i].product_id, cart[i].quantity, "" };
    save_as_list(req, nl, n, "/cart");
}

void page_list_from_order(struct request *req)
{
    struct member_scope sc;
    static struct order_header o;
    static struct reorder_line ol[ORDER_LINES_MAX];
    static struct list_new_line nl[ORDER_LINES_MAX];
    if (!member_scope_resolve(req, &sc)) return;
    int found = store_order_get(req->session.company_id, req->params.values[0], &o);
    if (found == 1 && !member_scope_allows(&sc, &o)) found = 0;
    if (!response_found(req, found, "order")) return;
    int n = store_order_reorder_lines(req->session.company_id, o.id, ol, ORDER_LINES_MAX), k = 0;
    if (n < 0) {
        response_error(req, 500, "The order cannot be read right now. Please try again.");
        return;
    }
    for (int i = 0; i < n; i++)   /* lines of products no longer in the catalog cannot be kept */
        if (ol[i].product_id) nl[k++] = (struct list_new_line){ ol[i].product_id, ol[i].quantity, "" };
    char back[96];
    snprintf(back, sizeof back, "/account/orders/%s", o.number);
    save_as_list(req, nl, k, back);
}
