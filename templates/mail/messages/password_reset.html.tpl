{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p>someone, hopefully you, asked to reset the password of your account <strong>{{EMAIL}}</strong>.</p>
<p><a href="{{BASE_URL}}/password/reset/{{TOKEN}}" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Choose a new password</a></p>
<p style="font-size:13px;color:#6c757d;">Or open this address: {{BASE_URL}}/password/reset/{{TOKEN}}</p>
<p>The link works for one hour and only once. If you did not ask for it, ignore this mail: your password stays as it is.</p>
