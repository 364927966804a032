{{%AUTOESCAPE context="HTML"}}
<div class="row justify-content-center"><div class="col-md-8 col-lg-6">
<div class="card shadow-sm mt-md-4"><div class="card-body p-4 p-md-5">
<h1 class="h3">Check your email</h1>
<p>We have sent a message to the address you gave. Follow the link in it within 24 hours to confirm the address; then your application comes to us for review.</p>
<p class="text-body-secondary small mb-0">No message after a few minutes? Look in your spam folder, or <a href="/register">apply again</a> with the right address.</p>
</div></div></div></div>
