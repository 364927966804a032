{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
{{#APPROVED}}<p>We have approved the request for more credit for <strong>{{COMPANY_NAME}}</strong>: the credit limit is now <strong>{{LIMIT}}</strong>{{#TEMPORARY}} until {{UNTIL}}, then it goes back{{/TEMPORARY}}.</p>{{/APPROVED}}
{{#DECLINED}}<p>We have declined the request for a credit limit of {{AMOUNT}} for <strong>{{COMPANY_NAME}}</strong>.</p>{{/DECLINED}}
{{#REASON}}<blockquote style="margin:16px 0;padding:12px 16px;border-left:4px solid #1f5fa8;background:#f5f7fa;white-space:pre-wrap;">{{TEXT}}</blockquote>{{/REASON}}
<p><a href="{{BASE_URL}}/account/credit" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">See your company's credit</a></p>
