{{! Plain text, not escaped. Sent to the OLD address. NEW_EMAIL, OLD_EMAIL. }}Hello {{RECIPIENT_NAME}},

someone signed in to your account asked to change its sign-in email
from {{OLD_EMAIL}} to {{NEW_EMAIL}}. The change happens once the link we
sent to {{NEW_EMAIL}} is opened.

If that was you, there is nothing more to do.

If it was not you, choose a new password right away (this also signs
everyone else out) and tell your account manager:

{{BASE_URL}}/password/forgot
