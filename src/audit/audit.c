#include "audit/audit.h"
#include "base/clock.h"

#include <string.h>

#include "base/db.h"
#include "audit/audit_store.h"

int audit_record(const struct actor *actor, int64_t company_id, const char *action, const char *subject,
                 const struct audit_change *changes, size_t change_count)
{
    return store_audit_insert(company_id, actor, action, subject, changes, change_count, clock_now());
}

struct action_label {
    const char *action;
    const char *label;
};

/* Modules add their actions here as they start recording them. */
static const struct action_label labels[] = {
    { "member.invited", "Invited a member" },
    { "member.invitation_resent", "Sent an invitation again" },
    { "member.invitation_revoked", "Revoked an invitation" },
    { "member.joined", "Joined the company" },
    { "member.updated", "Changed a member" },
    { "member.deactivated", "Deactivated a member" },
    { "member.reactivated", "Reactivated a member" },
    { "member.removed", "Removed a member" },
    { "member.admin_handed_over", "Handed over the administrator role" },
    { "role.created", "Created a role" },
    { "role.updated", "Changed a role" },
    { "role.deleted", "Deleted a role" },
    { "unit.created", "Created a business unit" },
    { "unit.updated", "Changed a business unit" },
    { "unit.moved", "Moved a business unit" },
    { "unit.deleted", "Deleted a business unit" },
    { "address.proposed", "Proposed an address" },
    { "address.created", "Added an address" },
    { "address.updated", "Changed an address" },
    { "address.retired", "Retired an address" },
    { "address.restricted", "Changed who may use an address" },
    { "address.approved", "Approved an address" },
    { "address.rejected", "Rejected an address" },
    { "address.default_set", "Set a default address" },
    { "address.change_requested", "Asked the seller to change an address" },
    { "address.imported", "Imported addresses from the ERP" },
    { "address.change_request_done", "Completed an address change request" },
    { "address.approval_mode_changed", "Changed how new addresses are approved" },
    { "list.shared", "Changed who sees a shopping list" },
    { "list.handed_over", "Handed a shopping list to a colleague" },
    { "product.created", "Created a product" },
    { "product.updated", "Changed a product" },
    { "price_list.created", "Created a price list" },
    { "price_list.updated", "Renamed a price list" },
    { "price_list.price_set", "Set a contract price" },
    { "price_list.price_removed", "Removed a contract price" },
    { "price_list.assigned", "Changed the company's price list" },
    { "order.placed", "Placed an order" },
    { "order.status_changed", "Moved an order along" },
    { "order.cancelled", "Cancelled an order" },
    { "order.shipment_recorded", "Recorded a shipment" },
    { "order.delivered", "Marked an order delivered" },
    { "order.imported", "Imported orders from the ERP" },
    { "order.approved", "Approved an order" },
    { "order.rejected", "Rejected an order" },
    { "shipping_method.created", "Created a shipping method" },
    { "shipping_method.updated", "Changed a shipping method" },
    { "tax_rate.saved", "Set a tax rate" },
    { "tax_rate.deleted", "Removed a tax rate" },
    { "payment_methods.updated", "Changed the payment methods" },
    { "company.ordering_updated", "Changed the company's ordering settings" },
    { "approval_rule.created", "Created an approval rule" },
    { "approval_rule.updated", "Changed an approval rule" },
    { "approval_rule.deleted", "Deleted an approval rule" },
    { "approval_settings.updated", "Changed the approval settings" },
    { "spending_limit.set", "Set a spending limit" },
    { "approval.decided", "Decided an approval step" },
    { "approval.delegated", "Set an out-of-office delegate" },
    { "approval.escalated", "Escalated an approval to a superior" },
    { "company.blocked", "Blocked the company" },
    { "company.unblocked", "Unblocked the company" },
    { "company.admin_assigned", "Assigned an administrator" },
    { "company.viewed_as_customer", "Opened the account as the customer sees it" },
    { "credit.limit_changed", "Changed the credit limit" },
    { "credit.settings_changed", "Changed the credit terms" },
    { "credit.hold_placed", "Put the account on credit hold" },
    { "credit.hold_lifted", "Lifted the credit hold" },
    { "credit.payment_recorded", "Recorded a payment" },
    { "credit.credit_note", "Issued a credit note" },
    { "credit.adjusted", "Adjusted the credit balance" },
    { "credit.requested", "Asked for more credit" },
    { "credit.request_approved", "Approved a credit request" },
    { "credit.request_declined", "Declined a credit request" },
    { "credit.review_released", "Released an order from credit review" },
    { "credit.imported", "Imported credit from the ERP" },
};

const char *audit_action_label(const char *action)
{
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        if (strcmp(labels[i].action, action) == 0) return labels[i].label;
    return action;
}
