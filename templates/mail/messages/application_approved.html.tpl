{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p>good news: the business account for <strong>{{COMPANY_NAME}}</strong> is approved, and you are its administrator.</p>
<p><a href="{{BASE_URL}}/login" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Sign in</a></p>
<p>From there you can invite colleagues, set who may order and approve, and place your first order.</p>
{{#ACCOUNT_MANAGER}}<p>Your account manager is {{NAME}} (<a href="mailto:{{EMAIL}}">{{EMAIL}}</a>).</p>{{/ACCOUNT_MANAGER}}
