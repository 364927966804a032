{{! Subject line: plain text, one line. }}Order {{ORDER_NUMBER}} ({{TOTAL}}) from {{BUYER_NAME}} waits for your approval
