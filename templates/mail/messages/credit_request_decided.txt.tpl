{{! Plain text, not escaped. }}Hello {{RECIPIENT_NAME}},

{{#APPROVED}}we have approved the request for more credit for {{COMPANY_NAME}}: the credit limit is now {{LIMIT}}{{#TEMPORARY}} until {{UNTIL}}, then it goes back{{/TEMPORARY}}.{{/APPROVED}}{{#DECLINED}}we have declined the request for a credit limit of {{AMOUNT}} for {{COMPANY_NAME}}.{{/DECLINED}}
{{#REASON}}
{{TEXT}}
{{/REASON}}
Your company's credit: {{BASE_URL}}/account/credit
