{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p>{{INVITED_BY}} invited you to the {{SELLER_NAME}} customer portal for <strong>{{COMPANY_NAME}}</strong>, as {{ROLE_NAME}}. Your sign-in is your email address.</p>
<p><a href="{{BASE_URL}}/invitation/{{TOKEN}}" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Choose your password</a></p>
<p style="font-size:13px;color:#6c757d;">Or open this address: {{BASE_URL}}/invitation/{{TOKEN}}</p>
<p>The link works for {{EXPIRES_DAYS}} days and only once. If you were not expecting this invitation, ignore this mail.</p>
