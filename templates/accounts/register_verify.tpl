{{%AUTOESCAPE context="HTML"}}
<div class="row justify-content-center"><div class="col-md-8 col-lg-6">
<div class="card shadow-sm mt-md-4"><div class="card-body p-4 p-md-5">
<h1 class="h3">Confirm your email address</h1>
<p>Confirm <strong>{{EMAIL}}</strong> to send the application for <strong>{{COMPANY_NAME}}</strong> to us for review.</p>
<form method="post" action="/register/verify/{{TOKEN}}">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<button type="submit" class="btn btn-primary btn-lg">Confirm my email</button>
</form>
</div></div></div></div>
