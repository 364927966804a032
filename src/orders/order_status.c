#include "orders/order_status.h"

#include <stdio.h>
#include <string.h>

struct status_look {
    const char *status;
    const char *label;
    const char *badge;
};

static const struct status_look looks[] = {
    { "draft", "Draft", "secondary" },
    { "pending_approval", "Pending approval", "warning" },
    { "approved", "Approved", "info" },
    { "rejected", "Rejected", "danger" },
    { "processing", "Processing", "primary" },
    { "partially_shipped", "Partially shipped", "info" },
    { "shipped", "Shipped", "success" },
    { "delivered", "Delivered", "success" },
    { "cancelled", "Cancelled", "dark" },
    { "credit_review", "Credit review", "warning" },
};

static const struct status_look *find(const char *status)
{
    for (size_t i = 0; i < sizeof looks / sizeof looks[0]; i++)
        if (strcmp(looks[i].status, status) == 0) return &looks[i];
    return NULL;
}

const char *order_status_label(const char *status)
{
    const struct status_look *l = find(status);
    return l ? l->label : status;
}

const char *order_status_badge(const char *status)
{
    const struct status_look *l = find(status);
    return l ? l->badge : "secondary";
}

void order_payment_label(const char *code, const char *terms, char *out, size_t size)
{
    if (strcmp(code, "on_account") == 0) {
        if (terms && terms[0]) snprintf(out, size, "On account (%s)", terms);
        else snprintf(out, size, "On account");
    } else if (strcmp(code, "bank_transfer") == 0) {
        snprintf(out, size, "Bank transfer in advance");
    } else if (strcmp(code, "card_on_file") == 0) {
        snprintf(out, size, "Card on file");
    } else {
        snprintf(out, size, "%s", code);
    }
}

const char *order_channel_label(const char *channel)
{
    if (strcmp(channel, "web") == 0) return "Web";
    if (strcmp(channel, "phone") == 0) return "Phone";
    if (strcmp(channel, "erp") == 0) return "ERP";
    return channel;
}

void order_number_of_erp(const char *erp_no, char *out, size_t size)
{
    snprintf(out, size, "ERP-%s", erp_no);
}
