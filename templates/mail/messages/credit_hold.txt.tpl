{{! Plain text, not escaped. }}Hello {{RECIPIENT_NAME}},

{{#PLACED}}we have put your company's account on credit hold: orders cannot be placed on account until it is lifted.

The reason: {{REASON}}

Please contact your account manager.{{/PLACED}}{{#LIFTED}}we have lifted the credit hold on your company's account: you can order on account again.{{/LIFTED}}

Your company's credit: {{BASE_URL}}/account/credit
