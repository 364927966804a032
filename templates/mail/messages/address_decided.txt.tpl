{{! Plain text, not escaped. APPROVED or REJECTED (with REASON) is shown. }}Hello {{RECIPIENT_NAME}},

The shipping address you proposed for {{COMPANY_NAME}} was {{DECISION}}:

{{ADDRESS_LABEL}}
{{ADDRESS_TEXT}}
{{#APPROVED}}
You and your colleagues can use it for orders now.{{/APPROVED}}{{#REJECTED}}
The reason given:

{{REASON}}{{/REJECTED}}

See it in the address book: {{BASE_URL}}{{ADDRESS_PATH}}
