{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p>{{#ALL}}Your order <strong>{{ORDER_NUMBER}}</strong>{{#PO}} (PO {{NUMBER}}){{/PO}} is on its way.{{/ALL}}{{#REST}}The rest of your order <strong>{{ORDER_NUMBER}}</strong>{{#PO}} (PO {{NUMBER}}){{/PO}} is on its way: everything has shipped now.{{/REST}}{{#PART}}Part of your order <strong>{{ORDER_NUMBER}}</strong>{{#PO}} (PO {{NUMBER}}){{/PO}} is on its way; the rest follows as soon as it is ready.{{/PART}}</p>
<p style="margin:16px 0;padding:12px 16px;border-left:4px solid #1f5fa8;background:#f5f7fa;">Carrier: <strong>{{CARRIER}}</strong>{{#TRACKING}}<br>Tracking number: <strong>{{NUMBER}}</strong>{{#LINK}}<br><a href="{{URL}}">Track the shipment</a>{{/LINK}}{{/TRACKING}}</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:0 0 16px;width:100%;">
<tr><th align="left" style="padding:4px 8px;border-bottom:1px solid #dee2e6;">Quantity</th><th align="left" style="padding:4px 8px;border-bottom:1px solid #dee2e6;">Item</th></tr>
{{#LINE}}<tr><td style="padding:4px 8px;border-bottom:1px solid #dee2e6;white-space:nowrap;">{{QUANTITY}} {{UNIT}}</td><td style="padding:4px 8px;border-bottom:1px solid #dee2e6;"><strong>{{SKU}}</strong> {{NAME}}</td></tr>
{{/LINE}}</table>
<p><a href="{{BASE_URL}}{{ORDER_PATH}}" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">See the order</a></p>
