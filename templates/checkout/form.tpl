{{%AUTOESCAPE context="HTML"}}
{{! The checkout form. SHIP_ADDRESS / BILL_ADDRESS rows: ADDR_ID, ADDR_LABEL, ADDR_TEXT, CHECKED, BADGE. METHOD rows: METHOD_ID, METHOD_NAME, METHOD_DESCRIPTION, METHOD_COST, CHECKED. PAYMENT rows: PAY_CODE, PAY_LABEL, CHECKED. Field values and errors come from form_fill. }}
<nav aria-label="breadcrumb"><ol class="breadcrumb mb-2"><li class="breadcrumb-item"><a href="/cart">Cart</a></li><li class="breadcrumb-item active" aria-current="page">Checkout</li></ol></nav>
<div class="mb-4">
  <h1 class="h2 mb-1">Checkout</h1>
  <p class="text-body-secondary mb-0">Where the order goes, how it ships and how {{COMPANY_NAME}} pays. You review every figure before the order is placed.</p>
</div>
{{#READ_ONLY}}<div class="alert alert-info" role="status">You are looking at this page read-only, as the customer sees it.</div>{{/READ_ONLY}}
{{#FORM_ERRORS}}<div class="alert alert-danger" role="alert" id="form-errors"><p class="fw-semibold mb-1">Please correct {{COUNT}} field(s):</p><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{LABEL}}</a>: {{MESSAGE}}</li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
<form method="post" action="/checkout/review" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="row g-4">
  <div class="col-lg-8 d-flex flex-column gap-4">
    <fieldset class="card shadow-sm" id="ship_to"{{#SHIP_TO_INVALID}} aria-describedby="ship_to-error"{{/SHIP_TO_INVALID}}>
      <legend class="card-header bg-white h5 mb-0 w-100">1. Ship to</legend>
      <div class="card-body">
        {{#SHIP_TO_ERROR}}<div class="invalid-feedback d-block mb-2" id="ship_to-error">{{MESSAGE}}</div>{{/SHIP_TO_ERROR}}
        {{#NO_SHIP_ADDRESSES}}<p class="text-body-secondary">There is no shipping address you may use yet: enter a new one below.</p>{{/NO_SHIP_ADDRESSES}}
        <div class="d-flex flex-column gap-2">
          {{#SHIP_ADDRESS}}<div class="form-check border rounded p-3 ps-5 mb-0">
            <input class="form-check-input{{#SHIP_TO_INVALID}} is-invalid{{/SHIP_TO_INVALID}}" type="radio" name="ship_to" id="ship_to-{{ADDR_ID}}" value="{{ADDR_ID}}"{{#CHECKED}} checked{{/CHECKED}}>
            <label class="form-check-label d-block" for="ship_to-{{ADDR_ID}}"><span class="fw-semibold">{{ADDR_LABEL}}</span>{{#BADGE}} <span class="badge text-bg-light border">{{TEXT}}</span>{{/BADGE}}<span class="d-block small text-body-secondary text-break">{{#ATTN}}{{TEXT}} · {{/ATTN}}{{ADDR_TEXT}}</span></label>
          </div>{{/SHIP_ADDRESS}}
          {{! The new address's fields belong to its choice: they open when it is chosen (app.css without a script, static/js/checkout.js with one, which also keeps them out of the post otherwise). }}
          <div class="ship-new border rounded" data-ship-new>
            <div class="form-check p-3 ps-5 mb-0">
              <input class="form-check-input{{#SHIP_TO_INVALID}} is-invalid{{/SHIP_TO_INVALID}}" type="radio" name="ship_to" id="ship_to-new" value="new"{{#NEW_CHECKED}} checked{{/NEW_CHECKED}} aria-describedby="ship_to-new-help" aria-controls="new-address">
              <label class="form-check-label d-block" for="ship_to-new"><span class="fw-semibold">Ship to a new address</span><span class="d-block small text-body-secondary" id="ship_to-new-help">{{NEW_MODE_SENTENCE}}</span></label>
            </div>
            <fieldset class="new-address border-top px-3 pt-3 pb-3" id="new-address">
              <legend class="h6 fw-semibold mb-3">The new address</legend>
              {{>NEW_ADDRESS_FIELDS}}
            </fieldset>
          </div>
        </div>
      </div>
    </fieldset>

    <fieldset class="card shadow-sm" id="bill_to"{{#BILL_TO_INVALID}} aria-describedby="bill_to-error"{{/BILL_TO_INVALID}}>
      <legend class="card-header bg-white h5 mb-0 w-100">2. Bill to</legend>
      <div class="card-body">
        {{#BILL_TO_ERROR}}<div class="invalid-feedback d-block mb-2" id="bill_to-error">{{MESSAGE}}</div>{{/BILL_TO_ERROR}}
        {{#NO_BILL_ADDRESSES}}<p class="text-body-secondary mb-0">There is no billing address you may use. Ask your company's administrator to add one or to let you use it.</p>{{/NO_BILL_ADDRESSES}}
        <div class="d-flex flex-column gap-2">
          {{#BILL_ADDRESS}}<div class="form-check border rounded p-3 ps-5 mb-0">
            <input class="form-check-input{{#BILL_TO_INVALID}} is-invalid{{/BILL_TO_INVALID}}" type="radio" name="bill_to" id="bill_to-{{ADDR_ID}}" value="{{ADDR_ID}}"{{#CHECKED}} checked{{/CHECKED}}>
            <label class="form-check-label d-block" for="bill_to-{{ADDR_ID}}"><span class="fw-semibold">{{ADDR_LABEL}}</span>{{#BADGE}} <span class="badge text-bg-light border">{{TEXT}}</span>{{/BADGE}}<span class="d-block small text-body-secondary text-break">{{#ATTN}}{{TEXT}} · {{/ATTN}}{{ADDR_TEXT}}</span></label>
          </div>{{/BILL_ADDRESS}}
        </div>
      </div>
    </fieldset>

    <fieldset class="card shadow-sm" id="shipping_method" aria-describedby="shipping_method-help{{#SHIPPING_METHOD_INVALID}} shipping_method-error{{/SHIPPING_METHOD_INVALID}}">
      <legend class="card-header bg-white h5 mb-0 w-100">3. Shipping</legend>
      <div class="card-body">
        <p class="small text-body-secondary" id="shipping_method-help">Your order weighs about {{WEIGHT}}.</p>
        {{#SHIPPING_METHOD_ERROR}}<div class="invalid-feedback d-block mb-2" id="shipping_method-error">{{MESSAGE}}</div>{{/SHIPPING_METHOD_ERROR}}
        {{#NO_METHODS}}<div class="alert alert-warning mb-2" role="alert">No shipping method is available for this order. Please contact us, or split the order.</div>{{/NO_METHODS}}
        <div class="d-flex flex-column gap-2">
          {{#METHOD}}<div class="form-check border rounded p-3 ps-5 mb-0">
            <input class="form-check-input{{#SHIPPING_METHOD_INVALID}} is-invalid{{/SHIPPING_METHOD_INVALID}}" type="radio" name="shipping_method" id="shipping_method-{{METHOD_ID}}" value="{{METHOD_ID}}"{{#CHECKED}} checked{{/CHECKED}}>
            <label class="form-check-label d-flex flex-wrap justify-content-between gap-2 w-100" for="shipping_method-{{METHOD_ID}}"><span><span class="fw-semibold">{{METHOD_NAME}}</span>{{#DESC}}<span class="d-block small text-body-secondary">{{TEXT}}</span>{{/DESC}}</span><span class="fw-semibold text-nowrap">{{METHOD_COST}}</span></label>
          </div>{{/METHOD}}
        </div>
        {{#METHOD_UNAVAILABLE}}<p class="small text-body-secondary mt-2 mb-0">{{METHOD_NAME}} is not available for an order of {{WEIGHT}}: for heavier freight, contact us for a quote.</p>{{/METHOD_UNAVAILABLE}}
      </div>
    </fieldset>

    <fieldset class="card shadow-sm">
      <legend class="card-header bg-white h5 mb-0 w-100">4. Order details</legend>
      <div class="card-body row g-3">
        <div class="col-md-6">
          <label for="po_number" class="form-label">Purchase order (PO) number{{#PO_OPTIONAL}} <span class="text-body-secondary small">(optional)</span>{{/PO_OPTIONAL}}</label>
          <input type="text" class="form-control{{#PO_NUMBER_INVALID}} is-invalid{{/PO_NUMBER_INVALID}}" id="po_number" name="po_number" value="{{PO_NUMBER}}" maxlength="{{PO_MAX}}" autocomplete="off"{{#PO_REQUIRED}} required aria-required="true"{{/PO_REQUIRED}} aria-describedby="{{#PO_NUMBER_INVALID}}po_number-error {{/PO_NUMBER_INVALID}}po_number-help"{{#PO_NUMBER_INVALID}} aria-invalid="true"{{/PO_NUMBER_INVALID}}>
          {{#PO_NUMBER_ERROR}}<div class="invalid-feedback" id="po_number-error">{{MESSAGE}}</div>{{/PO_NUMBER_ERROR}}
          <div class="form-text" id="po_number-help">{{#PO_REQUIRED}}Required by your company. {{/PO_REQUIRED}}Printed on the invoice and packing slip.</div>
        </div>
        <div class="col-md-6">
          <label for="delivery_date" class="form-label">Requested delivery date <span class="text-body-secondary small">(optional)</span></label>
          <input type="date" class="form-control{{#DELIVERY_DATE_INVALID}} is-invalid{{/DELIVERY_DATE_INVALID}}" id="delivery_date" name="delivery_date" value="{{DELIVERY_DATE}}" min="{{MIN_DATE}}" max="{{MAX_DATE}}" aria-describedby="{{#DELIVERY_DATE_INVALID}}delivery_date-error {{/DELIVERY_DATE_INVALID}}delivery_date-help"{{#DELIVERY_DATE_INVALID}} aria-invalid="true"{{/DELIVERY_DATE_INVALID}}>
          {{#DELIVERY_DATE_ERROR}}<div class="invalid-feedback" id="delivery_date-error">{{MESSAGE}}</div>{{/DELIVERY_DATE_ERROR}}
          <div class="form-text" id="delivery_date-help">Within a year from today. Leave empty for as soon as possible.</div>
        </div>
        <div class="col-12">
          <label for="notes" class="form-label">Notes <span class="text-body-secondary small">(optional)</span></label>
          <textarea class="form-control{{#NOTES_INVALID}} is-invalid{{/NOTES_INVALID}}" id="notes" name="notes" rows="3" maxlength="{{NOTES_MAX}}" aria-describedby="{{#NOTES_INVALID}}notes-error {{/NOTES_INVALID}}notes-help"{{#NOTES_INVALID}} aria-invalid="true"{{/NOTES_INVALID}}>{{NOTES:pre_escape}}</textarea>
          {{#NOTES_ERROR}}<div class="invalid-feedback" id="notes-error">{{MESSAGE}}</div>{{/NOTES_ERROR}}
          <div class="form-text" id="notes-help">For our warehouse and the carrier. Up to 2,000 characters.</div>
        </div>
      </div>
    </fieldset>

    <fieldset class="card shadow-sm" id="payment_method"{{#PAYMENT_METHOD_INVALID}} aria-describedby="payment_method-error"{{/PAYMENT_METHOD_INVALID}}>
      <legend class="card-header bg-white h5 mb-0 w-100">5. Payment</legend>
      <div class="card-body">
        {{#PAYMENT_METHOD_ERROR}}<div class="invalid-feedback d-block mb-2" id="payment_method-error">{{MESSAGE}}</div>{{/PAYMENT_METHOD_ERROR}}
        <div class="d-flex flex-column gap-2">
          {{#PAYMENT}}<div class="form-check mb-0">
            <input class="form-check-input{{#PAYMENT_METHOD_INVALID}} is-invalid{{/PAYMENT_METHOD_INVALID}}" type="radio" name="payment_method" id="payment_method-{{PAY_CODE}}" value="{{PAY_CODE}}"{{#CHECKED}} checked{{/CHECKED}}>
            <label class="form-check-label" for="payment_method-{{PAY_CODE}}">{{PAY_LABEL}}</label>
          </div>{{/PAYMENT}}
        </div>
      </div>
    </fieldset>
  </div>

  <div class="col-lg-4">
    <section class="card shadow-sm" aria-labelledby="summary-title">
      <div class="card-header bg-white d-flex justify-content-between align-items-center">
        <h2 class="h5 mb-0" id="summary-title">Your order</h2>
        <a class="small" href="/cart">Edit cart</a>
      </div>
      <ul class="list-group list-group-flush">
        {{#LINE}}<li class="list-group-item d-flex justify-content-between gap-3">
          <span class="text-break"><span class="d-block">{{NAME}}</span><span class="small text-body-secondary"><span class="font-monospace">{{SKU}}</span> · {{QUANTITY}} {{UNIT}}</span></span>
          <span class="text-nowrap">{{LINE_TOTAL}}</span>
        </li>{{/LINE}}
      </ul>
      <div class="card-body border-top">
        <div class="d-flex justify-content-between fw-semibold"><span>Subtotal ({{LINE_COUNT}} {{LINE_WORD}})</span><span>{{SUBTOTAL}}</span></div>
        <p class="small text-body-secondary mb-3">Shipping and tax are worked out on the next page, before you place the order.</p>
        <button type="submit" class="btn btn-primary w-100">Review order</button>
      </div>
    </section>
  </div>
</div>
</form>
<script src="/static/js/checkout.js"></script>
