{{! Subject line: plain text, one line. }}Your requisition "{{LIST_NAME}}" was {{#CONVERTED}}taken up{{/CONVERTED}}{{#DECLINED}}declined{{/DECLINED}}
