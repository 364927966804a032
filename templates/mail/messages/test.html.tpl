{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p>this is a test message sent by {{SENT_BY}} from the back office to check that mail from the portal reaches you.</p>
<p><a href="{{BASE_URL}}/login" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Open the portal</a></p>
