{{! Plain text, not escaped. EMAIL: the account. }}Hello {{RECIPIENT_NAME}},

the password of your account {{EMAIL}} was just changed. Every other
session of the account was signed out, and links we mailed earlier to
reset the password or change the sign-in email no longer work.

If that was you, there is nothing more to do.

If it was not you, choose a new password right away and tell your
account manager:

{{BASE_URL}}/password/forgot
