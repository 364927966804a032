{{! Plain text, not escaped. DECISION is "approved" or "rejected"; COMMENT (TEXT) when the approver wrote one; then one of ORDER_APPROVED, ORDER_REJECTED, WAITING_ADDRESS, STILL_WAITING (WAITING_FOR). }}Hello {{RECIPIENT_NAME}},

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
{{/ORDER_REJECTED}}{{#WAITING_ADDRESS}}
Every approval is given; the order now waits for its new ship-to address to be approved.
{{/WAITING_ADDRESS}}{{#STILL_WAITING}}
The order still needs approval from {{WAITING_FOR}}. We will write again when it is decided.
{{/STILL_WAITING}}
The order: {{BASE_URL}}{{ORDER_PATH}}
