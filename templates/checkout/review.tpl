{{%AUTOESCAPE context="HTML"}}
{{! The review page: every figure, the addresses, the approvals the order will need, and the two forms (place / change) carrying the choices as HIDDEN rows. PLACE (with SUBMIT_KEY, REVIEWED_TOTAL) is absent when the order is refused. }}
<nav aria-label="breadcrumb"><ol class="breadcrumb mb-2"><li class="breadcrumb-item"><a href="/cart">Cart</a></li><li class="breadcrumb-item"><a href="/checkout">Checkout</a></li><li class="breadcrumb-item active" aria-current="page">Review</li></ol></nav>
<div class="mb-4">
  <h1 class="h2 mb-1">Review your order</h1>
  <p class="text-body-secondary mb-0">Nothing is ordered until you place the order.</p>
</div>
{{#PROBLEM}}<div class="alert alert-warning" role="alert" id="review-problem">{{TEXT}}</div>{{/PROBLEM}}
{{#REFUSED}}<div class="alert alert-danger" role="alert" id="refused"><h2 class="h6 alert-heading mb-1">This order cannot be placed</h2><p class="mb-0">{{TEXT}}</p>{{#CREDIT_LINK}}<p class="mb-0 mt-2"><a class="alert-link" href="/account/credit/request">Request more credit</a></p>{{/CREDIT_LINK}}</div>{{/REFUSED}}
{{#CREDIT_REVIEW}}<div class="alert alert-warning" role="status" id="credit-review"><h2 class="h6 alert-heading mb-1">Over your available credit</h2><p class="mb-0">This order is more than the {{AVAILABLE}} of credit your company has available. You can place it: it then waits for our credit review before we process it.</p></div>{{/CREDIT_REVIEW}}
<div class="row g-4">
  <div class="col-lg-8 d-flex flex-column gap-4">
    <section class="card shadow-sm" aria-labelledby="lines-title">
      <div class="card-header bg-white d-flex justify-content-between align-items-center">
        <h2 class="h5 mb-0" id="lines-title">Products</h2>
        <span class="small text-body-secondary">{{LINE_COUNT}} {{LINE_WORD}} · {{WEIGHT}}</span>
      </div>
      <div class="table-responsive" tabindex="0" role="region" aria-labelledby="lines-title">
        <table class="table align-middle mb-0">
          <thead><tr><th scope="col">Product</th><th scope="col" class="text-end text-nowrap d-none d-sm-table-cell">Quantity</th><th scope="col" class="text-end text-nowrap d-none d-sm-table-cell">Unit price</th><th scope="col" class="text-end">Total</th></tr></thead>
          <tbody>
          {{#LINE}}<tr>
            <td class="text-break"><span class="d-block">{{NAME}}</span><span class="small text-body-secondary font-monospace">{{SKU}}</span>{{#CONTRACT}} <span class="badge text-bg-success">Contract price</span>{{/CONTRACT}}<span class="d-block d-sm-none small">{{QUANTITY}} {{UNIT}} &times; {{UNIT_PRICE}}</span></td>
            <td class="text-end text-nowrap d-none d-sm-table-cell">{{QUANTITY}} {{UNIT}}</td>
            <td class="text-end text-nowrap d-none d-sm-table-cell">{{UNIT_PRICE}}</td>
            <td class="text-end text-nowrap">{{LINE_TOTAL}}</td>
          </tr>{{/LINE}}
          </tbody>
        </table>
      </div>
    </section>
    <div class="row g-4">
      <section class="col-md-6" aria-labelledby="ship-title">
        <div class="card shadow-sm h-100">
          <div class="card-header bg-white"><h2 class="h5 mb-0" id="ship-title">Ship to</h2></div>
          <div class="card-body">
            <p class="fw-semibold mb-1">{{SHIP_TO_LABEL}}</p>
            <p class="mb-0 text-break question">{{SHIP_TO_TEXT:pre_escape}}</p>
            {{#NEW_ADDRESS}}<div class="alert {{#PENDING}}alert-warning{{/PENDING}}{{#NOT_PENDING}}alert-info{{/NOT_PENDING}} small mt-3 mb-0" role="note" id="new-address-note"><strong>A new address.</strong> {{SENTENCE}}</div>{{/NEW_ADDRESS}}
          </div>
        </div>
      </section>
      <section class="col-md-6" aria-labelledby="bill-title">
        <div class="card shadow-sm h-100">
          <div class="card-header bg-white"><h2 class="h5 mb-0" id="bill-title">Bill to</h2></div>
          <div class="card-body">
            <p class="fw-semibold mb-1">{{BILL_TO_LABEL}}</p>
            <p class="mb-0 text-break question">{{BILL_TO_TEXT:pre_escape}}</p>
          </div>
        </div>
      </section>
    </div>
    <section class="card shadow-sm" aria-labelledby="details-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="details-title">Order details</h2></div>
      <div class="card-body">
        <dl class="row mb-0">
          <dt class="col-sm-4 fw-normal text-body-secondary">PO number</dt><dd class="col-sm-8 text-break">{{PO_NUMBER}}</dd>
          <dt class="col-sm-4 fw-normal text-body-secondary">Requested delivery</dt><dd class="col-sm-8">{{DELIVERY_DATE}}</dd>
          <dt class="col-sm-4 fw-normal text-body-secondary">Shipping method</dt><dd class="col-sm-8">{{SHIPPING_METHOD}}</dd>
          <dt class="col-sm-4 fw-normal text-body-secondary">Payment</dt><dd class="col-sm-8">{{PAYMENT_LABEL}}</dd>
          {{#CREDIT}}<dt class="col-sm-4 fw-normal text-body-secondary">Available credit</dt><dd class="col-sm-8" id="available-credit">{{AVAILABLE}}</dd>{{/CREDIT}}
          {{#NOTES_TEXT}}<dt class="col-sm-4 fw-normal text-body-secondary">Notes</dt><dd class="col-sm-8 mb-0 text-break question">{{TEXT:pre_escape}}</dd>{{/NOTES_TEXT}}
        </dl>
      </div>
    </section>
  </div>

  <div class="col-lg-4 d-flex flex-column gap-4">
    <section class="card shadow-sm" aria-labelledby="totals-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="totals-title">Total</h2></div>
      <div class="card-body">
        <table class="table table-sm table-borderless mb-0" id="totals">
          <caption class="visually-hidden">Order total</caption>
          <tbody>
            <tr><th scope="row" class="fw-normal">Subtotal</th><td class="text-end text-nowrap">{{SUBTOTAL}}</td></tr>
            <tr><th scope="row" class="fw-normal">Shipping — {{SHIPPING_METHOD}}</th><td class="text-end text-nowrap">{{SHIPPING}}</td></tr>
            <tr><th scope="row" class="fw-normal">{{TAX_LABEL}}</th><td class="text-end text-nowrap">{{TAX}}</td></tr>
            <tr class="border-top"><th scope="row" class="fs-5">Total</th><td class="text-end text-nowrap fs-5 fw-semibold">{{TOTAL}}</td></tr>
          </tbody>
        </table>
      </div>
    </section>
    <section class="card shadow-sm" aria-labelledby="approval-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="approval-title">Approval</h2></div>
      <div class="card-body">
        {{#APPROVALS}}<ul class="list-unstyled mb-0 d-flex flex-column gap-2" id="approvals">
          {{#APPROVAL}}<li>This order will need approval from <strong>{{APPROVER}}</strong>, because {{REASON}}.{{#NOTE}} <span class="small text-body-secondary">{{TEXT}}</span>{{/NOTE}}</li>{{/APPROVAL}}
        </ul>{{/APPROVALS}}
        {{#NO_APPROVAL}}<p class="mb-0" id="no-approval">No approval is needed: the order goes straight to us.</p>{{/NO_APPROVAL}}
        {{#NEW_ADDRESS}}{{#PENDING}}<p class="mb-0 mt-2 small">The order waits until the new ship-to address is approved.</p>{{/PENDING}}{{/NEW_ADDRESS}}
        {{#REFUSED}}<p class="mb-0 text-danger">{{TEXT}}</p>{{/REFUSED}}
      </div>
    </section>
    <div class="d-flex flex-column gap-2">
      {{#PLACE}}<form method="post" action="/checkout">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="submit_key" value="{{SUBMIT_KEY}}">
        <input type="hidden" name="reviewed_total" value="{{REVIEWED_TOTAL}}">
        {{#HIDDEN}}<input type="hidden" name="{{NAME}}" value="{{VALUE:pre_escape}}">
        {{/HIDDEN}}
        <button type="submit" class="btn btn-primary btn-lg w-100">Place order · {{TOTAL}}</button>
      </form>{{/PLACE}}
      <form method="post" action="/checkout/review">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="edit" value="1">
        {{#HIDDEN}}<input type="hidden" name="{{NAME}}" value="{{VALUE:pre_escape}}">
        {{/HIDDEN}}
        <button type="submit" class="btn btn-outline-secondary w-100">Change</button>
      </form>
    </div>
  </div>
</div>
