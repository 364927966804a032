{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p>you asked to sign in with <strong>{{NEW_EMAIL}}</strong> from now on, instead of {{OLD_EMAIL}}.</p>
<p><a href="{{BASE_URL}}/email/confirm/{{TOKEN}}" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Confirm my new address</a></p>
<p style="font-size:13px;color:#6c757d;">Or open this address: {{BASE_URL}}/email/confirm/{{TOKEN}}</p>
<p>The link works for 24 hours and only once. Until you open it, you keep signing in with {{OLD_EMAIL}}. If you did not ask for this, ignore this mail.</p>
