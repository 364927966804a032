{{! Plain text, not escaped. MESSAGE is the member's text (several lines); ADDRESS_TEXT the address as on file, one line. }}Hello {{RECIPIENT_NAME}},

{{MEMBER_NAME}} ({{MEMBER_EMAIL}}) at {{COMPANY_NAME}} asks us to change an
address that comes from our ERP:

{{ADDRESS_LABEL}} (ERP address {{ERP_ADDRESS_ID}})
{{ADDRESS_TEXT}}

What should change:

{{MESSAGE}}

Please update the ERP and answer {{MEMBER_NAME}} at {{MEMBER_EMAIL}}.
Open the back office: {{BASE_URL}}/backoffice/addresses
