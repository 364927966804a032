/* Checkout's model (what it offers, what was chosen, the figures) and
 * checkout_place(): one transaction from cart to order, for any actor.
 * See checkout/checkout.h. */
#include "checkout/checkout.h"
#include "base/clock.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "approvals/approvals_submit.h"
#include "audit/audit.h"
#include "catalog/quantity_rules.h"
#include "checkout/checkout_rules.h"
#include "base/db.h"
#include "base/format.h"
#include "mail/mail.h"
#include "orders/order_lifecycle.h"
#include "orders/order_status.h"
#include "base/permissions.h"
#include "accounts/registration.h"
#include "base/settings.h"
#include "base/validate.h"
#include "orders/order_detail_store.h"
#include "orders/order_move.h"
#include "base/sequences.h"
#include "credit/credit.h"

#define RECIPIENTS_MAX 50

/* ---- small helpers ------------------------------------------------------------ */

static const char *country_name(const char *code)
{
    for (int i = 0; i < registration_country_count; i++)
        if (strcmp(registration_countries[i].code, code) == 0) return registration_countries[i].name;
    return code;
}

static void add(char *out, size_t size, size_t *used, const char *fmt, ...)
{
    if (*used + 1 >= size) return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(out + *used, size - *used, fmt, ap);
    va_end(ap);
    if (n > 0) *used += (size_t)n < size - *used ? (size_t)n : size - *used - 1;
}

void checkout_address_text(const char *company, const struct address_input *a, char *out, size_t size)
{
    size_t used = 0;
    out[0] = '\0';
    add(out, size, &used, "%s", company);
    if (a->attention[0]) add(out, size, &used, "\nAttn: %s", a->attention);
    add(out, size, &used, "\n%s", a->line1);
    if (a->line2[0]) add(out, size, &used, "\n%s", a->line2);
    add(out, size, &used, "\n%s%s%s", a->city, a->region[0] ? ", " : "", a->region);
    if (a->postal_code[0]) add(out, size, &used, " %s", a->postal_code);
    add(out, size, &used, "\n%s", country_name(a->country));
}

static void input_of_row(const struct address_row *r, struct address_input *in)
{
    *in = (struct address_input){ r->label, r->type, r->attention, r->line1, r->line2, r->city, r->region,
                                  r->postal_code, r->country, r->phone, r->delivery_instructions, r->tax_id };
}

static int index_of_id(const struct address_row *const *rows, int n, const char *text)
{
    int64_t id;
    if (!parse_id(text, &id)) return -1;
    for (int i = 0; i < n; i++)
        if (rows[i]->id == id) return i;
    return -1;
}

/* The member's own default of the kind, else the company's, among those offered. */
static int default_index(const struct address_row *const *rows, int n, int billing)
{
    for (int i = 0; i < n; i++)
        if (billing ? rows[i]->my_default_billing : rows[i]->my_default_shipping) return i;
    for (int i = 0; i < n; i++)
        if (billing ? rows[i]->default_billing : rows[i]->default_shipping) return i;
    return n == 1 ? 0 : -1;
}

static enum address_approval effective_mode(int64_t company_id)
{
    char company[32] = "", seller[32] = "";
    store_address_approval_get(company_id, company, sizeof company);
    settings_get("address_approval_default", "company", seller, sizeof seller);
    return address_approval_effective(company, seller);
}

/* ---- loading ------------------------------------------------------------------- */

static void check_cart(struct checkout *c)
{
    c->cart_problem[0] = '\0';
    if (c->n_lines == 0) {
        snprintf(c->cart_problem, sizeof c->cart_problem, "Your cart is empty: add products before checking out.");
        return;
    }
    int64_t subtotal = 0, weight = 0, quantity = 0;
    for (int i = 0; i < c->n_lines; i++) {
        const struct cart_line *l = &c->lines[i];
        if (!l->active) {
            snprintf(c->cart_problem, sizeof c->cart_problem, "%s (%s) is no longer available. Remove it from %s.",
                     l->name, l->sku, c->lines_from ? "the list" : "your cart to check out");
            return;
        }
        enum cart_qty_problem p = cart_quantity_check(l->quantity, l->pack_size, l->min_order_qty);
        if (p != CART_QTY_OK) {
            char why[160];
            cart_quantity_message(p, l->pack_size, l->min_order_qty, l->unit, why, sizeof why);
            snprintf(c->cart_problem, sizeof c->cart_problem, "Check the quantity of %s (%s): %s", l->name, l->sku, why);
            return;
        }
        if (l->line_total < 0 || money_add(&subtotal, l->line_total) != 0
            || money_add_product(&weight, l->quantity, l->weight_grams) != 0
            || money_add(&quantity, l->quantity) != 0) {
            snprintf(c->cart_problem, sizeof c->cart_problem,
                     "The cart is too large to order at once. Lower the quantities and try again.");
            return;
        }
    }
    c->subtotal = subtotal;
    c->weight_grams = weight;
    c->total_quantity = quantity;
}

/* One read of the usable addresses (all, or only the two the form chose),
 * split by type ("both" fits either), not one per type: each row's rule
 * and restriction subqueries ran twice, three times per order placed. A
 * chosen address that may not be used is simply not there, and
 * checkout_check says so as it would with the whole list. */
static int load_addresses(const struct actor *who, struct checkout *c, int chosen_only)
{
    int n_usable = chosen_only
        ? store_addresses_usable_of(who->company_id, who->user_id, c->chosen_ship_id, c->chosen_bill_id, c->usable, 2)
        : store_addresses_usable(who->company_id, who->user_id, "", c->usable, 2 * CHECKOUT_ADDRESSES_MAX);
    if (n_usable < 0) return -1;
    c->n_ship = c->n_bill = 0;
    for (int i = 0; i < n_usable; i++) {
        const struct address_row *a = &c->usable[i];
        if (strcmp(a->type, "billing") != 0 && c->n_ship < CHECKOUT_ADDRESSES_MAX) c->ship[c->n_ship++] = a;
        if (strcmp(a->type, "shipping") != 0 && c->n_bill < CHECKOUT_ADDRESSES_MAX) c->bill[c->n_bill++] = a;
    }
    c->all_addresses = !chosen_only;
    c->default_ship = chosen_only ? -1 : default_index(c->ship, c->n_ship, 0);
    c->default_bill = chosen_only ? -1 : default_index(c->bill, c->n_bill, 1);
    return 0;
}

int checkout_load_addresses(const struct actor *who, struct checkout *c)
{
    return c->all_addresses ? 0 : load_addresses(who, c, 0);
}

int checkout_load(const struct actor *who, struct checkout *c)
{
    const struct actor *s = who;
    c->n_lines = c->n_ship = c->n_bill = c->n_methods = 0;
    c->subtotal = c->weight_grams = c->total_quantity = 0;
    c->default_ship = c->default_bill = -1;
    c->unit_id = c->role_id = 0;
    if (store_checkout_company(s->company_id, &c->company) != 1) return -1;
    struct checkout_member me;
    int member = store_checkout_member(s->company_id, s->user_id, &me);
    if (member < 0) return -1;
    c->unit_id = member ? me.unit_id : 0;
    c->role_id = member ? me.role_id : 0;
    snprintf(c->buyer_name, sizeof c->buyer_name, "%s", member && me.name[0] ? me.name : who->label);
    snprintf(c->buyer_email, sizeof c->buyer_email, "%s", member ? me.email : "");
    c->address_manager = (s->permissions & PERM_MANAGE_ADDRESSES) != 0;
    c->mode = c->address_manager ? ADDRESS_APPROVAL_OPEN : effective_mode(s->company_id);

    /* Applicants never reach checkout (they may not place orders). */
    c->n_lines = c->lines_from ? c->lines_from(who, c->lines_ctx, c->lines, CART_MAX_LINES)
                               : store_cart_lines(s->company_id, s->user_id, 0, c->lines, CART_MAX_LINES);
    if (c->n_lines < 0) return -1;
    int64_t in_cart = c->n_lines, units = 0;
    if (!c->lines_from && store_cart_count(s->company_id, s->user_id, &in_cart, &units) != 0) return -1;
    check_cart(c);
    if (in_cart > c->n_lines && !c->cart_problem[0])   /* never order part of a cart and empty all of it */
        snprintf(c->cart_problem, sizeof c->cart_problem,
                 "Your cart has more than %d lines. Split it into several orders.", CART_MAX_LINES);

    if (load_addresses(who, c, c->chosen_ship_id > 0 && c->chosen_bill_id > 0) != 0) return -1;

    c->n_methods = store_shipping_methods(1, c->methods, SHIPPING_METHODS_MAX);
    if (c->n_methods < 0) return -1;
    for (int i = 0; i < c->n_methods; i++)
        c->method_offered[i] = checkout_shipping_cost(&c->methods[i], c->weight_grams, &c->method_cost[i]) == 0;

    char list[128];
    if (settings_get("payment_methods", "on_account", list, sizeof list) != 0) return -1;
    c->payments = checkout_payment_parse_list(list);
    if (!c->payments) c->payments = PAYMENT_ON_ACCOUNT;
    return 0;
}

/* ---- reading the form ----------------------------------------------------------- */


/* The tax for the ship-to: the address's own rate, else the region's, else
 * the country's, else none. 0 or -1. */
static int work_out_tax(struct checkout *c, int64_t address_id, const char *country,
                        const char *region)
{
    int64_t bp = 0;
    char name[160] = "";
    int own = address_id ? store_address_tax_override(c->company.id, address_id, &bp) : 0;
    if (own < 0) return -1;
    if (own == 1) {
        snprintf(name, sizeof name, "%s", "this address");
    } else {
        struct tax_rate_row rate;
        int found = store_tax_rate_find(country, region, &rate);
        if (found < 0) return -1;
        if (found == 1) {
            bp = rate.rate_bp;
            snprintf(name, sizeof name, "%s", rate.label[0] ? rate.label : rate.region[0] ? rate.region : rate.country);
        }
    }
    c->tax_bp = bp;
    checkout_tax_label(name, bp, c->tax_label, sizeof c->tax_label);
    if (money_percent(c->subtotal, bp, &c->tax) != 0) return -1;
    return 0;
}

static void build_draft(const struct actor *who, struct checkout *c)
{
    for (int i = 0; i < c->n_lines; i++) {
        const struct cart_line *l = &c->lines[i];
        struct order_draft_line *d = &c->draft_lines[i];
        memset(d, 0, sizeof *d);
        d->product_id = l->product_id;
        d->category_id = l->category_id;
        snprintf(d->sku, sizeof d->sku, "%s", l->sku);
        snprintf(d->name, sizeof d->name, "%s", l->name);
        snprintf(d->unit, sizeof d->unit, "%s", l->unit);
        d->quantity = l->quantity;
        d->unit_price = l->unit_price;
        d->line_total = l->line_total;
        d->contract = l->source == PRICE_CONTRACT;
        d->weight_grams = l->weight_grams;
    }
    struct order_draft *d = &c->draft;
    memset(d, 0, sizeof *d);
    d->company_id = who->company_id;
    d->buyer_user_id = who->user_id;
    d->buyer_unit_id = c->unit_id;
    d->buyer_role_id = c->role_id;
    d->lines = c->draft_lines;
    d->n_lines = c->n_lines;
    d->distinct_skus = c->n_lines;
    d->total_quantity = c->total_quantity;
    d->subtotal = c->subtotal;
    d->shipping = c->shipping;
    d->tax = c->tax;
    d->total = c->total;
    snprintf(d->currency, sizeof d->currency, "%s", c->company.currency);
    d->now = clock_now();
}

static const char *or_empty(const char *s)
{
    return s ? s : "";
}

int checkout_check(const struct actor *who, const struct checkout_input *posted, struct checkout *c)
{
    /* NULL reads as "" (not given), so a caller fills only what it has. */
    struct checkout_input in = {
        or_empty(posted->ship_to), or_empty(posted->bill_to), or_empty(posted->shipping_method),
        or_empty(posted->po_number), or_empty(posted->delivery_date), or_empty(posted->notes),
        or_empty(posted->payment_method),
        { or_empty(posted->new_address.label), "shipping", or_empty(posted->new_address.attention),
          or_empty(posted->new_address.line1), or_empty(posted->new_address.line2), or_empty(posted->new_address.city),
          or_empty(posted->new_address.region), or_empty(posted->new_address.postal_code),
          or_empty(posted->new_address.country), or_empty(posted->new_address.phone),
          or_empty(posted->new_address.delivery_instructions), or_empty(posted->new_address.tax_id) },
    };
    memset(&c->errors, 0, sizeof c->errors);
    c->ship_idx = c->bill_idx = c->method_idx = -1;
    c->new_ship = c->new_ship_pending = 0;
    c->shipping = c->tax = c->total = c->tax_bp = 0;
    c->tax_label[0] = c->ship_label[0] = c->ship_text[0] = c->bill_label[0] = c->bill_text[0] = '\0';

    const char *ship = in.ship_to;
    if (strcmp(ship, "new") == 0) {
        c->new_ship = 1;
        address_read(&in.new_address, &c->addr, &c->new_in, &c->errors);
        c->new_ship_pending = c->mode != ADDRESS_APPROVAL_OPEN;
    } else if (!ship[0]) {
        form_error(&c->errors, "ship_to", "Choose where to ship the order.");
    } else if ((c->ship_idx = index_of_id(c->ship, c->n_ship, ship)) < 0) {
        form_error(&c->errors, "ship_to", "Choose one of the shipping addresses you may use.");
    }

    const char *bill = in.bill_to;
    if (!bill[0]) form_error(&c->errors, "bill_to", "Choose the billing address.");
    else if ((c->bill_idx = index_of_id(c->bill, c->n_bill, bill)) < 0)
        form_error(&c->errors, "bill_to", "Choose one of the billing addresses you may use.");

    const char *method = in.shipping_method;
    int64_t method_id = 0;
    if (!method[0]) {
        form_error(&c->errors, "shipping_method", "Choose a shipping method.");
    } else {
        int known = -1;
        if (parse_id(method, &method_id))
            for (int i = 0; i < c->n_methods; i++)
                if (c->methods[i].id == method_id) known = i;
        if (known >= 0 && c->method_offered[known]) {
            c->method_idx = known;
        } else if (known >= 0) {
            /* Chosen earlier, but the cart has changed since: say why it
             * is no longer chosen and let the buyer pick (never swap in
             * another method by ourselves). */
            char weight[32];
            format_weight(c->weight_grams, weight, sizeof weight);
            snprintf(c->method_problem, sizeof c->method_problem,
                     "%s is not available for an order of %s any more. Choose another shipping method.",
                     c->methods[known].name, weight);
            form_error(&c->errors, "shipping_method", c->method_problem);
        } else {
            form_error(&c->errors, "shipping_method", "Choose one of the shipping methods offered for this order.");
        }
    }

    text_trim_copy(in.po_number, c->po, sizeof c->po);
    if (strlen(in.po_number) >= sizeof c->po)
        form_error(&c->errors, "po_number", "Keep the PO number to 64 characters or fewer.");
    else
        form_error(&c->errors, "po_number", checkout_po_check(c->po, c->company.po_number_required));

    text_trim_copy(in.delivery_date, c->date, sizeof c->date);
    if (strlen(in.delivery_date) >= 40)
        form_error(&c->errors, "delivery_date", "Enter the date as YYYY-MM-DD, for example 2026-03-15.");
    else
        form_error(&c->errors, "delivery_date", checkout_date_check(c->date, clock_now()));

    const char *notes = in.notes;
    const char *problem = checkout_notes_check(notes);
    if (!problem && strlen(notes) >= sizeof c->notes) problem = "Keep the notes to 2,000 characters or fewer.";
    if (!form_error(&c->errors, "notes", problem)) text_trim_lines(notes, c->notes, sizeof c->notes);
    else c->notes[0] = '\0';

    const char *payment = in.payment_method;
    unsigned bit = checkout_payment_bit(payment);
    if (!payment[0]) form_error(&c->errors, "payment_method", "Choose how you will pay.");
    else if (!bit || !(c->payments & bit)) form_error(&c->errors, "payment_method", "Choose one of the payment methods offered.");
    snprintf(c->payment, sizeof c->payment, "%s", bit && (c->payments & bit) ? payment : "");

    if (c->errors.count) return c->errors.count;

    /* The figures and the snapshots. */
    c->shipping = c->method_cost[c->method_idx];
    struct address_input ship_in, bill_in;
    int64_t ship_id = 0;
    if (c->new_ship) {
        ship_in = c->new_in;
        snprintf(c->ship_label, sizeof c->ship_label, "%s", c->addr.label);
    } else {
        input_of_row(c->ship[c->ship_idx], &ship_in);
        ship_id = c->ship[c->ship_idx]->id;
        snprintf(c->ship_label, sizeof c->ship_label, "%s", c->ship[c->ship_idx]->label);
    }
    input_of_row(c->bill[c->bill_idx], &bill_in);
    snprintf(c->bill_label, sizeof c->bill_label, "%s", c->bill[c->bill_idx]->label);
    checkout_address_text(c->company.name, &ship_in, c->ship_text, sizeof c->ship_text);
    checkout_address_text(c->company.name, &bill_in, c->bill_text, sizeof c->bill_text);
    if (work_out_tax(c, ship_id, ship_in.country, ship_in.region) != 0) return -1;
    int64_t total = 0;
    if (money_add(&total, c->subtotal) != 0 || money_add(&total, c->shipping) != 0
        || money_add(&total, c->tax) != 0) {
        snprintf(c->cart_problem, sizeof c->cart_problem,
                 "The cart is too large to order at once. Lower the quantities and try again.");
        return -1;
    }
    c->total = total;
    build_draft(who, c);
    return 0;
}

/* ---- the submit step --------------------------------------------------------- */

/* The credit check (credit/credit.h), inside the submit transaction after
 * the figures are final and before the order is written, so parallel
 * submits see each other's reservations. Returns 0 to let the order
 * through (*review: accepted over the limit, for the seller's credit
 * review, without a reservation), or -1 with the reason in `refusal`
 * (shown on the review page, 422); -2 on a database error. */
static int credit_check_seam(const struct actor *who, const struct checkout *c, int *review, char *refusal,
                             size_t refusal_size)
{
    *review = 0;
    if (strcmp(c->payment, "on_account") != 0) return 0;
    struct credit_check check;
    if (credit_check_order(who->company_id, c->total, &check) != 0) return -2;
    if (check.verdict == CREDIT_OK) return 0;
    if (check.verdict == CREDIT_REVIEW) {
        *review = 1;
        return 0;
    }
    credit_refusal_text(&check, c->total, refusal, refusal_size);
    return -1;
}

static void money(int64_t cents, const char *currency, char *out, size_t size)
{
    format_money(cents, currency, out, size);
}

/* The new ship-to address: created active (address managers, or the mode
 * is "open") or pending with the company or the seller, whose approvers
 * are mailed like for any proposal. 0 (*id set) or -1. */
static int create_ship_to(const struct actor *who, struct checkout *c, int64_t *id)
{
    static struct address_person to[RECIPIENTS_MAX];
    const struct actor *s = who;
    const char *status = c->new_ship_pending ? "pending" : "active";
    const char *pending_with = !c->new_ship_pending ? "" : c->mode == ADDRESS_APPROVAL_SELLER ? "seller" : "company";
    char compact[1200];
    address_compact(&c->new_in, compact, sizeof compact);
    const struct audit_change changes[] = {
        { "Label", "", c->new_in.label }, { "Type", "", "Shipping" }, { "Address", "", compact },
        { "Status", "", c->new_ship_pending ? "Pending" : "Active" },
    };
    if (store_address_create(s->company_id, &c->new_in, status, pending_with,
                             c->address_manager ? 0 : s->user_id, clock_now(), id) != 0)
        return -1;
    if (audit_record(who, s->company_id, c->address_manager ? "address.created" : "address.proposed",
                     c->new_in.label, changes, 4) != 0)
        return -1;
    if (!c->new_ship_pending) return 0;
    int n = c->mode == ADDRESS_APPROVAL_SELLER ? store_address_staff_admins(to, RECIPIENTS_MAX)
                                                : store_address_approvers(s->company_id, to, RECIPIENTS_MAX);
    if (n < 0) return -1;
    tpl_dict *v = tpl_dict_new();
    tpl_set(v, "COMPANY_NAME", c->company.name);
    tpl_set(v, "ADDRESS_LABEL", c->new_in.label);
    tpl_set(v, "ADDRESS_TEXT", compact);
    tpl_set(v, "PROPOSER_NAME", c->buyer_name);
    tpl_set(v, "PROPOSER_EMAIL", c->buyer_email);
    char path[64];
    snprintf(path, sizeof path, c->mode == ADDRESS_APPROVAL_SELLER ? "/backoffice/addresses/%lld" : "/account/addresses/%lld",
             (long long)*id);
    tpl_set(v, "REVIEW_PATH", path);
    if (c->mode == ADDRESS_APPROVAL_SELLER) tpl_show(v, "FOR_SELLER");
    int ok = 1;
    for (int i = 0; ok && i < n; i++) {
        struct mail_recipient r = { .address = to[i].email, .name = to[i].name, .user_id = to[i].user_id,
                                    .company_id = c->mode == ADDRESS_APPROVAL_SELLER ? 0 : s->company_id };
        char why[200] = "";
        if (mail_enqueue("address_proposed", &r, v, why, sizeof why) == MAIL_ERROR) {
            fprintf(stderr, "checkout: address_proposed mail to %s not queued: %s\n", to[i].email, why);
            ok = 0;
        }
    }
    tpl_dict_free(v);
    return ok ? 0 : -1;
}

static int write_lines(const struct checkout *c, int64_t order_id)
{
    for (int i = 0; i < c->n_lines; i++) {
        const struct cart_line *l = &c->lines[i];
        struct order_line_new line = {
            .line_no = i + 1, .product_id = l->product_id, .sku = l->sku, .name = l->name, .unit = l->unit,
            .quantity = l->quantity, .unit_price = l->unit_price, .line_total = l->line_total,
            .price_source = l->source == PRICE_CONTRACT ? "contract" : "list",
        };
        if (store_order_line_insert(order_id, c->company.id, &line) != 0) return -1;
    }
    return 0;
}

/* The buyer's copy (order_move sends it): lines, figures, addresses, PO,
 * status. The caller frees the values. */
static tpl_dict *confirmation_values(const struct checkout *c, const char *status, const char *approvers)
{
    const char *cur = c->company.currency;
    char text[64];
    tpl_dict *v = tpl_dict_new();
    tpl_set(v, "STATUS", order_status_label(status));
    if (strcmp(status, "approved") == 0) tpl_show(v, "APPROVED");
    else if (c->new_ship_pending) tpl_show(v, "WAITING_ADDRESS");
    if (strcmp(status, "pending_approval") == 0 && approvers[0]) tpl_set(tpl_add_section(v, "NEEDS_APPROVAL"), "APPROVERS", approvers);
    for (int i = 0; i < c->n_lines; i++) {
        const struct cart_line *l = &c->lines[i];
        tpl_dict *row = tpl_add_section(v, "LINE");
        tpl_set(row, "SKU", l->sku);
        tpl_set(row, "NAME", l->name);
        tpl_set_int(row, "QUANTITY", l->quantity);
        tpl_set(row, "UNIT", l->unit);
        money(l->unit_price, cur, text, sizeof text);
        tpl_set(row, "UNIT_PRICE", text);
        money(l->line_total, cur, text, sizeof text);
        tpl_set(row, "LINE_TOTAL", text);
    }
    money(c->subtotal, cur, text, sizeof text);
    tpl_set(v, "SUBTOTAL", text);
    money(c->shipping, cur, text, sizeof text);
    tpl_set(v, "SHIPPING", text);
    tpl_set(v, "SHIPPING_METHOD", c->methods[c->method_idx].name);
    tpl_set(v, "TAX_LABEL", c->tax_label);
    money(c->tax, cur, text, sizeof text);
    tpl_set(v, "TAX", text);
    money(c->total, cur, text, sizeof text);
    tpl_set(v, "TOTAL", text);
    tpl_set(v, "SHIP_TO_LABEL", c->ship_label);
    tpl_set(v, "SHIP_TO_TEXT", c->ship_text);
    tpl_set(v, "BILL_TO_LABEL", c->bill_label);
    tpl_set(v, "BILL_TO_TEXT", c->bill_text);
    char payment[128];
    order_payment_label(c->payment, c->company.payment_terms, payment, sizeof payment);
    tpl_set(v, "PAYMENT", payment);
    if (c->po[0]) tpl_set(tpl_add_section(v, "PO"), "PO_NUMBER", c->po);
    if (c->date[0]) tpl_set(tpl_add_section(v, "DELIVERY_DATE"), "DATE", c->date);
    if (c->notes[0]) tpl_set(tpl_add_section(v, "NOTES"), "TEXT", c->notes);
    return v;
}

static enum checkout_place_result give_up(enum checkout_place_result r)
{
    db_rollback();
    return r;
}

enum checkout_place_result checkout_place(const struct actor *who, const struct checkout_input *in, struct checkout *c,
                                          const struct checkout_place_options *opt, char *number, size_t number_size,
                                          char *refusal, size_t refusal_size)
{
    const struct actor *s = who;
    refusal[0] = '\0';
    number[0] = '\0';
    /* A member, or a job or key acting for one; never staff. */
    if (who->kind == ACTOR_STAFF || who->company_id <= 0 || who->user_id <= 0
        || !permissions_allow(who->permissions, PERM_PLACE_ORDERS)) {
        snprintf(refusal, refusal_size, "Only a member who may place orders can place this order.");
        return SUBMIT_REFUSED;
    }
    /* BEGIN IMMEDIATE: this request holds the write lock from here on, so
     * what it reads below stays true until it commits. */
    if (db_begin() != 0) return SUBMIT_ERROR;

    const char *submit_key = opt && opt->submit_key ? opt->submit_key : "";
    if (submit_key[0]) {
        int seen = store_order_by_submit_key(s->company_id, s->user_id, submit_key, number, number_size);
        if (seen != 0) return give_up(seen == 1 ? SUBMIT_EXISTING : SUBMIT_ERROR);
    }

    if (checkout_load(who, c) != 0) return give_up(SUBMIT_ERROR);
    if (c->cart_problem[0]) return give_up(SUBMIT_CART);
    int errors = checkout_check(who, in, c);
    if (errors < 0) return give_up(c->cart_problem[0] ? SUBMIT_CART : SUBMIT_ERROR);
    if (errors > 0) return give_up(SUBMIT_INVALID);
    int64_t reviewed_total = opt ? opt->reviewed_total : -1;
    if (reviewed_total >= 0 && reviewed_total != c->total) return give_up(SUBMIT_CHANGED);
    int credit_review = 0;
    int credit = credit_check_seam(who, c, &credit_review, refusal, refusal_size);
    if (credit == -2) return give_up(SUBMIT_ERROR);
    if (credit != 0) {
        if (!refusal[0]) snprintf(refusal, refusal_size, "This order cannot be placed on your company's account just now.");
        return give_up(SUBMIT_CREDIT);
    }

    int64_t now = clock_now();
    int64_t ship_to_id = c->new_ship ? 0 : c->ship[c->ship_idx]->id;
    if (c->new_ship && create_ship_to(who, c, &ship_to_id) != 0) return give_up(SUBMIT_ERROR);

    int64_t seq = 0;
    if (store_sequence_next(SEQUENCE_ORDER_NUMBER, &seq) != 0
        || checkout_order_number_at(now, seq, number, number_size) != 0) {
        fprintf(stderr, "checkout: no order number (sequence %lld)\n", (long long)seq);
        return give_up(SUBMIT_ERROR);
    }

    char payment[32];
    snprintf(payment, sizeof payment, "%s", c->payment);
    struct order_new o = {
        .company_id = s->company_id, .number = number, .placed_by_user_id = s->user_id,
        .business_unit_id = c->unit_id, .po_number = c->po, .currency = c->company.currency,
        .subtotal = c->subtotal, .shipping = c->shipping, .tax = c->tax, .total = c->total,
        .ship_to_address_id = ship_to_id, .bill_to_address_id = c->bill[c->bill_idx]->id,
        .ship_to_label = c->ship_label, .ship_to_text = c->ship_text,
        .bill_to_label = c->bill_label, .bill_to_text = c->bill_text,
        .shipping_method = c->methods[c->method_idx].name, .tax_label = c->tax_label, .tax_rate_bp = c->tax_bp,
        .payment_method = payment, .requested_delivery_date = c->date, .notes = c->notes,
        .submit_key = submit_key, .waiting_for_address = c->new_ship_pending, .placed_at = now,
    };
    int64_t order_id = 0;
    if (store_order_insert(&o, &order_id) != 0) return give_up(SUBMIT_ERROR);
    if (write_lines(c, order_id) != 0) return give_up(SUBMIT_ERROR);
    if (credit_review && store_credit_order_flag_review(s->company_id, order_id, 1) != 0) return give_up(SUBMIT_ERROR);

    c->draft.now = now;
    enum approvals_outcome approvals = approvals_on_submit(&c->draft, order_id, number, refusal, refusal_size);
    if (approvals == APPROVALS_REFUSED) {
        if (!refusal[0]) snprintf(refusal, refusal_size, "Your company's spending rules do not allow this order.");
        return give_up(SUBMIT_REFUSED);
    }
    if (approvals == APPROVALS_ERROR) return give_up(SUBMIT_ERROR);

    const char *status = approvals == APPROVALS_REQUIRED || c->new_ship_pending ? "pending_approval"
                       : credit_review ? "credit_review" : "approved";
    const char *note = strcmp(status, "credit_review") == 0 ? "Over the available credit: waits for the seller's credit review."
                       : c->new_ship_pending && approvals == APPROVALS_REQUIRED
                           ? "Waits for approval and for the new ship-to address to be approved."
                       : c->new_ship_pending ? "Waits for the new ship-to address to be approved."
                       : approvals == APPROVALS_REQUIRED ? "Waits for approval."
                       : "";
    if (!c->lines_from && (store_cart_claim_requisitions(s->company_id, s->user_id, order_id) != 0
                           || store_cart_clear(s->company_id, s->user_id) != 0))
        return give_up(SUBMIT_ERROR);

    char total[64], approvers[512] = "";
    money(c->total, c->company.currency, total, sizeof total);
    if (approvals == APPROVALS_REQUIRED && store_order_waiting_approvers(s->company_id, order_id, approvers, sizeof approvers) != 0)
        return give_up(SUBMIT_ERROR);
    const struct audit_change changes[] = {
        { "Total", "", total },
        { "Ship to", "", c->ship_label },
        { "PO number", "", c->po },
    };
    struct order_ref order = {
        .id = order_id, .company_id = s->company_id, .number = number, .status = "draft",
        .buyer_user_id = s->user_id, .buyer_email = c->buyer_email, .buyer_name = c->buyer_name,
        .company_name = c->company.name,
    };
    tpl_dict *mail = confirmation_values(c, status, approvers);
    struct order_move placed = {
        .to = status, .note = note, .action = "order.placed", .changes = changes, .change_count = c->po[0] ? 3 : 2,
        .mail_type = "order_confirmation", .mail_values = mail,
    };
    enum order_move_result moved = order_move(who, &order, &placed);
    tpl_dict_free(mail);
    if (moved != ORDER_MOVED) return give_up(SUBMIT_ERROR);
    if (db_commit() != 0) return give_up(SUBMIT_ERROR);
    return SUBMIT_PLACED;
}
