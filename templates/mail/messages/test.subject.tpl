{{! Subject line: plain text, one line. }}Test message from {{SELLER_NAME}}
