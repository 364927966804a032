{{! Plain text, not escaped. ALL, REST or PART; LINE rows (QUANTITY, UNIT, SKU, NAME); TRACKING (NUMBER, LINK with URL) when there is a tracking number; PO (NUMBER) when the order has one. }}Hello {{RECIPIENT_NAME}},

{{#ALL}}your order {{ORDER_NUMBER}}{{#PO}} (PO {{NUMBER}}){{/PO}} is on its way.{{/ALL}}{{#REST}}the rest of your order {{ORDER_NUMBER}}{{#PO}} (PO {{NUMBER}}){{/PO}} is on its way: everything has shipped now.{{/REST}}{{#PART}}part of your order {{ORDER_NUMBER}}{{#PO}} (PO {{NUMBER}}){{/PO}} is on its way; the rest follows as soon as it is ready.{{/PART}}

Carrier: {{CARRIER}}
{{#TRACKING}}Tracking number: {{NUMBER}}
{{#LINK}}Track it: {{URL}}
{{/LINK}}{{/TRACKING}}
In this shipment:
{{#LINE}}  {{QUANTITY}} {{UNIT}}  {{SKU}}  {{NAME}}
{{/LINE}}
See the order: {{BASE_URL}}{{ORDER_PATH}}
