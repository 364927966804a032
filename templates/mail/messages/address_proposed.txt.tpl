{{! Plain text, not escaped. REVIEW_PATH: where to decide (the company's address page or the back office); FOR_SELLER shown to seller staff. }}Hello {{RECIPIENT_NAME}},

{{PROPOSER_NAME}} ({{PROPOSER_EMAIL}}) at {{COMPANY_NAME}} proposed a new
shipping address{{#FOR_SELLER}} that waits for the seller's approval{{/FOR_SELLER}}:

{{ADDRESS_LABEL}}
{{ADDRESS_TEXT}}

It cannot be used until it is approved. Approve or reject it here:
{{BASE_URL}}{{REVIEW_PATH}}
