Hello {{RECIPIENT_NAME}},

this is a test message sent by {{SENT_BY}} from the back office to check
that mail from the portal reaches you.

Open the portal: {{BASE_URL}}/login
