{{! Plain text, not escaped. REASON is the seller's reason; PO (NUMBER) when the order has one. }}Hello {{RECIPIENT_NAME}},

we have cancelled your order {{ORDER_NUMBER}}{{#PO}} (PO {{NUMBER}}){{/PO}} for {{COMPANY_NAME}}, {{TOTAL}} in total. Nothing will be shipped or charged for it.

The reason:

{{REASON}}

If you still need these items, you can order them again from the order's page: {{BASE_URL}}{{ORDER_PATH}}
