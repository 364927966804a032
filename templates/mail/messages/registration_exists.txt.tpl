{{! Plain text, not escaped. }}Hello {{RECIPIENT_NAME}},

someone (perhaps you) just applied for a new business account with this
email address. You already have a login with us, so no new account was
made.

Sign in: {{BASE_URL}}/login
Forgot your password? {{BASE_URL}}/password/forgot

If this was not you, you can ignore this message.
