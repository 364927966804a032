{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p>{{REQUESTER_NAME}} of <strong>{{COMPANY_NAME}}</strong> asks for a credit limit of <strong>{{AMOUNT}}</strong> (now {{CURRENT_LIMIT}}){{#TEMPORARY}} until {{UNTIL}}{{/TEMPORARY}}.</p>
<p>The reason:</p>
<blockquote style="margin:16px 0;padding:12px 16px;border-left:4px solid #1f5fa8;background:#f5f7fa;white-space:pre-wrap;">{{REASON}}</blockquote>
<p><a href="{{BASE_URL}}{{REVIEW_PATH}}" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Decide the request</a></p>
