{{! Subject line: plain text, one line. }}Address change request from {{COMPANY_NAME}}: {{ADDRESS_LABEL}}
