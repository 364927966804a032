{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p>The shipping address you proposed for <strong>{{COMPANY_NAME}}</strong> was <strong>{{DECISION}}</strong>:</p>
<p style="margin:16px 0;padding:12px 16px;border-left:4px solid #1f5fa8;background:#f5f7fa;"><strong>{{ADDRESS_LABEL}}</strong><br>{{ADDRESS_TEXT}}</p>
{{#APPROVED}}<p>You and your colleagues can use it for orders now.</p>{{/APPROVED}}
{{#REJECTED}}<p>The reason given:</p>
<blockquote style="margin:16px 0;padding:12px 16px;border-left:4px solid #b02a37;background:#f5f7fa;white-space:pre-wrap;">{{REASON}}</blockquote>{{/REJECTED}}
<p><a href="{{BASE_URL}}{{ADDRESS_PATH}}" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Open the address book</a></p>
