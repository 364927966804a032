#ifndef BUYERDESK_ORDER_STATUS_H
#define BUYERDESK_ORDER_STATUS_H

/* How an order status reads on a page: its label and the badge colour
 * (a Bootstrap text-bg-* name). Unknown statuses show as themselves. */
const char *order_status_label(const char *status);
const char *order_status_badge(const char *status);

#endif
