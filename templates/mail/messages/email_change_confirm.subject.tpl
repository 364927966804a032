{{! Subject line: plain text, one line. }}Confirm your new email address for {{SELLER_NAME}}
