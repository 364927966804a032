{{%AUTOESCAPE context="HTML"}}
<div class="row justify-content-center"><div class="col-md-8 col-lg-6">
<div class="card shadow-sm mt-md-4"><div class="card-body p-4 p-md-5">
<h1 class="h3">Thank you, your email is confirmed</h1>
<p>Your application is now with our team. We usually decide within one business day and will email you either way.</p>
{{#MAY_SIGN_IN}}<p>Meanwhile you can already sign in and look around.</p><a class="btn btn-primary" href="/login">Sign in</a>{{/MAY_SIGN_IN}}
{{#WAIT_FOR_APPROVAL}}<p class="mb-0">You can sign in as soon as your account is approved.</p>{{/WAIT_FOR_APPROVAL}}
</div></div></div></div>
