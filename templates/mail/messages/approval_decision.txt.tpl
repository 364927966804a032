{{! Plain text, not escaped. DECISION is "approved" or "rejected"; COMMENT (TEXT) when the approver wrote one; then ORDER_APPROVED or ORDER_REJECTED: the order's outcome. }}Hello {{RECIPIENT_NAME}},

{{DECIDER_NAME}} {{DECISION}} your order {{ORDER_NUMBER}} ({{AMOUNT}}) for {{COMPANY_NAME}}.
Rule: {{RULE_NAME}}
{{#COMMENT}}
Their comment:

{{TEXT}}
{{/COMMENT}}{{#ORDER_APPROVED}}
Every approval it needed is given: the order is approved and goes on to processing.
{{/ORDER_APPROVED}}{{#ORDER_REJECTED}}
The order is rejected and will not be processed. To change it and send it again,
open the order and choose "Order again": its items go back into your cart.
{{/ORDER_REJECTED}}
The order: {{BASE_URL}}{{ORDER_PATH}}
