{{! Plain text, not escaped. }}Hello {{RECIPIENT_NAME}},

good news: the business account for {{COMPANY_NAME}} is approved, and you
are its administrator.

Sign in: {{BASE_URL}}/login

From there you can invite colleagues, set who may order and approve, and
place your first order.{{#ACCOUNT_MANAGER}}

Your account manager is {{NAME}} ({{EMAIL}}).{{/ACCOUNT_MANAGER}}
