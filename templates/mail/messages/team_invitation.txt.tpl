{{! Plain text, not escaped. GREETING: the person's name, or "there"; INVITED_BY: who invited; COMPANY_NAME; ROLE_NAME; UNIT_NAME: their business unit; TOKEN: the link's token; EXPIRES_DAYS: how long it works; HAS_LOGIN or NEW_LOGIN: whether the address already has a login. }}Hello {{GREETING}},

{{INVITED_BY}} invited you to work in the {{SELLER_NAME}} customer portal
for {{COMPANY_NAME}}, as {{ROLE_NAME}} in {{UNIT_NAME}}.
{{#HAS_LOGIN}}
You already have a login with this address. Accept the invitation here;
afterwards you can switch between your companies:
{{/HAS_LOGIN}}{{#NEW_LOGIN}}
Your sign-in will be this email address. Choose your password here:
{{/NEW_LOGIN}}
{{BASE_URL}}/join/{{TOKEN}}

The link works for {{EXPIRES_DAYS}} days and only once. If you were not
expecting this invitation, ignore this mail.
