{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p>The scheduled order from the list <strong>{{LIST_NAME}}</strong> is paused: {{REASON}}</p>
<p>Hand the list to another member to start it again.</p>
<p><a href="{{BASE_URL}}{{LIST_PATH}}" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Open the list</a></p>
