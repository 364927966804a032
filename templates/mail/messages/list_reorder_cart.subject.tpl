{{! Subject line: plain text, one line. }}"{{LIST_NAME}}" is in your cart, ready to review
