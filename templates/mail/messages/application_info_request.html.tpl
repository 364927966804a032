{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p>to decide on the business account for <strong>{{COMPANY_NAME}}</strong> we need a little more information:</p>
<blockquote style="border-left:3px solid #dee2e6;margin:0 0 16px;padding:4px 12px;white-space:pre-wrap;">{{QUESTION:pre_escape}}</blockquote>
<p><a href="{{LINK}}" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Answer</a></p>
<p style="font-size:13px;color:#6c757d;">The link works once, for 14 days.</p>
