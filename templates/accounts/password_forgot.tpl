{{%AUTOESCAPE context="HTML"}}
<div class="row justify-content-center">
  <div class="col-sm-10 col-md-7 col-lg-5">
    <div class="card shadow-sm mt-md-4">
      <div class="card-body p-4 p-md-5">
        <h1 class="h3 mb-1">Forgot your password?</h1>
        <p class="text-body-secondary mb-4">Enter the email address you sign in with. We will send you a link to choose a new password.</p>
        <form method="post" action="/password/forgot" novalidate>
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <div class="mb-4">
            <label for="email" class="form-label">Work email</label>
            <input type="email" class="form-control form-control-lg{{#EMAIL_INVALID}} is-invalid{{/EMAIL_INVALID}}" id="email" name="email" value="{{EMAIL}}"
                   autocomplete="email" required maxlength="254" autofocus{{#EMAIL_INVALID}} aria-invalid="true" aria-describedby="email-error"{{/EMAIL_INVALID}}>
            {{#EMAIL_ERROR}}<div class="invalid-feedback" id="email-error">{{MESSAGE}}</div>{{/EMAIL_ERROR}}
          </div>
          <button type="submit" class="btn btn-primary btn-lg w-100">Send me a link</button>
        </form>
      </div>
    </div>
    <p class="text-center small mt-3"><a href="/login">Back to sign in</a></p>
  </div>
</div>
