{{! Plain text, not escaped. DAYS/DAYS_WORD: how long the step has waited. ESCALATED (APPROVER_NAME): sent to the approver's superior, now asked too. }}Hello {{RECIPIENT_NAME}},

{{#ESCALATED}}Order {{ORDER_NUMBER}} ({{AMOUNT}}) from {{BUYER_NAME}} at {{COMPANY_NAME}} has waited {{DAYS}} {{DAYS_WORD}} for {{APPROVER_NAME}}'s approval. It is escalated to you: you may approve or reject it too.{{/ESCALATED}}{{#NOT_ESCALATED}}Order {{ORDER_NUMBER}} ({{AMOUNT}}) from {{BUYER_NAME}} at {{COMPANY_NAME}} has waited {{DAYS}} {{DAYS_WORD}} for your approval.{{/NOT_ESCALATED}}

Rule: {{RULE_NAME}}
Why: {{REASON}}

Approve or reject it here (sign in first if asked):
{{BASE_URL}}{{STEP_PATH}}
