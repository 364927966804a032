{{! Plain text, not escaped. For the account manager (or the staff administrators). }}Hello {{RECIPIENT_NAME}},

{{REQUESTER_NAME}} of {{COMPANY_NAME}} asks for a credit limit of {{AMOUNT}} (now {{CURRENT_LIMIT}}){{#TEMPORARY}} until {{UNTIL}}{{/TEMPORARY}}.

The reason:

{{REASON}}

Decide it here: {{BASE_URL}}{{REVIEW_PATH}}
