{{%AUTOESCAPE context="HTML"}}
<p>Hello {{GREETING}},</p>
<p>{{INVITED_BY}} invited you to work in the {{SELLER_NAME}} customer portal for <strong>{{COMPANY_NAME}}</strong>, as {{ROLE_NAME}} in {{UNIT_NAME}}.</p>
{{#HAS_LOGIN}}<p>You already have a login with this address. Accept the invitation; afterwards you can switch between your companies.</p>
<p><a href="{{BASE_URL}}/join/{{TOKEN}}" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Accept the invitation</a></p>{{/HAS_LOGIN}}
{{#NEW_LOGIN}}<p>Your sign-in will be this email address.</p>
<p><a href="{{BASE_URL}}/join/{{TOKEN}}" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Choose your password</a></p>{{/NEW_LOGIN}}
<p style="font-size:13px;color:#6c757d;">Or open this address: {{BASE_URL}}/join/{{TOKEN}}</p>
<p>The link works for {{EXPIRES_DAYS}} days and only once. If you were not expecting this invitation, ignore this mail.</p>
