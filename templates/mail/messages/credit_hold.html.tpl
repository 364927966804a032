{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
{{#PLACED}}<p>We have put your company's account on <strong>credit hold</strong>: orders cannot be placed on account until it is lifted.</p><p>The reason: {{REASON}}</p><p>Please contact your account manager.</p>{{/PLACED}}
{{#LIFTED}}<p>We have lifted the credit hold on your company's account: you can order on account again.</p>{{/LIFTED}}
<p><a href="{{BASE_URL}}/account/credit" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">See your company's credit</a></p>
