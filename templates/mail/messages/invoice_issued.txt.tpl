{{! Plain text, not escaped. }}Hello {{RECIPIENT_NAME}},

we have shipped goods of order {{ORDER_NUMBER}} and issued invoice {{INVOICE_NUMBER}} for {{AMOUNT}}, due on {{DUE_ON}}.

The invoice, with how to pay: {{BASE_URL}}{{INVOICE_PATH}}
