{{%AUTOESCAPE context="HTML"}}
<div class="d-flex flex-wrap justify-content-between align-items-end gap-2 mb-3">
  <div>
    <h1 class="h2 mb-1">Addresses</h1>
    <p class="text-body-secondary mb-0">Every customer's addresses: proposals waiting for our approval, requests to change addresses from the ERP, and a search over all of them.</p>
  </div>
  <a class="btn btn-outline-primary" href="/backoffice/imports">Import or export</a>
</div>
<ul class="nav nav-pills flex-wrap gap-1 mb-3" aria-label="Address lists">
  {{#TAB}}<li class="nav-item"><a class="nav-link{{#CURRENT}} active{{/CURRENT}}" href="/backoffice/addresses?tab={{NAME}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}{{#COUNT}} <span class="badge rounded-pill text-bg-light border">{{N}}</span>{{/COUNT}}</a></li>{{/TAB}}
</ul>
{{#WAITING_TAB}}
<section class="card shadow-sm" aria-labelledby="waiting-title">
  <div class="card-header bg-white d-flex justify-content-between align-items-center">
    <h2 class="h5 mb-0" id="waiting-title">Proposals waiting for us</h2>
    {{#HAS_ROWS}}<span class="small text-body-secondary">{{TOTAL}} waiting</span>{{/HAS_ROWS}}
  </div>
  {{#LIST}}
  <div class="table-responsive">
    <table class="table table-hover align-middle mb-0">
      <thead><tr><th scope="col">Address</th><th scope="col">Company</th><th scope="col">Location</th><th scope="col" class="d-none d-md-table-cell">Type</th><th scope="col" class="d-none d-md-table-cell">Proposed by</th><th scope="col">Proposed</th></tr></thead>
      <tbody>
      {{#ADDRESS}}<tr>
        <td><a class="fw-semibold" href="/backoffice/addresses/{{ID}}">{{LABEL}}</a><div class="small text-body-secondary">{{LINE1}}</div></td>
        <td>{{COMPANY}}</td>
        <td>{{CITY}}, {{COUNTRY}}</td>
        <td class="d-none d-md-table-cell">{{KIND}}</td>
        <td class="d-none d-md-table-cell">{{PROPOSER}}</td>
        <td class="text-nowrap">{{DATE}}</td>
      </tr>{{/ADDRESS}}
      </tbody>
    </table>
  </div>
  {{/LIST}}
  {{#EMPTY}}<div class="card-body"><p class="text-body-secondary mb-0">Nothing is waiting for us. Companies whose address approval is set to "seller staff" send their proposals here.</p></div>{{/EMPTY}}
</section>
{{/WAITING_TAB}}
{{#REQUESTS_TAB}}
<section class="card shadow-sm" aria-labelledby="requests-title">
  <div class="card-header bg-white">
    <h2 class="h5 mb-0" id="requests-title">Open change requests</h2>
    <p class="small text-body-secondary mb-0">Members cannot edit addresses that came from the ERP; they ask us instead. Change the address in the ERP (or here), then mark the request done.</p>
  </div>
  {{#REQUEST_LIST}}
  <div class="table-responsive">
    <table class="table align-middle mb-0">
      <thead><tr><th scope="col">Company</th><th scope="col">Address</th><th scope="col">Asked by</th><th scope="col">Message</th><th scope="col">Date</th><th scope="col"><span class="visually-hidden">Action</span></th></tr></thead>
      <tbody>
      {{#REQUEST}}<tr>
        <td>{{COMPANY}}</td>
        <td><a class="fw-semibold" href="/backoffice/addresses/{{ADDRESS_ID}}">{{LABEL}}</a><div class="small text-body-secondary">ERP {{ERP}}</div></td>
        <td>{{WHO}}<div class="small text-body-secondary"><a href="mailto:{{EMAIL}}">{{EMAIL}}</a></div></td>
        <td class="question">{{MESSAGE:pre_escape}}</td>
        <td class="text-nowrap">{{DATE}}</td>
        <td class="text-end"><form method="post" action="/backoffice/address-requests/{{ID}}/done"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="btn btn-sm btn-outline-success text-nowrap">Mark done</button></form></td>
      </tr>{{/REQUEST}}
      </tbody>
    </table>
  </div>
  {{/REQUEST_LIST}}
  {{#NO_REQUESTS}}<div class="card-body"><p class="text-body-secondary mb-0">No open change requests.</p></div>{{/NO_REQUESTS}}
</section>
{{/REQUESTS_TAB}}
{{#ALL_TAB}}
<form method="get" action="/backoffice/addresses" class="card shadow-sm mb-3" role="search" novalidate>
  <input type="hidden" name="tab" value="all">
  <div class="card-body row g-2 align-items-end">
    <div class="col-md-6">
      <label for="q" class="form-label">Label, city, street, company or ERP id</label>
      <input type="search" class="form-control{{#Q_INVALID}} is-invalid{{/Q_INVALID}}" id="q" name="q" value="{{Q}}" maxlength="100" placeholder="e.g. Houston or A-100042-04"{{#Q_INVALID}} aria-invalid="true"{{/Q_INVALID}}{{#Q_ERROR}} aria-describedby="q-error"{{/Q_ERROR}}>
      {{#Q_ERROR}}<div class="invalid-feedback d-block" id="q-error">{{MESSAGE}}</div>{{/Q_ERROR}}
    </div>
    <div class="col-sm-6 col-md-3">
      <label for="company" class="form-label">Company</label>
      <select class="form-select" id="company" name="company">
        <option value="">Any company</option>
        {{#COMPANY_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/COMPANY_OPTION}}
      </select>
    </div>
    <div class="col-sm-6 col-md-3 d-flex gap-2">
      <button type="submit" class="btn btn-primary flex-grow-1">Search</button>
      {{#FILTERED}}<a class="btn btn-outline-secondary" href="/backoffice/addresses?tab=all">Clear</a>{{/FILTERED}}
    </div>
  </div>
</form>
<section class="card shadow-sm" aria-labelledby="all-title">
  <div class="card-header bg-white d-flex justify-content-between align-items-center">
    <h2 class="h5 mb-0" id="all-title">All addresses</h2>
    {{#HAS_ROWS}}<span class="small text-body-secondary">{{TOTAL}} found</span>{{/HAS_ROWS}}
  </div>
  {{#LIST}}
  <div class="table-responsive">
    <table class="table table-hover align-middle mb-0">
      <thead><tr><th scope="col">Address</th><th scope="col">Company</th><th scope="col">Location</th><th scope="col" class="d-none d-md-table-cell">Type</th><th scope="col" class="d-none d-md-table-cell">ERP id</th><th scope="col">Status</th></tr></thead>
      <tbody>
      {{#ADDRESS}}<tr>
        <td><a class="fw-semibold" href="/backoffice/addresses/{{ID}}">{{LABEL}}</a><div class="small text-body-secondary">{{LINE1}}</div></td>
        <td>{{COMPANY}}</td>
        <td>{{CITY}}, {{COUNTRY}}</td>
        <td class="d-none d-md-table-cell">{{KIND}}</td>
        <td class="text-nowrap d-none d-md-table-cell">{{ERP}}</td>
        <td><span class="badge text-bg-{{BADGE}}">{{STATUS}}</span></td>
      </tr>{{/ADDRESS}}
      </tbody>
    </table>
  </div>
  {{/LIST}}
  {{#EMPTY}}<div class="card-body"><p class="text-body-secondary mb-0">No address matches.</p></div>{{/EMPTY}}
</section>
{{/ALL_TAB}}
{{#PAGER}}
<nav class="d-flex flex-wrap justify-content-between align-items-center gap-2 mt-3" aria-label="Pages">
  <span class="text-body-secondary small">Page {{PAGE}} of {{PAGES}}</span>
  <ul class="pagination mb-0">
    {{#PREV}}<li class="page-item"><a class="page-link" href="{{HREF}}" rel="prev">Previous</a></li>{{/PREV}}
    {{#NO_PREV}}<li class="page-item disabled"><span class="page-link">Previous</span></li>{{/NO_PREV}}
    {{#NEXT}}<li class="page-item"><a class="page-link" href="{{HREF}}" rel="next">Next</a></li>{{/NEXT}}
    {{#NO_NEXT}}<li class="page-item disabled"><span class="page-link">Next</span></li>{{/NO_NEXT}}
  </ul>
</nav>
{{/PAGER}}
