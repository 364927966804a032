{{! Subject line: plain text, one line. }}The scheduled order "{{LIST_NAME}}" is paused
