{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/backoffice/credit">Credit</a></li><li class="breadcrumb-item"><a href="/backoffice/credit/{{COMPANY_ID}}">{{COMPANY}}</a></li><li class="breadcrumb-item active" aria-current="page">Request</li></ol></nav>
<h1 class="h2 mb-3">Credit request from {{COMPANY}}</h1>
<div class="row g-4">
  <div class="col-lg-6">
    <section class="card shadow-sm" aria-labelledby="asked-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="asked-title">What they ask</h2></div>
      <div class="card-body"><dl class="row mb-0">
        <dt class="col-5 fw-normal text-body-secondary">Limit asked for</dt><dd class="col-7" id="asked">{{AMOUNT}}</dd>
        <dt class="col-5 fw-normal text-body-secondary">Limit now</dt><dd class="col-7">{{CURRENT}}</dd>
        <dt class="col-5 fw-normal text-body-secondary">For</dt><dd class="col-7">{{ASKED_UNTIL}}</dd>
        <dt class="col-5 fw-normal text-body-secondary">Asked by</dt><dd class="col-7">{{BY}}, {{DATE}}</dd>
        <dt class="col-5 fw-normal text-body-secondary">Reason</dt><dd class="col-7 mb-0 question">{{REASON_TEXT}}</dd>
      </dl></div>
    </section>
  </div>
  <div class="col-lg-6">
    {{#DECIDED}}<section class="card shadow-sm" aria-labelledby="decided-title"><div class="card-header bg-white"><h2 class="h5 mb-0" id="decided-title">{{STATUS}} by {{DECIDER}}</h2></div>
      <div class="card-body">{{#GIVEN}}<p>New limit: {{LIMIT}}</p>{{/GIVEN}}{{#NOTE}}<p class="mb-0 question">{{TEXT}}</p>{{/NOTE}}</div></section>{{/DECIDED}}
    {{#READ_ONLY}}<p class="text-body-secondary">Administrators and the account manager decide credit requests.</p>{{/READ_ONLY}}
    {{#FORM}}
    {{#FORM_ERRORS}}<div class="alert alert-danger" role="alert" id="form-errors"><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{LABEL}}: {{MESSAGE}}</a></li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
    <form method="post" action="/backoffice/credit/requests/{{ID}}/decide" class="card shadow-sm" novalidate aria-labelledby="decide-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="decide-title">Decide</h2></div>
      <div class="card-body">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <fieldset class="mb-3"><legend class="form-label fs-6">Decision</legend>
          <div class="form-check"><input class="form-check-input" type="radio" name="decision" id="decision-approve" value="approve" checked><label class="form-check-label" for="decision-approve">Approve</label></div>
          <div class="form-check"><input class="form-check-input" type="radio" name="decision" id="decision-decline" value="decline"><label class="form-check-label" for="decision-decline">Decline</label></div>
        </fieldset>
        <div class="mb-2"><label for="new_limit" class="form-label">New credit limit (when approving)</label>
          <input type="text" inputmode="decimal" class="form-control{{#NEW_LIMIT_INVALID}} is-invalid{{/NEW_LIMIT_INVALID}}" id="new_limit" name="new_limit" value="{{NEW_LIMIT}}" maxlength="20" autocomplete="off"{{#NEW_LIMIT_INVALID}} aria-invalid="true"{{/NEW_LIMIT_INVALID}}{{#NEW_LIMIT_ERROR}} aria-describedby="new_limit-error"{{/NEW_LIMIT_ERROR}}>
          {{#NEW_LIMIT_ERROR}}<div class="invalid-feedback d-block" id="new_limit-error">{{MESSAGE}}</div>{{/NEW_LIMIT_ERROR}}</div>
        <div class="mb-2"><label for="until" class="form-label">Until (a temporary increase; empty: permanent)</label>
          <input type="date" class="form-control{{#UNTIL_INVALID}} is-invalid{{/UNTIL_INVALID}}" id="until" name="until" value="{{UNTIL}}"{{#UNTIL_INVALID}} aria-invalid="true"{{/UNTIL_INVALID}}{{#UNTIL_ERROR}} aria-describedby="until-error"{{/UNTIL_ERROR}}>
          {{#UNTIL_ERROR}}<div class="invalid-feedback d-block" id="until-error">{{MESSAGE}}</div>{{/UNTIL_ERROR}}</div>
        <div class="mb-3"><label for="reason" class="form-label">Note to the customer (required when declining)</label>
          <textarea class="form-control{{#REASON_INVALID}} is-invalid{{/REASON_INVALID}}" id="reason" name="reason" rows="3" maxlength="2000"{{#REASON_INVALID}} aria-invalid="true"{{/REASON_INVALID}}{{#REASON_ERROR}} aria-describedby="reason-error"{{/REASON_ERROR}}>{{REASON}}</textarea>
          {{#REASON_ERROR}}<div class="invalid-feedback d-block" id="reason-error">{{MESSAGE}}</div>{{/REASON_ERROR}}</div>
        <button type="submit" class="btn btn-primary" id="decide">Save the decision</button>
      </div>
    </form>
    {{/FORM}}
  </div>
</div>
