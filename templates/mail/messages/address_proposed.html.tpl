{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p><strong>{{PROPOSER_NAME}}</strong> (<a href="mailto:{{PROPOSER_EMAIL}}" style="color:#1f5fa8;">{{PROPOSER_EMAIL}}</a>) at <strong>{{COMPANY_NAME}}</strong> proposed a new shipping address{{#FOR_SELLER}} that waits for the seller's approval{{/FOR_SELLER}}:</p>
<p style="margin:16px 0;padding:12px 16px;border-left:4px solid #1f5fa8;background:#f5f7fa;"><strong>{{ADDRESS_LABEL}}</strong><br>{{ADDRESS_TEXT}}</p>
<p>It cannot be used until it is approved.</p>
<p><a href="{{BASE_URL}}{{REVIEW_PATH}}" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">Approve or reject</a></p>
<p style="font-size:13px;color:#6c757d;">Or open this address: {{BASE_URL}}{{REVIEW_PATH}}</p>
