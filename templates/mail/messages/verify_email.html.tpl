{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p>thank you for applying for a business account for <strong>{{COMPANY_NAME}}</strong>. Please confirm your email address within 24 hours.</p>
<p><a href="{{LINK}}" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Confirm my email</a></p>
<p style="font-size:13px;color:#6c757d;">Or copy this link into your browser: {{LINK}}</p>
<p style="font-size:13px;color:#6c757d;">If you did not apply, ignore this message: nothing happens without the confirmation.</p>
