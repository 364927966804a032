{{%AUTOESCAPE context="HTML"}}
<div class="d-flex flex-wrap align-items-end justify-content-between gap-2 mb-4">
  <div>
    <h1 class="h2 mb-1">My profile</h1>
    <p class="text-body-secondary mb-0">Your details, how you sign in, and where you are signed in.</p>
  </div>
</div>
<div class="row g-4">
  <section class="col-lg-6" aria-labelledby="details-title">
    <form method="post" action="/account/profile" class="card h-100 shadow-sm" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="details-title">Your details</h2></div>
      <div class="card-body">
        {{#DETAILS_FAILED}}<div class="alert alert-danger py-2" role="alert">Please correct the marked fields.</div>{{/DETAILS_FAILED}}
        <div class="mb-3">
          <label for="name" class="form-label">Full name</label>
          <input type="text" class="form-control{{#NAME_INVALID}} is-invalid{{/NAME_INVALID}}" id="name" name="name" value="{{NAME}}"
                 autocomplete="name" required maxlength="120"{{#NAME_INVALID}} aria-invalid="true" aria-describedby="name-error"{{/NAME_INVALID}}>
          {{#NAME_ERROR}}<div class="invalid-feedback" id="name-error">{{MESSAGE}}</div>{{/NAME_ERROR}}
        </div>
        <div class="mb-3">
          <label for="job_title" class="form-label">Job title <span class="text-body-secondary small">(optional)</span></label>
          <input type="text" class="form-control{{#JOB_TITLE_INVALID}} is-invalid{{/JOB_TITLE_INVALID}}" id="job_title" name="job_title" value="{{JOB_TITLE}}"
                 autocomplete="organization-title" maxlength="120"{{#JOB_TITLE_INVALID}} aria-invalid="true" aria-describedby="job_title-error"{{/JOB_TITLE_INVALID}}>
          {{#JOB_TITLE_ERROR}}<div class="invalid-feedback" id="job_title-error">{{MESSAGE}}</div>{{/JOB_TITLE_ERROR}}
        </div>
        <div class="mb-0">
          <label for="phone" class="form-label">Phone <span class="text-body-secondary small">(optional)</span></label>
          <input type="tel" class="form-control{{#PHONE_INVALID}} is-invalid{{/PHONE_INVALID}}" id="phone" name="phone" value="{{PHONE}}"
                 autocomplete="tel" maxlength="40"{{#PHONE_INVALID}} aria-invalid="true" aria-describedby="phone-error"{{/PHONE_INVALID}}>
          {{#PHONE_ERROR}}<div class="invalid-feedback" id="phone-error">{{MESSAGE}}</div>{{/PHONE_ERROR}}
        </div>
      </div>
      <div class="card-footer bg-white"><button type="submit" class="btn btn-primary">Save details</button></div>
    </form>
  </section>

  <section class="col-lg-6" aria-labelledby="email-title">
    <form method="post" action="/account/profile/email" class="card h-100 shadow-sm" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="email-title">Sign-in email</h2></div>
      <div class="card-body">
        <p class="mb-3">You sign in with <strong>{{CURRENT_EMAIL}}</strong>.</p>
        {{#PENDING_EMAIL}}<div class="alert alert-info py-2 small" role="status">We sent a link to <strong>{{PENDING_ADDRESS}}</strong>. Your email changes when you open it (it works until {{PENDING_UNTIL}}).</div>{{/PENDING_EMAIL}}
        {{#EMAIL_FAILED}}<div class="alert alert-danger py-2" role="alert">Please correct the marked fields.</div>{{/EMAIL_FAILED}}
        <div class="mb-3">
          <label for="new_email" class="form-label">New email address</label>
          <input type="email" class="form-control{{#NEW_EMAIL_INVALID}} is-invalid{{/NEW_EMAIL_INVALID}}" id="new_email" name="new_email" value="{{NEW_EMAIL}}"
                 autocomplete="email" required maxlength="254"
                 aria-describedby="new_email-help{{#NEW_EMAIL_INVALID}} new_email-error{{/NEW_EMAIL_INVALID}}"{{#NEW_EMAIL_INVALID}} aria-invalid="true"{{/NEW_EMAIL_INVALID}}>
          <div class="form-text" id="new_email-help">We send a link to the new address; the change happens when you open it.</div>
          {{#NEW_EMAIL_ERROR}}<div class="invalid-feedback" id="new_email-error">{{MESSAGE}}</div>{{/NEW_EMAIL_ERROR}}
        </div>
        <div class="mb-0">
          <label for="email_password" class="form-label">Current password</label>
          <input type="password" class="form-control{{#EMAIL_PASSWORD_INVALID}} is-invalid{{/EMAIL_PASSWORD_INVALID}}" id="email_password" name="email_password"
                 autocomplete="current-password" required maxlength="512"{{#EMAIL_PASSWORD_INVALID}} aria-invalid="true" aria-describedby="email_password-error"{{/EMAIL_PASSWORD_INVALID}}>
          {{#EMAIL_PASSWORD_ERROR}}<div class="invalid-feedback" id="email_password-error">{{MESSAGE}}</div>{{/EMAIL_PASSWORD_ERROR}}
        </div>
      </div>
      <div class="card-footer bg-white"><button type="submit" class="btn btn-primary">Change email</button></div>
    </form>
  </section>

  <section class="col-lg-6" aria-labelledby="password-title">
    <form method="post" action="/account/profile/password" class="card h-100 shadow-sm" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="password-title">Password</h2></div>
      <div class="card-body">
        {{#PASSWORD_FAILED}}<div class="alert alert-danger py-2" role="alert">Please correct the marked fields.</div>{{/PASSWORD_FAILED}}
        <input type="email" name="username" value="{{CURRENT_EMAIL}}" autocomplete="username" hidden readonly>
        <div class="mb-3">
          <label for="current_password" class="form-label">Current password</label>
          <input type="password" class="form-control{{#CURRENT_PASSWORD_INVALID}} is-invalid{{/CURRENT_PASSWORD_INVALID}}" id="current_password" name="current_password"
                 autocomplete="current-password" required maxlength="512"{{#CURRENT_PASSWORD_INVALID}} aria-invalid="true" aria-describedby="current_password-error"{{/CURRENT_PASSWORD_INVALID}}>
          {{#CURRENT_PASSWORD_ERROR}}<div class="invalid-feedback" id="current_password-error">{{MESSAGE}}</div>{{/CURRENT_PASSWORD_ERROR}}
        </div>
        <div class="mb-3">
          <label for="new_password" class="form-label">New password</label>
          <input type="password" class="form-control{{#NEW_PASSWORD_INVALID}} is-invalid{{/NEW_PASSWORD_INVALID}}" id="new_password" name="new_password"
                 autocomplete="new-password" required minlength="12" maxlength="128"
                 aria-describedby="new_password-help{{#NEW_PASSWORD_INVALID}} new_password-error{{/NEW_PASSWORD_INVALID}}"{{#NEW_PASSWORD_INVALID}} aria-invalid="true"{{/NEW_PASSWORD_INVALID}}>
          <div class="form-text" id="new_password-help">At least 12 characters. Saving it signs you out everywhere else.</div>
          {{#NEW_PASSWORD_ERROR}}<div class="invalid-feedback" id="new_password-error">{{MESSAGE}}</div>{{/NEW_PASSWORD_ERROR}}
        </div>
        <div class="mb-0">
          <label for="confirm_password" class="form-label">New password again</label>
          <input type="password" class="form-control{{#CONFIRM_PASSWORD_INVALID}} is-invalid{{/CONFIRM_PASSWORD_INVALID}}" id="confirm_password" name="confirm_password"
                 autocomplete="new-password" required maxlength="128"{{#CONFIRM_PASSWORD_INVALID}} aria-invalid="true" aria-describedby="confirm_password-error"{{/CONFIRM_PASSWORD_INVALID}}>
          {{#CONFIRM_PASSWORD_ERROR}}<div class="invalid-feedback" id="confirm_password-error">{{MESSAGE}}</div>{{/CONFIRM_PASSWORD_ERROR}}
        </div>
      </div>
      <div class="card-footer bg-white"><button type="submit" class="btn btn-primary">Change password</button></div>
    </form>
  </section>

  <section class="col-lg-6" aria-labelledby="notifications-title">
    <div class="card shadow-sm">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="notifications-title">Notifications</h2></div>
      <div class="card-body">
        <p>Choose which optional mail you receive from us, such as order confirmations and shipping notices. Mail about your password and sign-in email is always sent.</p>
        <a class="btn btn-outline-primary" href="/account/notifications">Notification settings</a>
      </div>
    </div>
  </section>

  <section class="col-12" aria-labelledby="sessions-title">
    <div class="card shadow-sm">
      <div class="card-header bg-white d-flex flex-wrap align-items-center justify-content-between gap-2">
        <h2 class="h5 mb-0" id="sessions-title">Where you are signed in</h2>
        {{#OTHER_SESSIONS}}<form method="post" action="/account/profile/sessions">
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <button type="submit" class="btn btn-outline-danger btn-sm">Sign out of all other sessions</button>
        </form>{{/OTHER_SESSIONS}}
      </div>
      <div class="table-responsive" tabindex="0" role="region" aria-labelledby="sessions-title">
        <table class="table align-middle mb-0">
          <thead><tr><th scope="col">Device</th><th scope="col">IP address</th><th scope="col">Signed in</th><th scope="col">Last seen</th></tr></thead>
          <tbody>
          {{#SESSION}}<tr>
            <td><span title="{{USER_AGENT}}">{{DEVICE}}</span>{{#THIS_DEVICE}} <span class="badge text-bg-success">This device</span>{{/THIS_DEVICE}}</td>
            <td class="text-nowrap">{{IP}}</td>
            <td class="text-nowrap">{{CREATED}}</td>
            <td class="text-nowrap">{{LAST_SEEN}}</td>
          </tr>{{/SESSION}}
          </tbody>
        </table>
      </div>
      {{#NO_OTHER_SESSIONS}}<div class="card-body border-top"><p class="text-body-secondary small mb-0">You are not signed in anywhere else.</p></div>{{/NO_OTHER_SESSIONS}}
    </div>
  </section>
</div>
