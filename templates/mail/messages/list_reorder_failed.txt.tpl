{{! Plain text, not escaped. REASON says why the run did not go through. }}Hello {{RECIPIENT_NAME}},

the order scheduled for {{DUE_DATE}} from your list "{{LIST_NAME}}" could not be placed:

{{REASON}}

Nothing was ordered for this date. The schedule goes on with its next date. You can fix the list or order it yourself: {{BASE_URL}}{{LIST_PATH}}
