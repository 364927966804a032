{{! Subject line: plain text, one line. DECISION is "approved" or "rejected". }}Your proposed address "{{ADDRESS_LABEL}}" was {{DECISION}}
