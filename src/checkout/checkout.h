#ifndef BUYERDESK_ORDER_SUBMIT_H
#define BUYERDESK_ORDER_SUBMIT_H

/* Checkout's model and placing an order, for any actor: the checkout page
 * (a member at a browser), a scheduled reorder, an API call. Nothing here
 * reads an HTTP request: the page reads its form into a checkout_input
 * first.
 *
 * checkout_load() reads everything checkout offers the member (the cart at
 * today's prices, the addresses they may use, the shipping methods with
 * their cost for the cart's weight, the payment methods, the company's PO
 * rule); checkout_check() checks the choices against it and works out
 * every figure (subtotal, shipping, tax, total) and the address snapshots.
 * Nothing given is trusted: ids must be among those offered, prices come
 * from the price list.
 *
 * checkout_place() is the one transaction from cart to order: it loads and
 * checks again inside BEGIN IMMEDIATE, so two submits cannot interleave;
 * a submit key already used finds the order it made. */

#include <stddef.h>
#include <stdint.h>

#include "addresses/address_form.h"
#include "web/form.h"
#include "orders/order_draft.h"
#include "base/actor.h"
#include "addresses/addresses_store.h"
#include "cart/cart_store.h"
#include "checkout/checkout_store.h"

#define CHECKOUT_ADDRESSES_MAX 100
#define CHECKOUT_TEXT_MAX 1024

/* The buyer's choices, as text the way a form sends them. NULL reads as
 * "" (not given). */
struct checkout_input {
    const char *ship_to;              /* an address id offered, or "new" for new_address */
    const char *bill_to;              /* an address id offered */
    const char *shipping_method;      /* a method id offered */
    const char *po_number;
    const char *delivery_date;        /* YYYY-MM-DD, or "" */
    const char *notes;
    const char *payment_method;       /* on_account, bank_transfer, card */
    struct address_input new_address; /* with ship_to "new" (its type is ignored) */
};

struct checkout {
    /* --- given by the caller (optional; zero for the member's cart) --- */
    /* Where the order's lines come from. NULL: the member's cart, emptied
     * once the order is placed. Otherwise this fills them at today's
     * prices (a scheduled reorder: the list's lines) and the cart is left
     * as it is. Returns the number of lines (at most max) or -1. */
    int (*lines_from)(const struct actor *who, const void *ctx, struct cart_line *out, int max);
    const void *lines_ctx;
    /* Both > 0: the addresses the form chose (review, submit), and
     * checkout_load reads only these two of the usable addresses, not all
     * of them to find two; a form shown again needs them all
     * (checkout_load_addresses). 0: all, with the defaults. */
    int64_t chosen_ship_id, chosen_bill_id;

    /* --- loaded (checkout_load) --- */
    struct checkout_company company;
    char buyer_name[128];
    char buyer_email[256];
    int64_t unit_id, role_id;
    int address_manager;             /* may manage addresses: a new ship-to is active at once */
    enum address_approval mode;      /* how a new ship-to is approved otherwise */
    struct cart_line lines[CART_MAX_LINES];
    int n_lines;
    char cart_problem[300];          /* "" when the cart can go through checkout */
    /* The usable addresses, read once; ship and bill point into them ("both"
     * appears in each). Pointers, not copies: a row is 8 KB, and copying
     * them into both lists cost more than reading them. */
    struct address_row usable[2 * CHECKOUT_ADDRESSES_MAX];
    const struct address_row *ship[CHECKOUT_ADDRESSES_MAX];
    int n_ship;
    const struct address_row *bill[CHECKOUT_ADDRESSES_MAX];
    int n_bill;
    int default_ship, default_bill;  /* index of the preselected address, -1 none */
    int all_addresses;               /* ship and bill hold every usable address */
    struct shipping_method methods[SHIPPING_METHODS_MAX];
    int64_t method_cost[SHIPPING_METHODS_MAX];
    int method_offered[SHIPPING_METHODS_MAX];
    int n_methods;
    unsigned payments;               /* enabled payment method bits */
    int64_t weight_grams;
    int64_t subtotal;
    int64_t total_quantity;

    /* --- chosen (checkout_check); meaningful when errors.count == 0 --- */
    struct form_errors errors;
    int ship_idx;                    /* -1 with new_ship */
    int new_ship;
    int new_ship_pending;            /* the new address waits for approval */
    struct address_form addr;
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

/* Loads the member's cart and the offers (who: a member in a company). 0,
 * or -1 on a database error. c->cart_problem says why the cart cannot be
 * checked out. */
int checkout_load(const struct actor *who, struct checkout *c);

/* After a load of the chosen addresses only: every usable address, with
 * the defaults, for showing the form again. 0 or -1. */
int checkout_load_addresses(const struct actor *who, struct checkout *c);

/* Checks the choices (after checkout_load) and works out the figures.
 * Returns the number of errors (in c->errors, by the form's field names),
 * or -1 on a database error. */
int checkout_check(const struct actor *who, const struct checkout_input *in, struct checkout *c);


/* Address snapshot as printed on an order: the company, "Attn: ...", the
 * lines, "City, Region Postal" and the country's name, one per line. */
void checkout_address_text(const char *company, const struct address_input *a, char *out, size_t size);

enum checkout_place_result {
    SUBMIT_ERROR = -1,
    SUBMIT_PLACED = 0,       /* a new order: number set */
    SUBMIT_EXISTING,         /* this key placed an order already: its number set */
    SUBMIT_CART,             /* the cart cannot be checked out (c->cart_problem) */
    SUBMIT_INVALID,          /* c->errors */
    SUBMIT_CHANGED,          /* the figures are not those reviewed (prices or cart changed) */
    SUBMIT_REFUSED,          /* refused (refusal): the approval rules, or an actor who may not order */
    SUBMIT_CREDIT,           /* refused by credit (refusal): over the available credit, on hold, no credit account */
};

struct checkout_place_options {
    const char *submit_key;  /* one key per review: a second submit finds the first order; NULL or "" none */
    int64_t reviewed_total;  /* the total the buyer saw on the review page; -1: do not compare */
};

/* Places the order, one transaction: checks the key, loads and checks
 * everything again, creates a proposed ship-to address (mailing its
 * approvers), numbers the order (SO-YYYY-NNNNNN), writes it with its
 * lines and snapshots, runs the approval rules, moves it from draft to
 * approved, or to pending_approval when approvals are needed or the
 * ship-to waits (order_move: timeline, audit, the buyer's confirmation),
 * empties the cart; commits. who is a member who may place orders, or a
 * job or key acting for one (actor_job_for_member): anyone else is
 * refused. opt may be NULL. */
enum checkout_place_result checkout_place(const struct actor *who, const struct checkout_input *in, struct checkout *c,
                                          const struct checkout_place_options *opt, char *number, size_t number_size,
                                          char *refusal, size_t refusal_size);

#endif
