{{%AUTOESCAPE context="HTML"}}
<div class="row justify-content-center">
  <div class="col-lg-9 col-xl-8">
    <h1 class="h2 mb-1">New customer account</h1>
    <p class="text-body-secondary">Create a company and its first administrator directly. The administrator receives an invitation by email to choose a password; the link works for {{INVITATION_DAYS}} days and only once.</p>
    {{#FAILURE}}<div class="alert alert-danger" role="alert">{{FAILURE_TEXT}}</div>{{/FAILURE}}
    {{#FORM_ERRORS}}<div class="alert alert-danger" role="alert" id="form-errors"><p class="fw-semibold mb-1">The account was not created. Please correct {{COUNT}} field(s):</p><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{LABEL}}</a>: {{MESSAGE}}</li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
    <form method="post" action="/backoffice/companies/new" class="card shadow-sm" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <fieldset class="card-body">
        <legend class="h5 mb-3">Company</legend>
        <div class="mb-3">
          <label for="company_name" class="form-label">Legal name</label>
          <input type="text" class="form-control{{#COMPANY_NAME_INVALID}} is-invalid{{/COMPANY_NAME_INVALID}}" id="company_name" name="company_name" value="{{COMPANY_NAME}}" required maxlength="200" autocomplete="off"{{#COMPANY_NAME_INVALID}} aria-invalid="true" aria-describedby="company_name-error"{{/COMPANY_NAME_INVALID}}>
          {{#COMPANY_NAME_ERROR}}<div class="invalid-feedback" id="company_name-error">{{MESSAGE}}</div>{{/COMPANY_NAME_ERROR}}
        </div>
        <div class="row g-3 mb-3">
          <div class="col-sm-6">
            <label for="erp_account_no" class="form-label">Customer account number <span class="text-body-secondary fw-normal">(optional)</span></label>
            <input type="text" class="form-control{{#ERP_ACCOUNT_NO_INVALID}} is-invalid{{/ERP_ACCOUNT_NO_INVALID}}" id="erp_account_no" name="erp_account_no" value="{{ERP_ACCOUNT_NO}}" maxlength="40" autocomplete="off" spellcheck="false" aria-describedby="{{#ERP_ACCOUNT_NO_INVALID}}erp_account_no-error {{/ERP_ACCOUNT_NO_INVALID}}erp_account_no-help"{{#ERP_ACCOUNT_NO_INVALID}} aria-invalid="true"{{/ERP_ACCOUNT_NO_INVALID}}>
            {{#ERP_ACCOUNT_NO_ERROR}}<div class="invalid-feedback" id="erp_account_no-error">{{MESSAGE}}</div>{{/ERP_ACCOUNT_NO_ERROR}}
            <div class="form-text" id="erp_account_no-help">The number in the ERP, e.g. C-100123. Leave empty if there is none yet.</div>
          </div>
          <div class="col-sm-6">
            <label for="tax_id" class="form-label">Tax ID <span class="text-body-secondary fw-normal">(optional)</span></label>
            <input type="text" class="form-control{{#TAX_ID_INVALID}} is-invalid{{/TAX_ID_INVALID}}" id="tax_id" name="tax_id" value="{{TAX_ID}}" maxlength="40" autocomplete="off" spellcheck="false"{{#TAX_ID_INVALID}} aria-invalid="true" aria-describedby="tax_id-error"{{/TAX_ID_INVALID}}>
            {{#TAX_ID_ERROR}}<div class="invalid-feedback" id="tax_id-error">{{MESSAGE}}</div>{{/TAX_ID_ERROR}}
          </div>
        </div>
        <div class="row g-3">
          <div class="col-sm-6">
            <label for="payment_terms" class="form-label">Payment terms</label>
            <select class="form-select{{#PAYMENT_TERMS_INVALID}} is-invalid{{/PAYMENT_TERMS_INVALID}}" id="payment_terms" name="payment_terms" aria-required="true" autocomplete="off"{{#PAYMENT_TERMS_INVALID}} aria-invalid="true" aria-describedby="payment_terms-error"{{/PAYMENT_TERMS_INVALID}}>
              {{#PAYMENT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>
              {{/PAYMENT_OPTION}}
            </select>
            {{#PAYMENT_TERMS_ERROR}}<div class="invalid-feedback" id="payment_terms-error">{{MESSAGE}}</div>{{/PAYMENT_TERMS_ERROR}}
          </div>
          <div class="col-sm-6">
            <label for="account_manager_id" class="form-label">Account manager</label>
            <select class="form-select{{#ACCOUNT_MANAGER_ID_INVALID}} is-invalid{{/ACCOUNT_MANAGER_ID_INVALID}}" id="account_manager_id" name="account_manager_id" autocomplete="off" aria-describedby="{{#ACCOUNT_MANAGER_ID_INVALID}}account_manager_id-error {{/ACCOUNT_MANAGER_ID_INVALID}}account_manager_id-help"{{#ACCOUNT_MANAGER_ID_INVALID}} aria-invalid="true"{{/ACCOUNT_MANAGER_ID_INVALID}}>
              <option value="">Not assigned yet</option>
              {{#MANAGER_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}} ({{ROLE}})</option>
              {{/MANAGER_OPTION}}
            </select>
            {{#ACCOUNT_MANAGER_ID_ERROR}}<div class="invalid-feedback" id="account_manager_id-error">{{MESSAGE}}</div>{{/ACCOUNT_MANAGER_ID_ERROR}}
            <div class="form-text" id="account_manager_id-help">The customer sees their name and contact details and their change requests go to them.</div>
          </div>
        </div>
      </fieldset>
      <fieldset class="card-body border-top">
        <legend class="h5 mb-1">First administrator</legend>
        <p class="small text-body-secondary mb-3">Manages the company's team in the portal. Someone who already has a login is added from the team pages instead.</p>
        <div class="row g-3">
          <div class="col-sm-6">
            <label for="admin_name" class="form-label">Full name</label>
            <input type="text" class="form-control{{#ADMIN_NAME_INVALID}} is-invalid{{/ADMIN_NAME_INVALID}}" id="admin_name" name="admin_name" value="{{ADMIN_NAME}}" required maxlength="100" autocomplete="off"{{#ADMIN_NAME_INVALID}} aria-invalid="true" aria-describedby="admin_name-error"{{/ADMIN_NAME_INVALID}}>
            {{#ADMIN_NAME_ERROR}}<div class="invalid-feedback" id="admin_name-error">{{MESSAGE}}</div>{{/ADMIN_NAME_ERROR}}
          </div>
          <div class="col-sm-6">
            <label for="admin_email" class="form-label">Work email</label>
            <input type="email" class="form-control{{#ADMIN_EMAIL_INVALID}} is-invalid{{/ADMIN_EMAIL_INVALID}}" id="admin_email" name="admin_email" value="{{ADMIN_EMAIL}}" required maxlength="254" autocomplete="off" spellcheck="false"{{#ADMIN_EMAIL_INVALID}} aria-invalid="true" aria-describedby="admin_email-error"{{/ADMIN_EMAIL_INVALID}}>
            {{#ADMIN_EMAIL_ERROR}}<div class="invalid-feedback" id="admin_email-error">{{MESSAGE}}</div>{{/ADMIN_EMAIL_ERROR}}
          </div>
        </div>
      </fieldset>
      <div class="card-footer bg-white d-flex justify-content-end gap-2">
        <a href="/backoffice" class="btn btn-outline-secondary">Cancel</a>
        <button type="submit" class="btn btn-primary">Create account and send invitation</button>
      </div>
    </form>
  </div>
</div>
