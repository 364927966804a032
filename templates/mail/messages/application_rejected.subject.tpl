{{! Subject line: plain text, one line. }}Your application for {{COMPANY_NAME}}
