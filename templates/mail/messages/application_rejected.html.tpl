{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p>thank you for your interest. We are not able to open a business account for <strong>{{COMPANY_NAME}}</strong>:</p>
<blockquote style="border-left:3px solid #dee2e6;margin:0 0 16px;padding:4px 12px;white-space:pre-wrap;">{{REASON:pre_escape}}</blockquote>
<p>If you have questions, reply to this message.</p>
