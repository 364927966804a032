{{! Plain text, not escaped. CONVERTED or DECLINED (with the reason in MESSAGE). }}Hello {{RECIPIENT_NAME}},

{{#CONVERTED}}{{FROM_NAME}} put your requisition "{{LIST_NAME}}" in their cart to order it. You can follow the order from the requisition.{{/CONVERTED}}{{#DECLINED}}{{FROM_NAME}} declined your requisition "{{LIST_NAME}}".{{/DECLINED}}
{{#MESSAGE}}
The reason:

{{TEXT}}
{{/MESSAGE}}
The requisition: {{BASE_URL}}{{REQUISITION_PATH}}
