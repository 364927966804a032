{{! Subject line: plain text, one line. }}Your order {{ORDER_NUMBER}} was cancelled
