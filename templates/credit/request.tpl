{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/account/credit">Credit</a></li><li class="breadcrumb-item active" aria-current="page">Request more credit</li></ol></nav>
<h1 class="h2 mb-3">Request more credit</h1>
{{#NO_ACCOUNT}}<div class="alert alert-info" role="status"><p class="mb-0">No credit account — orders are paid in advance. Ask your account manager to open one.</p></div>{{/NO_ACCOUNT}}
{{#WAITING}}<div class="alert alert-info" role="status" id="request-waiting"><p class="mb-0">Your company's request is waiting for our decision. You can ask again once it is decided.</p></div>{{/WAITING}}
{{#FORM}}
<div class="row"><div class="col-lg-8 col-xl-6">
{{#PROBLEM}}<div class="alert alert-danger" role="alert">{{TEXT}}</div>{{/PROBLEM}}
{{#FORM_ERRORS}}<div class="alert alert-danger" role="alert" id="form-errors"><p class="fw-semibold mb-1">Please check the form:</p><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{LABEL}}: {{MESSAGE}}</a></li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
<form method="post" action="/account/credit/request" class="card shadow-sm" novalidate>
  <div class="card-body">
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <p>Your limit is <strong>{{LIMIT}}</strong>; <strong>{{AVAILABLE}}</strong> is available now.</p>
    <div class="mb-3">
      <label for="amount" class="form-label">New credit limit</label>
      <input type="text" inputmode="decimal" class="form-control{{#AMOUNT_INVALID}} is-invalid{{/AMOUNT_INVALID}}" id="amount" name="amount" value="{{AMOUNT}}" maxlength="20" autocomplete="off" aria-describedby="amount-help{{#AMOUNT_ERROR}} amount-error{{/AMOUNT_ERROR}}"{{#AMOUNT_INVALID}} aria-invalid="true"{{/AMOUNT_INVALID}}>
      <div class="form-text" id="amount-help">The whole limit you need, for example 75,000.00.</div>
      {{#AMOUNT_ERROR}}<div class="invalid-feedback d-block" id="amount-error">{{MESSAGE}}</div>{{/AMOUNT_ERROR}}
    </div>
    <div class="mb-3">
      <label for="reason" class="form-label">Reason</label>
      <textarea class="form-control{{#REASON_INVALID}} is-invalid{{/REASON_INVALID}}" id="reason" name="reason" rows="4" maxlength="2000" aria-describedby="reason-help{{#REASON_ERROR}} reason-error{{/REASON_ERROR}}"{{#REASON_INVALID}} aria-invalid="true"{{/REASON_INVALID}}>{{REASON}}</textarea>
      <div class="form-text" id="reason-help">What the extra credit is for: a project, a season, growth.</div>
      {{#REASON_ERROR}}<div class="invalid-feedback d-block" id="reason-error">{{MESSAGE}}</div>{{/REASON_ERROR}}
    </div>
    <div class="mb-3">
      <label for="until" class="form-label">Temporary until (optional)</label>
      <input type="date" class="form-control{{#UNTIL_INVALID}} is-invalid{{/UNTIL_INVALID}}" id="until" name="until" value="{{UNTIL}}" min="{{TOMORROW}}" aria-describedby="until-help{{#UNTIL_ERROR}} until-error{{/UNTIL_ERROR}}"{{#UNTIL_INVALID}} aria-invalid="true"{{/UNTIL_INVALID}}>
      <div class="form-text" id="until-help">For a temporary increase, its last day; leave empty for a permanent one.</div>
      {{#UNTIL_ERROR}}<div class="invalid-feedback d-block" id="until-error">{{MESSAGE}}</div>{{/UNTIL_ERROR}}
    </div>
    <button type="submit" class="btn btn-primary">Send the request</button>
    <a class="btn btn-link" href="/account/credit">Cancel</a>
  </div>
</form>
</div></div>
{{/FORM}}
