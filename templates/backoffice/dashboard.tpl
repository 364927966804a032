{{%AUTOESCAPE context="HTML"}}
<h1 class="h2 mb-4">Back office</h1>
<div class="row g-3 mb-4">
  <div class="col-6 col-lg-3"><div class="card shadow-sm stat"><div class="card-body"><p class="stat-label">Active companies</p><p class="stat-value">{{ACTIVE_COMPANIES}}</p></div></div></div>
  <div class="col-6 col-lg-3"><div class="card shadow-sm stat"><div class="card-body"><p class="stat-label">Applications waiting</p><p class="stat-value">{{PENDING_COMPANIES}}</p></div></div></div>
  <div class="col-6 col-lg-3"><div class="card shadow-sm stat"><div class="card-body"><p class="stat-label">Orders, last 30 days</p><p class="stat-value">{{ORDERS_30D}}</p></div></div></div>
  <div class="col-6 col-lg-3"><div class="card shadow-sm stat"><div class="card-body"><p class="stat-label">Order value, last 30 days</p><p class="stat-value">{{REVENUE_30D}}</p></div></div></div>
</div>
<section class="card shadow-sm" aria-labelledby="companies-title">
  <div class="card-header bg-white"><h2 class="h5 mb-0" id="companies-title">Customer companies</h2></div>
  <div class="table-responsive">
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
