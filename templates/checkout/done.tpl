{{%AUTOESCAPE context="HTML"}}
{{! The confirmation after placing an order: APPROVED, PENDING (APPROVERS with WHO, WAITING_ADDRESS) or OTHER_STATUS. }}
<div class="row justify-content-center">
<div class="col-xl-9 d-flex flex-column gap-4">
  <div class="text-center pt-2">
    <p class="mb-3"><span class="badge rounded-pill text-bg-success fs-2 px-3" aria-hidden="true">&#10003;</span></p>
    <h1 class="h2 mb-2">Thank you — order {{NUMBER}} is placed</h1>
    <p class="mb-2"><span class="badge text-bg-{{BADGE}} fs-6">{{STATUS}}</span></p>
    <p class="text-body-secondary mb-0">Placed {{PLACED}}. A confirmation is on its way to {{EMAIL}}.</p>
  </div>

  <section class="card shadow-sm" aria-labelledby="next-title">
    <div class="card-header bg-white"><h2 class="h5 mb-0" id="next-title">What happens next</h2></div>
    <div class="card-body" id="next-steps">
      {{#APPROVED}}<p class="mb-0">Your order needs no further approval. We prepare it for shipping and you will get an email with tracking when it leaves our warehouse.</p>{{/APPROVED}}
      {{#PENDING}}
        {{#APPROVERS}}<p>Your order is waiting for approval from <strong>{{WHO}}</strong>. They have been told by email; you will hear as soon as it is decided.</p>{{/APPROVERS}}
        {{#WAITING_ADDRESS}}<p>Your order is also waiting for the new ship-to address to be approved. Once it is, the order goes on by itself.</p>{{/WAITING_ADDRESS}}
        <p class="mb-0">Nothing ships before the order is approved. You can follow it on the order's page.</p>
      {{/PENDING}}
      {{#OTHER_STATUS}}<p class="mb-0">You can follow the order on its page.</p>{{/OTHER_STATUS}}
    </div>
  </section>

  <div class="row g-4">
    <section class="col-md-6" aria-labelledby="summary-title">
      <div class="card shadow-sm h-100">
        <div class="card-header bg-white"><h2 class="h5 mb-0" id="summary-title">Summary</h2></div>
        <div class="card-body">
          <table class="table table-sm table-borderless mb-0">
            <caption class="visually-hidden">Order total</caption>
            <tbody>
              <tr><th scope="row" class="fw-normal">Subtotal</th><td class="text-end text-nowrap">{{SUBTOTAL}}</td></tr>
              <tr><th scope="row" class="fw-normal">Shipping — {{SHIPPING_METHOD}}</th><td class="text-end text-nowrap">{{SHIPPING}}</td></tr>
              <tr><th scope="row" class="fw-normal">{{TAX_LABEL}}</th><td class="text-end text-nowrap">{{TAX}}</td></tr>
              <tr class="border-top"><th scope="row">Total</th><td class="text-end text-nowrap fw-semibold">{{TOTAL}}</td></tr>
              <tr><th scope="row" class="fw-normal">PO number</th><td class="text-end text-break">{{PO_NUMBER}}</td></tr>
            </tbody>
          </table>
        </div>
      </div>
    </section>
    <section class="col-md-6" aria-labelledby="ship-title">
      <div class="card shadow-sm h-100">
        <div class="card-header bg-white"><h2 class="h5 mb-0" id="ship-title">Ship to</h2></div>
        <div class="card-body">
          <p class="fw-semibold mb-1">{{SHIP_TO_LABEL}}</p>
          <p class="mb-0 text-break question">{{SHIP_TO_TEXT:pre_escape}}</p>
        </div>
      </div>
    </section>
  </div>

  <div class="d-flex flex-wrap gap-2 justify-content-center">
    <a class="btn btn-primary" href="/account/orders/{{NUMBER}}">View the order</a>
    <a class="btn btn-outline-secondary" href="/catalog">Continue shopping</a>
  </div>
</div>
</div>
