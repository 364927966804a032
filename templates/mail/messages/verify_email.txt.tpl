{{! Plain text, not escaped. }}Hello {{RECIPIENT_NAME}},

thank you for applying for a business account for {{COMPANY_NAME}}.
Please confirm your email address within 24 hours by opening this link:

{{LINK}}

If you did not apply, ignore this message: nothing happens without the
confirmation.
