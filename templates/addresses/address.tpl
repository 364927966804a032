{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb mb-2"><li class="breadcrumb-item"><a href="/account/addresses">Address book</a></li><li class="breadcrumb-item active text-break" aria-current="page">{{V_LABEL}}</li></ol></nav>
<div class="mb-3">
  <h1 class="h2 mb-1 text-break">{{V_LABEL}}</h1>
  <div class="d-flex flex-wrap gap-1 align-items-center">
    {{#ACTIVE}}<span class="badge text-bg-success">Active</span>{{/ACTIVE}}
    {{#PENDING}}<span class="badge text-bg-warning">Pending</span>{{/PENDING}}
    {{#REJECTED}}<span class="badge text-bg-danger">Rejected</span>{{/REJECTED}}
    {{#RETIRED}}<span class="badge text-bg-secondary">Retired</span>{{/RETIRED}}
    {{#V_ERP}}<span class="badge text-bg-light border">From our ERP ({{ERP_ID}})</span>{{/V_ERP}}
    {{#DEFAULT_BILLING}}<span class="badge text-bg-primary">Company billing default</span>{{/DEFAULT_BILLING}}
    {{#DEFAULT_SHIPPING}}<span class="badge text-bg-primary">Company shipping default</span>{{/DEFAULT_SHIPPING}}
    {{#MY_DEFAULT_BILLING}}<span class="badge text-bg-info">Your billing default</span>{{/MY_DEFAULT_BILLING}}
    {{#MY_DEFAULT_SHIPPING}}<span class="badge text-bg-info">Your shipping default</span>{{/MY_DEFAULT_SHIPPING}}
  </div>
</div>
{{#READ_ONLY}}<div class="alert alert-info" role="status">You are looking at this address read-only, as the customer sees it.</div>{{/READ_ONLY}}
{{#PROBLEM}}<div class="alert alert-danger" role="alert" id="problem">{{TEXT}}</div>{{/PROBLEM}}
{{#PENDING}}<div class="alert alert-warning" role="status">This address waits for {{WITH}} approval and cannot be used yet.</div>{{/PENDING}}
{{#REJECTED}}<div class="alert alert-danger" role="status">This proposal was rejected: <span class="text-break">{{REASON}}</span></div>{{/REJECTED}}
<div class="row g-4">
  <div class="col-lg-5 d-flex flex-column gap-4">
    <section class="card shadow-sm" aria-labelledby="details-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="details-title">Address</h2></div>
      <div class="card-body">
        <address class="mb-3 text-break">
          {{#V_ATTENTION}}{{TEXT}}<br>{{/V_ATTENTION}}{{V_LINE1}}<br>{{#V_LINE2}}{{TEXT}}<br>{{/V_LINE2}}{{V_CITYLINE}}<br>{{V_COUNTRY}}
        </address>
        <dl class="row mb-0 small">
          <dt class="col-5 fw-normal text-body-secondary">Type</dt><dd class="col-7">{{V_TYPE}}</dd>
          {{#V_PHONE}}<dt class="col-5 fw-normal text-body-secondary">Phone</dt><dd class="col-7">{{TEXT}}</dd>{{/V_PHONE}}
          {{#V_TAX_ID}}<dt class="col-5 fw-normal text-body-secondary">Tax ID or exemption</dt><dd class="col-7 text-break">{{TEXT}}</dd>{{/V_TAX_ID}}
          {{#V_INSTRUCTIONS}}<dt class="col-5 fw-normal text-body-secondary">Delivery instructions</dt><dd class="col-7 text-break">{{#LINE}}{{TEXT}}<br>{{/LINE}}</dd>{{/V_INSTRUCTIONS}}
          <dt class="col-5 fw-normal text-body-secondary">Who may use it</dt><dd class="col-7 text-break" id="restricted-to">{{V_RESTRICTED_TO}}</dd>
          {{#V_PROPOSER}}<dt class="col-5 fw-normal text-body-secondary">Proposed by</dt><dd class="col-7">{{NAME}}</dd>{{/V_PROPOSER}}
        </dl>
      </div>
    </section>
    {{#MY_DEFAULTS}}
    <section class="card shadow-sm" aria-labelledby="mine-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="mine-title">Your defaults</h2></div>
      <div class="card-body d-flex flex-wrap gap-2">
        {{#MY_KIND}}<form method="post" action="/account/addresses/{{ID}}/my-default">
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="kind" value="{{KIND}}">
          <button type="submit" class="btn btn-outline-primary btn-sm">Make this my default {{KIND}} address</button>
        </form>{{/MY_KIND}}
      </div>
    </section>
    {{/MY_DEFAULTS}}
    {{#MANAGE}}
    {{#COMPANY_DEFAULTS}}
    <section class="card shadow-sm" aria-labelledby="company-defaults-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="company-defaults-title">Company defaults</h2></div>
      <div class="card-body d-flex flex-wrap gap-2">
        {{#COMPANY_KIND}}<form method="post" action="/account/addresses/{{ID}}/company-default">
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="kind" value="{{KIND}}">
          <button type="submit" class="btn btn-outline-primary btn-sm">Make this the company's default {{KIND}} address</button>
        </form>{{/COMPANY_KIND}}
      </div>
    </section>
    {{/COMPANY_DEFAULTS}}
    {{#DECIDE}}
    <section class="card shadow-sm border-warning" aria-labelledby="decide-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="decide-title">Decide on this proposal</h2></div>
      <div class="card-body">
        <form method="post" action="/account/addresses/{{ID}}/approve" class="mb-3">
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <button type="submit" class="btn btn-success">Approve</button>
        </form>
        <form method="post" action="/account/addresses/{{ID}}/reject" novalidate>
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <label for="reason" class="form-label">Reason for rejecting</label>
          <textarea class="form-control{{#REASON_INVALID}} is-invalid{{/REASON_INVALID}}" id="reason" name="reason" rows="3" maxlength="{{REASON_MAX}}" aria-describedby="{{#REASON_INVALID}}reason-error {{/REASON_INVALID}}reason-help"{{#REASON_INVALID}} aria-invalid="true" autofocus{{/REASON_INVALID}}>{{REASON:pre_escape}}</textarea>
          {{#REASON_ERROR}}<div class="invalid-feedback" id="reason-error">{{MESSAGE}}</div>{{/REASON_ERROR}}
          <div class="form-text mb-2" id="reason-help">The proposer receives it by email. Up to 500 characters.</div>
          <button type="submit" class="btn btn-outline-danger">Reject</button>
        </form>
      </div>
    </section>
    {{/DECIDE}}
    {{#CAN_RETIRE}}
    <section class="card shadow-sm" aria-labelledby="retire-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="retire-title">Retire</h2></div>
      <form method="post" action="/account/addresses/{{ID}}/retire" class="card-body">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <p class="small text-body-secondary">Nobody can choose it any more; defaults pointing to it are cleared. Orders placed with it keep it as it was.</p>
        <button type="submit" class="btn btn-outline-danger">Retire this address</button>
      </form>
    </section>
    {{/CAN_RETIRE}}
    {{/MANAGE}}
  </div>
  {{#MANAGE}}
  <div class="col-lg-7 d-flex flex-column gap-4">
    {{#EDIT_FORM}}
    <section class="card shadow-sm" aria-labelledby="edit-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="edit-title">Edit</h2></div>
      <form method="post" action="/account/addresses/{{ID}}" novalidate>
        <div class="card-body">
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          {{>FIELDS}}
        </div>
        <div class="card-footer bg-white"><button type="submit" class="btn btn-primary">Save changes</button></div>
      </form>
    </section>
    {{/EDIT_FORM}}
    {{#CHANGE_FORM}}
    <section class="card shadow-sm" aria-labelledby="change-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="change-title">Request a change</h2></div>
      <form method="post" action="/account/addresses/{{ID}}/change-request" class="card-body" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <p class="small text-body-secondary">This address comes from our ERP, so it cannot be edited here. Tell us what should change and we update it for you.</p>
        <label for="message" class="form-label">What should change?</label>
        {{! Inside MESSAGE_ERROR, MESSAGE is the error text; outside, the submitted value. }}
        <textarea class="form-control{{#MESSAGE_INVALID}} is-invalid{{/MESSAGE_INVALID}}" id="message" name="message" rows="4" maxlength="{{MESSAGE_MAX}}" aria-describedby="{{#MESSAGE_INVALID}}message-error {{/MESSAGE_INVALID}}message-help"{{#MESSAGE_INVALID}} aria-invalid="true" autofocus{{/MESSAGE_INVALID}}>{{MESSAGE:pre_escape}}</textarea>
        {{#MESSAGE_ERROR}}<div class="invalid-feedback" id="message-error">{{MESSAGE}}</div>{{/MESSAGE_ERROR}}
        <div class="form-text mb-2" id="message-help">Up to 2,000 characters.</div>
        <button type="submit" class="btn btn-primary">Send request</button>
      </form>
    </section>
    {{/CHANGE_FORM}}
    {{#RESTRICT_FORM}}
    <section class="card shadow-sm" aria-labelledby="restrict-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="restrict-title">Who may use it</h2></div>
      <form method="post" action="/account/addresses/{{ID}}/restrictions" class="card-body">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        {{#RESTRICT_ERROR}}<div class="alert alert-danger" role="alert">{{TEXT}}</div>{{/RESTRICT_ERROR}}
        <p class="small text-body-secondary">Nothing ticked: everyone in the company. A ticked unit includes the units below it.</p>
        <div class="row g-3">
          <fieldset class="col-md-6">
            <legend class="h6">Business units</legend>
            {{#UNIT_CHOICE}}<div class="form-check ms-{{LEVEL}}">
              <input class="form-check-input" type="checkbox" name="unit" value="{{ID}}" id="unit-{{ID}}"{{#CHECKED}} checked{{/CHECKED}}>
              <label class="form-check-label" for="unit-{{ID}}">{{NAME}}</label>
            </div>{{/UNIT_CHOICE}}
          </fieldset>
          <fieldset class="col-md-6">
            <legend class="h6">Members</legend>
            {{#MEMBER_CHOICE}}<div class="form-check">
              <input class="form-check-input" type="checkbox" name="user" value="{{ID}}" id="user-{{ID}}"{{#CHECKED}} checked{{/CHECKED}}>
              <label class="form-check-label text-break" for="user-{{ID}}">{{NAME}} <span class="small text-body-secondary">{{EMAIL}}</span></label>
            </div>{{/MEMBER_CHOICE}}
          </fieldset>
        </div>
        <button type="submit" class="btn btn-primary mt-3">Save who may use it</button>
      </form>
    </section>
    {{/RESTRICT_FORM}}
  </div>
  {{/MANAGE}}
</div>
