{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p><strong>{{MEMBER_NAME}}</strong> (<a href="mailto:{{MEMBER_EMAIL}}" style="color:#1f5fa8;">{{MEMBER_EMAIL}}</a>) at <strong>{{COMPANY_NAME}}</strong> asks us to change an address that comes from our ERP:</p>
<p><strong>{{ADDRESS_LABEL}}</strong> (ERP address {{ERP_ADDRESS_ID}})<br>{{ADDRESS_TEXT}}</p>
<blockquote style="margin:16px 0;padding:12px 16px;border-left:4px solid #1f5fa8;background:#f5f7fa;white-space:pre-wrap;">{{MESSAGE:pre_escape}}</blockquote>
<p>Please update the ERP and answer {{MEMBER_NAME}} by email.</p>
<p><a href="{{BASE_URL}}/backoffice/addresses" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Open the back office</a></p>
<p style="font-size:13px;color:#6c757d;">Or open this address: {{BASE_URL}}/backoffice/addresses</p>
