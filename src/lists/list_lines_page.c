/* A shopping list's lines (issue 21): adding a product by SKU, quantities
 * and notes saved together, a line moved or removed, the whole list or
 * ticked lines into the cart, and the list as CSV out and in. */
#include "lists/list_page_common.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "base/clock.h"
#include "base/csv.h"
#include "base/db.h"
#include "base/validate.h"
#include "web/pager.h"
#include "web/response.h"
#include "web/transaction.h"

#define NOTE_FIELD { "note", "Note", FIELD_TEXT, 0, 0, LIST_NOTE_MAX, NULL, NULL, NULL }

static const struct field line_fields[] = { LIST_SKU_FIELD, LIST_QTY_FIELD, NOTE_FIELD, { NULL } };
const struct form_spec form_list_line = { "list_line", line_fields };

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

static struct list_line lines[LIST_LINES_MAX];

void page_list_line_add(struct request *req)
{
    static struct list_row l;
    if (!list_page_load_editable(req, &l)) return;
    if (field_errors(req)->count) {
        list_page_problem(req, &l, "line", field_errors(req), NULL);
        return;
    }
    struct cart_product p;
    char msg[LIST_MSG_MAX] = "";
    if (!tx_begin(req)) return;
    int found = list_product_for(req, field_text(req, "sku"), &p, msg, sizeof msg);
    int r = found < 0 ? -1 : found == 0 ? LIST_BAD_INPUT : 0;
    if (r == 0) {
        struct list_new_line nl = { p.id, field_number(req, "quantity"), field_text(req, "note") };
        r = list_add_lines(&req->actor, &l, &nl, 1, msg, sizeof msg);
    }
    int at = r == 0 ? store_list_line_index(req->session.company_id, l.id, 0, p.id) : -1;
    if (!list_page_finish(req, &l, "line", r, msg, "list line add")) return;
    snprintf(msg, sizeof msg, "Added %lld x %s to the list.", (long long)field_number(req, "quantity"), p.sku);
    list_page_done_at(req, &l, at >= 0 ? at / LIST_PAGE_LINES + 1 : 1, "success", msg);   /* the page with its line */
}

/* Saves the quantities and notes of the lines on the page that sent them
 * (qty_<line id>, note_<line id>; a quantity of 0 removes the line), then
 * back to that page. */
void page_list_lines_update(struct request *req)
{
    static struct list_row l;
    if (!list_page_load_editable(req, &l)) return;
    if (field_errors(req)->count) {
        list_page_problem(req, &l, "lines", field_errors(req), NULL);
        return;
    }
    const struct form_input *in = req->input;
    int64_t company = req->session.company_id;
    char key[48];
    if (!tx_begin(req)) return;
    int ok = 1, changed = 0;
    for (int i = 0; ok && i < in->count; i++) {
        const struct field_value *v = &in->values[i];
        int64_t line;
        if (!v->ok || strncmp(v->name, "qty_", 4) != 0 || !parse_id(v->name + 4, &line)) continue;
        list_field_key("note", line, key, sizeof key);
        const struct field_value *note = form_value(in, key);
        int r = v->number == 0 ? store_list_line_remove(company, l.id, line)
                               : store_list_line_set(company, l.id, line, v->number, note ? note->text : NULL);
        ok = r >= 0;
        changed += r > 0;   /* a line no longer in the list (removed meanwhile) is passed over */
    }
    if (ok && changed) ok = store_list_touch(company, l.id, clock_now()) >= 0;
    if (!tx_commit(req, ok, "list lines")) return;
    list_page_done_at(req, &l, page_number(req), "success", "The list is up to date.");
}

/* Removes a line (what 0) or moves it one place up (-1) or down (1), then
 * back to the page: the same one after a removal (the last if it is gone),
 * the one the line moved to after a move, across a page's edge too. */
static void line_change(struct request *req, int what)
{
    static struct list_row l;
    if (!list_page_load_editable(req, &l)) return;
    if (field_errors(req)->count) {
        response_error(req, 404, "There is no such line in this list.");
        return;
    }
    int64_t line = field_number(req, "line");
    int page = page_number(req);
    if (!tx_begin(req)) return;
    int r = what == 0 ? store_list_line_remove(req->session.company_id, l.id, line)
                      : store_list_line_move(req->session.company_id, l.id, line, what < 0);
    if (r == 0 && what == 0) {
        db_rollback();
        response_error(req, 404, "There is no such line in this list.");
        return;
    }
    if (r > 0 && store_list_touch(req->session.company_id, l.id, clock_now()) < 0) r = -1;
    int at = r > 0 && what != 0 ? store_list_line_index(req->session.company_id, l.id, line, 0) : -1;
    if (!tx_commit(req, r >= 0, "list line")) return;
    char msg[64] = "Removed the line.";
    if (what != 0) {
        int to = at >= 0 ? at / LIST_PAGE_LINES + 1 : page;
        if (to != page) snprintf(msg, sizeof msg, "Moved the line %s, to page %d.", what < 0 ? "up" : "down", to);
        else snprintf(msg, sizeof msg, "Moved the line %s.", what < 0 ? "up" : "down");
        page = to;
    }
    list_page_done_at(req, &l, page, "success", msg);
}

void page_list_line_remove(struct request *req) { line_change(req, 0); }
void page_list_line_up(struct request *req) { line_change(req, -1); }
void page_list_line_down(struct request *req) { line_change(req, 1); }

/* --- into the cart ------------------------------------------------------------ */

void page_list_cart(struct request *req)
{
    static struct list_row l;
    if (!list_page_load(req, &l)) return;
    if (req->session.viewing_as_customer) {
        response_error(req, 403, "You are viewing this account read-only.");
        return;
    }
    if (field_errors(req)->count) {
        list_page_problem(req, &l, "cart", field_errors(req), NULL);
        return;
    }
    int n_only = 0;
    const int64_t *only = field_ids(req, "line", &n_only);
    if (field_number(req, "all")) n_only = 0;
    else if (n_only == 0) {
        list_page_problem(req, &l, "cart", field_errors(req), "Tick at least one line, or add the whole list.");
        return;
    }
    struct cart_fill_result fill;
    char message[LIST_MSG_MAX + 64];
    if (!tx_begin(req)) return;
    int n = store_list_lines(req->session.company_id, l.id, list_use_list_prices(req), lines, LIST_LINES_MAX);
    int r = n < 0 ? -1 : list_to_cart(&req->actor, list_use_list_prices(req), lines, n, only, n_only, &fill);
    if (r == 0 && fill.added == 0) {
        db_rollback();
        if (n == 0) snprintf(message, sizeof message, "The list is empty: add products first.");
        else if (fill.refused == 0) snprintf(message, sizeof message, "Tick at least one line of this list.");
        else snprintf(message, sizeof message, "Nothing could be added to your cart: %s.", fill.reasons);
        list_page_problem(req, &l, "cart", field_errors(req), message);
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
    if (!list_page_load(req, &l)) return;
    int n = store_list_lines(req->session.company_id, l.id, list_use_list_prices(req), lines, LIST_LINES_MAX);
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
    if (!list_page_load_editable(req, &l)) return;
    const struct multipart_file *file = multipart_file_get(&req->files, "file");
    const char *data = file && file->filename[0] ? file->data : req_form(req, "csv");
    size_t len = file && file->filename[0] ? file->len : strlen(data);
    char message[LIST_MSG_MAX] = "";
    struct list_form_state fs = { .form = "import", .errors = field_errors(req), .csv = csv_rows };
    if (fs.errors->count) {
        list_page_render(req, 422, &l, &fs);
        return;
    }
    if (!data[0] && len == 0) {
        fs.message = "Choose a CSV file or paste its lines: SKU, quantity and an optional note.";
        list_page_render(req, 422, &l, &fs);
        return;
    }
    int n = list_csv_parse(data, len, csv_rows, LIST_CSV_MAX_ROWS, message, sizeof message);
    if (n < 0) {
        fs.message = message;
        list_page_render(req, 422, &l, &fs);
        return;
    }
    fs.n_csv = n;
    static const char *skus[LIST_CSV_MAX_ROWS];
    for (int i = 0; i < n; i++) skus[i] = csv_rows[i].sku;
    if (!tx_begin(req)) return;
    int found = store_cart_products(req->session.company_id, req->session.user_id, list_use_list_prices(req), 0, skus, n,
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
        list_page_render(req, 422, &l, &fs);
        return;
    }
    int r = list_add_lines(&req->actor, &l, csv_lines, n, message, sizeof message);
    if (r == LIST_BAD_INPUT) fs.message = message;
    if (r > 0) {
        db_rollback();
        if (r == LIST_NOT_ALLOWED) response_error(req, 404, "There is no such list you may change.");
        else list_page_render(req, 422, &l, &fs);
        return;
    }
    if (!tx_commit(req, r == 0, "list import")) return;
    snprintf(message, sizeof message, "Imported %d line%s into the list.", n, n == 1 ? "" : "s");
    list_page_done(req, &l, "success", message);
}
