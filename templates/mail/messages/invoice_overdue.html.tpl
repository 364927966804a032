{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p>Invoice <strong>{{INVOICE_NUMBER}}</strong> was due on <strong>{{DUE_ON}}</strong> and <strong>{{AMOUNT}}</strong> is still open. Please pay it, or tell us if something is wrong with it.</p>
<p><a href="{{BASE_URL}}{{INVOICE_PATH}}" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">See the invoice and how to pay</a></p>
