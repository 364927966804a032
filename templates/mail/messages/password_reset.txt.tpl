{{! Plain text, not escaped. EMAIL: the account; TOKEN: the link's token. }}Hello {{RECIPIENT_NAME}},

someone, hopefully you, asked to reset the password of your account
{{EMAIL}}. Choose a new password here:

{{BASE_URL}}/password/reset/{{TOKEN}}

The link works for one hour and only once. If you did not ask for it,
ignore this mail: your password stays as it is.
