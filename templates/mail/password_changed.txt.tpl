{{! Plain text, not escaped. EMAIL: the account. }}Hello {{RECIPIENT_NAME}},

the password of your account {{EMAIL}} was just changed, and every other
session of the account was signed out.

If that was you, there is nothing more to do.

If it was not you, choose a new password right away and tell your
account manager:

{{BASE_URL}}/password/forgot
