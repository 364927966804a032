{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p><strong>{{FROM_NAME}}</strong> sent you the list <strong>{{LIST_NAME}}</strong> as a requisition: they may not order themselves and ask you to order it.</p>
{{#MESSAGE}}<blockquote style="margin:16px 0;padding:12px 16px;border-left:4px solid #1f5fa8;background:#f5f7fa;white-space:pre-wrap;">{{TEXT}}</blockquote>{{/MESSAGE}}
<p><a href="{{BASE_URL}}{{REQUISITION_PATH}}" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Open the requisition</a></p>
