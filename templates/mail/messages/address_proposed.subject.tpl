{{! Subject line: plain text, one line. }}New address to approve for {{COMPANY_NAME}}: {{ADDRESS_LABEL}}
