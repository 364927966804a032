{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p>As scheduled for <strong>{{DUE_DATE}}</strong>, the products of your list <strong>{{LIST_NAME}}</strong> are in your cart at today's prices. Review the cart and check out when it suits you.</p>
<p style="color:#b02a37;">{{REASON}}</p>
<p><a href="{{BASE_URL}}/cart" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Review your cart</a></p>
