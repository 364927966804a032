{{%AUTOESCAPE context="HTML"}}
<div class="row justify-content-center">
  <div class="col-sm-10 col-md-7 col-lg-5">
    <div class="card shadow-sm mt-md-4">
      <div class="card-body p-4 p-md-5">
        {{#FORM}}
        <h1 class="h3 mb-1">Choose a new password</h1>
        <p class="text-body-secondary mb-4">For <strong>{{ACCOUNT_EMAIL}}</strong>. Saving it signs you out on every device.</p>
        <form method="post" action="/password/reset/{{TOKEN}}" novalidate>
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <input type="email" name="username" value="{{ACCOUNT_EMAIL}}" autocomplete="username" hidden readonly>
          <div class="mb-3">
            <label for="new_password" class="form-label">New password</label>
            <input type="password" class="form-control form-control-lg{{#NEW_PASSWORD_INVALID}} is-invalid{{/NEW_PASSWORD_INVALID}}" id="new_password" name="new_password"
                   autocomplete="new-password" required minlength="12" maxlength="128" autofocus
                   aria-describedby="new_password-help{{#NEW_PASSWORD_INVALID}} new_password-error{{/NEW_PASSWORD_INVALID}}"{{#NEW_PASSWORD_INVALID}} aria-invalid="true"{{/NEW_PASSWORD_INVALID}}>
            <div class="form-text" id="new_password-help">At least 12 characters. A few unrelated words make a good one.</div>
            {{#NEW_PASSWORD_ERROR}}<div class="invalid-feedback" id="new_password-error">{{MESSAGE}}</div>{{/NEW_PASSWORD_ERROR}}
          </div>
          <div class="mb-4">
            <label for="confirm_password" class="form-label">New password again</label>
            <input type="password" class="form-control form-control-lg{{#CONFIRM_PASSWORD_INVALID}} is-invalid{{/CONFIRM_PASSWORD_INVALID}}" id="confirm_password" name="confirm_password"
                   autocomplete="new-password" required maxlength="128"{{#CONFIRM_PASSWORD_INVALID}} aria-invalid="true" aria-describedby="confirm_password-error"{{/CONFIRM_PASSWORD_INVALID}}>
            {{#CONFIRM_PASSWORD_ERROR}}<div class="invalid-feedback" id="confirm_password-error">{{MESSAGE}}</div>{{/CONFIRM_PASSWORD_ERROR}}
          </div>
          <button type="submit" class="btn btn-primary btn-lg w-100">Save new password</button>
        </form>
        {{/FORM}}
        {{#LINK_PROBLEM}}
        <h1 class="h3 mb-3">This link does not work</h1>
        <div class="alert alert-warning" role="alert">{{MESSAGE}}</div>
        <a class="btn btn-primary" href="/password/forgot">Ask for a new link</a>
        {{/LINK_PROBLEM}}
      </div>
    </div>
    <p class="text-center small mt-3"><a href="/login">Back to sign in</a></p>
  </div>
</div>
