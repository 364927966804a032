{{%AUTOESCAPE context="HTML"}}
<div class="row justify-content-center">
  <div class="col-sm-10 col-md-8 col-lg-6">
    <div class="card shadow-sm mt-md-4">
      <div class="card-body p-4 p-md-5">
        {{#LINK_PROBLEM}}
        <h1 class="h3 mb-3">This invitation link does not work</h1>
        <div class="alert alert-warning" role="alert">{{PROBLEM_TEXT}}</div>
        <p class="mb-0">The administrator of your company can send you a new invitation. If you already joined, <a href="/login">sign in</a>.</p>
        {{/LINK_PROBLEM}}
        {{#ACCEPT}}
        <h1 class="h3 mb-1">Join {{COMPANY_NAME}} as {{ROLE_NAME}}</h1>
        <p class="text-body-secondary mb-4">{{INVITED_BY}} invited <strong>{{EMAIL}}</strong> to work in {{COMPANY_NAME}}'s account, in {{UNIT_NAME}}. You already have a login with this address: you keep your password, and after signing in you can switch between your companies.</p>
        {{#OTHER_USER}}<div class="alert alert-warning" role="status">You are signed in as <strong>{{SIGNED_IN_AS}}</strong>. This invitation is for {{EMAIL}}: accepting adds that login to {{COMPANY_NAME}}, not the one you are signed in with.</div>{{/OTHER_USER}}
        {{#FAILURE}}<div class="alert alert-danger" role="alert">{{FAILURE_TEXT}}</div>{{/FAILURE}}
        <form method="post" action="/join/{{TOKEN}}" novalidate>
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <button type="submit" class="btn btn-primary btn-lg w-100">Join {{COMPANY_NAME}}</button>
        </form>
        {{/ACCEPT}}
        {{#FORM}}
        <h1 class="h3 mb-1">Join {{COMPANY_NAME}}</h1>
        <p class="text-body-secondary mb-4">{{INVITED_BY}} invited you to work in {{COMPANY_NAME}}'s account as <strong>{{ROLE_NAME}}</strong>, in {{UNIT_NAME}}. Choose a password to create your login.</p>
        {{#OTHER_USER}}<div class="alert alert-warning" role="status">You are signed in as <strong>{{SIGNED_IN_AS}}</strong>. Creating this login signs you out of that one in this browser.</div>{{/OTHER_USER}}
        {{#FAILURE}}<div class="alert alert-danger" role="alert">{{FAILURE_TEXT}}</div>{{/FAILURE}}
        {{#FORM_ERRORS}}<div class="alert alert-danger" role="alert" id="form-errors"><p class="fw-semibold mb-1">Please correct {{COUNT}} field(s):</p><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{LABEL}}</a>: {{MESSAGE}}</li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
        <form method="post" action="/join/{{TOKEN}}" novalidate>
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <div class="mb-3">
            <label for="email" class="form-label">Your sign-in email</label>
            <input type="email" class="form-control-plaintext fw-semibold" id="email" name="email" value="{{EMAIL}}" autocomplete="username" readonly>
          </div>
          <div class="mb-3">
            <label for="name" class="form-label">Your name</label>
            <input type="text" class="form-control{{#NAME_INVALID}} is-invalid{{/NAME_INVALID}}" id="name" name="name" value="{{NAME}}" autocomplete="name" maxlength="120" required aria-required="true"{{#NAME_ERROR}} aria-describedby="name-error"{{/NAME_ERROR}}{{#NAME_INVALID}} aria-invalid="true"{{/NAME_INVALID}}>
            {{#NAME_ERROR}}<div class="invalid-feedback d-block" id="name-error">{{MESSAGE}}</div>{{/NAME_ERROR}}
          </div>
          <div class="mb-3">
            <label for="password" class="form-label">Password</label>
            <input type="password" class="form-control{{#PASSWORD_INVALID}} is-invalid{{/PASSWORD_INVALID}}" id="password" name="password" autocomplete="new-password" required aria-required="true" minlength="{{PASSWORD_MIN}}" maxlength="128" aria-describedby="password-help{{#PASSWORD_ERROR}} password-error{{/PASSWORD_ERROR}}"{{#PASSWORD_INVALID}} aria-invalid="true"{{/PASSWORD_INVALID}}>
            {{#PASSWORD_ERROR}}<div class="invalid-feedback d-block" id="password-error">{{MESSAGE}}</div>{{/PASSWORD_ERROR}}
            <div class="form-text" id="password-help">At least {{PASSWORD_MIN}} characters. A few unrelated words make a strong password that is easy to remember.</div>
          </div>
          <div class="mb-4">
            <label for="password_confirm" class="form-label">Repeat the password</label>
            <input type="password" class="form-control{{#PASSWORD_CONFIRM_INVALID}} is-invalid{{/PASSWORD_CONFIRM_INVALID}}" id="password_confirm" name="password_confirm" autocomplete="new-password" required aria-required="true" maxlength="128"{{#PASSWORD_CONFIRM_ERROR}} aria-describedby="password_confirm-error"{{/PASSWORD_CONFIRM_ERROR}}{{#PASSWORD_CONFIRM_INVALID}} aria-invalid="true"{{/PASSWORD_CONFIRM_INVALID}}>
            {{#PASSWORD_CONFIRM_ERROR}}<div class="invalid-feedback d-block" id="password_confirm-error">{{MESSAGE}}</div>{{/PASSWORD_CONFIRM_ERROR}}
          </div>
          <button type="submit" class="btn btn-primary btn-lg w-100">Create my login and join</button>
        </form>
        {{/FORM}}
      </div>
    </div>
  </div>
</div>
