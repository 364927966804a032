{{! Subject line: plain text, one line. }}You are invited to order for {{COMPANY_NAME}} at {{SELLER_NAME}}
