{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/static/css/print-order.css">
<nav aria-label="breadcrumb" class="d-print-none"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/account/credit">Credit</a></li><li class="breadcrumb-item"><a href="/account/credit/invoices">Invoices</a></li><li class="breadcrumb-item active" aria-current="page">{{NUMBER}}</li></ol></nav>
<div class="print-only print-letterhead"><div class="print-seller"><span class="brand-mark">bd</span> buyerdesk</div><div class="print-doc-title">Invoice</div></div>
<div class="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3 order-title">
  <h1 class="h2 mb-0">Invoice {{NUMBER}} <span class="badge text-bg-{{BADGE}} align-middle fs-6" id="invoice-status">{{STATUS}}</span></h1>
  <button type="button" class="btn btn-outline-secondary btn-sm d-print-none" data-print hidden>Print</button>
</div>
<div class="row g-4">
  <div class="col-lg-8">
    <section class="card shadow-sm" aria-labelledby="lines-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="lines-title">What was shipped</h2></div>
      {{#LINES}}<div class="table-responsive" tabindex="0" role="region" aria-labelledby="lines-title"><table class="table align-middle mb-0 lines-table">
        <thead><tr><th scope="col">SKU</th><th scope="col">Product</th><th scope="col" class="text-end">Quantity</th><th scope="col" class="text-end">Unit price</th><th scope="col" class="text-end">Total</th></tr></thead>
        <tbody>{{#LINE}}<tr><td>{{SKU}}</td><td>{{NAME}}</td><td class="text-end">{{QUANTITY}}</td><td class="text-end">{{UNIT_PRICE}}</td><td class="text-end">{{TOTAL}}</td></tr>{{/LINE}}</tbody>
        <tfoot><tr><th scope="row" colspan="4" class="text-end fw-normal">Goods</th><td class="text-end">{{GOODS}}</td></tr>
        {{#OTHER}}<tr><th scope="row" colspan="4" class="text-end fw-normal">Shipping and tax</th><td class="text-end">{{AMOUNT}}</td></tr>{{/OTHER}}</tfoot>
      </table></div>{{/LINES}}
      <div class="card-body"><dl class="row mb-0">
        <dt class="col-6 col-sm-4 fw-normal text-body-secondary">Invoice total</dt><dd class="col-6 col-sm-8 fw-semibold" id="invoice-amount">{{AMOUNT}}</dd>
        <dt class="col-6 col-sm-4 fw-normal text-body-secondary">Paid</dt><dd class="col-6 col-sm-8">{{PAID}}</dd>
        <dt class="col-6 col-sm-4 fw-normal text-body-secondary">Open</dt><dd class="col-6 col-sm-8 mb-0" id="invoice-open">{{OPEN}}</dd>
      </dl></div>
    </section>
  </div>
  <div class="col-lg-4">
    <section class="card shadow-sm mb-4" aria-labelledby="details-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="details-title">Details</h2></div>
      <div class="card-body"><dl class="row mb-0">
        <dt class="col-5 fw-normal text-body-secondary">Customer</dt><dd class="col-7">{{COMPANY_NAME}}</dd>
        {{#ORDER}}<dt class="col-5 fw-normal text-body-secondary">Order</dt><dd class="col-7"><a href="/account/orders/{{ORDER_NUMBER}}">{{ORDER_NUMBER}}</a></dd>{{/ORDER}}
        <dt class="col-5 fw-normal text-body-secondary">Issued</dt><dd class="col-7">{{ISSUED_ON}}</dd>
        <dt class="col-5 fw-normal text-body-secondary">Due</dt><dd class="col-7 mb-0" id="invoice-due">{{DUE_ON}}</dd>
      </dl></div>
    </section>
    <section class="card shadow-sm" aria-labelledby="pay-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="pay-title">How to pay</h2></div>
      <div class="card-body"><p class="mb-0 question" id="remittance">{{REMITTANCE}}</p></div>
    </section>
  </div>
</div>
<script src="/static/js/print-order.js"></script>
