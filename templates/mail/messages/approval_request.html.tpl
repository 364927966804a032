{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p><strong>{{BUYER_NAME}}</strong> at <strong>{{COMPANY_NAME}}</strong> placed order <strong>{{ORDER_NUMBER}}</strong> for <strong>{{TOTAL}}</strong>. It needs approval from {{APPROVER_LABEL}}{{#DELEGATE}}; you are asked on behalf of {{ON_BEHALF_OF}}, who is out of the office{{/DELEGATE}}.</p>
<p style="margin:16px 0;padding:12px 16px;border-left:4px solid #1f5fa8;background:#f5f7fa;"><strong>{{RULE_NAME}}</strong><br>Because {{REASON}}.</p>
{{#NOTE}}<p>{{TEXT}}</p>{{/NOTE}}
{{#ALL_MUST_APPROVE}}<p>Every approver of this step must approve.</p>{{/ALL_MUST_APPROVE}}
<p><a href="{{BASE_URL}}{{STEP_PATH}}" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Approve or reject</a></p>
<p style="font-size:13px;color:#6c757d;">Or open this address: {{BASE_URL}}{{STEP_PATH}}</p>
