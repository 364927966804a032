{{! Plain text, not escaped. }}Hello {{RECIPIENT_NAME}},

to decide on the business account for {{COMPANY_NAME}} we need a little
more information:

{{QUESTION}}

Answer here: {{LINK}}
(The link works once, for 14 days.)
