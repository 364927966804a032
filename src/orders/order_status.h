#ifndef BUYERDESK_ORDER_STATUS_H
#define BUYERDESK_ORDER_STATUS_H

#include <stddef.h>

/* How an order reads on a page and in mail. */

/* How an order status reads on a page: its label and the badge colour
 * (a Bootstrap text-bg-* name). Unknown statuses show as themselves. */
const char *order_status_label(const char *status);
const char *order_status_badge(const char *status);

/* How the method reads to a buyer: "On account (Net 30)", "Bank transfer in
 * advance", "Card on file". terms may be "" (then "On account"). */
void order_payment_label(const char *code, const char *terms, char *out, size_t size);

/* How the channel an order came in by reads: "Web", "Phone", "ERP".
 * Unknown channels show as themselves. */
const char *order_channel_label(const char *channel);

/* The ERP order number's portal number: "ERP-" + erp_no. */
void order_number_of_erp(const char *erp_no, char *out, size_t size);

#endif
