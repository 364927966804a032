{{! Subject line: plain text, one line. }}Welcome to {{SELLER_NAME}}: your account for {{COMPANY_NAME}} is approved
