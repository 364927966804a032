{{%AUTOESCAPE context="HTML"}}
<div class="row justify-content-center">
<div class="col-xl-9">
<h1 class="h2 mb-1">Apply for a business account</h1>
<p class="text-body-secondary mb-4">Order at your company's prices, with your team, approvals and invoices in one place. We review every application, usually within one business day. Already have an account? <a href="/login">Sign in</a>.</p>
{{#FAILURE}}<div class="alert alert-danger" role="alert" id="form-failure">{{FAILURE_TEXT}}</div>{{/FAILURE}}
{{#FORM_ERRORS}}<div class="alert alert-danger" role="alert" id="form-errors"><p class="fw-semibold mb-1">Please correct {{COUNT}} field(s):</p><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{LABEL}}</a>: {{MESSAGE}}</li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
<form method="post" action="/register" novalidate class="card shadow-sm">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<fieldset class="card-body">
  <legend class="h5">Your company</legend>
  <div class="row g-3">
    <div class="col-12">
      <label for="company_name" class="form-label">Legal company name</label>
      <input type="text" class="form-control{{#COMPANY_NAME_INVALID}} is-invalid{{/COMPANY_NAME_INVALID}}" id="company_name" name="company_name" value="{{COMPANY_NAME}}" autocomplete="organization" maxlength="200" required aria-required="true"{{#COMPANY_NAME_ERROR}} aria-describedby="company_name-error"{{/COMPANY_NAME_ERROR}}{{#COMPANY_NAME_INVALID}} aria-invalid="true"{{/COMPANY_NAME_INVALID}}>
      {{#COMPANY_NAME_ERROR}}<div class="invalid-feedback d-block" id="company_name-error">{{MESSAGE}}</div>{{/COMPANY_NAME_ERROR}}
    </div>
    <div class="col-md-6">
      <label for="tax_id" class="form-label">Tax or VAT ID</label>
      <input type="text" class="form-control{{#TAX_ID_INVALID}} is-invalid{{/TAX_ID_INVALID}}" id="tax_id" name="tax_id" value="{{TAX_ID}}" maxlength="40" required aria-required="true"{{#TAX_ID_ERROR}} aria-describedby="tax_id-error"{{/TAX_ID_ERROR}}{{#TAX_ID_INVALID}} aria-invalid="true"{{/TAX_ID_INVALID}}>
      {{#TAX_ID_ERROR}}<div class="invalid-feedback d-block" id="tax_id-error">{{MESSAGE}}</div>{{/TAX_ID_ERROR}}
    </div>
    <div class="col-md-6">
      <label for="existing_account" class="form-label">Customer account number <span class="text-body-secondary fw-normal">(optional)</span></label>
      <input type="text" class="form-control{{#EXISTING_ACCOUNT_INVALID}} is-invalid{{/EXISTING_ACCOUNT_INVALID}}" id="existing_account" name="existing_account" value="{{EXISTING_ACCOUNT}}" maxlength="40" aria-describedby="existing_account-help{{#EXISTING_ACCOUNT_ERROR}} existing_account-error{{/EXISTING_ACCOUNT_ERROR}}"{{#EXISTING_ACCOUNT_INVALID}} aria-invalid="true"{{/EXISTING_ACCOUNT_INVALID}}>
      <div class="form-text" id="existing_account-help">If you already buy from us by phone or email, your number from our invoices.</div>
      {{#EXISTING_ACCOUNT_ERROR}}<div class="invalid-feedback d-block" id="existing_account-error">{{MESSAGE}}</div>{{/EXISTING_ACCOUNT_ERROR}}
    </div>
  </div>
</fieldset>
<fieldset class="card-body border-top">
  <legend class="h5">Billing address</legend>
  <div class="row g-3">
    <div class="col-12">
      <label for="billing_line1" class="form-label">Street address</label>
      <input type="text" class="form-control{{#BILLING_LINE1_INVALID}} is-invalid{{/BILLING_LINE1_INVALID}}" id="billing_line1" name="billing_line1" value="{{BILLING_LINE1}}" autocomplete="billing address-line1" maxlength="200" required aria-required="true"{{#BILLING_LINE1_ERROR}} aria-describedby="billing_line1-error"{{/BILLING_LINE1_ERROR}}{{#BILLING_LINE1_INVALID}} aria-invalid="true"{{/BILLING_LINE1_INVALID}}>
      {{#BILLING_LINE1_ERROR}}<div class="invalid-feedback d-block" id="billing_line1-error">{{MESSAGE}}</div>{{/BILLING_LINE1_ERROR}}
    </div>
    <div class="col-12">
      <label for="billing_line2" class="form-label">Suite, floor, building <span class="text-body-secondary fw-normal">(optional)</span></label>
      <input type="text" class="form-control{{#BILLING_LINE2_INVALID}} is-invalid{{/BILLING_LINE2_INVALID}}" id="billing_line2" name="billing_line2" value="{{BILLING_LINE2}}" autocomplete="billing address-line2" maxlength="200"{{#BILLING_LINE2_ERROR}} aria-describedby="billing_line2-error"{{/BILLING_LINE2_ERROR}}{{#BILLING_LINE2_INVALID}} aria-invalid="true"{{/BILLING_LINE2_INVALID}}>
      {{#BILLING_LINE2_ERROR}}<div class="invalid-feedback d-block" id="billing_line2-error">{{MESSAGE}}</div>{{/BILLING_LINE2_ERROR}}
    </div>
    <div class="col-md-5">
      <label for="billing_city" class="form-label">City</label>
      <input type="text" class="form-control{{#BILLING_CITY_INVALID}} is-invalid{{/BILLING_CITY_INVALID}}" id="billing_city" name="billing_city" value="{{BILLING_CITY}}" autocomplete="billing address-level2" maxlength="100" required aria-required="true"{{#BILLING_CITY_ERROR}} aria-describedby="billing_city-error"{{/BILLING_CITY_ERROR}}{{#BILLING_CITY_INVALID}} aria-invalid="true"{{/BILLING_CITY_INVALID}}>
      {{#BILLING_CITY_ERROR}}<div class="invalid-feedback d-block" id="billing_city-error">{{MESSAGE}}</div>{{/BILLING_CITY_ERROR}}
    </div>
    <div class="col-md-4">
      <label for="billing_region" class="form-label">State, province or region <span class="text-body-secondary fw-normal">(optional)</span></label>
      <input type="text" class="form-control{{#BILLING_REGION_INVALID}} is-invalid{{/BILLING_REGION_INVALID}}" id="billing_region" name="billing_region" value="{{BILLING_REGION}}" autocomplete="billing address-level1" maxlength="100"{{#BILLING_REGION_ERROR}} aria-describedby="billing_region-error"{{/BILLING_REGION_ERROR}}{{#BILLING_REGION_INVALID}} aria-invalid="true"{{/BILLING_REGION_INVALID}}>
      {{#BILLING_REGION_ERROR}}<div class="invalid-feedback d-block" id="billing_region-error">{{MESSAGE}}</div>{{/BILLING_REGION_ERROR}}
    </div>
    <div class="col-md-3">
      <label for="billing_postal" class="form-label">Postal code <span class="text-body-secondary fw-normal">(optional)</span></label>
      <input type="text" class="form-control{{#BILLING_POSTAL_INVALID}} is-invalid{{/BILLING_POSTAL_INVALID}}" id="billing_postal" name="billing_postal" value="{{BILLING_POSTAL}}" autocomplete="billing postal-code" maxlength="20"{{#BILLING_POSTAL_ERROR}} aria-describedby="billing_postal-error"{{/BILLING_POSTAL_ERROR}}{{#BILLING_POSTAL_INVALID}} aria-invalid="true"{{/BILLING_POSTAL_INVALID}}>
      {{#BILLING_POSTAL_ERROR}}<div class="invalid-feedback d-block" id="billing_postal-error">{{MESSAGE}}</div>{{/BILLING_POSTAL_ERROR}}
    </div>
    <div class="col-md-6">
      <label for="billing_country" class="form-label">Country</label>
      <select class="form-select{{#BILLING_COUNTRY_INVALID}} is-invalid{{/BILLING_COUNTRY_INVALID}}" id="billing_country" name="billing_country" autocomplete="billing country" aria-required="true"{{#BILLING_COUNTRY_ERROR}} aria-describedby="billing_country-error"{{/BILLING_COUNTRY_ERROR}}>
        {{#COUNTRY}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/COUNTRY}}
      </select>
      {{#BILLING_COUNTRY_ERROR}}<div class="invalid-feedback d-block" id="billing_country-error">{{MESSAGE}}</div>{{/BILLING_COUNTRY_ERROR}}
    </div>
  </div>
</fieldset>
<fieldset class="card-body border-top">
  <legend class="h5">You</legend>
  <p class="small text-body-secondary">You become your company's administrator: you invite colleagues and decide who may order and approve.</p>
  <div class="row g-3">
    <div class="col-md-6">
      <label for="contact_name" class="form-label">Full name</label>
      <input type="text" class="form-control{{#CONTACT_NAME_INVALID}} is-invalid{{/CONTACT_NAME_INVALID}}" id="contact_name" name="contact_name" value="{{CONTACT_NAME}}" autocomplete="name" maxlength="120" required aria-required="true"{{#CONTACT_NAME_ERROR}} aria-describedby="contact_name-error"{{/CONTACT_NAME_ERROR}}{{#CONTACT_NAME_INVALID}} aria-invalid="true"{{/CONTACT_NAME_INVALID}}>
      {{#CONTACT_NAME_ERROR}}<div class="invalid-feedback d-block" id="contact_name-error">{{MESSAGE}}</div>{{/CONTACT_NAME_ERROR}}
    </div>
    <div class="col-md-6">
      <label for="job_title" class="form-label">Job title <span class="text-body-secondary fw-normal">(optional)</span></label>
      <input type="text" class="form-control{{#JOB_TITLE_INVALID}} is-invalid{{/JOB_TITLE_INVALID}}" id="job_title" name="job_title" value="{{JOB_TITLE}}" autocomplete="organization-title" maxlength="120"{{#JOB_TITLE_ERROR}} aria-describedby="job_title-error"{{/JOB_TITLE_ERROR}}{{#JOB_TITLE_INVALID}} aria-invalid="true"{{/JOB_TITLE_INVALID}}>
      {{#JOB_TITLE_ERROR}}<div class="invalid-feedback d-block" id="job_title-error">{{MESSAGE}}</div>{{/JOB_TITLE_ERROR}}
    </div>
    <div class="col-md-6">
      <label for="email" class="form-label">Work email</label>
      <input type="email" class="form-control{{#EMAIL_INVALID}} is-invalid{{/EMAIL_INVALID}}" id="email" name="email" value="{{EMAIL}}" autocomplete="email" maxlength="254" required aria-required="true"{{#EMAIL_ERROR}} aria-describedby="email-error"{{/EMAIL_ERROR}}{{#EMAIL_INVALID}} aria-invalid="true"{{/EMAIL_INVALID}}>
      {{#EMAIL_ERROR}}<div class="invalid-feedback d-block" id="email-error">{{MESSAGE}}</div>{{/EMAIL_ERROR}}
    </div>
    <div class="col-md-6">
      <label for="phone" class="form-label">Phone</label>
      <input type="tel" class="form-control{{#PHONE_INVALID}} is-invalid{{/PHONE_INVALID}}" id="phone" name="phone" value="{{PHONE}}" autocomplete="tel" maxlength="40" required aria-required="true"{{#PHONE_ERROR}} aria-describedby="phone-error"{{/PHONE_ERROR}}{{#PHONE_INVALID}} aria-invalid="true"{{/PHONE_INVALID}}>
      {{#PHONE_ERROR}}<div class="invalid-feedback d-block" id="phone-error">{{MESSAGE}}</div>{{/PHONE_ERROR}}
    </div>
    <div class="col-md-6">
      <label for="password" class="form-label">Password</label>
      <input type="password" class="form-control{{#PASSWORD_INVALID}} is-invalid{{/PASSWORD_INVALID}}" id="password" name="password" autocomplete="new-password" maxlength="512" required aria-required="true" aria-describedby="password-help{{#PASSWORD_ERROR}} password-error{{/PASSWORD_ERROR}}"{{#PASSWORD_INVALID}} aria-invalid="true"{{/PASSWORD_INVALID}}>
      <div class="form-text" id="password-help">At least 12 characters. A few unrelated words make a strong one.</div>
      {{#PASSWORD_ERROR}}<div class="invalid-feedback d-block" id="password-error">{{MESSAGE}}</div>{{/PASSWORD_ERROR}}
    </div>
  </div>
</fieldset>
<div class="card-body border-top">
  <div class="form-check">
    <input class="form-check-input{{#TERMS_INVALID}} is-invalid{{/TERMS_INVALID}}" type="checkbox" value="yes" id="terms" name="terms"{{#TERMS_CHECKED}} checked{{/TERMS_CHECKED}} required{{#TERMS_ERROR}} aria-describedby="terms-error"{{/TERMS_ERROR}}>
    <label class="form-check-label" for="terms">I accept the terms of business and the privacy notice on behalf of my company.</label>
    {{#TERMS_ERROR}}<div class="invalid-feedback d-block" id="terms-error">{{MESSAGE}}</div>{{/TERMS_ERROR}}
  </div>
</div>
<div class="card-footer bg-white d-flex justify-content-end">
  <button type="submit" class="btn btn-primary btn-lg">Send application</button>
</div>
</form>
</div>
</div>
