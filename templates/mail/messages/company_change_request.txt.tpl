{{! Plain text, not escaped. MESSAGE is the member's text as typed (several lines); ERP shown when the company has an account number. }}Hello {{RECIPIENT_NAME}},

{{MEMBER_NAME}} ({{MEMBER_EMAIL}}, {{MEMBER_ROLE}}) at {{COMPANY_NAME}}{{#ERP}}
(customer account {{ERP_ACCOUNT_NO}}){{/ERP}} asks us to change what we have
on file for the company:

{{MESSAGE}}

Please update our records and answer {{MEMBER_NAME}} at {{MEMBER_EMAIL}}.
Open the back office: {{BASE_URL}}/backoffice
