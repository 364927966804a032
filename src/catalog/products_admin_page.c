/* Back office: products (search, create, edit) and price lists (create,
 * rename, contract prices with quantity breaks, assignment to companies).
 * Every change is one transaction with its audit entry. */
#include "catalog/pages.h"
#include "base/clock.h"

#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "audit/audit.h"
#include "base/db.h"
#include "web/form.h"
#include "base/format.h"
#include "web/response.h"
#include "catalog/products_admin_store.h"
#include "base/validate.h"

#define PAGE_SIZE 50
#define CATEGORIES_MAX 512
#define LISTS_MAX 200
#define ITEMS_MAX 2000
#define COMPANIES_MAX 1000
#define PRICE_MAX_CENTS INT64_C(9999999999)

static const char *const units[] = { "each", "box", "case", "pack", "roll", "ft", "pair", "set", NULL };

#define PRICE_MAX INT64_C(9999999999)   /* $99,999,999.99 */
#define COUNT_MAX 999999999
#define AT_LEAST_ONE "Enter a whole number of at least 1."
#define CHOOSE_CATEGORY "Choose a category."
#define CHOOSE_COMPANY "Choose a company."

static void price_text(int64_t cents, char *out, size_t size)
{
    snprintf(out, size, "%" PRId64 ".%02" PRId64, cents / 100, cents % 100);
}

static void money(int64_t cents, char *out, size_t size)
{
    format_money(cents, "USD", out, size);
}

static void unavailable(struct request *req)
{
    response_error(req, 503, "Please try again in a moment.");
}

static void redirect_flash(struct request *req, const char *url, const char *message)
{
    flash_set(req, "success", message);
    response_redirect(req, url);
}

/* ---- categories ---- */

static void fill_categories(tpl_dict *d, const char *section, int64_t selected)
{
    static struct pa_category cats[CATEGORIES_MAX];
    int n = store_pa_categories(cats, CATEGORIES_MAX);
    for (int i = 0; i < n; i++) {
        tpl_dict *c = tpl_add_section(d, section);
        char label[400] = "";
        size_t o = 0;
        for (int k = 0; k < cats[i].depth && o + 8 < sizeof label; k++) o += (size_t)snprintf(label + o, sizeof label - o, "\xc2\xa0\xc2\xa0\xc2\xa0");
        snprintf(label + o, sizeof label - o, "%s", cats[i].name);
        tpl_set_int(c, "ID", cats[i].id);
        tpl_set(c, "LABEL", label);
        if (cats[i].id == selected) tpl_show(c, "SELECTED");
    }
}

/* ---- product list ---- */

void page_bo_products(struct request *req)
{
    char q[256];
    const char *raw_q = req_query(req, "q");
    struct form_errors errors = { 0 };
    int status = 200;
    if (form_error(&errors, "q", validate_text(raw_q, 100, 0))) { status = 422; q[0] = 0; }
    else text_trim_copy(raw_q, q, sizeof q);
    int64_t category = 0;
    if (!parse_id(req_query(req, "category"), &category)) category = 0;
    const char *active_text = req_query(req, "active");
    int active = strcmp(active_text, "1") == 0 ? 1 : strcmp(active_text, "0") == 0 ? 0 : -1;
    int64_t page = 1;
    if (!parse_id(req_query(req, "page"), &page) || page > 100000) page = 1;

    tpl_dict *d = response_page(req, status, "catalog/admin_products.tpl", "Products");
    tpl_set(d, "Q", status == 200 ? q : raw_q);
    if (errors.count) tpl_set(tpl_add_section(d, "Q_ERROR"), "MESSAGE", errors.items[0].message);
    fill_categories(d, "CATEGORY", category);
    static const char *const active_values[] = { "1", "0" };
    static const char *const active_labels[] = { "Active", "Inactive" };
    for (int i = 0; i < 2; i++) {
        tpl_dict *c = tpl_add_section(d, "ACTIVE_CHOICE");
        tpl_set(c, "VALUE", active_values[i]);
        tpl_set(c, "LABEL", active_labels[i]);
        if (active == (i == 0 ? 1 : 0)) tpl_show(c, "SELECTED");
    }
    if (q[0] || category || active >= 0) tpl_show(d, "FILTERED");

    static struct pa_product rows[PAGE_SIZE];
    int total = 0;
    int n = store_pa_products(q, category, active, (int)(page - 1) * PAGE_SIZE, rows, PAGE_SIZE, &total);
    if (n < 0) { response_error(req, 500, "The products could not be loaded."); return; }
    if (n == 0) tpl_show(d, "EMPTY");
    else {
        tpl_show(d, "LIST");
        tpl_set_int(tpl_add_section(d, "HAS_ROWS"), "TOTAL", total);
    }
    for (int i = 0; i < n; i++) {
        tpl_dict *r = tpl_add_section(d, "PRODUCT");
        char price[48], pack[128];
        money(rows[i].list_price_cents, price, sizeof price);
        if (rows[i].pack_size > 1) snprintf(pack, sizeof pack, "%s of %" PRId64, rows[i].unit, rows[i].pack_size);
        else snprintf(pack, sizeof pack, "%s", rows[i].unit);
        tpl_set_int(r, "ID", rows[i].id);
        tpl_set(r, "SKU", rows[i].sku);
        tpl_set(r, "NAME", rows[i].name);
        tpl_set(r, "CATEGORY", rows[i].category);
        tpl_set(r, "PACK", pack);
        tpl_set(r, "PRICE", price);
        tpl_show(r, rows[i].active ? "ACTIVE" : "INACTIVE");
    }
    int pages = (total + PAGE_SIZE - 1) / PAGE_SIZE;
    if (pages > 1) {
        tpl_dict *p = tpl_add_section(d, "PAGER");
        tpl_set_int(p, "PAGE", page);
        tpl_set_int(p, "PAGES", pages);
        char eq[800], href[1024];
        if (http_percent_encode(q, eq, sizeof eq) != 0) eq[0] = 0;
        if (page > 1) {
            snprintf(href, sizeof href, "/backoffice/products?q=%s&category=%" PRId64 "&active=%s&page=%" PRId64,
                     eq, category, active < 0 ? "" : active ? "1" : "0", page - 1);
            tpl_set(tpl_add_section(p, "PREV"), "HREF", href);
        } else tpl_show(p, "NO_PREV");
        if (page < pages) {
            snprintf(href, sizeof href, "/backoffice/products?q=%s&category=%" PRId64 "&active=%s&page=%" PRId64,
                     eq, category, active < 0 ? "" : active ? "1" : "0", page + 1);
            tpl_set(tpl_add_section(p, "NEXT"), "HREF", href);
        } else tpl_show(p, "NO_NEXT");
    }
}

/* ---- product form ---- */

/* Creating and editing a product take the same form. */
static const struct field product_fields[] = {
    { "sku", "SKU", FIELD_TEXT, 1, 0, 40, NULL, NULL, NULL },
    { "name", "Name", FIELD_TEXT, 1, 0, 200, NULL, NULL, NULL },
    { "description", "Description", FIELD_LINES, 0, 0, 2000, NULL, NULL, NULL },
    { "category_id", "Category", FIELD_ID, 1, 0, 0, NULL, CHOOSE_CATEGORY, CHOOSE_CATEGORY },
    { "unit_of_measure", "Unit of measure", FIELD_TEXT, 1, 0, 20, NULL, NULL, NULL },
    { "pack_size", "Pack size", FIELD_INT, 1, 1, COUNT_MAX, NULL, AT_LEAST_ONE, AT_LEAST_ONE },
    { "min_order_qty", "Minimum order quantity", FIELD_INT, 1, 1, COUNT_MAX, NULL, AT_LEAST_ONE, AT_LEAST_ONE },
    { "list_price", "List price", FIELD_MONEY, 1, 0, PRICE_MAX, NULL, NULL, NULL },
    { "weight_grams", "Weight (grams)", FIELD_INT, 1, 0, COUNT_MAX, NULL, "Enter a whole number of grams (0 or more).",
      "Enter a whole number of grams (0 or more)." },
    { "active", "Active", FIELD_CHECKBOX, 0, 0, 0, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_product = { "product", product_fields };


static void fill_units(tpl_dict *d)
{
    for (int i = 0; units[i]; i++) tpl_set(tpl_add_section(d, "UNIT_CHOICE"), "VALUE", units[i]);
}

/* p: the saved product (edit) or NULL (new). With errors, the submitted
 * values are shown instead. */
static void render_product(struct request *req, int status, const struct pa_product *p, const struct form_errors *errors)
{
    char title[300];
    if (p) snprintf(title, sizeof title, "%s %s", p->sku, p->name);
    else snprintf(title, sizeof title, "New product");
    tpl_dict *d = response_page(req, status, "catalog/admin_product.tpl", title);
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    int64_t category = 0;
    int active = 1;
    if (errors) {
        form_fill_declared(d, req, &form_product, errors);
        category = field_number(req, "category_id");
        active = (int)field_number(req, "active");
    } else if (p) {
        char buf[64];
        tpl_set(d, "SKU", p->sku);
        tpl_set(d, "NAME", p->name);
        tpl_set(d, "DESCRIPTION", p->description);
        tpl_set(d, "UNIT_OF_MEASURE", p->unit);
        tpl_set_int(d, "PACK_SIZE", p->pack_size);
        tpl_set_int(d, "MIN_ORDER_QTY", p->min_order_qty);
        price_text(p->list_price_cents, buf, sizeof buf);
        tpl_set(d, "LIST_PRICE", buf);
        tpl_set_int(d, "WEIGHT_GRAMS", p->weight_grams);
        category = p->category_id;
        active = p->active;
    } else {
        tpl_set(d, "UNIT_OF_MEASURE", "each");
        tpl_set(d, "PACK_SIZE", "1");
        tpl_set(d, "MIN_ORDER_QTY", "1");
        tpl_set(d, "WEIGHT_GRAMS", "0");
    }
    if (active) tpl_show(d, "ACTIVE_CHECKED");
    fill_categories(d, "CATEGORY", category);
    fill_units(d);
    if (p) {
        tpl_dict *e = tpl_add_section(d, "EDITING");
        tpl_set_int(e, "ID", p->id);
        tpl_set(e, "SKU", p->sku);
        tpl_set(e, "NAME", p->name);
        tpl_set(d, "HEADING", p->name);
        char action[64];
        snprintf(action, sizeof action, "/backoffice/products/%" PRId64, p->id);
        tpl_set(d, "ACTION", action);
    } else {
        tpl_show(d, "CREATING");
        tpl_set(d, "HEADING", "New product");
        tpl_set(d, "ACTION", "/backoffice/products");
    }
}

static int valid_sku(const char *sku)
{
    for (const char *s = sku; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '-' && *s != '_') return 0;
    return 1;
}

/* The declared values into *p, and what needs more than the field alone:
 * the SKU's characters and that no other product has it, that the
 * category exists, the minimum order a multiple of the pack size. Returns
 * the error count. */
static int check_product(const struct request *req, struct pa_product *p, struct form_errors *errors)
{
    const char *sku = field_text(req, "sku");
    if (sku[0] && !valid_sku(sku)) {
        form_error(errors, "sku", "Use only letters, digits, - and _ in a SKU.");
    } else if (sku[0]) {
        int taken = store_pa_sku_taken(sku, p->id);
        if (taken != 0) form_error(errors, "sku", taken > 0 ? "Another product already has this SKU." : "The SKU could not be checked.");
        else snprintf(p->sku, sizeof p->sku, "%s", sku);
    }
    snprintf(p->name, sizeof p->name, "%s", field_text(req, "name"));
    snprintf(p->description, sizeof p->description, "%s", field_text(req, "description"));
    p->category_id = field_number(req, "category_id");
    if (p->category_id && store_pa_category_exists(p->category_id) != 1)
        form_error(errors, "category_id", CHOOSE_CATEGORY);
    snprintf(p->unit, sizeof p->unit, "%s", field_text(req, "unit_of_measure"));
    p->pack_size = field_number(req, "pack_size");
    p->min_order_qty = field_number(req, "min_order_qty");
    if (p->pack_size && p->min_order_qty && p->min_order_qty % p->pack_size != 0)
        form_error(errors, "min_order_qty", "The minimum order quantity must be a multiple of the pack size.");
    p->list_price_cents = field_number(req, "list_price");
    p->weight_grams = field_number(req, "weight_grams");
    p->active = (int)field_number(req, "active");
    return errors->count;
}

static int load_product(struct request *req, struct pa_product *p)
{
    int64_t id;
    if (parse_id(req->params.values[0], &id) && store_pa_product_get(id, p) == 1) return 1;
    response_error(req, 404, "There is no such product.");
    return 0;
}

void page_bo_product_new(struct request *req)
{
    render_product(req, 200, NULL, NULL);
}

void page_bo_product(struct request *req)
{
    static struct pa_product p;
    if (load_product(req, &p)) render_product(req, 200, &p, NULL);
}

void page_bo_product_create(struct request *req)
{
    static struct pa_product p;
    memset(&p, 0, sizeof p);
    struct form_errors errors = *field_errors(req);
    if (check_product(req, &p, &errors) > 0) {
        render_product(req, 422, NULL, &errors);
        return;
    }
    if (db_begin() != 0) { unavailable(req); return; }
    char price[48];
    money(p.list_price_cents, price, sizeof price);
    struct audit_change changes[] = { { "SKU", "", p.sku }, { "Name", "", p.name }, { "List price", "", price } };
    int64_t id = 0;
    int ok = store_pa_product_insert(&p, &id) == 0
          && audit_record(&req->actor, 0, "product.created", p.sku, changes, sizeof changes / sizeof changes[0]) == 0;
    if (!db_finish(ok, "products: change")) { response_error(req, 500, "The product could not be saved. Nothing was changed."); return; }
    char url[64];
    snprintf(url, sizeof url, "/backoffice/products/%" PRId64, id);
    redirect_flash(req, url, "Product created.");
}

static const char *yes_no(int v) { return v ? "Yes" : "No"; }

void page_bo_product_update(struct request *req)
{
    static struct pa_product before, p;
    if (!load_product(req, &before)) return;
    memset(&p, 0, sizeof p);
    p.id = before.id;
    struct form_errors errors = *field_errors(req);
    if (check_product(req, &p, &errors) > 0) {
        render_product(req, 422, &before, &errors);
        return;
    }
    struct audit_change changes[10];
    size_t n = 0;
    char b[6][48], a[6][48];
    if (strcmp(before.sku, p.sku) != 0) changes[n++] = (struct audit_change){ "SKU", before.sku, p.sku };
    if (strcmp(before.name, p.name) != 0) changes[n++] = (struct audit_change){ "Name", before.name, p.name };
    if (strcmp(before.description, p.description) != 0) changes[n++] = (struct audit_change){ "Description", "(previous text)", "(new text)" };
    if (before.category_id != p.category_id) {
        snprintf(b[0], sizeof b[0], "%" PRId64, before.category_id);
        snprintf(a[0], sizeof a[0], "%" PRId64, p.category_id);
        changes[n++] = (struct audit_change){ "Category", b[0], a[0] };
    }
    if (strcmp(before.unit, p.unit) != 0) changes[n++] = (struct audit_change){ "Unit", before.unit, p.unit };
    if (before.pack_size != p.pack_size) {
        snprintf(b[1], sizeof b[1], "%" PRId64, before.pack_size);
        snprintf(a[1], sizeof a[1], "%" PRId64, p.pack_size);
        changes[n++] = (struct audit_change){ "Pack size", b[1], a[1] };
    }
    if (before.min_order_qty != p.min_order_qty) {
        snprintf(b[2], sizeof b[2], "%" PRId64, before.min_order_qty);
        snprintf(a[2], sizeof a[2], "%" PRId64, p.min_order_qty);
        changes[n++] = (struct audit_change){ "Minimum order", b[2], a[2] };
    }
    if (before.list_price_cents != p.list_price_cents) {
        money(before.list_price_cents, b[3], sizeof b[3]);
        money(p.list_price_cents, a[3], sizeof a[3]);
        changes[n++] = (struct audit_change){ "List price", b[3], a[3] };
    }
    if (before.weight_grams != p.weight_grams) {
        snprintf(b[4], sizeof b[4], "%" PRId64, before.weight_grams);
        snprintf(a[4], sizeof a[4], "%" PRId64, p.weight_grams);
        changes[n++] = (struct audit_change){ "Weight (g)", b[4], a[4] };
    }
    if (before.active != p.active) changes[n++] = (struct audit_change){ "Active", yes_no(before.active), yes_no(p.active) };
    char url[64];
    snprintf(url, sizeof url, "/backoffice/products/%" PRId64, p.id);
    if (n == 0) { redirect_flash(req, url, "Nothing to change."); return; }
    if (db_begin() != 0) { unavailable(req); return; }
    int ok = store_pa_product_update(&p) == 0 && audit_record(&req->actor, 0, "product.updated", p.sku, changes, n) == 0;
    if (!db_finish(ok, "products: change")) { response_error(req, 500, "The product could not be saved. Nothing was changed."); return; }
    redirect_flash(req, url, "Product saved.");
}

/* ---- price lists ---- */

/* Creating and renaming a price list take the same form. */
static const struct field price_list_fields[] = {
    { "name", "Name", FIELD_TEXT, 1, 0, 100, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_price_list = { "price_list", price_list_fields };

static const struct field price_list_item_fields[] = {
    { "sku", "SKU", FIELD_TEXT, 1, 0, 40, NULL, NULL, NULL },
    { "min_qty", "From quantity", FIELD_INT, 1, 1, COUNT_MAX, NULL, AT_LEAST_ONE, AT_LEAST_ONE },
    { "price", "Contract price", FIELD_MONEY, 1, 0, PRICE_MAX, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_price_list_item = { "price_list_item", price_list_item_fields };

/* Which price to remove: a row's hidden fields. */
static const struct field price_list_item_delete_fields[] = {
    { "sku", "SKU", FIELD_TEXT, 1, 0, 40, NULL, NULL, NULL },
    { "min_qty", "From quantity", FIELD_INT, 1, 1, COUNT_MAX, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_price_list_item_delete = { "price_list_item_delete", price_list_item_delete_fields };

static const char *const assign_actions[] = { "assign", "remove", NULL };
static const struct field price_list_assign_fields[] = {
    { "company_id", "Company", FIELD_ID, 1, 0, 0, NULL, CHOOSE_COMPANY, CHOOSE_COMPANY },
    { "action", "Action", FIELD_ENUM, 0, 0, 0, assign_actions, NULL, NULL },
    { NULL },
};
const struct form_spec form_price_list_assign = { "price_list_assign", price_list_assign_fields };

static void render_price_lists(struct request *req, int status, const struct form_errors *errors)
{
    tpl_dict *d = response_page(req, status, "catalog/admin_price_lists.tpl", "Price lists");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    form_fill_declared(d, req, &form_price_list, errors);
    static struct pa_price_list lists[LISTS_MAX];
    int n = store_pa_price_lists(lists, LISTS_MAX);
    if (n <= 0) tpl_show(d, "EMPTY");
    else tpl_show(d, "LIST");
    for (int i = 0; i < n; i++) {
        tpl_dict *r = tpl_add_section(d, "PRICE_LIST");
        tpl_set_int(r, "ID", lists[i].id);
        tpl_set(r, "NAME", lists[i].name);
        tpl_set(r, "CURRENCY", lists[i].currency);
        tpl_set_int(r, "ITEMS", lists[i].item_count);
        tpl_set_int(r, "PRODUCTS", lists[i].product_count);
        if (lists[i].companies[0]) tpl_set(tpl_add_section(r, "COMPANIES"), "NAMES", lists[i].companies);
        else tpl_show(r, "NO_COMPANIES");
    }
}

void page_bo_price_lists(struct request *req)
{
    render_price_lists(req, 200, NULL);
}

/* The declared name, when no other list has it. NULL (errors set) else. */
static const char *check_list_name(const struct request *req, int64_t except_id, struct form_errors *errors)
{
    *errors = *field_errors(req);
    if (errors->count) return NULL;
    const char *name = field_text(req, "name");
    int taken = store_pa_price_list_name_taken(name, except_id);
    if (taken != 0) {
        form_error(errors, "name", taken > 0 ? "Another price list already has this name." : "The name could not be checked.");
        return NULL;
    }
    return name;
}

void page_bo_price_list_create(struct request *req)
{
    struct form_errors errors;
    const char *name = check_list_name(req, 0, &errors);
    if (!name) {
        render_price_lists(req, 422, &errors);
        return;
    }
    if (db_begin() != 0) { unavailable(req); return; }
    int64_t id = 0;
    struct audit_change changes[] = { { "Name", "", name }, { "Currency", "", "USD" } };
    int ok = store_pa_price_list_insert(name, clock_now(), &id) == 0
          && audit_record(&req->actor, 0, "price_list.created", name, changes, 2) == 0;
    if (!db_finish(ok, "products: change")) { response_error(req, 500, "The price list could not be saved. Nothing was changed."); return; }
    char url[64];
    snprintf(url, sizeof url, "/backoffice/price-lists/%" PRId64, id);
    redirect_flash(req, url, "Price list created. Add prices to it below.");
}

static int load_list(struct request *req, struct pa_price_list *l)
{
    int64_t id;
    if (parse_id(req->params.values[0], &id) && store_pa_price_list_get(id, l) == 1) return 1;
    response_error(req, 404, "There is no such price list.");
    return 0;
}

/* form: the one the errors belong to (rename, item or assign), or NULL. */
static void render_price_list(struct request *req, int status, const struct pa_price_list *l,
                              const struct form_spec *form, const struct form_errors *errors)
{
    tpl_dict *d = response_page(req, status, "catalog/admin_price_list.tpl", l->name);
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set_int(d, "ID", l->id);
    tpl_set(d, "LIST_NAME", l->name);
    tpl_set(d, "CURRENCY", l->currency);
    int is_rename = form == &form_price_list;
    int is_item = form == &form_price_list_item;
    int is_assign = form == &form_price_list_assign;
    if (is_rename) form_fill_declared(d, req, form, errors);
    else tpl_set(d, "NAME", l->name);
    if (is_item) form_fill_declared(d, req, form, errors);
    else tpl_set(d, "MIN_QTY", "1");
    if (is_assign) form_fill_declared(d, req, form, errors);

    static struct pa_item items[ITEMS_MAX];
    int n = store_pa_items(l->id, items, ITEMS_MAX);
    if (n <= 0) tpl_show(d, "NO_ITEMS");
    else {
        tpl_show(d, "HAS_ITEMS");
        tpl_set_int(d, "ITEM_COUNT", n);
    }
    for (int i = 0; i < n; i++) {
        tpl_dict *r = tpl_add_section(d, "PRICE_ROW");
        char list[48], price[48];
        money(items[i].list_price_cents, list, sizeof list);
        money(items[i].unit_price_cents, price, sizeof price);
        tpl_set_int(r, "PRODUCT_ID", items[i].product_id);
        tpl_set(r, "SKU", items[i].sku);
        tpl_set(r, "PRODUCT", items[i].name);
        tpl_set(r, "LIST_PRICE", list);
        tpl_set_int(r, "MIN_QTY", items[i].min_qty);
        tpl_set(r, "PRICE", price);
        tpl_set(r, "CSRF_TOKEN", req->csrf_token);
        tpl_set_int(r, "ID", l->id);
        if (items[i].list_price_cents > 0 && items[i].unit_price_cents < items[i].list_price_cents) {
            char off[16];
            snprintf(off, sizeof off, "%" PRId64 "%%",
                     (items[i].list_price_cents - items[i].unit_price_cents) * 100 / items[i].list_price_cents);
            tpl_set(tpl_add_section(r, "DISCOUNT"), "OFF", off);
        }
    }

    static struct pa_company companies[COMPANIES_MAX];
    int c = store_pa_companies(companies, COMPANIES_MAX);
    int64_t chosen = is_assign ? field_number(req, "company_id") : 0;
    int using = 0;
    for (int i = 0; i < c; i++) {
        if (companies[i].price_list_id == l->id) {
            tpl_dict *u = tpl_add_section(d, "USER");
            tpl_set_int(u, "COMPANY_ID", companies[i].id);
            tpl_set(u, "COMPANY", companies[i].name);
            tpl_set(u, "CSRF_TOKEN", req->csrf_token);
            tpl_set_int(u, "ID", l->id);
            using++;
        } else {
            tpl_dict *o = tpl_add_section(d, "COMPANY_CHOICE");
            tpl_set_int(o, "ID", companies[i].id);
            tpl_set(o, "NAME", companies[i].name);
            if (companies[i].price_list_id) tpl_set(tpl_add_section(o, "CURRENT"), "LIST", companies[i].price_list_name);
            if (companies[i].id == chosen) tpl_show(o, "SELECTED");
        }
    }
    if (!using) tpl_show(d, "NO_USERS");
}

void page_bo_price_list(struct request *req)
{
    static struct pa_price_list l;
    if (load_list(req, &l)) render_price_list(req, 200, &l, NULL, NULL);
}

static void back_to_list(struct request *req, int64_t id, const char *message)
{
    char url[64];
    snprintf(url, sizeof url, "/backoffice/price-lists/%" PRId64, id);
    redirect_flash(req, url, message);
}

void page_bo_price_list_update(struct request *req)
{
    static struct pa_price_list l;
    if (!load_list(req, &l)) return;
    struct form_errors errors;
    const char *name = check_list_name(req, l.id, &errors);
    if (!name) {
        render_price_list(req, 422, &l, &form_price_list, &errors);
        return;
    }
    if (strcmp(name, l.name) == 0) { back_to_list(req, l.id, "Nothing to change."); return; }
    if (db_begin() != 0) { unavailable(req); return; }
    struct audit_change changes[] = { { "Name", l.name, name } };
    int ok = store_pa_price_list_rename(l.id, name) == 0
          && audit_record(&req->actor, 0, "price_list.updated", name, changes, 1) == 0;
    if (!db_finish(ok, "products: change")) { response_error(req, 500, "The price list could not be saved. Nothing was changed."); return; }
    back_to_list(req, l.id, "Price list renamed.");
}

void page_bo_price_list_item(struct request *req)
{
    static struct pa_price_list l;
    if (!load_list(req, &l)) return;
    struct form_errors errors = *field_errors(req);
    const char *sku = field_text(req, "sku");
    int64_t product = 0, min_qty = field_number(req, "min_qty"), price = field_number(req, "price");
    char product_name[808] = "";
    if (sku[0]) {
        int found = store_pa_product_by_sku(sku, &product, product_name, sizeof product_name);
        if (found != 1) form_error(&errors, "sku", found == 0 ? "No product has this SKU." : "The SKU could not be checked.");
    }
    if (errors.count) {
        render_price_list(req, 422, &l, &form_price_list_item, &errors);
        return;
    }
    if (db_begin() != 0) { unavailable(req); return; }
    int64_t old = 0;
    int had = store_pa_item_price(l.id, product, min_qty, &old);
    char subject[600], qty[32], before[48] = "", after[48];
    snprintf(subject, sizeof subject, "%s: %s", l.name, sku);
    snprintf(qty, sizeof qty, "%" PRId64, min_qty);
    if (had == 1) money(old, before, sizeof before);
    money(price, after, sizeof after);
    struct audit_change changes[] = { { "Product", "", product_name }, { "From quantity", "", qty },
                                      { "Contract price", before, after } };
    int ok = had >= 0 && store_pa_item_upsert(l.id, product, min_qty, price) == 0
          && audit_record(&req->actor, 0, "price_list.price_set", subject, changes, 3) == 0;
    if (!db_finish(ok, "products: change")) { response_error(req, 500, "The price could not be saved. Nothing was changed."); return; }
    back_to_list(req, l.id, had == 1 ? "Price changed." : "Price added.");
}

void page_bo_price_list_item_delete(struct request *req)
{
    static struct pa_price_list l;
    if (!load_list(req, &l)) return;
    int64_t product = 0, min_qty = field_number(req, "min_qty"), old = 0;
    char product_name[808] = "";
    const char *sku = field_text(req, "sku");
    if (field_errors(req)->count
        || store_pa_product_by_sku(sku, &product, product_name, sizeof product_name) != 1
        || store_pa_item_price(l.id, product, min_qty, &old) != 1) {
        response_error(req, 404, "This price is not on the list (any more).");
        return;
    }
    if (db_begin() != 0) { unavailable(req); return; }
    char subject[600], qty[32], before[48];
    snprintf(subject, sizeof subject, "%s: %s", l.name, sku);
    snprintf(qty, sizeof qty, "%" PRId64, min_qty);
    money(old, before, sizeof before);
    struct audit_change changes[] = { { "Product", product_name, "" }, { "From quantity", qty, "" },
                                      { "Contract price", before, "" } };
    int ok = store_pa_item_delete(l.id, product, min_qty) == 1
          && audit_record(&req->actor, 0, "price_list.price_removed", subject, changes, 3) == 0;
    if (!db_finish(ok, "products: change")) { response_error(req, 500, "The price could not be removed. Nothing was changed."); return; }
    back_to_list(req, l.id, "Price removed.");
}

void page_bo_price_list_assign(struct request *req)
{
    static struct pa_price_list l;
    if (!load_list(req, &l)) return;
    struct form_errors errors = *field_errors(req);
    static struct pa_company c;
    if (!errors.count && store_pa_company_get(field_number(req, "company_id"), &c) != 1)
        form_error(&errors, "company_id", CHOOSE_COMPANY);
    if (errors.count) {
        render_price_list(req, 422, &l, &form_price_list_assign, &errors);
        return;
    }
    int remove = strcmp(field_text(req, "action"), "remove") == 0;
    if (remove && c.price_list_id != l.id) {
        response_error(req, 409, "This company does not use this price list (any more). Reload the page.");
        return;
    }
    if (!remove && c.price_list_id == l.id) { back_to_list(req, l.id, "The company already uses this price list."); return; }
    if (db_begin() != 0) { unavailable(req); return; }
    const char *before = c.price_list_id ? c.price_list_name : "";
    struct audit_change changes[] = { { "Price list", before[0] ? before : "Standard list prices",
                                        remove ? "Standard list prices" : l.name } };
    int ok = store_pa_company_assign(c.id, remove ? 0 : l.id, l.name) == 0
          && audit_record(&req->actor, c.id, "price_list.assigned", c.name, changes, 1) == 0;
    if (!db_finish(ok, "products: change")) { response_error(req, 500, "The assignment could not be saved. Nothing was changed."); return; }
    char message[600];
    snprintf(message, sizeof message, remove ? "%s now pays standard list prices." : "%s now uses this price list.", c.name);
    back_to_list(req, l.id, message);
}
