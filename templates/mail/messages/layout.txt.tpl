{{! Plain-text part of every mail. Deliberately no AUTOESCAPE: text mail is not HTML. BODY is the rendered mail/<type>.txt.tpl. }}{{BODY}}
--
{{SELLER_NAME}}
{{BASE_URL}}/
