{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p>someone (perhaps you) just applied for a new business account with this email address. You already have a login with us, so no new account was made.</p>
<p><a href="{{BASE_URL}}/login" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Sign in</a></p>
<p>Forgot your password? <a href="{{BASE_URL}}/password/forgot">Choose a new one</a>.</p>
<p style="font-size:13px;color:#6c757d;">If this was not you, you can ignore this message.</p>
