{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p>We have cancelled your order <strong>{{ORDER_NUMBER}}</strong>{{#PO}} (PO {{NUMBER}}){{/PO}} for <strong>{{COMPANY_NAME}}</strong>, {{TOTAL}} in total. Nothing will be shipped or charged for it.</p>
<p>The reason:</p>
<blockquote style="margin:16px 0;padding:12px 16px;border-left:4px solid #b02a37;background:#f5f7fa;white-space:pre-wrap;">{{REASON}}</blockquote>
<p>If you still need these items, you can order them again from the order's page.</p>
<p><a href="{{BASE_URL}}{{ORDER_PATH}}" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">See the order</a></p>
