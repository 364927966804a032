{{%AUTOESCAPE context="HTML"}}
<div class="row justify-content-center">
  <div class="col-sm-10 col-md-7 col-lg-5">
    <div class="card shadow-sm mt-md-4">
      <div class="card-body p-4 p-md-5">
        <h1 class="h3 mb-3">Check your email</h1>
        <p role="status">If an account exists for that address, we sent a link to choose a new password. The link works for one hour and only once.</p>
        <p class="text-body-secondary small mb-0">Nothing arrived after a few minutes? Look in your spam folder, check the address you typed, or <a href="/password/forgot">ask for another link</a>.</p>
      </div>
    </div>
    <p class="text-center small mt-3"><a href="/login">Back to sign in</a></p>
  </div>
</div>
