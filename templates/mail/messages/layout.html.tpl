{{%AUTOESCAPE context="HTML"}}<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#f5f7fa;font-family:Arial,Helvetica,sans-serif;color:#212529;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f7fa;padding:24px 0;">
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background:#ffffff;border-radius:8px;overflow:hidden;">
<tr><td style="background:#17365d;color:#ffffff;padding:16px 24px;font-size:18px;font-weight:bold;">{{SELLER_NAME}}</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.5;">{{! BODY is mail/<type>.html.tpl, rendered and escaped already. }}
{{BODY:none}}
</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #e5e7eb;font-size:12px;color:#6c757d;">
You receive this mail because of your account at <a href="{{BASE_URL}}/" style="color:#1f5fa8;">{{BASE_URL}}</a>.
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
