{{! Subject line: plain text, one line. }}Your {{SELLER_NAME}} sign-in email is being changed
