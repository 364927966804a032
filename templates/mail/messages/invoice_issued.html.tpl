{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p>We have shipped goods of order <strong>{{ORDER_NUMBER}}</strong> and issued invoice <strong>{{INVOICE_NUMBER}}</strong> for <strong>{{AMOUNT}}</strong>, due on <strong>{{DUE_ON}}</strong>.</p>
<p><a href="{{BASE_URL}}{{INVOICE_PATH}}" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">See the invoice and how to pay</a></p>
