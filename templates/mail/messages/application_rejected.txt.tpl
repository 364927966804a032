{{! Plain text, not escaped. }}Hello {{RECIPIENT_NAME}},

thank you for your interest. We are not able to open a business account
for {{COMPANY_NAME}}:

{{REASON}}

If you have questions, reply to this message.
