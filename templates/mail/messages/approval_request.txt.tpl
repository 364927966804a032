{{! Plain text, not escaped. STEP_PATH: the decision page of this approval step. NOTE, DELEGATE (ON_BEHALF_OF) and ALL_MUST_APPROVE are shown when they apply. }}Hello {{RECIPIENT_NAME}},

{{BUYER_NAME}} at {{COMPANY_NAME}} placed order {{ORDER_NUMBER}} for {{TOTAL}}.
It needs approval from {{APPROVER_LABEL}}{{#DELEGATE}}; you are asked on behalf of {{ON_BEHALF_OF}}, who is out of the office{{/DELEGATE}}.

Rule: {{RULE_NAME}}
Why: {{REASON}}
{{#NOTE}}
{{TEXT}}
{{/NOTE}}{{#ALL_MUST_APPROVE}}
Every approver of this step must approve.
{{/ALL_MUST_APPROVE}}
Approve or reject it here (sign in first if asked):
{{BASE_URL}}{{STEP_PATH}}
