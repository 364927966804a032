{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p>someone signed in to your account asked to change its sign-in email from <strong>{{OLD_EMAIL}}</strong> to <strong>{{NEW_EMAIL}}</strong>. The change happens once the link we sent to {{NEW_EMAIL}} is opened.</p>
<p>If that was you, there is nothing more to do.</p>
<p>If it was not you, choose a new password right away (this also signs everyone else out) and tell your account manager.</p>
<p><a href="{{BASE_URL}}/password/forgot" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Reset my password</a></p>
