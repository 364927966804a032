{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p>The order scheduled for <strong>{{DUE_DATE}}</strong> from your list <strong>{{LIST_NAME}}</strong> could not be placed:</p>
<blockquote style="margin:16px 0;padding:12px 16px;border-left:4px solid #b02a37;background:#f5f7fa;white-space:pre-wrap;">{{REASON}}</blockquote>
<p>Nothing was ordered for this date. The schedule goes on with its next date. You can fix the list or order it yourself.</p>
<p><a href="{{BASE_URL}}{{LIST_PATH}}" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Open the list</a></p>
