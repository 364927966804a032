{{! Plain text, not escaped. REASON lists lines that could not be added, when any. }}Hello {{RECIPIENT_NAME}},

as scheduled for {{DUE_DATE}}, the products of your list "{{LIST_NAME}}" are in your cart at today's prices. Review the cart and check out when it suits you: {{BASE_URL}}/cart
{{REASON}}

The list: {{BASE_URL}}{{LIST_PATH}}
