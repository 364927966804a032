{{! Subject line: plain text, one line. }}Someone tried to register with your address at {{SELLER_NAME}}
