{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
{{#CONVERTED}}<p><strong>{{FROM_NAME}}</strong> put your requisition <strong>{{LIST_NAME}}</strong> in their cart to order it. You can follow the order from the requisition.</p>{{/CONVERTED}}
{{#DECLINED}}<p><strong>{{FROM_NAME}}</strong> declined your requisition <strong>{{LIST_NAME}}</strong>.</p>{{/DECLINED}}
{{#MESSAGE}}<p>The reason:</p><blockquote style="margin:16px 0;padding:12px 16px;border-left:4px solid #b02a37;background:#f5f7fa;white-space:pre-wrap;">{{TEXT}}</blockquote>{{/MESSAGE}}
<p><a href="{{BASE_URL}}{{REQUISITION_PATH}}" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Open the requisition</a></p>
