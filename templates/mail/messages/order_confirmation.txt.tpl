{{! Plain text, not escaped. LINE rows (SKU, NAME, QUANTITY, UNIT, UNIT_PRICE, LINE_TOTAL); APPROVED, NEEDS_APPROVAL (APPROVERS) or WAITING_ADDRESS; PO, DELIVERY_DATE and NOTES when given. }}Hello {{RECIPIENT_NAME}},

thank you for your order {{ORDER_NUMBER}} for {{COMPANY_NAME}}.
Status: {{STATUS}}{{#APPROVED}}
It needs no further approval: we prepare it for shipping.{{/APPROVED}}{{#NEEDS_APPROVAL}}
It waits for approval from {{APPROVERS}}. You will hear when it is decided.{{/NEEDS_APPROVAL}}{{#WAITING_ADDRESS}}
It waits until the new ship-to address is approved.{{/WAITING_ADDRESS}}

Products:
{{#LINE}}- {{QUANTITY}} {{UNIT}} x {{NAME}} ({{SKU}}) at {{UNIT_PRICE}} = {{LINE_TOTAL}}
{{/LINE}}
Subtotal: {{SUBTOTAL}}
Shipping — {{SHIPPING_METHOD}}: {{SHIPPING}}
{{TAX_LABEL}}: {{TAX}}
Total: {{TOTAL}}

Ship to: {{SHIP_TO_LABEL}}
{{SHIP_TO_TEXT}}

Bill to: {{BILL_TO_LABEL}}
{{BILL_TO_TEXT}}

Payment: {{PAYMENT}}{{#PO}}
PO number: {{PO_NUMBER}}{{/PO}}{{#DELIVERY_DATE}}
Requested delivery: {{DATE}}{{/DELIVERY_DATE}}{{#NOTES}}

Notes:
{{TEXT}}{{/NOTES}}

Follow the order here: {{BASE_URL}}{{ORDER_PATH}}
