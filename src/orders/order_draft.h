#ifndef BUYERDESK_ORDER_DRAFT_H
#define BUYERDESK_ORDER_DRAFT_H

#include <stdint.h>

/* The order as checkout is about to submit it: who buys, what, at what
 * figures. Plain data shared by checkout (which builds it from the cart),
 * the approval rules (which read it) and the order store (which writes it). */

/* The most of one product on one order line, whichever way the order came
 * in (checkout, the ERP import) or left (a shipment). */
#define ORDER_QUANTITY_MAX 1000000

struct order_draft_line {
    int64_t product_id;
    int64_t category_id;
    char sku[64];
    char name[256];
    char unit[32];
    int64_t quantity;
    int64_t unit_price;        /* minor units, today's price */
    int64_t line_total;
    int contract;              /* 1: from the company's price list */
    int64_t weight_grams;      /* per unit */
};

struct order_draft {
    int64_t company_id;
    int64_t buyer_user_id;
    int64_t buyer_unit_id;     /* 0: none */
    int64_t buyer_role_id;
    const struct order_draft_line *lines;
    int n_lines;
    int64_t distinct_skus;
    int64_t total_quantity;
    int64_t subtotal;          /* minor units */
    int64_t shipping;
    int64_t tax;
    int64_t total;
    char currency[8];
    int64_t now;
    int history;               /* 1: recorded after the fact (demo history): steps are written, nobody is mailed */
};

#endif
