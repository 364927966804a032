{{%AUTOESCAPE context="HTML"}}
<div class="mb-3">
  <h1 class="h2 mb-1">Activity</h1>
  <p class="text-body-secondary mb-0">Every change to {{COMPANY_NAME}}'s members, invitations, roles and units: who made it, when, and what it was before and after. Entries cannot be changed or removed.</p>
</div>
<form method="get" action="/account/activity" class="card shadow-sm mb-3" novalidate>
  <div class="card-body row g-2 align-items-end">
    <div class="col-sm-8 col-md-5">
      <label for="kind" class="form-label">Kind of change</label>
      <select class="form-select" id="kind" name="kind">
        <option value="">Everything</option>
        {{#KIND}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND}}
      </select>
    </div>
    <div class="col-sm-4 col-md-3 d-flex gap-2">
      <button type="submit" class="btn btn-primary flex-grow-1">Show</button>
      {{#FILTERED}}<a class="btn btn-outline-secondary" href="/account/activity">Clear</a>{{/FILTERED}}
    </div>
  </div>
</form>
<section class="card shadow-sm" aria-labelledby="log-title">
  <div class="card-header bg-white d-flex justify-content-between align-items-center">
    <h2 class="h5 mb-0" id="log-title">Newest first</h2>
    <span class="small text-body-secondary">{{TOTAL}} entries</span>
  </div>
  {{#HAS_ENTRIES}}
  <div class="table-responsive position-relative" tabindex="0" role="region" aria-labelledby="log-title">
    <table class="table align-top mb-0">
      <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Changes</th></tr></thead>
      <tbody>
      {{#ENTRY}}<tr>
        <td class="text-nowrap small"><time datetime="{{WHEN_ISO}}">{{WHEN_DATE}}<br><span class="text-body-secondary">{{WHEN_TIME}}</span></time></td>
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
  {{#EMPTY}}<div class="card-body"><p class="text-body-secondary mb-0">Nothing recorded{{#FILTERED}} of this kind{{/FILTERED}} yet.</p></div>{{/EMPTY}}
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
