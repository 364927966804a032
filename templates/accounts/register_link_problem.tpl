{{%AUTOESCAPE context="HTML"}}
<div class="row justify-content-center"><div class="col-md-8 col-lg-6">
<div class="card shadow-sm mt-md-4"><div class="card-body p-4 p-md-5">
<h1 class="h3">This link does not work</h1>
<p class="lead">{{MESSAGE}}</p>
<p class="mb-0"><a href="/login">Sign in</a> · <a href="/password/forgot">Forgot your password?</a> · <a href="/register">Apply for an account</a></p>
</div></div></div></div>
