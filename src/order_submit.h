#ifndef BUYERDESK_ORDER_SUBMIT_H
#define BUYERDESK_ORDER_SUBMIT_H

/* Checkout's model and the submit step.
 *
 * checkout_load() reads everything the checkout form offers the signed-in
 * member (the cart at today's prices, the addresses they may use, the
 * shipping methods with their cost for the cart's weight, the payment
 * methods, the company's PO rule); checkout_read() checks what the form
 * sent against it and works out every figure (subtotal, shipping, tax,
 * total) and the address snapshots. Nothing posted is trusted: ids must be
 * among those offered, prices come from the price list.
 *
 * order_submit() is the one transaction from cart to order: it loads and
 * checks again inside BEGIN IMMEDIATE, so two submits cannot interleave;
 * a submit key already used finds the order it made. */

#include <stddef.h>
#include <stdint.h>

#include "address_rules.h"
#include "form.h"
#include "order_draft.h"
#include "request.h"
#include "store/addresses.h"
#include "store/cart.h"
#include "store/checkout.h"

#define CHECKOUT_ADDRESSES_MAX 100
#define CHECKOUT_TEXT_MAX 1024

/* A new ship-to address typed at checkout, trimmed. */
struct checkout_new_address {
    char label[ADDRESS_LABEL_MAX * 4 + 1];
    char attention[ADDRESS_ATTENTION_MAX * 4 + 1];
    char line1[ADDRESS_LINE_MAX * 4 + 1];
    char line2[ADDRESS_LINE_MAX * 4 + 1];
    char city[ADDRESS_CITY_MAX * 4 + 1];
    char region[ADDRESS_REGION_MAX * 4 + 1];
    char postal_code[ADDRESS_POSTAL_MAX * 4 + 1];
    char country[8];
    char phone[ADDRESS_PHONE_MAX * 4 + 1];
    char delivery_instructions[ADDRESS_INSTRUCTIONS_MAX * 4 + 1];
    char tax_id[ADDRESS_TAX_ID_MAX * 4 + 1];
};

struct checkout {
    /* --- loaded (checkout_load) --- */
    struct checkout_company company;
    int64_t unit_id, role_id;
    int address_manager;             /* may manage addresses: a new ship-to is active at once */
    enum address_approval mode;      /* how a new ship-to is approved otherwise */
    struct cart_line lines[CART_MAX_LINES];
    int n_lines;
    char cart_problem[300];          /* "" when the cart can go through checkout */
    struct address_row ship[CHECKOUT_ADDRESSES_MAX];
    int n_ship;
    struct address_row bill[CHECKOUT_ADDRESSES_MAX];
    int n_bill;
    int default_ship, default_bill;  /* index of the preselected address, -1 none */
    struct shipping_method methods[SHIPPING_METHODS_MAX];
    int64_t method_cost[SHIPPING_METHODS_MAX];
    int method_offered[SHIPPING_METHODS_MAX];
    int n_methods;
    unsigned payments;               /* enabled payment method bits */
    int64_t weight_grams;
    int64_t subtotal;
    int64_t total_quantity;

    /* --- chosen (checkout_read); meaningful when errors.count == 0 --- */
    struct form_errors errors;
    int ship_idx;                    /* -1 with new_ship */
    int new_ship;
    int new_ship_pending;            /* the new address waits for approval */
    struct checkout_new_address addr;
    struct address_input new_in;
    int bill_idx, method_idx;
    char method_problem[200];        /* why the posted method no longer applies */
    char po[CHECKOUT_PO_MAX * 4 + 1];
    char date[16];
    char notes[CHECKOUT_NOTES_MAX * 4 + 1];
    char payment[16];
    int64_t shipping, tax, total, tax_bp;
    char tax_label[200];
    char ship_label[ADDRESS_LABEL_MAX * 4 + 1];
    char ship_text[CHECKOUT_TEXT_MAX];
    char bill_label[ADDRESS_LABEL_MAX * 4 + 1];
    char bill_text[CHECKOUT_TEXT_MAX];
    struct order_draft_line draft_lines[CART_MAX_LINES];
    struct order_draft draft;
};

/* Loads the cart and the offers for the signed-in member. 0, or -1 on a
 * database error. c->cart_problem says why the cart cannot be checked out. */
int checkout_load(const struct request *req, struct checkout *c);

/* Checks the posted choices (after checkout_load) and works out the
 * figures. Returns the number of errors (in c->errors), or -1 on a
 * database error. */
int checkout_read(const struct request *req, struct checkout *c);

/* The checkout form's field names and labels (NULL-terminated): the
 * CHECKOUT_CHOICE_FIELDS choices first, then the new-address fields. */
#define CHECKOUT_CHOICE_FIELDS 7
extern const char *const checkout_fields[];
extern const char *const checkout_labels[];

/* Address snapshot as printed on an order: the company, "Attn: ...", the
 * lines, "City, Region Postal" and the country's name, one per line. */
void checkout_address_text(const char *company, const struct address_input *a, char *out, size_t size);

enum order_submit_result {
    SUBMIT_ERROR = -1,
    SUBMIT_PLACED = 0,       /* a new order: number set */
    SUBMIT_EXISTING,         /* this key placed an order already: its number set */
    SUBMIT_CART,             /* the cart cannot be checked out (c->cart_problem) */
    SUBMIT_INVALID,          /* c->errors */
    SUBMIT_CHANGED,          /* the figures are not those reviewed (prices or cart changed) */
    SUBMIT_REFUSED,          /* the approval rules refuse the order (refusal) */
};

/* The submit step, one transaction: checks the key (an order already made
 * with it: SUBMIT_EXISTING), loads and checks everything again, creates a
 * proposed ship-to address (mailing its approvers), numbers the order
 * (SO-YYYY-NNNNNN), writes it with its lines and snapshots, runs the
 * approval rules, sets the status (approved, or pending_approval when
 * approvals are needed or the ship-to waits), records the event, empties
 * the cart, audits and mails the confirmation; commits. reviewed_total is
 * the total the buyer saw on the review page (-1: do not compare). */
enum order_submit_result order_submit(struct request *req, struct checkout *c, const char *submit_key,
                                      int64_t reviewed_total, char *number, size_t number_size,
                                      char *refusal, size_t refusal_size);

/* The address hook: an address proposal of the company was approved or
 * rejected (inside the caller's transaction). Orders waiting for it as
 * their ship-to stop waiting; an approved one with no approval step open
 * moves pending_approval -> approved, a rejected one moves to rejected and
 * its open approval steps are cancelled. Each move is recorded as an order
 * event and audited. Returns the number of orders touched, or -1. */
int orders_address_decided(const struct request *req, int64_t company_id, int64_t address_id, int approved);

#endif
