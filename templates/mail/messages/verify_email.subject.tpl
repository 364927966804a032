{{! Subject line: plain text, one line. }}Confirm your email address for {{SELLER_NAME}}
