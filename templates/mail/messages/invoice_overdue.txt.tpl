{{! Plain text, not escaped. }}Hello {{RECIPIENT_NAME}},

invoice {{INVOICE_NUMBER}} was due on {{DUE_ON}} and {{AMOUNT}} is still open. Please pay it, or tell us if something is wrong with it.

The invoice, with how to pay: {{BASE_URL}}{{INVOICE_PATH}}
