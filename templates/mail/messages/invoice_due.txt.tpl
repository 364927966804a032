{{! Plain text, not escaped. }}Hello {{RECIPIENT_NAME}},

invoice {{INVOICE_NUMBER}} falls due on {{DUE_ON}}, in {{DAYS}} day(s): {{AMOUNT}} is still open.

The invoice, with how to pay: {{BASE_URL}}{{INVOICE_PATH}}
