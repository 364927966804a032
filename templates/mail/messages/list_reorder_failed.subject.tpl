{{! Subject line: plain text, one line. }}Your scheduled order from "{{LIST_NAME}}" could not be placed
