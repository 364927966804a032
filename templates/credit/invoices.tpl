{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/account/credit">Credit</a></li><li class="breadcrumb-item active" aria-current="page">Invoices</li></ol></nav>
<h1 class="h2 mb-3">Invoices</h1>
{{#NO_ACCOUNT}}<div class="alert alert-info" role="status"><p class="mb-0">No credit account — orders are paid in advance.</p></div>{{/NO_ACCOUNT}}
{{#HAS_ACCOUNT}}
{{#FILTER_ERROR}}<div class="alert alert-warning" role="alert" id="filter-error">{{MESSAGE}}</div>{{/FILTER_ERROR}}
<form method="get" action="/account/credit/invoices" class="card shadow-sm mb-3" aria-label="Filter invoices">
  <div class="card-body row g-2 align-items-end">
    <div class="col-8 col-md-4 col-xl-3">
      <label for="status" class="form-label">Status</label>
      <select class="form-select" id="status" name="status">{{#STATUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATUS_OPTION}}</select>
    </div>
    <div class="col-4 col-md-2"><button type="submit" class="btn btn-outline-primary w-100">Show</button></div>
  </div>
</form>
<section class="card shadow-sm" aria-labelledby="invoices-title">
  <div class="card-header bg-white"><h2 class="h5 mb-0" id="invoices-title">{{TOTAL}} invoice(s)</h2></div>
  {{#INVOICES}}<div class="table-responsive" tabindex="0" role="region" aria-labelledby="invoices-title"><table class="table table-hover align-middle mb-0" id="invoices">
    <thead><tr><th scope="col">Invoice</th><th scope="col" class="d-none d-lg-table-cell">Order</th><th scope="col" class="d-none d-md-table-cell">Issued</th><th scope="col">Due</th><th scope="col" class="text-end d-none d-sm-table-cell">Amount</th><th scope="col" class="text-end">Open</th><th scope="col">Status</th></tr></thead>
    <tbody>{{#INVOICE}}<tr><td class="text-nowrap"><a href="/account/credit/invoices/{{NUMBER}}">{{NUMBER}}</a></td><td class="d-none d-lg-table-cell text-nowrap">{{ORDER_NUMBER}}</td><td class="d-none d-md-table-cell text-nowrap">{{ISSUED_ON}}</td><td class="text-nowrap">{{DUE_ON}}</td><td class="text-end d-none d-sm-table-cell text-nowrap">{{AMOUNT}}</td><td class="text-end text-nowrap">{{OPEN}}</td><td><span class="badge text-bg-{{BADGE}}">{{STATUS}}</span></td></tr>{{/INVOICE}}</tbody>
  </table></div>{{/INVOICES}}
  {{#NO_INVOICES}}<div class="card-body"><p class="mb-0">No invoices match.</p></div>{{/NO_INVOICES}}
</section>
{{#PAGER}}<nav class="mt-3" aria-label="Pages of invoices"><ul class="pagination mb-0">
  {{#PREV}}<li class="page-item"><a class="page-link" href="{{HREF}}" rel="prev">Previous</a></li>{{/PREV}}
  <li class="page-item active" aria-current="page"><span class="page-link">Page {{PAGE}} of {{PAGES}}</span></li>
  {{#NEXT}}<li class="page-item"><a class="page-link" href="{{HREF}}" rel="next">Next</a></li>{{/NEXT}}
</ul></nav>{{/PAGER}}
{{/HAS_ACCOUNT}}
