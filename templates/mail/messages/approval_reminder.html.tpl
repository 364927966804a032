{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
{{#ESCALATED}}<p>Order <strong>{{ORDER_NUMBER}}</strong> ({{AMOUNT}}) from {{BUYER_NAME}} at {{COMPANY_NAME}} has waited {{DAYS}} {{DAYS_WORD}} for {{APPROVER_NAME}}'s approval. <strong>It is escalated to you</strong>: you may approve or reject it too.</p>{{/ESCALATED}}
{{#NOT_ESCALATED}}<p>Order <strong>{{ORDER_NUMBER}}</strong> ({{AMOUNT}}) from {{BUYER_NAME}} at {{COMPANY_NAME}} has waited <strong>{{DAYS}} {{DAYS_WORD}}</strong> for your approval.</p>{{/NOT_ESCALATED}}
<p style="margin:16px 0;padding:12px 16px;border-left:4px solid #1f5fa8;background:#f5f7fa;"><strong>{{RULE_NAME}}</strong><br>Because {{REASON}}.</p>
<p><a href="{{BASE_URL}}{{STEP_PATH}}" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Approve or reject</a></p>
<p style="font-size:13px;color:#6c757d;">Or open this address: {{BASE_URL}}{{STEP_PATH}}</p>
