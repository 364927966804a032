{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p>Invoice <strong>{{INVOICE_NUMBER}}</strong> falls due on <strong>{{DUE_ON}}</strong>, in {{DAYS}} day(s): <strong>{{AMOUNT}}</strong> is still open.</p>
<p><a href="{{BASE_URL}}{{INVOICE_PATH}}" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">See the invoice and how to pay</a></p>
