{{! Subject line: plain text, one line. }}Your {{SELLER_NAME}} password was changed
