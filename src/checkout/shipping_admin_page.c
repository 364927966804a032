/* Back office: shipping methods (flat or by weight bands), tax rates per
 * country and region (and an address's own rate), and the payment methods
 * buyers may choose (issue 7). Every change is audited in its
 * transaction; bad input comes back on the same page with the values kept
 * (422, 409 for a name that is taken). */
#include "checkout/pages.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "audit/audit.h"
#include "checkout/checkout_rules.h"
#include "base/db.h"
#include "web/form.h"
#include "base/format.h"
#include "accounts/registration.h"
#include "web/response.h"
#include "base/settings.h"
#include "base/validate.h"
#include "checkout/checkout_store.h"
#include "orders/order_status.h"

#define BAND_ROWS_EMPTY 3
#define BAND_ROWS_MAX CHECKOUT_BANDS_MAX
#define TAX_ADDRESSES_MAX 100
#define RATE_TEXT_MAX 16
#define REGION_MAX 100
#define TAX_LABEL_MAX 40
#define RATE_PROBLEM "Enter a rate from 0 to 100%, like 8.25."
#define ADDRESS_RATE_PROBLEM "Enter a rate from 0 to 100%, like 8.25, or leave it empty to use the region's rate."
#define NO_SUCH_ADDRESS "There is no address with this number."
#define NO_SUCH_COUNTRY "Choose a country from the list."
#define UNKNOWN_PAYMENT "Choose among the payment methods listed."

/* Creating and editing a method take the same form. The weight bands come
 * as rows: band_weight / band_cost repeated in pairs, read by read_bands
 * (kilograms and amounts, each row checked with its neighbours). */
static const struct field method_field_list[] = {
    { "name", "Name", FIELD_TEXT, 1, 0, CHECKOUT_METHOD_NAME_MAX, NULL,
      "Enter a name buyers recognise, like \"Standard ground\".", NULL },
    { "description", "Description", FIELD_TEXT, 0, 0, CHECKOUT_METHOD_DESCRIPTION_MAX, NULL, NULL, NULL },
    { "kind", "Pricing", FIELD_ENUM, 1, 0, 0, checkout_shipping_kinds, "Choose a flat price or pricing by weight.",
      "Choose a flat price or pricing by weight." },
    /* Required for a flat price (read_method). */
    { "flat_cost", "Flat cost", FIELD_MONEY, 0, 0, 0, NULL, NULL, NULL },
    { "sort_order", "Sort order", FIELD_INT, 0, 0, 9999, NULL, NULL, NULL },
    { "active", "Active", FIELD_CHECKBOX, 0, 0, 0, NULL, NULL, NULL },
    { "band_weight", "Band: up to (kg)", FIELD_LIST, 0, 0, 32, NULL, NULL, NULL },
    { "band_cost", "Band: cost", FIELD_LIST, 0, 0, 32, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_shipping_method = { "shipping_method", method_field_list };

/* One route for a region's rate and, with scope=address, an address's own
 * rate: each scope's fields are required by its handler. */
static const char *const address_scope[] = { "address", NULL };
static const struct field tax_rate_fields[] = {
    { "scope", "Scope", FIELD_ENUM, 0, 0, 0, address_scope, NULL, NULL },
    { "country", "Country", FIELD_TEXT, 0, 0, 2, NULL, NULL, NO_SUCH_COUNTRY },
    { "region", "State, province or region", FIELD_TEXT, 0, 0, REGION_MAX, NULL, NULL, NULL },
    { "rate", "Rate", FIELD_TEXT, 0, 0, RATE_TEXT_MAX, NULL, NULL, RATE_PROBLEM },
    { "label", "Label", FIELD_TEXT, 0, 0, TAX_LABEL_MAX, NULL, NULL, NULL },
    { "address_id", "Address number", FIELD_ID, 0, 0, 0, NULL, NULL, NO_SUCH_ADDRESS },
    { "address_rate", "Address rate", FIELD_TEXT, 0, 0, RATE_TEXT_MAX, NULL, NULL, ADDRESS_RATE_PROBLEM },
    { NULL },
};
const struct form_spec form_tax_rate = { "tax_rate", tax_rate_fields };

/* Every value is checked by the handler too: the boxes repeat the name,
 * and a declared field holds one value (or repeated ids). */
static const struct field payment_field_list[] = {
    { "payment_methods", "Payment methods", FIELD_CHOICES, 1, 0, 0, payment_method_codes,
      "Keep at least one payment method, or buyers cannot place orders.", UNKNOWN_PAYMENT },
    { NULL },
};
const struct form_spec form_payment_methods = { "payment_methods", payment_field_list };

#define FILLED_MAX 12

/* The values sent and the errors, by the form's declared fields; the
 * bands' errors go under "bands" (not a field). */
static void fill_sent(tpl_dict *d, const struct request *req, const struct form_spec *form,
                      const struct form_errors *errors)
{
    const char *names[FILLED_MAX], *labels[FILLED_MAX];
    form_names(form, names, labels, FILLED_MAX - 1);
    int n = 0;
    while (names[n]) n++;
    if (form == &form_shipping_method) {
        names[n] = "bands";
        labels[n++] = "Weight bands";
        names[n] = labels[n] = NULL;
    }
    form_fill_labelled(d, req, names, labels, errors);
}

/* 1 when the declaration refused what was sent for this field (its
 * message is among the errors already). */
static int refused(const struct request *req, const char *name)
{
    const struct field_value *v = form_value(req->input, name);
    return v && v->present && !v->ok;
}

enum which { FORM_NONE, FORM_METHOD, FORM_RATE, FORM_ADDRESS_RATE, FORM_PAYMENT };

static void money(int64_t cents, char *out, size_t size)
{
    format_money(cents, "USD", out, size);
}

static void unavailable(struct request *req)
{
    response_error(req, 503, "Please try again in a moment.");
}

static void saved(struct request *req, const char *location, const char *message)
{
    flash_set(req, "success", message);
    response_redirect(req, location);
}

static const char *country_name(const char *code)
{
    for (int i = 0; i < registration_country_count; i++)
        if (strcmp(registration_countries[i].code, code) == 0) return registration_countries[i].name;
    return code;
}

/* "Up to 10 kg $12.00 · 50 kg $29.00" or "$45.00" or "Free". */
static void method_summary(const struct shipping_method *m, char *out, size_t size)
{
    char cost[48], kg[32];
    if (m->kind == SHIPPING_FLAT) {
        if (m->flat_cents == 0) snprintf(out, size, "Free");
        else {
            money(m->flat_cents, cost, sizeof cost);
            snprintf(out, size, "%s flat", cost);
        }
        return;
    }
    if (m->n_bands == 0) {
        snprintf(out, size, "No weight bands yet: not offered");
        return;
    }
    size_t used = 0;
    out[0] = '\0';
    for (int i = 0; i < m->n_bands && used < size; i++) {
        money(m->bands[i].cents, cost, sizeof cost);
        checkout_kg_text(m->bands[i].up_to_grams, kg, sizeof kg);
        int n = snprintf(out + used, size - used, "%s%s kg %s", i ? " \xc2\xb7 " : "up to ", kg, cost);
        if (n < 0) break;
        used += (size_t)n;
    }
}

/* ---- the page ------------------------------------------------------------------ */

static void fill_methods(tpl_dict *d)
{
    static struct shipping_method methods[SHIPPING_METHODS_MAX];
    int n = store_shipping_methods(0, methods, SHIPPING_METHODS_MAX);
    if (n <= 0) tpl_show(d, "NO_METHODS");
    else tpl_show(d, "HAS_METHODS");
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(d, "METHOD");
        char summary[512];
        method_summary(&methods[i], summary, sizeof summary);
        tpl_set_int(row, "METHOD_ID", methods[i].id);
        tpl_set(row, "METHOD_NAME", methods[i].name);
        tpl_set(row, "METHOD_KIND", methods[i].kind == SHIPPING_FLAT ? "Flat" : "By weight");
        tpl_set(row, "METHOD_PRICE", summary);
        tpl_set_int(row, "METHOD_SORT", methods[i].sort_order);
        tpl_show(row, methods[i].active ? "ACTIVE" : "INACTIVE");
    }
}

static void fill_rates(tpl_dict *d, const char *csrf)
{
    static struct tax_rate_row rates[TAX_RATES_MAX];
    int n = store_tax_rates(rates, TAX_RATES_MAX);
    if (n <= 0) tpl_show(d, "NO_RATES");
    else tpl_show(d, "HAS_RATES");
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(d, "RATE_ROW");
        char rate[24];
        checkout_rate_text(rates[i].rate_bp, rate, sizeof rate);
        tpl_set_int(row, "RATE_ID", rates[i].id);
        tpl_set(row, "RATE_COUNTRY", country_name(rates[i].country));
        tpl_set(row, "RATE_REGION", rates[i].region[0] ? rates[i].region : "Whole country");
        tpl_set(row, "RATE_LABEL", rates[i].label);
        tpl_set(row, "RATE_VALUE", rate);
        tpl_set(row, "CSRF_TOKEN", csrf);
    }
    static struct tax_address addresses[TAX_ADDRESSES_MAX];
    int na = store_tax_addresses_overridden(addresses, TAX_ADDRESSES_MAX);
    if (na > 0) tpl_show(d, "HAS_ADDRESS_RATES");
    for (int i = 0; i < na; i++) {
        tpl_dict *row = tpl_add_section(d, "ADDRESS_RATE_ROW");
        char rate[24];
        checkout_rate_text(addresses[i].rate_bp, rate, sizeof rate);
        tpl_set_int(row, "ADDRESS_ID", addresses[i].id);
        tpl_set(row, "ADDRESS_LABEL", addresses[i].label);
        tpl_set(row, "ADDRESS_COMPANY", addresses[i].company_name);
        tpl_set(row, "ADDRESS_PLACE", addresses[i].city);
        tpl_set(row, "ADDRESS_RATE", rate);
    }
}

/* The payment methods ticked (the declared boxes, as payment bits). */
static unsigned sent_payments(const struct request *req)
{
    const struct field_value *v = form_value(req->input, "payment_methods");
    unsigned bits = 0;
    for (int i = 0; v && payment_method_codes[i]; i++)
        if (v->number & (INT64_C(1) << i)) bits |= checkout_payment_bit(payment_method_codes[i]);
    return bits;
}

static void fill_payments(tpl_dict *d, const struct request *req, int posted)
{
    unsigned bits = 0;
    if (posted) {
        bits = sent_payments(req);
    } else {
        char list[128];
        settings_get("payment_methods", "on_account", list, sizeof list);
        bits = checkout_payment_parse_list(list);
        if (!bits) bits = PAYMENT_ON_ACCOUNT;
    }
    for (int i = 0; i < PAYMENT_METHOD_COUNT; i++) {
        tpl_dict *row = tpl_add_section(d, "PAYMENT");
        char label[64];
        order_payment_label(payment_method_codes[i], "", label, sizeof label);
        if (i == 0) snprintf(label, sizeof label, "On account (the company's payment terms, e.g. Net 30)");
        tpl_set(row, "PAY_CODE", payment_method_codes[i]);
        tpl_set(row, "PAY_LABEL", label);
        if (bits & (1u << i)) tpl_show(row, "CHECKED");
    }
}

static void render_shipping(struct request *req, int status, enum which which, const struct form_errors *errors)
{
    tpl_dict *d = response_page(req, status, "checkout/admin_shipping.tpl", "Shipping, tax and payment");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    const struct form_spec *form = which == FORM_METHOD ? &form_shipping_method
                                 : which == FORM_RATE || which == FORM_ADDRESS_RATE ? &form_tax_rate
                                 : which == FORM_PAYMENT ? &form_payment_methods : NULL;
    if (form) fill_sent(d, req, form, errors);
    fill_methods(d);
    fill_rates(d, req->csrf_token);
    fill_payments(d, req, which == FORM_PAYMENT);

    /* The new-method form: kept values after an error, else a flat, active method. */
    const char *kind = which == FORM_METHOD ? field_text(req, "kind") : "flat";
    tpl_show(d, strcmp(kind, "weight") == 0 ? "KIND_WEIGHT" : "KIND_FLAT");
    if (which != FORM_METHOD || field_number(req, "active")) tpl_show(d, "ACTIVE_CHECKED");
    if (which != FORM_METHOD) tpl_set(d, "SORT_ORDER", "0");
    const char *country = which == FORM_RATE && field_text(req, "country")[0] ? field_text(req, "country") : "US";
    for (int i = 0; i < registration_country_count; i++) {
        tpl_dict *o = tpl_add_section(d, "COUNTRY_OPTION");
        tpl_set(o, "CODE", registration_countries[i].code);
        tpl_set(o, "NAME", registration_countries[i].name);
        if (strcmp(registration_countries[i].code, country) == 0) tpl_show(o, "SELECTED");
    }
}

void page_bo_shipping(struct request *req)
{
    render_shipping(req, 200, FORM_NONE, NULL);
}

/* ---- shipping methods ---------------------------------------------------------- */

/* The method's own declared fields (not the bands) into m, and the cost
 * a flat price needs. Returns the number of errors. */
static int read_method(const struct request *req, struct shipping_method *m, struct form_errors *errors)
{
    *errors = *field_errors(req);
    snprintf(m->name, sizeof m->name, "%s", field_text(req, "name"));
    snprintf(m->description, sizeof m->description, "%s", field_text(req, "description"));
    m->kind = SHIPPING_FLAT;
    checkout_shipping_kind_parse(field_text(req, "kind"), &m->kind);
    const struct field_value *flat = form_value(req->input, "flat_cost");
    if (m->kind == SHIPPING_FLAT && !(flat && flat->present))
        form_error(errors, "flat_cost", "Enter the cost, like 12.50 (0 for free).");
    m->flat_cents = field_number(req, "flat_cost");
    m->sort_order = field_number(req, "sort_order");
    m->active = (int)field_number(req, "active");
    return errors->count;
}

void page_bo_shipping_method_create(struct request *req)
{
    static struct shipping_method m;
    memset(&m, 0, sizeof m);
    struct form_errors errors;
    if (read_method(req, &m, &errors) > 0) {
        render_shipping(req, 422, FORM_METHOD, &errors);
        return;
    }
    if (db_begin() != 0) {
        unavailable(req);
        return;
    }
    char cost[48];
    money(m.flat_cents, cost, sizeof cost);
    const struct audit_change changes[] = {
        { "Name", "", m.name }, { "Pricing", "", m.kind == SHIPPING_FLAT ? "Flat" : "By weight" },
        { "Flat cost", "", m.kind == SHIPPING_FLAT ? cost : "" }, { "Active", "", m.active ? "Yes" : "No" },
    };
    int64_t id = 0;
    int rc = store_shipping_method_create(&m, clock_now(), &id);
    if (rc == 1) {
        db_rollback();
        form_error(&errors, "name", "There is a shipping method with this name already: choose another name.");
        render_shipping(req, 409, FORM_METHOD, &errors);
        return;
    }
    if (!db_finish(rc == 0 && audit_record(&req->actor, 0, "shipping_method.created", m.name, changes, 4) == 0, "shipping: change")) {
        response_error(req, 500, "The shipping method could not be saved. Nothing was changed.");
        return;
    }
    char url[64];
    snprintf(url, sizeof url, "/backoffice/shipping/methods/%lld", (long long)id);
    if (m.kind == SHIPPING_WEIGHT)
        saved(req, url, "Shipping method created. Add its weight bands below: until it has some, it is not offered.");
    else
        saved(req, "/backoffice/shipping", "Shipping method created.");
}

static int load_method(struct request *req, struct shipping_method *m)
{
    int64_t id;
    int found = parse_id(req->params.values[0], &id) ? store_shipping_method_get(id, m) : 0;
    return response_found(req, found, "shipping method");
}

/* The band rows as posted (pairs of band_weight / band_cost in order). */
struct posted_band {
    const char *weight;
    const char *cost;
};

static int posted_bands(const struct request *req, struct posted_band *out, int max)
{
    const struct field_value *w = form_value(req->input, "band_weight"), *c = form_value(req->input, "band_cost");
    int nw = w ? w->n_items : 0, nc = c ? c->n_items : 0;
    for (int i = 0; i < nw && i < max; i++) out[i].weight = w->items[i];
    for (int i = 0; i < nc && i < max; i++) out[i].cost = c->items[i];
    int n = nw > nc ? nw : nc;
    if (n > max) return -1;
    for (int i = nw; i < n; i++) out[i].weight = "";
    for (int i = nc; i < n; i++) out[i].cost = "";
    return n;
}

static void render_method(struct request *req, int status, const struct shipping_method *m,
                          const struct form_errors *errors)
{
    tpl_dict *d = response_page(req, status, "checkout/admin_shipping_method.tpl", m->name);
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set_int(d, "ID", m->id);
    tpl_set(d, "METHOD_TITLE", m->name);
    int posted = errors && errors->count;
    if (posted) {
        fill_sent(d, req, &form_shipping_method, errors);
    } else {
        char cost[32];
        money_plain(m->flat_cents, cost, sizeof cost);
        tpl_set(d, "NAME", m->name);
        tpl_set(d, "DESCRIPTION", m->description);
        tpl_set(d, "FLAT_COST", m->kind == SHIPPING_FLAT ? cost : "");
        tpl_set_int(d, "SORT_ORDER", m->sort_order);
    }
    enum shipping_kind kind = m->kind;
    if (posted && checkout_shipping_kind_parse(field_text(req, "kind"), &kind) != 0) kind = m->kind;
    tpl_show(d, kind == SHIPPING_WEIGHT ? "KIND_WEIGHT" : "KIND_FLAT");
    if (posted ? field_number(req, "active") != 0 : m->active) tpl_show(d, "ACTIVE_CHECKED");
    tpl_show(d, m->active ? "IS_ACTIVE" : "IS_INACTIVE");

    /* Bands: the posted rows after an error, else the saved ones; then empty rows to add more. */
    static struct posted_band rows[BAND_ROWS_MAX + BAND_ROWS_EMPTY];
    int n = 0;
    if (posted) {
        n = posted_bands(req, rows, BAND_ROWS_MAX + BAND_ROWS_EMPTY);
        if (n < 0) n = 0;
    }
    static char weights[BAND_ROWS_MAX][32], costs[BAND_ROWS_MAX][32];
    if (!posted) {
        for (int i = 0; i < m->n_bands && i < BAND_ROWS_MAX; i++) {
            checkout_kg_text(m->bands[i].up_to_grams, weights[i], sizeof weights[i]);
            money_plain(m->bands[i].cents, costs[i], sizeof costs[i]);
            rows[i] = (struct posted_band){ weights[i], costs[i] };
        }
        n = m->n_bands;
    }
    int shown = 0;
    for (int i = 0; i < n; i++) {
        if (!rows[i].weight[0] && !rows[i].cost[0]) continue;
        tpl_dict *row = tpl_add_section(d, "BAND");
        tpl_set_int(row, "ROW", ++shown);
        tpl_set(row, "WEIGHT", rows[i].weight);
        tpl_set(row, "COST", rows[i].cost);
    }
    for (int i = 0; i < BAND_ROWS_EMPTY && shown < BAND_ROWS_MAX; i++) {
        tpl_dict *row = tpl_add_section(d, "BAND");
        tpl_set_int(row, "ROW", ++shown);
        tpl_set(row, "WEIGHT", "");
        tpl_set(row, "COST", "");
    }
}

void page_bo_shipping_method(struct request *req)
{
    static struct shipping_method m;
    if (load_method(req, &m)) render_method(req, 200, &m, NULL);
}

/* The bands from the posted rows (empty rows skipped). Returns the number
 * of errors added. */
static int read_bands(const struct request *req, struct shipping_method *m, struct form_errors *errors)
{
    static struct posted_band rows[BAND_ROWS_MAX + BAND_ROWS_EMPTY];
    int n = posted_bands(req, rows, BAND_ROWS_MAX + BAND_ROWS_EMPTY);
    m->n_bands = 0;
    if (n < 0) return form_error(errors, "bands", "Enter at most 16 weight bands.");
    for (int i = 0; i < n; i++) {
        if (!rows[i].weight[0] && !rows[i].cost[0]) continue;
        struct weight_band b;
        if (checkout_kg_parse(rows[i].weight, &b.up_to_grams) != 0)
            return form_error(errors, "bands", "Enter each band's weight in kilograms, above 0 (like 10 or 2.5).");
        const char *cost_problem = money_parse(rows[i].cost, MONEY_UNSIGNED, &b.cents);
        if (cost_problem) {
            static char message[200];   /* form_error keeps the pointer */
            snprintf(message, sizeof message, "A band's cost: %s", cost_problem);
            return form_error(errors, "bands", message);
        }
        if (m->n_bands == CHECKOUT_BANDS_MAX) return form_error(errors, "bands", "Enter at most 16 weight bands.");
        m->bands[m->n_bands++] = b;
    }
    if (form_error(errors, "bands", checkout_bands_check(m->bands, m->n_bands))) return 1;
    for (int i = 1; i < m->n_bands; i++)   /* lightest first */
        for (int k = i; k > 0 && m->bands[k - 1].up_to_grams > m->bands[k].up_to_grams; k--) {
            struct weight_band t = m->bands[k];
            m->bands[k] = m->bands[k - 1];
            m->bands[k - 1] = t;
        }
    if (m->kind == SHIPPING_WEIGHT && m->n_bands == 0)
        return form_error(errors, "bands", "A method priced by weight needs at least one band.");
    return 0;
}

void page_bo_shipping_method_update(struct request *req)
{
    static struct shipping_method before, m;
    if (!load_method(req, &before)) return;
    memset(&m, 0, sizeof m);
    m.id = before.id;
    struct form_errors errors;
    read_method(req, &m, &errors);
    if (!errors.count) read_bands(req, &m, &errors);
    if (errors.count) {
        render_method(req, 422, &before, &errors);
        return;
    }
    if (db_begin() != 0) {
        unavailable(req);
        return;
    }
    char price_before[512], price_after[512];
    method_summary(&before, price_before, sizeof price_before);
    method_summary(&m, price_after, sizeof price_after);
    struct audit_change changes[5];
    size_t nc = 0;
    if (strcmp(before.name, m.name) != 0) changes[nc++] = (struct audit_change){ "Name", before.name, m.name };
    if (strcmp(before.description, m.description) != 0)
        changes[nc++] = (struct audit_change){ "Description", before.description, m.description };
    if (strcmp(price_before, price_after) != 0) changes[nc++] = (struct audit_change){ "Price", price_before, price_after };
    if (before.active != m.active)
        changes[nc++] = (struct audit_change){ "Active", before.active ? "Yes" : "No", m.active ? "Yes" : "No" };
    char sort_before[24], sort_after[24];
    snprintf(sort_before, sizeof sort_before, "%lld", (long long)before.sort_order);
    snprintf(sort_after, sizeof sort_after, "%lld", (long long)m.sort_order);
    if (before.sort_order != m.sort_order) changes[nc++] = (struct audit_change){ "Sort order", sort_before, sort_after };
    int rc = store_shipping_method_update(&m);
    if (rc == 1) {
        db_rollback();
        form_error(&errors, "name", "There is a shipping method with this name already: choose another name.");
        render_method(req, 409, &before, &errors);
        return;
    }
    if (rc == 2) {
        db_rollback();
        response_error(req, 404, "There is no such shipping method.");
        return;
    }
    if (!db_finish(rc == 0 && (nc == 0 || audit_record(&req->actor, 0, "shipping_method.updated", m.name, changes, nc) == 0), "shipping: change")) {
        response_error(req, 500, "The shipping method could not be saved. Nothing was changed.");
        return;
    }
    char url[64];
    snprintf(url, sizeof url, "/backoffice/shipping/methods/%lld", (long long)m.id);
    saved(req, url, nc ? "Shipping method saved." : "Nothing changed.");
}

/* ---- tax rates ------------------------------------------------------------------- */

/* An address's own rate (scope=address): address number + rate, or an
 * empty rate to go back to the region's rate. */
static void save_address_rate(struct request *req)
{
    struct form_errors errors = *field_errors(req);
    int64_t bp = -1;
    struct tax_address a;
    int found = field_ok(req, "address_id") ? store_tax_address_get(field_number(req, "address_id"), &a) : 0;
    if (found < 0) {
        response_error(req, 500, "The address cannot be looked up right now.");
        return;
    }
    if (found == 0 && !refused(req, "address_id")) form_error(&errors, "address_id", NO_SUCH_ADDRESS);
    const char *rate = field_text(req, "address_rate");
    if (rate[0] && checkout_rate_parse(rate, &bp) != 0) form_error(&errors, "address_rate", ADDRESS_RATE_PROBLEM);
    if (errors.count) {
        render_shipping(req, 422, FORM_ADDRESS_RATE, &errors);
        return;
    }
    char before[24] = "", after[24] = "", subject[700];
    if (a.has_rate) checkout_rate_text(a.rate_bp, before, sizeof before);
    if (bp >= 0) checkout_rate_text(bp, after, sizeof after);
    if (before[0]) strcat(before, "%");
    if (after[0]) strcat(after, "%");
    snprintf(subject, sizeof subject, "Address %s, %s", a.label, a.city);
    const struct audit_change changes[] = { { "Address rate", before[0] ? before : "Region's rate", after[0] ? after : "Region's rate" } };
    if (db_begin() != 0) {
        unavailable(req);
        return;
    }
    int ok = store_tax_address_set(a.id, bp) == 1 && audit_record(&req->actor, a.company_id, "tax_rate.saved", subject, changes, 1) == 0;
    if (!db_finish(ok, "shipping: change")) {
        response_error(req, 500, "The rate could not be saved. Nothing was changed.");
        return;
    }
    char message[800];
    if (bp >= 0) snprintf(message, sizeof message, "Orders shipped to %s (%s) are taxed at %s from now on.", a.label, a.company_name, after);
    else snprintf(message, sizeof message, "Orders shipped to %s (%s) are taxed at the region's rate again.", a.label, a.company_name);
    saved(req, "/backoffice/shipping#tax", message);
}

void page_bo_tax_rate_save(struct request *req)
{
    if (strcmp(field_text(req, "scope"), "address") == 0) {
        save_address_rate(req);
        return;
    }
    struct form_errors errors = *field_errors(req);
    const char *country = field_text(req, "country");
    int known = 0;
    for (int i = 0; i < registration_country_count; i++) known |= strcmp(registration_countries[i].code, country) == 0;
    if (!known && !refused(req, "country")) form_error(&errors, "country", NO_SUCH_COUNTRY);
    int64_t bp = 0;
    if (checkout_rate_parse(field_text(req, "rate"), &bp) != 0 && !refused(req, "rate"))
        form_error(&errors, "rate", RATE_PROBLEM);
    if (errors.count) {
        render_shipping(req, 422, FORM_RATE, &errors);
        return;
    }
    char region[REGION_MAX * 4 + 1], label[TAX_LABEL_MAX * 4 + 1];
    snprintf(region, sizeof region, "%s", field_text(req, "region"));
    snprintf(label, sizeof label, "%s", field_text(req, "label"));
    if (!label[0]) snprintf(label, sizeof label, "%s", region[0] ? region : country);
    if (db_begin() != 0) {
        unavailable(req);
        return;
    }
    struct tax_rate_row before;
    int existed = store_tax_rate_save(country, region, bp, label, &before);
    char rate_before[32] = "", rate_after[32], subject[300];
    if (existed == 1) {
        checkout_rate_text(before.rate_bp, rate_before, sizeof rate_before);
        strcat(rate_before, "%");
    }
    checkout_rate_text(bp, rate_after, sizeof rate_after);
    strcat(rate_after, "%");
    if (existed == 1) snprintf(region, sizeof region, "%s", before.region);   /* as stored: "IL" for "il" */
    snprintf(subject, sizeof subject, "%s%s%s", country, region[0] ? " " : "", region);
    const struct audit_change changes[] = {
        { "Rate", rate_before, rate_after },
        { "Label", existed == 1 ? before.label : "", label },
    };
    int ok = existed >= 0 && audit_record(&req->actor, 0, "tax_rate.saved", subject, changes, 2) == 0;
    if (!db_finish(ok, "shipping: change")) {
        response_error(req, 500, "The tax rate could not be saved. Nothing was changed.");
        return;
    }
    char message[400];
    snprintf(message, sizeof message, "Tax rate for %s %s: %s.", country, region[0] ? region : "(whole country)", rate_after);
    saved(req, "/backoffice/shipping#tax", message);
}

void page_bo_tax_rate_delete(struct request *req)
{
    int64_t id;
    struct tax_rate_row r;
    int found = parse_id(req->params.values[0], &id) ? store_tax_rate_get(id, &r) : 0;
    if (!response_found(req, found, "tax rate")) return;
    if (db_begin() != 0) {
        unavailable(req);
        return;
    }
    char rate[32], subject[300];
    checkout_rate_text(r.rate_bp, rate, sizeof rate);
    strcat(rate, "%");
    snprintf(subject, sizeof subject, "%s%s%s", r.country, r.region[0] ? " " : "", r.region);
    const struct audit_change changes[] = { { "Rate", rate, "" }, { "Label", r.label, "" } };
    int deleted = store_tax_rate_delete(r.id);
    if (deleted == 0) {
        db_rollback();
        response_error(req, 409, "This tax rate was removed meanwhile.");
        return;
    }
    if (!db_finish(deleted == 1 && audit_record(&req->actor, 0, "tax_rate.deleted", subject, changes, 2) == 0, "shipping: change")) {
        response_error(req, 500, "The tax rate could not be removed. Nothing was changed.");
        return;
    }
    char message[400];
    snprintf(message, sizeof message, "Tax rate for %s removed.", subject);
    saved(req, "/backoffice/shipping#tax", message);
}

/* ---- payment methods --------------------------------------------------------------- */

void page_bo_payment_methods_save(struct request *req)
{
    struct form_errors errors = *field_errors(req);
    unsigned bits = sent_payments(req);
    if (errors.count) {
        render_shipping(req, 422, FORM_PAYMENT, &errors);
        return;
    }
    char before[128], after[128];
    if (settings_get("payment_methods", "on_account", before, sizeof before) != 0) {
        response_error(req, 500, "The payment methods cannot be changed right now.");
        return;
    }
    checkout_payment_list_text(bits, after, sizeof after);
    char normalised[128];
    checkout_payment_list_text(checkout_payment_parse_list(before), normalised, sizeof normalised);
    if (strcmp(normalised, after) == 0) {
        flash_set(req, "info", "Nothing changed.");
        response_redirect(req, "/backoffice/shipping#payment");
        return;
    }
    if (db_begin() != 0) {
        unavailable(req);
        return;
    }
    const struct audit_change changes[] = { { "Payment methods", normalised, after } };
    int ok = settings_set("payment_methods", after) == 0
          && audit_record(&req->actor, 0, "payment_methods.updated", "Payment methods", changes, 1) == 0;
    if (!db_finish(ok, "shipping: change")) {
        response_error(req, 500, "The payment methods could not be saved. Nothing was changed.");
        return;
    }
    saved(req, "/backoffice/shipping#payment", "Payment methods saved.");
}
