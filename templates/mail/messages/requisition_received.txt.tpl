{{! Plain text, not escaped. MESSAGE is the requester's, when given. }}Hello {{RECIPIENT_NAME}},

{{FROM_NAME}} sent you the list "{{LIST_NAME}}" as a requisition: they may not order themselves and ask you to order it.
{{#MESSAGE}}
Their message:

{{TEXT}}
{{/MESSAGE}}
Add it to your cart or decline it here: {{BASE_URL}}{{REQUISITION_PATH}}
