{{! Plain text, not escaped. One approver decided their part; the order is not approved yet. COMMENT (TEXT) when the approver wrote one; one of STILL_WAITING (WAITING_FOR) or WAITING_ADDRESS. }}Hello {{RECIPIENT_NAME}},

{{DECIDER_NAME}} approved their part of your order {{ORDER_NUMBER}} ({{AMOUNT}}) for {{COMPANY_NAME}}.
Rule: {{RULE_NAME}}
{{#COMMENT}}
Their comment:

{{TEXT}}
{{/COMMENT}}{{#STILL_WAITING}}
The order is not approved yet: it still needs approval from {{WAITING_FOR}}.
We will write again when it is approved or rejected.
{{/STILL_WAITING}}{{#WAITING_ADDRESS}}
Every approval is given; the order now waits for its new ship-to address to be
approved. We will write again when it goes on to processing.
{{/WAITING_ADDRESS}}
The order: {{BASE_URL}}{{ORDER_PATH}}
