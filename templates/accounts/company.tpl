{{%AUTOESCAPE context="HTML"}}
<div class="mb-4">
  <h1 class="h2 mb-1">Company information</h1>
  <p class="text-body-secondary mb-0">What we have on file for {{COMPANY_NAME}}. If something is wrong or out of date, ask us to change it.</p>
</div>
<div class="row g-4">
  <div class="col-lg-7 d-flex flex-column gap-4">
    <section class="card shadow-sm" aria-labelledby="file-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="file-title">On file with us</h2></div>
      <div class="card-body">
        {{#FILE}}
        <dl class="row mb-0">
          <dt class="col-sm-5 fw-normal text-body-secondary">Legal name</dt><dd class="col-sm-7 fw-semibold">{{LEGAL_NAME}}</dd>
          <dt class="col-sm-5 fw-normal text-body-secondary">Customer account number</dt><dd class="col-sm-7">{{ERP_ACCOUNT_NO}}</dd>
          <dt class="col-sm-5 fw-normal text-body-secondary">Tax ID</dt><dd class="col-sm-7">{{TAX_ID}}</dd>
          <dt class="col-sm-5 fw-normal text-body-secondary">Payment terms</dt><dd class="col-sm-7">{{PAYMENT_TERMS}}</dd>
          <dt class="col-sm-5 fw-normal text-body-secondary">Price list</dt><dd class="col-sm-7 mb-0">{{PRICE_LIST}}</dd>
        </dl>
        {{/FILE}}
        {{#FILE_MISSING}}<p class="text-body-secondary mb-0">Your company's details cannot be shown right now. Please try again later.</p>{{/FILE_MISSING}}
      </div>
    </section>
    <section class="card shadow-sm" aria-labelledby="admins-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="admins-title">Company administrators</h2></div>
      <div class="card-body">
        <p class="small text-body-secondary">They manage your team's access to this portal. Ask them to add colleagues or change roles.</p>
        {{#NO_ADMINS}}<p class="text-body-secondary mb-0">Your company has no active administrator. Contact your account manager.</p>{{/NO_ADMINS}}
        <ul class="list-unstyled mb-0">
          {{#ADMIN}}<li class="mb-2"><span class="fw-semibold">{{NAME}}</span><br><a href="mailto:{{EMAIL}}">{{EMAIL}}</a></li>
          {{/ADMIN}}
        </ul>
      </div>
    </section>
    <section class="card shadow-sm" aria-labelledby="requests-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="requests-title">Earlier change requests</h2></div>
      {{#HAS_REQUESTS}}
      <div class="table-responsive" tabindex="0" role="region" aria-labelledby="requests-title">
        <table class="table align-middle mb-0">
          <thead><tr><th scope="col">Date</th><th scope="col">From</th><th scope="col">Request</th><th scope="col">Status</th></tr></thead>
          <tbody>
          {{#REQUEST}}<tr>
            <td class="text-nowrap align-top"><time datetime="{{DATE_ISO}}">{{DATE}}</time></td>
            <td class="text-nowrap align-top">{{AUTHOR}}</td>
            <td class="text-break align-top">{{#LINE}}{{TEXT}}<br>{{/LINE}}</td>
            <td class="align-top"><span class="badge text-bg-{{BADGE}}">{{STATUS}}</span></td>
          </tr>{{/REQUEST}}
          </tbody>
        </table>
      </div>
      {{/HAS_REQUESTS}}
      {{#NO_REQUESTS}}<div class="card-body"><p class="text-body-secondary mb-0">No change requests yet.</p></div>{{/NO_REQUESTS}}
    </section>
  </div>
  <div class="col-lg-5 d-flex flex-column gap-4">
    <section class="card shadow-sm" aria-labelledby="manager-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="manager-title">Your account manager</h2></div>
      <div class="card-body">
        {{#MANAGER}}
        <p class="fw-semibold mb-1">{{AM_NAME}}</p>
        <p class="mb-1"><a href="mailto:{{AM_EMAIL}}">{{AM_EMAIL}}</a></p>
        {{#AM_PHONE}}<p class="mb-0"><a href="tel:{{TEL}}">{{PHONE}}</a></p>{{/AM_PHONE}}
        {{/MANAGER}}
        {{#NO_MANAGER}}<p class="text-body-secondary mb-0">No account manager is assigned yet. Our customer team answers your requests.</p>{{/NO_MANAGER}}
      </div>
    </section>
    <section class="card shadow-sm" aria-labelledby="change-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="change-title">Request a change</h2></div>
      <form method="post" action="/account/company/change-request" class="card-body" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        {{#FAILURE}}<div class="alert alert-danger" role="alert">{{FAILURE_TEXT}}</div>{{/FAILURE}}
        <div class="mb-3">
          <label for="message" class="form-label">What should change?</label>
          {{! Inside MESSAGE_ERROR, MESSAGE is the error text; outside, the submitted value. }}
          <textarea class="form-control{{#MESSAGE_INVALID}} is-invalid{{/MESSAGE_INVALID}}" id="message" name="message" rows="6" maxlength="{{MESSAGE_MAX}}" required autocomplete="off" aria-describedby="{{#MESSAGE_INVALID}}message-error {{/MESSAGE_INVALID}}message-help"{{#MESSAGE_INVALID}} aria-invalid="true" autofocus{{/MESSAGE_INVALID}}>{{MESSAGE}}</textarea>
          {{#MESSAGE_ERROR}}<div class="invalid-feedback" id="message-error">{{MESSAGE}}</div>{{/MESSAGE_ERROR}}
          <div class="form-text" id="message-help">For example a new invoice address, a corrected tax ID or different payment terms. Up to 2,000 characters. It reaches us by email and we get back to you.</div>
        </div>
        <button type="submit" class="btn btn-primary">Send request</button>
      </form>
    </section>
  </div>
</div>
