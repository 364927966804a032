{{! Subject line: plain text, one line. }}Change request from {{COMPANY_NAME}}
