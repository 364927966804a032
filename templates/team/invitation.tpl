{{%AUTOESCAPE context="HTML"}}
<div class="row justify-content-center">
  <div class="col-sm-10 col-md-8 col-lg-6">
    <div class="card shadow-sm mt-md-4">
      <div class="card-body p-4 p-md-5">
        {{#LINK_PROBLEM}}
        <h1 class="h3 mb-3">This invitation link does not work</h1>
        <div class="alert alert-warning" role="alert">{{PROBLEM_TEXT}}</div>
        <p class="mb-0">The administrator of your company, or your account manager, can send you a new invitation. If you have set your password already, <a href="/login">sign in</a>.</p>
        {{/LINK_PROBLEM}}
        {{#FORM}}
        <h1 class="h3 mb-1">Welcome, {{USER_NAME}}</h1>
        <p class="text-body-secondary mb-4">You are invited to order for <strong>{{COMPANY_NAME}}</strong>. Choose a password to finish setting up your login.</p>
        {{#FAILURE}}<div class="alert alert-danger" role="alert">{{FAILURE_TEXT}}</div>{{/FAILURE}}
        <form method="post" action="/invitation/{{TOKEN}}" novalidate>
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <div class="mb-3">
            <label for="email" class="form-label">Your sign-in email</label>
            <input type="email" class="form-control-plaintext fw-semibold" id="email" name="email" value="{{EMAIL}}" autocomplete="username" readonly>
          </div>
          <div class="mb-3">
            <label for="password" class="form-label">New password</label>
            <input type="password" class="form-control{{#PASSWORD_INVALID}} is-invalid{{/PASSWORD_INVALID}}" id="password" name="password" autocomplete="new-password" required minlength="{{PASSWORD_MIN}}" maxlength="128" autofocus aria-describedby="{{#PASSWORD_INVALID}}password-error {{/PASSWORD_INVALID}}password-help"{{#PASSWORD_INVALID}} aria-invalid="true"{{/PASSWORD_INVALID}}>
            {{#PASSWORD_ERROR}}<div class="invalid-feedback" id="password-error">{{MESSAGE}}</div>{{/PASSWORD_ERROR}}
            <div class="form-text" id="password-help">At least {{PASSWORD_MIN}} characters. A few unrelated words make a strong password that is easy to remember.</div>
          </div>
          <div class="mb-4">
            <label for="password_confirm" class="form-label">Repeat the password</label>
            <input type="password" class="form-control{{#PASSWORD_CONFIRM_INVALID}} is-invalid{{/PASSWORD_CONFIRM_INVALID}}" id="password_confirm" name="password_confirm" autocomplete="new-password" required maxlength="128"{{#PASSWORD_CONFIRM_INVALID}} aria-invalid="true" aria-describedby="password_confirm-error"{{/PASSWORD_CONFIRM_INVALID}}>
            {{#PASSWORD_CONFIRM_ERROR}}<div class="invalid-feedback" id="password_confirm-error">{{MESSAGE}}</div>{{/PASSWORD_CONFIRM_ERROR}}
          </div>
          <button type="submit" class="btn btn-primary btn-lg w-100">Set password and sign in</button>
        </form>
        {{/FORM}}
      </div>
    </div>
  </div>
</div>
