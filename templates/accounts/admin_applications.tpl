{{%AUTOESCAPE context="HTML"}}
<div class="d-flex flex-wrap justify-content-between align-items-end gap-2 mb-3">
  <div>
    <h1 class="h2 mb-1">Applications</h1>
    <p class="text-body-secondary mb-0">Businesses that applied for an account and confirmed their email.</p>
  </div>
  <a class="btn btn-outline-primary" href="/backoffice/companies/new">Create an account yourself</a>
</div>
<ul class="nav nav-pills mb-3" aria-label="Filter by status">
  {{#TAB}}<li class="nav-item"><a class="nav-link{{#CURRENT}} active{{/CURRENT}}" href="/backoffice/applications?status={{STATUS}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}} <span class="badge rounded-pill text-bg-light border">{{COUNT}}</span></a></li>{{/TAB}}
</ul>
<section class="card shadow-sm" aria-label="Applications">
  {{#HAS_ROWS}}
  <div class="table-responsive">
    <table class="table table-hover align-middle mb-0">
      <thead><tr><th scope="col">Company</th><th scope="col">Contact</th><th scope="col">Location</th><th scope="col">Confirmed</th><th scope="col">Status</th></tr></thead>
      <tbody>
      {{#APPLICATION}}<tr>
        <td><a class="fw-semibold" href="/backoffice/applications/{{ID}}">{{COMPANY}}</a>{{#EXISTING}}<div class="small text-body-secondary">Says they are customer {{ACCOUNT}}</div>{{/EXISTING}}</td>
        <td>{{CONTACT}}<div class="small text-body-secondary">{{EMAIL}}</div></td>
        <td>{{CITY}}, {{COUNTRY}}</td>
        <td class="text-nowrap">{{DATE}}</td>
        <td><span class="badge text-bg-{{BADGE}}">{{STATUS}}</span></td>
      </tr>{{/APPLICATION}}
      </tbody>
    </table>
  </div>
  {{/HAS_ROWS}}
  {{#EMPTY}}<div class="card-body"><p class="text-body-secondary mb-0">No applications here.</p></div>{{/EMPTY}}
</section>
