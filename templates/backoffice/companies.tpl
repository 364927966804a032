{{%AUTOESCAPE context="HTML"}}
<div class="d-flex flex-wrap justify-content-between align-items-end gap-2 mb-3">
  <div>
    <h1 class="h2 mb-1">Companies</h1>
    <p class="text-body-secondary mb-0">Customer accounts: find one to see its team, block it or open it as the customer sees it.</p>
  </div>
  <a class="btn btn-outline-primary" href="/backoffice/companies/new">New account</a>
</div>
<form method="get" action="/backoffice/companies" class="card shadow-sm mb-3" role="search" novalidate>
  <div class="card-body row g-2 align-items-end">
    <div class="col-md-6">
      <label for="q" class="form-label">Name or account number</label>
      <input type="search" class="form-control{{#Q_ERROR}} is-invalid{{/Q_ERROR}}" id="q" name="q" value="{{Q}}" maxlength="100" placeholder="e.g. Acme or C-100042"{{#Q_ERROR}} aria-invalid="true"{{/Q_ERROR}}{{#Q_ERROR}} aria-describedby="q-error"{{/Q_ERROR}}>
      {{#Q_ERROR}}<div class="invalid-feedback d-block" id="q-error">{{MESSAGE}}</div>{{/Q_ERROR}}
    </div>
    <div class="col-sm-6 col-md-3">
      <label for="status" class="form-label">Status</label>
      <select class="form-select" id="status" name="status">
        <option value="">Any status</option>
        {{#STATUS_CHOICE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATUS_CHOICE}}
      </select>
    </div>
    <div class="col-sm-6 col-md-3 d-flex gap-2">
      <button type="submit" class="btn btn-primary flex-grow-1">Search</button>
      {{#FILTERED}}<a class="btn btn-outline-secondary" href="/backoffice/companies">Clear</a>{{/FILTERED}}
    </div>
  </div>
</form>
<section class="card shadow-sm" aria-labelledby="companies-title">
  <div class="card-header bg-white d-flex justify-content-between align-items-center">
    <h2 class="h5 mb-0" id="companies-title">Customer companies</h2>
    {{#HAS_ROWS}}<span class="small text-body-secondary">{{TOTAL}} found</span>{{/HAS_ROWS}}
  </div>
  {{#LIST}}
  <div class="table-responsive">
    <table class="table table-hover align-middle mb-0">
      <thead><tr><th scope="col">Company</th><th scope="col">Account no.</th><th scope="col">Status</th><th scope="col" class="text-end">Active members</th><th scope="col" class="text-end">Administrators</th><th scope="col">Account manager</th><th scope="col">Last order</th></tr></thead>
      <tbody>
      {{#COMPANY}}<tr>
        <td><a class="fw-semibold" href="/backoffice/companies/{{ID}}">{{NAME}}</a></td>
        <td class="text-nowrap">{{ERP}}</td>
        <td><span class="badge text-bg-{{BADGE}}">{{STATUS}}</span></td>
        <td class="text-end">{{MEMBERS}}</td>
        <td class="text-end">{{#NO_ADMIN}}<span class="badge text-bg-warning">0<span class="visually-hidden"> (no active administrator)</span></span>{{/NO_ADMIN}}{{#ADMIN_COUNT}}{{ADMINS}}{{/ADMIN_COUNT}}</td>
        <td class="text-nowrap">{{MANAGER}}</td>
        <td class="text-nowrap">{{LAST_ORDER}}</td>
      </tr>{{/COMPANY}}
      </tbody>
    </table>
  </div>
  {{/LIST}}
  {{#EMPTY}}<div class="card-body"><p class="text-body-secondary mb-0">No company matches.</p></div>{{/EMPTY}}
</section>
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
