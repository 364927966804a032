{{%AUTOESCAPE context="HTML"}}
<h1 class="h2 mb-4">Back office</h1>
<div class="row g-3 mb-4">
  <div class="col-6 col-lg-3"><div class="card shadow-sm stat"><div class="card-body"><p class="stat-label">Active companies</p><p class="stat-value">{{ACTIVE_COMPANIES}}</p></div></div></div>
  <div class="col-6 col-lg-3"><div class="card shadow-sm stat"><div class="card-body"><p class="stat-label"><a href="/backoffice/applications" class="stretched-link text-reset">Applications waiting</a></p><p class="stat-value">{{APPLICATIONS_WAITING}}</p></div></div></div>
  <div class="col-6 col-lg-3"><div class="card shadow-sm stat"><div class="card-body"><p class="stat-label">Orders, last 30 days</p><p class="stat-value">{{ORDERS_30D}}</p></div></div></div>
  <div class="col-6 col-lg-3"><div class="card shadow-sm stat"><div class="card-body"><p class="stat-label">Order value, last 30 days</p><p class="stat-value">{{REVENUE_30D}}</p></div></div></div>
</div>
<section class="card shadow-sm mb-4" aria-labelledby="queue-title">
  <div class="card-header bg-white d-flex flex-wrap justify-content-between align-items-center gap-2">
    <h2 class="h5 mb-0" id="queue-title">Orders to process <span class="badge rounded-pill text-bg-primary" id="orders-to-process">{{ORDERS_TO_PROCESS}}</span></h2>
    <a class="small" href="/backoffice/orders">All orders</a>
  </div>
  <ul class="list-group list-group-flush">
    {{#ORDER_QUEUE}}<li class="list-group-item"><a class="text-reset text-decoration-none d-inline-flex align-items-center gap-2" href="/backoffice/orders?status={{STATUS}}"><span class="badge text-bg-{{BADGE}}">{{COUNT}}</span> <span class="text-decoration-underline">{{LABEL}}</span></a></li>{{/ORDER_QUEUE}}
  </ul>
</section>
<section class="card shadow-sm mb-4" aria-labelledby="requests-title">
  <div class="card-header bg-white"><h2 class="h5 mb-0" id="requests-title">Change requests from customers</h2></div>
  <ul class="list-group list-group-flush">
    {{#CHANGE_REQUEST}}<li class="list-group-item d-flex flex-wrap gap-3 justify-content-between align-items-start">
      <div><div class="small text-body-secondary">{{DATE}} · {{COMPANY}} · {{AUTHOR}}</div><div class="question">{{MESSAGE:pre_escape}}</div></div>
      <form method="post" action="/backoffice/change-requests/{{ID}}/done"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="btn btn-outline-success btn-sm">Mark done</button></form>
    </li>{{/CHANGE_REQUEST}}
    {{#NO_CHANGE_REQUESTS}}<li class="list-group-item text-body-secondary">No open requests.</li>{{/NO_CHANGE_REQUESTS}}
  </ul>
</section>
<section class="card shadow-sm" aria-labelledby="companies-title">
  <div class="card-header bg-white"><h2 class="h5 mb-0" id="companies-title">Customer companies</h2></div>
  <div class="table-responsive" tabindex="0" role="region" aria-labelledby="companies-title">
    <table class="table table-hover align-middle mb-0">
      <thead><tr><th scope="col">Company</th><th scope="col">Account no.</th><th scope="col">Status</th><th scope="col" class="text-end">Active members</th><th scope="col">Last order</th></tr></thead>
      <tbody>
      {{#COMPANY}}<tr>
        <td class="fw-semibold">{{NAME}}</td>
        <td class="text-nowrap">{{ERP}}</td>
        <td><span class="badge text-bg-{{BADGE}}">{{STATUS}}</span></td>
        <td class="text-end">{{MEMBERS}}</td>
        <td class="text-nowrap">{{LAST_ORDER}}</td>
      </tr>{{/COMPANY}}
      </tbody>
    </table>
  </div>
</section>
{{#JOBS}}<section class="card shadow-sm mt-4" aria-labelledby="jobs-title">
  <div class="card-header bg-white"><h2 class="h5 mb-0" id="jobs-title">Periodic jobs</h2></div>
  <div class="table-responsive" tabindex="0" role="region" aria-labelledby="jobs-title">
    <table class="table align-middle mb-0" id="jobs">
      <thead><tr><th scope="col">Job</th><th scope="col">Last run</th><th scope="col" class="text-end d-none d-md-table-cell">Duration</th><th scope="col" class="d-none d-md-table-cell">Outcome</th><th scope="col">Next run</th></tr></thead>
      <tbody>
      {{#JOB}}<tr>
        <td><span class="fw-semibold">{{NAME}}</span><div class="small text-body-secondary">{{EVERY}}</div><div class="d-md-none"><span class="badge text-bg-{{BADGE}}">{{OUTCOME}}</span>{{#ERROR}}<div class="small text-danger">{{ERROR}}</div>{{/ERROR}}</div></td>
        <td>{{LAST_RUN}}</td>
        <td class="text-end text-nowrap d-none d-md-table-cell">{{DURATION}}</td>
        <td class="d-none d-md-table-cell"><span class="badge text-bg-{{BADGE}}">{{OUTCOME}}</span>{{#ERROR}}<div class="small text-danger">{{ERROR}}</div>{{/ERROR}}</td>
        <td>{{NEXT_RUN}}</td>
      </tr>{{/JOB}}
      </tbody>
    </table>
  </div>
</section>{{/JOBS}}
