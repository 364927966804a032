{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/backoffice/applications">Applications</a></li><li class="breadcrumb-item active" aria-current="page">{{COMPANY}}</li></ol></nav>
<div class="d-flex flex-wrap align-items-center gap-3 mb-3">
  <h1 class="h2 mb-0">{{COMPANY}}</h1>
  <span class="badge text-bg-{{BADGE}} fs-6">{{STATUS}}</span>
</div>
{{#FORM_ERRORS}}<div class="alert alert-danger" role="alert"><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{MESSAGE}}</a></li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
<div class="row g-4">
  <div class="col-lg-7 d-flex flex-column gap-4">
    <section class="card shadow-sm" aria-labelledby="applicant-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="applicant-title">Application</h2></div>
      <div class="card-body">
        <dl class="row mb-0">
          <dt class="col-sm-4">Legal name</dt><dd class="col-sm-8">{{COMPANY}}</dd>
          <dt class="col-sm-4">Tax ID</dt><dd class="col-sm-8">{{TAX_ID}}</dd>
          <dt class="col-sm-4">Says customer no.</dt><dd class="col-sm-8">{{EXISTING_ACCOUNT}}</dd>
          <dt class="col-sm-4">Billing address</dt><dd class="col-sm-8">{{LINE1}} {{LINE2}}<br>{{CITY}} {{REGION}} {{POSTAL}}<br>{{COUNTRY}}</dd>
          <dt class="col-sm-4">Contact</dt><dd class="col-sm-8">{{CONTACT}}, {{JOB_TITLE}}<br><a href="mailto:{{EMAIL}}">{{EMAIL}}</a> · {{PHONE}}</dd>
          <dt class="col-sm-4">Applied</dt><dd class="col-sm-8">{{CREATED}} (email confirmed {{VERIFIED}})</dd>
        </dl>
      </div>
    </section>
    {{#QUESTION_ASKED}}
    <section class="card shadow-sm" aria-labelledby="question-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="question-title">Information requested</h2></div>
      <div class="card-body">
        <p class="small text-body-secondary mb-1">Our question</p>
        <p class="question">{{TEXT:pre_escape}}</p>
        {{#REPLY}}<p class="small text-body-secondary mb-1">The applicant's answer</p><p class="question mb-0">{{TEXT:pre_escape}}</p>{{/REPLY}}
        {{#NO_REPLY}}<p class="text-body-secondary mb-0">No answer yet.</p>{{/NO_REPLY}}
      </div>
    </section>
    {{/QUESTION_ASKED}}
    {{#DECISION}}
    <section class="card shadow-sm" aria-labelledby="decision-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="decision-title">Decision</h2></div>
      <div class="card-body"><p class="mb-1">{{OUTCOME}} by {{BY}} on {{DATE}}.</p>{{#REASON}}<p class="question mb-0">{{TEXT:pre_escape}}</p>{{/REASON}}</div>
    </section>
    {{/DECISION}}
    <section class="card shadow-sm" aria-labelledby="notes-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="notes-title">Internal notes</h2></div>
      <ul class="list-group list-group-flush">
        {{#NOTE}}<li class="list-group-item"><div class="small text-body-secondary">{{AUTHOR}} · {{DATE}}</div><div class="question">{{TEXT:pre_escape}}</div></li>{{/NOTE}}
        {{#NO_NOTES}}<li class="list-group-item text-body-secondary">No notes yet.</li>{{/NO_NOTES}}
      </ul>
      <form method="post" action="/backoffice/applications/{{ID}}/notes" class="card-body border-top" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <label for="note" class="form-label">Add a note (only staff see it)</label>
        <textarea class="form-control{{#NOTE_INVALID}} is-invalid{{/NOTE_INVALID}}" id="note" name="note" rows="2" maxlength="2000"{{#NOTE_ERROR}} aria-describedby="note-error"{{/NOTE_ERROR}}>{{NOTE}}</textarea>
        {{#NOTE_ERROR}}<div class="invalid-feedback d-block" id="note-error">{{MESSAGE}}</div>{{/NOTE_ERROR}}
        <button type="submit" class="btn btn-outline-primary btn-sm mt-2">Add note</button>
      </form>
    </section>
  </div>
  <div class="col-lg-5 d-flex flex-column gap-4">
    {{#ACTIONS}}
    <section class="card shadow-sm border-success" aria-labelledby="approve-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="approve-title">Approve</h2></div>
      <form method="post" action="/backoffice/applications/{{ID}}/approve" class="card-body" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <fieldset class="mb-3">
          <legend class="form-label fs-6">Account</legend>
          <div class="form-check">
            <input class="form-check-input" type="radio" name="mode" id="mode-new" value="new"{{#MODE_NEW}} checked{{/MODE_NEW}}>
            <label class="form-check-label" for="mode-new">Create a new customer account</label>
          </div>
          <div class="form-check">
            <input class="form-check-input" type="radio" name="mode" id="mode-existing" value="existing"{{#MODE_EXISTING}} checked{{/MODE_EXISTING}}>
            <label class="form-check-label" for="mode-existing">Link to an existing customer</label>
          </div>
        </fieldset>
        <div class="mb-3">
          <label for="erp_account_no" class="form-label">New customer account number <span class="text-body-secondary fw-normal">(optional)</span></label>
          <input type="text" class="form-control{{#ERP_ACCOUNT_NO_INVALID}} is-invalid{{/ERP_ACCOUNT_NO_INVALID}}" id="erp_account_no" name="erp_account_no" value="{{ERP_ACCOUNT_NO}}" maxlength="40"{{#ERP_ACCOUNT_NO_ERROR}} aria-describedby="erp_account_no-error"{{/ERP_ACCOUNT_NO_ERROR}}>
          {{#ERP_ACCOUNT_NO_ERROR}}<div class="invalid-feedback d-block" id="erp_account_no-error">{{MESSAGE}}</div>{{/ERP_ACCOUNT_NO_ERROR}}
        </div>
        <div class="mb-3">
          <label for="link_account" class="form-label">Existing customer account number</label>
          <input type="text" class="form-control{{#LINK_ACCOUNT_INVALID}} is-invalid{{/LINK_ACCOUNT_INVALID}}" id="link_account" name="link_account" value="{{LINK_ACCOUNT}}" maxlength="40" aria-describedby="link_account-help{{#LINK_ACCOUNT_ERROR}} link_account-error{{/LINK_ACCOUNT_ERROR}}">
          <div class="form-text" id="link_account-help">Used when linking: the applicant becomes an administrator of that customer.</div>
          {{#LINK_ACCOUNT_ERROR}}<div class="invalid-feedback d-block" id="link_account-error">{{MESSAGE}}</div>{{/LINK_ACCOUNT_ERROR}}
        </div>
        <div class="row g-2 mb-3">
          <div class="col-sm-6">
            <label for="payment_terms" class="form-label">Payment terms</label>
            <select class="form-select" id="payment_terms" name="payment_terms">{{#TERMS}}<option{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>{{/TERMS}}</select>
          </div>
          <div class="col-sm-6">
            <label for="account_manager_id" class="form-label">Account manager</label>
            <select class="form-select" id="account_manager_id" name="account_manager_id"><option value="">None yet</option>{{#MANAGER}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/MANAGER}}</select>
          </div>
        </div>
        <button type="submit" class="btn btn-success">Approve and send welcome mail</button>
      </form>
    </section>
    <section class="card shadow-sm" aria-labelledby="info-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="info-title">Ask for more information</h2></div>
      <form method="post" action="/backoffice/applications/{{ID}}/request-info" class="card-body" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <label for="question" class="form-label">Question for the applicant</label>
        <textarea class="form-control{{#QUESTION_INVALID}} is-invalid{{/QUESTION_INVALID}}" id="question" name="question" rows="3" maxlength="2000"{{#QUESTION_ERROR}} aria-describedby="question-error"{{/QUESTION_ERROR}}>{{QUESTION}}</textarea>
        {{#QUESTION_ERROR}}<div class="invalid-feedback d-block" id="question-error">{{MESSAGE}}</div>{{/QUESTION_ERROR}}
        <button type="submit" class="btn btn-outline-primary mt-2">Send question</button>
      </form>
    </section>
    <section class="card shadow-sm border-danger-subtle" aria-labelledby="reject-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="reject-title">Reject</h2></div>
      <form method="post" action="/backoffice/applications/{{ID}}/reject" class="card-body" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <label for="reason" class="form-label">Reason (mailed to the applicant)</label>
        <textarea class="form-control{{#REASON_INVALID}} is-invalid{{/REASON_INVALID}}" id="reason" name="reason" rows="3" maxlength="1000"{{#REASON_ERROR}} aria-describedby="reason-error"{{/REASON_ERROR}}>{{REASON}}</textarea>
        {{#REASON_ERROR}}<div class="invalid-feedback d-block" id="reason-error">{{MESSAGE}}</div>{{/REASON_ERROR}}
        <button type="submit" class="btn btn-outline-danger mt-2">Reject application</button>
      </form>
    </section>
    {{/ACTIONS}}
  </div>
</div>
