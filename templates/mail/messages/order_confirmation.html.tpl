{{%AUTOESCAPE context="HTML"}}
<p>Hello {{RECIPIENT_NAME}},</p>
<p>thank you for your order <strong>{{ORDER_NUMBER}}</strong> for <strong>{{COMPANY_NAME}}</strong>.</p>
<p style="margin:16px 0;padding:12px 16px;border-left:4px solid #1f5fa8;background:#f5f7fa;">Status: <strong>{{STATUS}}</strong>{{#APPROVED}}<br>It needs no further approval: we prepare it for shipping.{{/APPROVED}}{{#NEEDS_APPROVAL}}<br>It waits for approval from <strong>{{APPROVERS}}</strong>. You will hear when it is decided.{{/NEEDS_APPROVAL}}{{#WAITING_ADDRESS}}<br>It waits until the new ship-to address is approved.{{/WAITING_ADDRESS}}</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;font-size:14px;">
<tr><th align="left" style="padding:6px 4px;border-bottom:2px solid #dee2e6;">Product</th><th align="right" style="padding:6px 4px;border-bottom:2px solid #dee2e6;">Qty</th><th align="right" style="padding:6px 4px;border-bottom:2px solid #dee2e6;">Price</th><th align="right" style="padding:6px 4px;border-bottom:2px solid #dee2e6;">Total</th></tr>
{{#LINE}}<tr><td style="padding:6px 4px;border-bottom:1px solid #e5e7eb;">{{NAME}}<br><span style="color:#6c757d;font-size:12px;">{{SKU}}</span></td><td align="right" style="padding:6px 4px;border-bottom:1px solid #e5e7eb;white-space:nowrap;">{{QUANTITY}} {{UNIT}}</td><td align="right" style="padding:6px 4px;border-bottom:1px solid #e5e7eb;white-space:nowrap;">{{UNIT_PRICE}}</td><td align="right" style="padding:6px 4px;border-bottom:1px solid #e5e7eb;white-space:nowrap;">{{LINE_TOTAL}}</td></tr>
{{/LINE}}<tr><td colspan="3" align="right" style="padding:6px 4px;">Subtotal</td><td align="right" style="padding:6px 4px;white-space:nowrap;">{{SUBTOTAL}}</td></tr>
<tr><td colspan="3" align="right" style="padding:6px 4px;">Shipping — {{SHIPPING_METHOD}}</td><td align="right" style="padding:6px 4px;white-space:nowrap;">{{SHIPPING}}</td></tr>
<tr><td colspan="3" align="right" style="padding:6px 4px;">{{TAX_LABEL}}</td><td align="right" style="padding:6px 4px;white-space:nowrap;">{{TAX}}</td></tr>
<tr><td colspan="3" align="right" style="padding:6px 4px;border-top:2px solid #dee2e6;"><strong>Total</strong></td><td align="right" style="padding:6px 4px;border-top:2px solid #dee2e6;white-space:nowrap;"><strong>{{TOTAL}}</strong></td></tr>
</table>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="margin-top:16px;font-size:14px;">
<tr><td valign="top" style="padding:0 8px 0 0;width:50%;"><strong>Ship to: {{SHIP_TO_LABEL}}</strong><br><span style="white-space:pre-wrap;">{{SHIP_TO_TEXT:pre_escape}}</span></td>
<td valign="top" style="padding:0 0 0 8px;width:50%;"><strong>Bill to: {{BILL_TO_LABEL}}</strong><br><span style="white-space:pre-wrap;">{{BILL_TO_TEXT:pre_escape}}</span></td></tr>
</table>
<p style="font-size:14px;">Payment: {{PAYMENT}}{{#PO}}<br>PO number: {{PO_NUMBER}}{{/PO}}{{#DELIVERY_DATE}}<br>Requested delivery: {{DATE}}{{/DELIVERY_DATE}}</p>
{{#NOTES}}<blockquote style="margin:16px 0;padding:12px 16px;border-left:4px solid #1f5fa8;background:#f5f7fa;white-space:pre-wrap;">{{TEXT:pre_escape}}</blockquote>{{/NOTES}}
<p><a href="{{BASE_URL}}{{ORDER_PATH}}" style="display:inline-block;background:#1f5fa8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;">View the order</a></p>
<p style="font-size:13px;color:#6c757d;">Or open: {{BASE_URL}}{{ORDER_PATH}}</p>
