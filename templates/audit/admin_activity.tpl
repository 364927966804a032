{{%AUTOESCAPE context="HTML"}}
<div class="mb-3">
  <h1 class="h2 mb-1">Activity{{#ONE_COMPANY}}: {{NAME}}{{/ONE_COMPANY}}</h1>
  <p class="text-body-secondary mb-0">Changes across customer companies, newest first: who made them, when, and the values before and after. Entries cannot be changed or removed.</p>
</div>
<form method="get" action="/backoffice/activity" class="card shadow-sm mb-3" novalidate>
  <div class="card-body row g-2 align-items-end">
    <div class="col-md-5">
      <label for="company" class="form-label">Company</label>
      {{#COMPANY_LIST}}<select class="form-select{{#COMPANY_INVALID}} is-invalid{{/COMPANY_INVALID}}" id="company" name="company"{{#COMPANY_ERROR}} aria-describedby="company-error"{{/COMPANY_ERROR}}>
        <option value="">Every company</option>
        {{#COMPANY_CHOICE}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/COMPANY_CHOICE}}
      </select>{{#COMPANY_ERROR}}<div class="invalid-feedback" id="company-error">{{MESSAGE}}</div>{{/COMPANY_ERROR}}{{/COMPANY_LIST}}
      {{#COMPANY_SEARCH}}<input type="text" class="form-control{{#COMPANY_INVALID}} is-invalid{{/COMPANY_INVALID}}"{{#COMPANY_INVALID}} aria-invalid="true"{{/COMPANY_INVALID}} id="company" name="company_name" value="{{NAME}}" maxlength="200" autocomplete="off" placeholder="Every company" aria-describedby="company-hint{{#COMPANY_ERROR}} company-error{{/COMPANY_ERROR}}">
      <div class="form-text" id="company-hint">A company's name, or part of it.</div>
      {{#COMPANY_ERROR}}<div class="invalid-feedback" id="company-error">{{MESSAGE}}</div>{{/COMPANY_ERROR}}{{/COMPANY_SEARCH}}
    </div>
    <div class="col-sm-8 col-md-4">
      <label for="kind" class="form-label">Kind of change</label>
      <select class="form-select" id="kind" name="kind">
        <option value="">Everything</option>
        {{#KIND}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND}}
      </select>
    </div>
    <div class="col-sm-4 col-md-3 d-flex gap-2">
      <button type="submit" class="btn btn-primary flex-grow-1">Show</button>
      {{#FILTERED}}<a class="btn btn-outline-secondary" href="/backoffice/activity">Clear</a>{{/FILTERED}}
    </div>
  </div>
</form>
<section class="card shadow-sm" aria-labelledby="log-title">
  <div class="card-header bg-white d-flex justify-content-between align-items-center">
    <h2 class="h5 mb-0" id="log-title">Newest first</h2>
    <span class="small text-body-secondary">{{TOTAL}} entries</span>
  </div>
  {{#HAS_ENTRIES}}
  <div class="table-responsive position-relative">
    <table class="table align-top mb-0">
      <thead><tr><th scope="col">When</th>{{#WITH_COMPANY}}<th scope="col">Company</th>{{/WITH_COMPANY}}<th scope="col">Who</th><th scope="col">What</th><th scope="col">Changes</th></tr></thead>
      <tbody>
      {{#ENTRY}}<tr>
        <td class="text-nowrap small"><time datetime="{{WHEN_ISO}}">{{WHEN_DATE}}<br><span class="text-body-secondary">{{WHEN_TIME}}</span></time></td>
        {{#COMPANY}}<td>{{#LINKED}}<a href="/backoffice/companies/{{COMPANY_ID}}">{{NAME}}</a>{{/LINKED}}{{#UNLINKED}}{{NAME}}{{/UNLINKED}}</td>{{/COMPANY}}
        <td>{{ACTOR}}{{#STAFF}} <span class="badge text-bg-info">seller staff</span>{{/STAFF}}{{#SYSTEM}} <span class="badge text-bg-secondary">system</span>{{/SYSTEM}}</td>
        <td>{{ACTION}}<div class="fw-semibold text-break">{{SUBJECT}}</div></td>
        <td>{{#CHANGES}}<table class="table table-sm table-borderless mb-0 small bg-transparent">
          <thead class="visually-hidden"><tr><th scope="col">Field</th><th scope="col">Before</th><th scope="col">After</th></tr></thead>
          <tbody>{{#CHANGE}}<tr><th scope="row" class="fw-normal text-body-secondary text-nowrap">{{FIELD}}</th><td>{{BEFORE}}</td><td><span aria-hidden="true">&rarr; </span>{{AFTER}}</td></tr>{{/CHANGE}}</tbody>
        </table>{{/CHANGES}}{{#NO_CHANGES}}<span class="text-body-secondary">&mdash;</span>{{/NO_CHANGES}}</td>
      </tr>{{/ENTRY}}
      </tbody>
    </table>
  </div>
  {{/HAS_ENTRIES}}
  {{#EMPTY}}<div class="card-body"><p class="text-body-secondary mb-0">Nothing recorded{{#FILTERED}} for this filter{{/FILTERED}} yet.</p></div>{{/EMPTY}}
</section>
{{#PAGER}}
<nav class="d-flex flex-wrap justify-content-between align-items-center gap-2 mt-3" aria-label="Pages">
  <span class="text-body-secondary small">Page {{PAGE}} of {{PAGES}}</span>
  <ul class="pagination mb-0">
    {{#PREV}}<li class="page-item"><a class="page-link" href="{{HREF}}" rel="prev">Newer</a></li>{{/PREV}}
    {{#NO_PREV}}<li class="page-item disabled"><span class="page-link">Newer</span></li>{{/NO_PREV}}
    {{#NEXT}}<li class="page-item"><a class="page-link" href="{{HREF}}" rel="next">Older</a></li>{{/NEXT}}
    {{#NO_NEXT}}<li class="page-item disabled"><span class="page-link">Older</span></li>{{/NO_NEXT}}
  </ul>
</nav>
{{/PAGER}}
