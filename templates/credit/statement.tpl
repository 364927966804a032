{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/static/css/print-order.css">
<nav aria-label="breadcrumb" class="d-print-none"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/account/credit">Credit</a></li><li class="breadcrumb-item active" aria-current="page">Statement</li></ol></nav>
<div class="print-only print-letterhead"><div class="print-seller"><span class="brand-mark">bd</span> buyerdesk</div><div class="print-doc-title">Statement of account</div></div>
<div class="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3 order-title">
  <div><h1 class="h2 mb-1">Statement of account</h1><p class="text-body-secondary mb-0">{{COMPANY_NAME}} · as of {{TODAY}}</p></div>
  {{#HAS_ACCOUNT}}<button type="button" class="btn btn-outline-secondary btn-sm d-print-none" data-print hidden>Print</button>{{/HAS_ACCOUNT}}
</div>
{{#NO_ACCOUNT}}<div class="alert alert-info" role="status"><p class="mb-0">No credit account — orders are paid in advance.</p></div>{{/NO_ACCOUNT}}
{{#HAS_ACCOUNT}}
{{#FIGURES}}<section class="card shadow-sm mb-4" aria-labelledby="summary-title">
  <div class="card-header bg-white"><h2 class="h5 mb-0" id="summary-title">Summary</h2></div>
  <div class="card-body"><dl class="row mb-0 order-details">
    <dt class="col-6 col-md-3 fw-normal text-body-secondary">Credit limit</dt><dd class="col-6 col-md-3">{{LIMIT}}</dd>
    <dt class="col-6 col-md-3 fw-normal text-body-secondary">Balance</dt><dd class="col-6 col-md-3" id="statement-balance">{{BALANCE}}</dd>
    <dt class="col-6 col-md-3 fw-normal text-body-secondary">Reserved by orders</dt><dd class="col-6 col-md-3">{{RESERVED}}</dd>
    <dt class="col-6 col-md-3 fw-normal text-body-secondary">Available</dt><dd class="col-6 col-md-3">{{AVAILABLE}}</dd>
    <dt class="col-6 col-md-3 fw-normal text-body-secondary">Payment terms</dt><dd class="col-6 col-md-3">{{TERMS}}</dd>
    <dt class="col-6 col-md-3 fw-normal text-body-secondary">Overdue</dt><dd class="col-6 col-md-3 mb-0">{{OVERDUE}}</dd>
  </dl></div>
</section>{{/FIGURES}}
{{#AGING}}<section class="card shadow-sm mb-4" aria-labelledby="aging-title">
  <div class="card-header bg-white"><h2 class="h5 mb-0" id="aging-title">Aging</h2></div>
  <div class="table-responsive" tabindex="0" role="region" aria-labelledby="aging-title"><table class="table mb-0 lines-table">
    <thead><tr>{{#BUCKET}}<th scope="col" class="text-end">{{LABEL}}</th>{{/BUCKET}}<th scope="col" class="text-end">Total</th></tr></thead>
    <tbody><tr>{{#BUCKET}}<td class="text-end">{{AMOUNT}}</td>{{/BUCKET}}<td class="text-end fw-semibold">{{TOTAL}}</td></tr></tbody>
  </table></div>
</section>{{/AGING}}
<section class="card shadow-sm mb-4" aria-labelledby="open-title">
  <div class="card-header bg-white"><h2 class="h5 mb-0" id="open-title">Unpaid invoices</h2></div>
  {{#OPEN_INVOICES}}<div class="table-responsive" tabindex="0" role="region" aria-labelledby="open-title"><table class="table mb-0 lines-table" id="statement-invoices">
    <thead><tr><th scope="col">Invoice</th><th scope="col">Order</th><th scope="col">Issued</th><th scope="col">Due</th><th scope="col" class="text-end">Amount</th><th scope="col" class="text-end">Open</th><th scope="col">Status</th></tr></thead>
    <tbody>{{#INVOICE}}<tr><td>{{NUMBER}}</td><td>{{ORDER_NUMBER}}</td><td>{{ISSUED_ON}}</td><td>{{DUE_ON}}</td><td class="text-end">{{AMOUNT}}</td><td class="text-end">{{OPEN}}</td><td>{{STATUS}}</td></tr>{{/INVOICE}}</tbody>
  </table></div>{{/OPEN_INVOICES}}
  {{#NO_OPEN_INVOICES}}<div class="card-body"><p class="mb-0">No unpaid invoices.</p></div>{{/NO_OPEN_INVOICES}}
</section>
<section class="card shadow-sm" aria-labelledby="ledger-title">
  <div class="card-header bg-white"><h2 class="h5 mb-0" id="ledger-title">Activity in the last 90 days</h2></div>
  {{#LEDGER}}<div class="table-responsive" tabindex="0" role="region" aria-labelledby="ledger-title"><table class="table table-sm mb-0 lines-table">
    <thead><tr><th scope="col">Date</th><th scope="col">Entry</th><th scope="col">Reference</th><th scope="col" class="text-end">Amount</th><th scope="col" class="text-end">Balance after</th></tr></thead>
    <tbody>{{#ROW}}<tr><td><time datetime="{{DATE_ISO}}">{{DATE}}</time></td><td>{{KIND}}</td><td>{{REFERENCE}}</td><td class="text-end">{{AMOUNT}}</td><td class="text-end">{{BALANCE}}</td></tr>{{/ROW}}</tbody>
  </table></div>{{/LEDGER}}
  {{#NO_LEDGER}}<div class="card-body"><p class="mb-0">Nothing in the last 90 days.</p></div>{{/NO_LEDGER}}
</section>
{{/HAS_ACCOUNT}}
<script src="/static/js/print-order.js"></script>
