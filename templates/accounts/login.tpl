{{%AUTOESCAPE context="HTML"}}
<div class="row justify-content-center">
  <div class="col-sm-10 col-md-7 col-lg-5">
    <div class="card shadow-sm mt-md-4">
      <div class="card-body p-4 p-md-5">
        <h1 class="h3 mb-1">Sign in</h1>
        <p class="text-body-secondary mb-4">Order, approve and track purchases for your company.</p>
        {{#ERROR}}<div class="alert alert-danger" role="alert" id="login-error">{{ERROR_TEXT}}</div>{{/ERROR}}
        <form method="post" action="/login" novalidate>
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <input type="hidden" name="next" value="{{NEXT}}">
          <div class="mb-3">
            <label for="email" class="form-label">Work email</label>
            <input type="email" class="form-control form-control-lg" id="email" name="email" value="{{EMAIL}}"
                   autocomplete="username" required maxlength="254"{{#FOCUS_EMAIL}} autofocus{{/FOCUS_EMAIL}}{{#ERROR}} aria-describedby="login-error"{{/ERROR}}>
          </div>
          <div class="mb-4">
            <label for="password" class="form-label">Password</label>
            <input type="password" class="form-control form-control-lg" id="password" name="password"
                   autocomplete="current-password" required maxlength="512"{{#FOCUS_PASSWORD}} autofocus{{/FOCUS_PASSWORD}}>
          </div>
          <button type="submit" class="btn btn-primary btn-lg w-100">Sign in</button>
        </form>
        <p class="text-center mt-3 mb-0"><a href="/password/forgot">Forgot your password?</a></p>
      </div>
    </div>
    <p class="text-center small text-body-secondary mt-3">Buying for a business that is not a customer yet? <a href="/register">Apply for an account</a>.</p>
  </div>
</div>
