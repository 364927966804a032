{{! Subject line: plain text, one line. }}Choose a new password for {{SELLER_NAME}}
