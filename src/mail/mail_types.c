#include "mail/mail_types.h"

#include <string.h>

#include "base/permissions.h"

const struct mail_type mail_types[] = {
    { "test", "Test message", "Sent by seller staff to check mail delivery.", 0, 0 },
    { "invitation", "Invitations", "An invitation to join a company account.", 0, 0 },
    { "team_invitation", "Team invitations", "A colleague invites you to their company's account.", 0, 0 },
    { "verify_email", "Email verification", "A link to confirm an email address.", 0, 0 },
    { "registration_exists", "Registration attempts", "Someone tried to register with your address.", 0, 0 },
    { "application_approved", "Account approval", "Your company's account was approved.", 0, 0 },
    { "application_rejected", "Application decisions", "Your application was declined.", 0, 0 },
    { "application_info_request", "Questions about your application", "We need more information.", 0, 0 },
    { "password_reset", "Password reset", "A link to choose a new password.", 0, 0 },
    { "password_changed", "Password changes", "Your password was changed.", 0, 0 },
    { "email_change_confirm", "Email change", "A link to confirm your new email address.", 0, 0 },
    { "email_change_notice", "Email change notices", "Your sign-in email is being changed.", 0, 0 },
    { "company_change_request", "Company change requests", "A customer asks to change what we have on file.", 0, 0 },
    { "approval_request", "Approval requests", "An order is waiting for your approval.", 0, 0 },
    { "approval_reminder", "Approval reminders", "An order has been waiting for your approval for a while.", 0, 0 },
    { "address_proposed", "Address proposals", "A colleague proposed a new address for your approval.", 0, 0 },
    { "address_decided", "Address decisions", "Your proposed address was approved or rejected.", 1, 0 },
    { "address_change_request", "Address change requests", "A customer asks to change an address from our ERP.", 0, 0 },
    { "order_confirmation", "Order confirmations", "A copy of each order you place.", 1, 0 },
    { "approval_decision", "Approval decisions", "An order of yours was approved or rejected.", 1, 0 },
    { "approval_progress", "Approval progress", "One approver approved an order of yours that still waits for others.", 1, 0 },
    { "order_shipped", "Shipping notices", "An order of yours has shipped, with tracking.", 1, 0 },
    { "order_cancelled", "Cancellations", "An order of yours was cancelled.", 0, 0 },
    { "invoice_issued", "Invoices", "An invoice for your company's shipment.", 1, PERM_VIEW_CREDIT },
    { "invoice_due", "Invoice reminders", "An invoice of your company falls due in a few days.", 1, PERM_VIEW_CREDIT },
    { "invoice_overdue", "Overdue invoices", "An invoice of your company is overdue.", 1, PERM_VIEW_CREDIT },
    { "credit_request", "Credit requests", "A customer asks for a higher credit limit.", 0, 0 },
    { "credit_request_decided", "Credit request decisions", "A request for more credit was approved or declined.", 1, PERM_VIEW_CREDIT },
    { "credit_hold", "Credit holds", "Your company's account was put on credit hold or the hold was lifted.", 1, PERM_VIEW_CREDIT },
    { "list_reorder_failed", "Scheduled orders that fail", "A scheduled order from one of your lists could not be placed.", 1, 0 },
    { "list_reorder_cart", "Scheduled lists in your cart", "A scheduled list was put in your cart for you to review.", 1, 0 },
    { "requisition_received", "Requisitions", "A colleague asks you to order a list for them.", 1, 0 },
    { "requisition_decided", "Requisition decisions", "Your requisition was put in a cart or declined.", 1, 0 },
    { "list_schedule_paused", "Paused scheduled orders", "A colleague's scheduled order paused because they left.", 1, 0 },
};

const int mail_type_count = (int)(sizeof mail_types / sizeof mail_types[0]);

const struct mail_type *mail_type_find(const char *name)
{
    for (int i = 0; i < mail_type_count; i++)
        if (strcmp(mail_types[i].name, name) == 0) return &mail_types[i];
    return NULL;
}
