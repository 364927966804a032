{{! Plain text, not escaped. Sent to the company's administrators. }}Hello {{RECIPIENT_NAME}},

the scheduled order from the list "{{LIST_NAME}}" is paused: {{REASON}}

Hand the list to another member to start it again: {{BASE_URL}}{{LIST_PATH}}
