{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p>the password of your account <strong>{{EMAIL}}</strong> was just changed. Every other session of the account was signed out, and links we mailed earlier to reset the password or change the sign-in email no longer work.</p>
<p>If that was you, there is nothing more to do.</p>
<p>If it was not you, choose a new password right away and tell your account manager.</p>
<p><a href="{{BASE_URL}}/password/forgot" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Reset my password</a></p>
