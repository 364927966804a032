{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p><strong>{{DECIDER_NAME}}</strong> approved their part of your order <strong>{{ORDER_NUMBER}}</strong> ({{AMOUNT}}) for {{COMPANY_NAME}}.<br><span style="color:#5c636a;">Rule: {{RULE_NAME}}</span></p>
{{#COMMENT}}<p>Their comment:</p>
<blockquote style="margin:16px 0;padding:12px 16px;border-left:4px solid #1f5fa8;background:#f5f7fa;white-space:pre-wrap;">{{TEXT}}</blockquote>{{/COMMENT}}
{{#STILL_WAITING}}<p><strong>The order is not approved yet:</strong> it still needs approval from {{WAITING_FOR}}. We will write again when it is approved or rejected.</p>{{/STILL_WAITING}}
{{#WAITING_ADDRESS}}<p>Every approval is given; the order now waits for its new ship-to address to be approved. We will write again when it goes on to processing.</p>{{/WAITING_ADDRESS}}
<p><a href="{{BASE_URL}}{{ORDER_PATH}}" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Open the order</a></p>
