{{! Subject line: plain text, one line. }}{{FROM_NAME}} asks you to order "{{LIST_NAME}}"
