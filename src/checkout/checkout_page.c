/* Checkout (issue 7): the form (ship-to, bill-to or a new ship-to address,
 * shipping method, PO number, requested delivery date, notes, payment),
 * the review page with every figure and the approvals the order will
 * need, the submit (checkout_place: one transaction, idempotent by a
 * one-time key bound to the session) and the confirmation page. The page
 * reads the form into a checkout_input; the model and placing the order
 * live in checkout.c, the rules in checkout_rules.c. */
#include "checkout/pages.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "web/app.h"
#include "approvals/approvals_submit.h"
#include "checkout/checkout_rules.h"
#include "base/db.h"
#include "web/form.h"
#include "base/format.h"
#include "orders/order_status.h"
#include "checkout/checkout.h"
#include "credit/credit.h"
#include "base/money.h"
#include "base/permissions.h"
#include "accounts/registration.h"
#include "web/response.h"
#include "base/validate.h"
#include "orders/order_detail_store.h"

#define SUBMIT_KEY_TEXT (AUTH_TOKEN_TEXT * 2 + 2)

/* Checkout's own fields, checked before the handler; the first
 * CHECKOUT_CHOICES are the buyer's choices, in the order of struct
 * checkout_input. The declaration checks each value on its own;
 * checkout_check (checkout.c) checks the choices against what checkout
 * offers this member (the addresses, methods and payments offered, the
 * company's PO rule, the date's range), as it does for any actor. The new
 * ship-to's fields (label ... tax_id) are read and checked by the address
 * reader (address_form.h), as in the address book. */
#define CHECKOUT_CHOICES 7
static const struct field checkout_field_list[] = {
    { "ship_to", "Ship to", FIELD_TEXT, 1, 0, 20, NULL, "Choose where to ship the order.",
      "Choose one of the shipping addresses you may use." },
    { "bill_to", "Bill to", FIELD_ID, 1, 0, 0, NULL, "Choose the billing address.",
      "Choose one of the billing addresses you may use." },
    { "shipping_method", "Shipping method", FIELD_ID, 1, 0, 0, NULL, "Choose a shipping method.",
      "Choose one of the shipping methods offered for this order." },
    { "po_number", "PO number", FIELD_TEXT, 0, 0, CHECKOUT_PO_MAX, NULL, NULL, NULL },
    { "delivery_date", "Requested delivery date", FIELD_TEXT, 0, 0, 10, NULL, NULL,
      "Enter the date as YYYY-MM-DD, for example 2026-03-15." },
    { "notes", "Notes", FIELD_LINES, 0, 0, CHECKOUT_NOTES_MAX, NULL, NULL, NULL },
    { "payment_method", "Payment", FIELD_ENUM, 1, 0, 0, payment_method_codes, "Choose how you will pay.",
      "Choose one of the payment methods offered." },
    /* The review page's "Change" button. */
    { "edit", "Change", FIELD_CHECKBOX, 0, 0, 0, NULL, NULL, NULL },
    /* Placing the order: the one-time key and the total the buyer reviewed. */
    { "submit_key", "Submit key", FIELD_TEXT, 0, 0, SUBMIT_KEY_TEXT, NULL, NULL, NULL },
    { "reviewed_total", "Reviewed total", FIELD_INT, 0, 0, INT64_C(999999999999999999), NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_checkout = { "checkout", checkout_field_list };

/* The new ship-to's fields as the form labels them. */
static const char *const new_address_fields[] = {
    "label", "attention", "line1", "line2", "city", "region", "postal_code", "country", "phone",
    "delivery_instructions", "tax_id", NULL,
};
static const char *const new_address_labels[] = {
    "New address: label", "New address: company or attention", "New address: line 1", "New address: line 2",
    "New address: city", "New address: state, province or region", "New address: postal code",
    "New address: country", "New address: phone", "New address: delivery instructions",
    "New address: tax ID", NULL,
};

#define FORM_FIELDS (CHECKOUT_CHOICES + sizeof new_address_fields / sizeof new_address_fields[0])

/* The form's fields in its order, for form_fill_labelled and the error
 * summary: the choices, then the new address's. */
static const char *checkout_fields[FORM_FIELDS], *checkout_labels[FORM_FIELDS];

static void form_fields_once(void)
{
    if (checkout_fields[0]) return;
    for (int i = 0; i < CHECKOUT_CHOICES; i++) {
        checkout_fields[i] = checkout_field_list[i].name;
        checkout_labels[i] = checkout_field_list[i].label;
    }
    for (int i = 0; new_address_fields[i]; i++) {
        checkout_fields[CHECKOUT_CHOICES + i] = new_address_fields[i];
        checkout_labels[CHECKOUT_CHOICES + i] = new_address_labels[i];
    }
}

/* A choice as checkout's model takes it: the kept text, or an id's digits
 * (in buf); "" when not sent or refused. */
static const char *choice(const struct request *req, const struct field *f, char buf[24])
{
    if (f->type != FIELD_ID) return field_text(req, f->name);
    int64_t id = field_number(req, f->name);
    buf[0] = '\0';
    if (id) snprintf(buf, 24, "%lld", (long long)id);
    return buf;
}

/* What the form sent, as checkout's input (pointers into the request's
 * checked form, and the new address's fields as the address reader takes
 * them). */
static void read_input(const struct request *req, struct checkout_input *in)
{
    static char ids[CHECKOUT_CHOICES][24];
    const char *v[CHECKOUT_CHOICES];
    for (int i = 0; i < CHECKOUT_CHOICES; i++) v[i] = choice(req, &checkout_field_list[i], ids[i]);
    *in = (struct checkout_input){ v[0], v[1], v[2], v[3], v[4], v[5], v[6], address_input_of_form(req, "shipping") };
}

static struct checkout co;

static void money(int64_t cents, char *out, size_t size)
{
    format_money(cents, co.company.currency[0] ? co.company.currency : "USD", out, size);
}

static void fail(struct request *req)
{
    response_error(req, 500, "Checkout is not available just now. Your cart is kept; please try again in a moment.");
}

/* Review and submit name the addresses chosen: only those are read
 * (checkout.h); the form itself (chosen 0) offers them all. */
static void choose(const struct request *req, int chosen)
{
    int64_t ship = 0, bill = 0;
    if (chosen) {
        parse_id(field_text(req, "ship_to"), &ship);   /* "new": 0, so all are read */
        bill = field_number(req, "bill_to");
    }
    co.chosen_ship_id = ship > 0 && bill > 0 ? ship : 0;
    co.chosen_bill_id = ship > 0 && bill > 0 ? bill : 0;
}

/* Loads the model; answers (500, or back to the cart) and returns 0 when
 * checkout cannot go on. */
static int load(struct request *req, int chosen)
{
    choose(req, chosen);
    if (checkout_load(&req->actor, &co) != 0) {
        fail(req);
        return 0;
    }
    if (co.cart_problem[0]) {
        flash_set(req, "warning", co.cart_problem);
        response_redirect(req, "/cart");
        return 0;
    }
    return 1;
}

/* ---- the one-time submit key ------------------------------------------------ */

/* What the key's MAC is bound to: the session and the key itself. */
static void key_binding(const struct request *req, const char *key, uint8_t binding[AUTH_DIGEST_BYTES])
{
    crypto_generichash_state st;
    crypto_generichash_init(&st, NULL, 0, AUTH_DIGEST_BYTES);
    crypto_generichash_update(&st, req->session.token_digest, AUTH_DIGEST_BYTES);
    crypto_generichash_update(&st, (const unsigned char *)"checkout-submit:", 16);
    crypto_generichash_update(&st, (const unsigned char *)key, strlen(key));
    crypto_generichash_final(&st, binding, AUTH_DIGEST_BYTES);
}

/* A fresh key with its MAC: "<key>.<mac>". */
static void submit_key_new(const struct request *req, char out[SUBMIT_KEY_TEXT])
{
    char key[AUTH_TOKEN_TEXT], mac[AUTH_TOKEN_TEXT];
    uint8_t digest[AUTH_DIGEST_BYTES], binding[AUTH_DIGEST_BYTES];
    auth_token_new(key, digest);
    key_binding(req, key, binding);
    auth_csrf_token(app.key, binding, mac);
    snprintf(out, SUBMIT_KEY_TEXT, "%s.%s", key, mac);
}

/* The key part of a posted "<key>.<mac>" when the MAC is this session's. */
static int submit_key_check(const struct request *req, const char *posted, char key[AUTH_TOKEN_TEXT])
{
    const char *dot = strchr(posted, '.');
    if (!dot || (size_t)(dot - posted) != AUTH_TOKEN_TEXT - 1) return 0;
    memcpy(key, posted, AUTH_TOKEN_TEXT - 1);
    key[AUTH_TOKEN_TEXT - 1] = '\0';
    uint8_t digest[AUTH_DIGEST_BYTES], binding[AUTH_DIGEST_BYTES];
    if (auth_token_digest(key, digest) != 0) return 0;
    key_binding(req, key, binding);
    return auth_csrf_valid(app.key, binding, dot + 1);
}

/* ---- the form --------------------------------------------------------------- */

static void address_rows(tpl_dict *d, const char *section, const struct address_row *const *rows, int n, int64_t id,
                         int billing)
{
    for (int i = 0; i < n; i++) {
        const struct address_row *r = rows[i];
        tpl_dict *row = tpl_add_section(d, section);
        struct address_input in = { r->label, r->type, r->attention, r->line1, r->line2, r->city, r->region,
                                    r->postal_code, r->country, r->phone, r->delivery_instructions, r->tax_id };
        char compact[1200];
        address_compact(&in, compact, sizeof compact);
        tpl_set_int(row, "ADDR_ID", r->id);
        tpl_set(row, "ADDR_LABEL", r->label);
        tpl_set(row, "ADDR_TEXT", compact);
        if (r->attention[0]) tpl_set(tpl_add_section(row, "ATTN"), "TEXT", r->attention);
        if (r->id == id) tpl_show(row, "CHECKED");
        if (billing ? r->my_default_billing : r->my_default_shipping) tpl_set(tpl_add_section(row, "BADGE"), "TEXT", "Your default");
        else if (billing ? r->default_billing : r->default_shipping) tpl_set(tpl_add_section(row, "BADGE"), "TEXT", "Company default");
    }
}

/* The new-address fields (addresses/address_fields.tpl) with what was typed. */
static void new_address_fields_fill(tpl_dict *d, const struct request *req, const struct form_errors *errors, int posted)
{
    form_fill(d, req, address_fields, errors);
    const char *country = posted && req_form(req, "country")[0] ? req_form(req, "country") : "US";
    for (int i = 0; i < registration_country_count; i++) {
        tpl_dict *o = tpl_add_section(d, "COUNTRY_OPTION");
        tpl_set(o, "CODE", registration_countries[i].code);
        tpl_set(o, "NAME", registration_countries[i].name);
        if (strcmp(registration_countries[i].code, country) == 0) tpl_show(o, "SELECTED");
    }
    tpl_set_int(d, "LABEL_MAX", ADDRESS_LABEL_MAX);
    tpl_set_int(d, "INSTRUCTIONS_MAX", ADDRESS_INSTRUCTIONS_MAX);
}

static void cart_summary(tpl_dict *d)
{
    char text[64];
    for (int i = 0; i < co.n_lines; i++) {
        const struct cart_line *l = &co.lines[i];
        tpl_dict *row = tpl_add_section(d, "LINE");
        tpl_set(row, "SKU", l->sku);
        tpl_set(row, "NAME", l->name);
        tpl_set_int(row, "QUANTITY", l->quantity);
        tpl_set(row, "UNIT", l->unit);
        money(l->unit_price, text, sizeof text);
        tpl_set(row, "UNIT_PRICE", text);
        money(l->line_total, text, sizeof text);
        tpl_set(row, "LINE_TOTAL", text);
        if (l->source == PRICE_CONTRACT) tpl_show(row, "CONTRACT");
    }
    tpl_set_int(d, "LINE_COUNT", co.n_lines);
    tpl_set(d, "LINE_WORD", co.n_lines == 1 ? "line" : "lines");
    money(co.subtotal, text, sizeof text);
    tpl_set(d, "SUBTOTAL", text);
    format_weight(co.weight_grams, text, sizeof text);
    tpl_set(d, "WEIGHT", text);
}

static const char *mode_sentence(void)
{
    if (co.address_manager || co.mode == ADDRESS_APPROVAL_OPEN) return "The new address is added to your company's address book and used at once.";
    if (co.mode == ADDRESS_APPROVAL_SELLER)
        return "A new address waits until our staff approve it: your order is placed now and waits for that approval.";
    return "A new address waits until a company administrator approves it: your order is placed now and waits for that approval.";
}

/* posted: show the submitted values (after an error, or "Change" from the
 * review page); else the member's defaults. */
static void render_form(struct request *req, int status, const struct form_errors *errors, int posted)
{
    const struct session_info *s = &req->session;
    if (checkout_load_addresses(&req->actor, &co) != 0) {
        fail(req);
        return;
    }
    tpl_dict *d = response_page(req, status, "checkout/form.tpl", "Checkout");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set(d, "COMPANY_NAME", s->company_name);
    form_fields_once();
    form_fill_labelled(d, req, checkout_fields, checkout_labels, errors);
    if (s->viewing_as_customer) tpl_show(d, "READ_ONLY");

    /* What was sent (after an error, or "Change" on the review page), else
     * the member's defaults: the seller's first method when it applies to
     * this order (when it does not, the buyer chooses: another method is
     * never swapped in unasked), the first payment method enabled. */
    int64_t ship_id = 0, bill_id = 0, method_id = 0;
    int new_chosen = 0;
    const char *payment = "";
    if (posted) {
        const char *ship = field_text(req, "ship_to");
        new_chosen = strcmp(ship, "new") == 0;
        parse_id(ship, &ship_id);
        bill_id = field_number(req, "bill_to");
        method_id = field_number(req, "shipping_method");
        payment = field_text(req, "payment_method");
    } else {
        if (co.default_ship >= 0) ship_id = co.ship[co.default_ship]->id;
        else new_chosen = co.n_ship == 0;   /* the only choice there is */
        if (co.default_bill >= 0) bill_id = co.bill[co.default_bill]->id;
        if (co.n_methods > 0 && co.method_offered[0]) method_id = co.methods[0].id;
        for (int i = 0; i < PAYMENT_METHOD_COUNT && !payment[0]; i++)
            if (co.payments & (1u << i)) payment = payment_method_codes[i];
    }

    address_rows(d, "SHIP_ADDRESS", co.ship, co.n_ship, ship_id, 0);
    if (co.n_ship == 0) tpl_show(d, "NO_SHIP_ADDRESSES");
    address_rows(d, "BILL_ADDRESS", co.bill, co.n_bill, bill_id, 1);
    if (co.n_bill == 0) tpl_show(d, "NO_BILL_ADDRESSES");
    if (new_chosen) tpl_show(d, "NEW_CHECKED");
    tpl_set(d, "NEW_MODE_SENTENCE", mode_sentence());
    tpl_dict *fields = tpl_include(d, "NEW_ADDRESS_FIELDS", "addresses/address_fields.tpl");
    new_address_fields_fill(fields, req, errors, posted);

    int offered = 0;
    char text[64], weight[32];
    format_weight(co.weight_grams, weight, sizeof weight);
    for (int i = 0; i < co.n_methods; i++) {
        const struct shipping_method *m = &co.methods[i];
        if (!co.method_offered[i]) {
            tpl_dict *row = tpl_add_section(d, "METHOD_UNAVAILABLE");
            tpl_set(row, "METHOD_NAME", m->name);
            tpl_set(row, "WEIGHT", weight);
            continue;
        }
        offered++;
        tpl_dict *row = tpl_add_section(d, "METHOD");
        tpl_set_int(row, "METHOD_ID", m->id);
        tpl_set(row, "METHOD_NAME", m->name);
        if (m->description[0]) tpl_set(tpl_add_section(row, "DESC"), "TEXT", m->description);
        money(co.method_cost[i], text, sizeof text);
        tpl_set(row, "METHOD_COST", co.method_cost[i] == 0 ? "Free" : text);
        if (m->id == method_id) tpl_show(row, "CHECKED");
    }
    if (!offered) tpl_show(d, "NO_METHODS");

    if (co.company.po_number_required) tpl_show(d, "PO_REQUIRED");
    else tpl_show(d, "PO_OPTIONAL");
    char today[16], limit[16];
    int64_t now = clock_now();
    format_iso_date(now, today, sizeof today);
    format_iso_date(now + 365 * 86400, limit, sizeof limit);
    tpl_set(d, "MIN_DATE", today);
    tpl_set(d, "MAX_DATE", limit);
    tpl_set_int(d, "NOTES_MAX", CHECKOUT_NOTES_MAX);
    tpl_set_int(d, "PO_MAX", CHECKOUT_PO_MAX);

    for (int i = 0; i < PAYMENT_METHOD_COUNT; i++) {
        if (!(co.payments & (1u << i))) continue;
        tpl_dict *row = tpl_add_section(d, "PAYMENT");
        char label[128];
        order_payment_label(payment_method_codes[i], co.company.payment_terms, label, sizeof label);
        tpl_set(row, "PAY_CODE", payment_method_codes[i]);
        tpl_set(row, "PAY_LABEL", label);
        if (strcmp(payment, payment_method_codes[i]) == 0) tpl_show(row, "CHECKED");
    }
    cart_summary(d);
}

void page_checkout(struct request *req)
{
    if (load(req, 0)) render_form(req, 200, NULL, 0);
}

/* ---- the review page ---------------------------------------------------------- */

static void hidden(tpl_dict *d, const char *name, const char *value)
{
    tpl_dict *h = tpl_add_section(d, "HIDDEN");
    tpl_set(h, "NAME", name);
    tpl_set(h, "VALUE", value);
}

/* problem: a message on top (the figures changed); refusal: the approval
 * rules refuse the order (no "Place order" button then). */
static void render_review(struct request *req, int status, const char *problem, const char *refusal_in)
{
    static struct approval_preview_item items[APPROVAL_PREVIEW_MAX];
    char refusal[512] = "";
    int count = 0;
    enum approvals_outcome outcome = APPROVALS_NONE;
    if (refusal_in && refusal_in[0]) {
        snprintf(refusal, sizeof refusal, "%s", refusal_in);
        outcome = APPROVALS_REFUSED;
    } else {
        outcome = approvals_preview(&co.draft, items, APPROVAL_PREVIEW_MAX, &count, refusal, sizeof refusal);
        if (outcome == APPROVALS_ERROR) {
            fail(req);
            return;
        }
        if (outcome == APPROVALS_REFUSED && status == 200) status = 422;
    }
    /* Credit on account: the available credit, and what becomes of an order over it. */
    struct credit_check credit = { .verdict = CREDIT_OK };
    int on_account = strcmp(co.payment, "on_account") == 0;
    if (on_account && credit_check_order(req->actor.company_id, co.total, &credit) != 0) {
        fail(req);
        return;
    }
    if (on_account && outcome != APPROVALS_REFUSED && credit.verdict != CREDIT_OK && credit.verdict != CREDIT_REVIEW) {
        credit_refusal_text(&credit, co.total, refusal, sizeof refusal);
        outcome = APPROVALS_REFUSED;
        if (status == 200) status = 422;
    }
    const struct session_info *s = &req->session;
    tpl_dict *d = response_page(req, status, "checkout/review.tpl", "Review your order");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set(d, "COMPANY_NAME", s->company_name);
    if (problem) tpl_set(tpl_add_section(d, "PROBLEM"), "TEXT", problem);
    cart_summary(d);
    char text[64];
    money(co.shipping, text, sizeof text);
    tpl_set(d, "SHIPPING", text);
    tpl_set(d, "SHIPPING_METHOD", co.methods[co.method_idx].name);
    tpl_set(d, "TAX_LABEL", co.tax_label);
    money(co.tax, text, sizeof text);
    tpl_set(d, "TAX", text);
    money(co.total, text, sizeof text);
    tpl_set(d, "TOTAL", text);
    tpl_set(d, "SHIP_TO_LABEL", co.ship_label);
    tpl_set(d, "SHIP_TO_TEXT", co.ship_text);
    tpl_set(d, "BILL_TO_LABEL", co.bill_label);
    tpl_set(d, "BILL_TO_TEXT", co.bill_text);
    if (co.new_ship) {
        tpl_dict *n = tpl_add_section(d, "NEW_ADDRESS");
        tpl_set(n, "SENTENCE", mode_sentence());
        tpl_show(n, co.new_ship_pending ? "PENDING" : "NOT_PENDING");
    }
    tpl_set(d, "PO_NUMBER", co.po[0] ? co.po : "\xe2\x80\x94");
    tpl_set(d, "DELIVERY_DATE", co.date[0] ? co.date : "As soon as possible");
    if (co.notes[0]) tpl_set(tpl_add_section(d, "NOTES_TEXT"), "TEXT", co.notes);
    char payment[128];
    order_payment_label(co.payment, co.company.payment_terms, payment, sizeof payment);
    tpl_set(d, "PAYMENT_LABEL", payment);
    if (on_account && credit.verdict != CREDIT_NO_ACCOUNT) {
        char available[48];
        format_money(credit.available > 0 ? credit.available : 0, credit.currency, available, sizeof available);
        tpl_set(tpl_add_section(d, "CREDIT"), "AVAILABLE", available);
        if (credit.verdict == CREDIT_REVIEW) tpl_set(tpl_add_section(d, "CREDIT_REVIEW"), "AVAILABLE", available);
    }

    if (outcome == APPROVALS_REQUIRED) {
        tpl_dict *a = tpl_add_section(d, "APPROVALS");
        for (int i = 0; i < count; i++) {
            tpl_dict *row = tpl_add_section(a, "APPROVAL");
            tpl_set(row, "APPROVER", items[i].approver_label);
            tpl_set(row, "REASON", items[i].reason);
            tpl_set(row, "RULE", items[i].rule_name);
            tpl_set_int(row, "LEVEL", items[i].level);
            if (items[i].note[0]) tpl_set(tpl_add_section(row, "NOTE"), "TEXT", items[i].note);
        }
    } else if (outcome == APPROVALS_REFUSED) {
        tpl_dict *r = tpl_add_section(d, "REFUSED");
        tpl_set(r, "TEXT", refusal[0] ? refusal : "Your company's spending rules do not allow this order.");
        if (credit.verdict == CREDIT_REFUSED && (s->permissions & PERM_REQUEST_CREDIT)) tpl_show(r, "CREDIT_LINK");
    } else if (!co.new_ship_pending) {
        tpl_show(d, "NO_APPROVAL");
    }

    /* The choices travel with both forms (place / change). */
    for (int i = 0; i < CHECKOUT_CHOICES; i++) {
        char id[24];
        hidden(d, checkout_field_list[i].name, choice(req, &checkout_field_list[i], id));
    }
    for (int i = 0; co.new_ship && new_address_fields[i]; i++)
        hidden(d, new_address_fields[i], req_form(req, new_address_fields[i]));
    if (outcome != APPROVALS_REFUSED && !s->viewing_as_customer) {
        tpl_dict *place = tpl_add_section(d, "PLACE");
        char key[SUBMIT_KEY_TEXT];
        submit_key_new(req, key);
        tpl_set(place, "SUBMIT_KEY", key);
        tpl_set_int(place, "REVIEWED_TOTAL", co.total);
        tpl_set(place, "TOTAL", text);
    }
}

/* Checks the choices: the declared checks, then checkout's own
 * (checkout_check), one message per field, the declared one first, in the
 * form's order (into co.errors). Returns the number of errors, or -1. */
static int check(const struct request *req, struct checkout_input *in)
{
    read_input(req, in);
    int n = checkout_check(&req->actor, in, &co);
    const struct form_errors *declared = field_errors(req);
    if (n < 0 || !declared->count) return n;
    struct form_errors merged = { 0 };
    form_fields_once();
    for (int f = 0; checkout_fields[f]; f++) {
        const struct form_errors *from = &co.errors;
        for (int i = 0; i < declared->count; i++)
            if (strcmp(declared->items[i].field, checkout_fields[f]) == 0) from = declared;
        for (int i = 0; i < from->count; i++)
            if (strcmp(from->items[i].field, checkout_fields[f]) == 0)
                form_error(&merged, checkout_fields[f], from->items[i].message);
    }
    co.errors = merged;
    return merged.count;
}

/* After load(): 1 when the choices are fine (co holds the figures), else
 * 0 with the answer given: the form with the errors (422), the cart when
 * it cannot be checked out, or 500. */
static int choices_fine(struct request *req)
{
    struct checkout_input in;
    int errors = check(req, &in);
    if (errors < 0) {
        if (co.cart_problem[0]) {
            flash_set(req, "warning", co.cart_problem);
            response_redirect(req, "/cart");
        } else {
            fail(req);
        }
        return 0;
    }
    if (errors > 0) {
        render_form(req, 422, &co.errors, 1);
        return 0;
    }
    return 1;
}

void page_checkout_review(struct request *req)
{
    if (!load(req, !field_number(req, "edit"))) return;
    if (field_number(req, "edit")) {
        render_form(req, 200, NULL, 1);
        return;
    }
    if (choices_fine(req)) render_review(req, 200, NULL, NULL);
}

/* ---- submit ---------------------------------------------------------------------- */

void page_checkout_submit(struct request *req)
{
    char key[AUTH_TOKEN_TEXT];
    /* Both come from the review page as it made them: anything else is
     * not its form (an absent total is not compared). */
    const struct field_value *total = form_value(req->input, "reviewed_total");
    if (!submit_key_check(req, field_text(req, "submit_key"), key) || (total && total->present && !total->ok)) {
        response_error(req, 400, "This order form is not valid any more. Please review your order again before placing it.");
        return;
    }
    if (field_errors(req)->count) {
        /* choices the review would have refused: the form with them */
        if (load(req, 1) && choices_fine(req)) fail(req);
        return;
    }
    choose(req, 1);
    char number[32], refusal[512];
    struct checkout_input in;
    read_input(req, &in);
    struct checkout_place_options opt = {
        .submit_key = key, .reviewed_total = field_ok(req, "reviewed_total") ? field_number(req, "reviewed_total") : -1,
    };
    enum checkout_place_result r = checkout_place(&req->actor, &in, &co, &opt, number, sizeof number,
                                                  refusal, sizeof refusal);
    char location[64];
    switch (r) {
    case SUBMIT_PLACED:
    case SUBMIT_EXISTING:
        snprintf(location, sizeof location, "/checkout/done/%s", number);
        response_redirect(req, location);
        return;
    case SUBMIT_CART:
        flash_set(req, "warning", co.cart_problem);
        response_redirect(req, "/cart");
        return;
    case SUBMIT_INVALID:
        render_form(req, 422, &co.errors, 1);
        return;
    case SUBMIT_CHANGED:
        render_review(req, 409, "Prices or your cart changed since you reviewed the order. Check the figures below and place the order again.", NULL);
        return;
    case SUBMIT_REFUSED:
    case SUBMIT_CREDIT:
        render_review(req, 422, NULL, refusal);
        return;
    case SUBMIT_ERROR:
        break;
    }
    fail(req);
}

/* ---- the confirmation ------------------------------------------------------------ */

void page_checkout_done(struct request *req)
{
    static struct order_header o;
    const struct session_info *s = &req->session;
    int found = store_order_get(s->company_id, req->params.values[0], &o);
    if (found == 1 && (o.placed_by_user_id != s->user_id || strcmp(o.channel, "web") != 0)) found = 0;
    if (!response_found(req, found, "order of yours")) return;
    char approvers[512] = "";
    if (strcmp(o.status, "pending_approval") == 0
        && store_order_waiting_approvers(s->company_id, o.id, approvers, sizeof approvers) != 0) {
        fail(req);
        return;
    }
    tpl_dict *d = response_page(req, 200, "checkout/done.tpl", "Order placed");
    tpl_set(d, "NUMBER", o.number);
    tpl_set(d, "STATUS", order_status_label(o.status));
    tpl_set(d, "BADGE", order_status_badge(o.status));
    if (strcmp(o.status, "approved") == 0) {
        tpl_show(d, "APPROVED");
    } else if (strcmp(o.status, "pending_approval") == 0) {
        tpl_dict *p = tpl_add_section(d, "PENDING");
        if (approvers[0]) tpl_set(tpl_add_section(p, "APPROVERS"), "WHO", approvers);
        if (o.waiting_for_address) tpl_show(p, "WAITING_ADDRESS");
    } else {
        tpl_show(d, "OTHER_STATUS");
    }
    char text[64];
    format_money(o.subtotal, o.currency, text, sizeof text);
    tpl_set(d, "SUBTOTAL", text);
    format_money(o.shipping, o.currency, text, sizeof text);
    tpl_set(d, "SHIPPING", text);
    tpl_set(d, "SHIPPING_METHOD", o.shipping_method);
    tpl_set(d, "TAX_LABEL", o.tax_label);
    format_money(o.tax, o.currency, text, sizeof text);
    tpl_set(d, "TAX", text);
    format_money(o.total, o.currency, text, sizeof text);
    tpl_set(d, "TOTAL", text);
    tpl_set(d, "SHIP_TO_LABEL", o.ship_to_label);
    tpl_set(d, "SHIP_TO_TEXT", o.ship_to_text);
    tpl_set(d, "PO_NUMBER", o.po_number[0] ? o.po_number : "\xe2\x80\x94");
    tpl_set(d, "EMAIL", s->email);
    char placed[32];
    format_date(o.placed_at, placed, sizeof placed);
    tpl_set(d, "PLACED", placed);
}
