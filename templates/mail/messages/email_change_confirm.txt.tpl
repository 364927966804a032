{{! Plain text, not escaped. Sent to the NEW address. NEW_EMAIL, OLD_EMAIL, TOKEN. }}Hello {{RECIPIENT_NAME}},

you asked to sign in with {{NEW_EMAIL}} from now on, instead of
{{OLD_EMAIL}}. Confirm the new address here:

{{BASE_URL}}/email/confirm/{{TOKEN}}

The link works for 24 hours and only once. Until you open it, you keep
signing in with {{OLD_EMAIL}}. If you did not ask for this, ignore this
mail.
