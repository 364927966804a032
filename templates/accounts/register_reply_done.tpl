{{%AUTOESCAPE context="HTML"}}
<div class="row justify-content-center"><div class="col-md-8 col-lg-6">
<div class="card shadow-sm mt-md-4"><div class="card-body p-4 p-md-5">
<h1 class="h3">Thank you</h1>
<p class="mb-0">We have your answer and continue with your application. We will email you when we have decided.</p>
</div></div></div></div>
