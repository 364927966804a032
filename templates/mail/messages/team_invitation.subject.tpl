{{! Subject line: plain text, one line. }}{{INVITED_BY}} invites you to join {{COMPANY_NAME}} at {{SELLER_NAME}}
