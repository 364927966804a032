{{%AUTOESCAPE context="HTML"}}
<div class="row">
  <div class="col-lg-8">
    <h1 class="h2 mb-1">Settings</h1>
    <p class="text-body-secondary">Seller-wide settings for the customer portal.</p>
    <form method="post" action="/backoffice/settings" class="card shadow-sm" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <fieldset class="card-body"{{#PRE_APPROVAL_ACCESS_INVALID}} aria-describedby="pre_approval_access-error"{{/PRE_APPROVAL_ACCESS_INVALID}}>
        <legend class="h5 mb-1">Before an account is approved</legend>
        <p class="small text-body-secondary mb-3">What a new applicant may do after confirming their email, while staff review the application.</p>
        {{#ACCESS_CHOICE}}<div class="form-check mb-3">
          <input class="form-check-input{{#INVALID}} is-invalid{{/INVALID}}" type="radio" name="pre_approval_access" id="pre_approval_access_{{VALUE}}" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}} aria-describedby="pre_approval_access_{{VALUE}}-help"{{#INVALID}} aria-invalid="true"{{/INVALID}}>
          <label class="form-check-label fw-semibold" for="pre_approval_access_{{VALUE}}">{{LABEL}}</label>
          <div class="form-text mt-0" id="pre_approval_access_{{VALUE}}-help">{{EXPLANATION}}</div>
        </div>{{/ACCESS_CHOICE}}
        {{#PRE_APPROVAL_ACCESS_ERROR}}<div class="invalid-feedback d-block" id="pre_approval_access-error">{{MESSAGE}}</div>{{/PRE_APPROVAL_ACCESS_ERROR}}
      </fieldset>
      <fieldset class="card-body border-top"{{#ADDRESS_APPROVAL_DEFAULT_INVALID}} aria-describedby="address_approval_default-error"{{/ADDRESS_APPROVAL_DEFAULT_INVALID}}>
        <legend class="h5 mb-1">New addresses members propose</legend>
        <p class="small text-body-secondary mb-3">Who approves a new address before members can use it, for every company that follows this default. A company can choose its own way on its address settings.</p>
        {{#APPROVAL_CHOICE}}<div class="form-check mb-3">
          <input class="form-check-input{{#INVALID}} is-invalid{{/INVALID}}" type="radio" name="address_approval_default" id="address_approval_default_{{VALUE}}" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}} aria-describedby="address_approval_default_{{VALUE}}-help"{{#INVALID}} aria-invalid="true"{{/INVALID}}>
          <label class="form-check-label fw-semibold" for="address_approval_default_{{VALUE}}">{{LABEL}}</label>
          <div class="form-text mt-0" id="address_approval_default_{{VALUE}}-help">{{EXPLANATION}}</div>
        </div>{{/APPROVAL_CHOICE}}
        {{#ADDRESS_APPROVAL_DEFAULT_ERROR}}<div class="invalid-feedback d-block" id="address_approval_default-error">{{MESSAGE}}</div>{{/ADDRESS_APPROVAL_DEFAULT_ERROR}}
      </fieldset>
      <div class="card-footer bg-white"><button type="submit" class="btn btn-primary">Save settings</button></div>
    </form>
  </div>
</div>
