{{! Plain text, not escaped. COMPANY_NAME; INVITED_BY: who invited; ROLE_NAME: the role given; TOKEN: the link's token; EXPIRES_DAYS: how long it works. }}Hello {{RECIPIENT_NAME}},

{{INVITED_BY}} invited you to the {{SELLER_NAME}} customer portal for
{{COMPANY_NAME}}, as {{ROLE_NAME}}. Your sign-in is your email address.
Choose your password here:

{{BASE_URL}}/invitation/{{TOKEN}}

The link works for {{EXPIRES_DAYS}} days and only once. If you were not
expecting this invitation, ignore this mail.
