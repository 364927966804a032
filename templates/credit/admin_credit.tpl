{{%AUTOESCAPE context="HTML"}}
<div class="mb-3">
  <h1 class="h2 mb-1">Credit</h1>
  <p class="text-body-secondary mb-0">Every customer's exposure, riskiest first (overdue, then how much of the limit is used); orders waiting for a credit decision; requests for more credit.</p>
</div>
{{#REVIEW}}<section class="card shadow-sm mb-4 border-warning" aria-labelledby="review-title">
  <div class="card-header bg-white"><h2 class="h5 mb-0" id="review-title">Orders in credit review</h2></div>
  <div class="table-responsive" tabindex="0" role="region" aria-labelledby="review-title"><table class="table align-middle mb-0" id="credit-review-orders">
    <thead><tr><th scope="col">Order</th><th scope="col">Customer</th><th scope="col">Placed</th><th scope="col" class="text-end">Total</th></tr></thead>
    <tbody>{{#ORDER}}<tr><td><a href="/backoffice/orders/{{NUMBER}}">{{NUMBER}}</a></td><td>{{COMPANY}}</td><td>{{PLACED}}</td><td class="text-end">{{TOTAL}}</td></tr>{{/ORDER}}</tbody>
  </table></div>
</section>{{/REVIEW}}
<section class="card shadow-sm mb-4" aria-labelledby="exposure-title">
  <div class="card-header bg-white"><h2 class="h5 mb-0" id="exposure-title">Exposure</h2></div>
  {{#ACCOUNTS}}<div class="table-responsive" tabindex="0" role="region" aria-labelledby="exposure-title"><table class="table table-hover align-middle mb-0" id="exposure">
    <thead><tr><th scope="col">Customer</th><th scope="col" class="text-end">Limit</th><th scope="col" class="text-end d-none d-md-table-cell">Balance</th><th scope="col" class="text-end d-none d-lg-table-cell">Reserved</th><th scope="col" class="text-end">Available</th><th scope="col" class="text-end">Used</th><th scope="col" class="text-end">Overdue</th></tr></thead>
    <tbody>{{#ACCOUNT}}<tr><td><a href="/backoffice/credit/{{ID}}">{{NAME}}</a>{{#ON_HOLD}} <span class="badge text-bg-danger">On hold</span>{{/ON_HOLD}}{{#UNMAPPED}} <span class="badge text-bg-warning" title="Terms were read from: {{TEXT}}">Check terms</span>{{/UNMAPPED}}</td>
      <td class="text-end">{{LIMIT}}</td><td class="text-end d-none d-md-table-cell">{{BALANCE}}</td><td class="text-end d-none d-lg-table-cell">{{RESERVED}}</td><td class="text-end">{{AVAILABLE}}</td>
      <td class="text-end{{#HIGH}} text-danger-emphasis fw-semibold{{/HIGH}}">{{UTILISATION}}%</td><td class="text-end{{#LATE}} text-danger-emphasis fw-semibold{{/LATE}}">{{OVERDUE}}</td></tr>{{/ACCOUNT}}</tbody>
  </table></div>{{/ACCOUNTS}}
  {{#NO_ACCOUNTS}}<div class="card-body"><p class="mb-0">No customer of yours has a credit account.</p></div>{{/NO_ACCOUNTS}}
</section>
{{#REQUESTS}}<section class="card shadow-sm" aria-labelledby="requests-title">
  <div class="card-header bg-white"><h2 class="h5 mb-0" id="requests-title">Credit requests ({{OPEN_REQUESTS}} waiting)</h2></div>
  {{#NONE}}<div class="card-body"><p class="mb-0">No requests.</p></div>{{/NONE}}
  <div class="table-responsive" tabindex="0" role="region" aria-labelledby="requests-title"><table class="table align-middle mb-0" id="credit-requests">
    <thead><tr><th scope="col">Customer</th><th scope="col">Asked</th><th scope="col" class="text-end">Limit asked for</th><th scope="col" class="text-end d-none d-md-table-cell">Limit now</th><th scope="col">Status</th></tr></thead>
    <tbody>{{#REQUEST}}<tr><td><a href="/backoffice/credit/requests/{{ID}}">{{COMPANY}}</a></td><td>{{DATE}} by {{BY}}</td><td class="text-end">{{AMOUNT}}</td><td class="text-end d-none d-md-table-cell">{{CURRENT}}</td><td><span class="badge text-bg-{{BADGE}}">{{STATUS}}</span></td></tr>{{/REQUEST}}</tbody>
  </table></div>
</section>{{/REQUESTS}}
{{#SETTINGS}}<form method="post" action="/backoffice/credit/settings" class="card shadow-sm mt-4" novalidate aria-labelledby="settings-title">
  <div class="card-header bg-white"><h2 class="h5 mb-0" id="settings-title">Credit settings</h2></div>
  <div class="card-body">
    {{#FORM_ERRORS}}<div class="alert alert-danger" role="alert" id="form-errors"><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{LABEL}}: {{MESSAGE}}</a></li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <div class="row g-3">
      <div class="col-md-6"><label for="seller_over_limit" class="form-label">An order over the available credit</label>
        <select class="form-select" id="seller_over_limit" name="seller_over_limit" aria-describedby="seller_over_limit-help">{{#MODE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/MODE_OPTION}}</select>
        <div class="form-text" id="seller_over_limit-help">For every company without its own choice (set on its credit page).</div></div>
      <div class="col-md-6"><label for="invoices_by" class="form-label">Who issues invoices</label>
        <select class="form-select" id="invoices_by" name="invoices_by">{{#ISSUER_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ISSUER_OPTION}}</select></div>
      <div class="col-12"><label for="remittance" class="form-label">How to pay (printed on every invoice)</label>
        <textarea class="form-control{{#REMITTANCE_INVALID}} is-invalid{{/REMITTANCE_INVALID}}" id="remittance" name="remittance" rows="2" maxlength="500"{{#REMITTANCE_INVALID}} aria-invalid="true"{{/REMITTANCE_INVALID}}{{#REMITTANCE_ERROR}} aria-describedby="remittance-error"{{/REMITTANCE_ERROR}}>{{REMITTANCE}}</textarea>
        {{#REMITTANCE_ERROR}}<div class="invalid-feedback d-block" id="remittance-error">{{MESSAGE}}</div>{{/REMITTANCE_ERROR}}</div>
    </div>
  </div>
  <div class="card-footer bg-white"><button type="submit" class="btn btn-primary">Save the credit settings</button></div>
</form>{{/SETTINGS}}
