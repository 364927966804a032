{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p><strong>{{DECIDER_NAME}}</strong> {{DECISION}} your order <strong>{{ORDER_NUMBER}}</strong> ({{AMOUNT}}) for {{COMPANY_NAME}}.<br><span style="color:#5c636a;">Rule: {{RULE_NAME}}</span></p>
{{#COMMENT}}<p>Their comment:</p>
<blockquote style="margin:16px 0;padding:12px 16px;border-left:4px solid {{QUOTE_COLOR}};background:#f5f7fa;white-space:pre-wrap;">{{TEXT}}</blockquote>{{/COMMENT}}
{{#ORDER_APPROVED}}<p>Every approval it needed is given: <strong>the order is approved</strong> and goes on to processing.</p>{{/ORDER_APPROVED}}
{{#ORDER_REJECTED}}<p><strong>The order is rejected</strong> and will not be processed. To change it and send it again, open the order and choose <strong>Order again</strong>: its items go back into your cart.</p>{{/ORDER_REJECTED}}
<p><a href="{{BASE_URL}}{{ORDER_PATH}}" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Open the order</a></p>
