{{! Subject line: plain text, one line. }}A question about your application for {{COMPANY_NAME}}
