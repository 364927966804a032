{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/static/css/print-order.css">
<nav aria-label="breadcrumb" class="d-print-none"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/account/orders">Orders</a></li><li class="breadcrumb-item active" aria-current="page">{{NUMBER}}</li></ol></nav>
<div class="print-only print-letterhead">
  <div class="print-seller"><span class="brand-mark">bd</span> buyerdesk</div>
  <div class="print-doc-title">Sales order</div>
</div>
<div class="d-flex flex-wrap align-items-center gap-2 mb-3 order-title">
  <h1 class="h2 mb-0">Order {{NUMBER}}</h1>
  <span class="badge text-bg-{{BADGE}} fs-6" id="order-status">{{STATUS}}</span>
  <span class="badge text-bg-{{CHANNEL_BADGE}} border" title="How the order was placed">{{CHANNEL}}</span>
  <div class="ms-sm-auto d-flex gap-2 d-print-none">
    <button type="button" class="btn btn-outline-secondary btn-sm" data-print hidden>Print</button>
    <a class="btn btn-outline-secondary btn-sm" href="/account/orders">All orders</a>
  </div>
  {{#SAVE_AS_LIST}}<form method="post" action="/account/lists/from-order/{{NUMBER}}" class="d-flex gap-1 d-print-none w-100 justify-content-sm-end" id="save-as-list">
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <label for="save-as-list-name" class="visually-hidden">Name of the new list</label>
    <input type="text" class="form-control form-control-sm w-auto" id="save-as-list-name" name="name" value="Order {{NUMBER}}" maxlength="100" required>
    <button type="submit" class="btn btn-outline-primary btn-sm text-nowrap">Save as list</button>
  </form>{{/SAVE_AS_LIST}}
</div>
<p class="text-body-secondary print-customer">{{COMPANY}} &middot; placed <time datetime="{{PLACED_ISO}}">{{PLACED}}</time> by {{PLACED_BY}}{{#UNIT}} ({{UNIT_NAME}}){{/UNIT}}{{#REQUESTED_BY}} &middot; <span id="requested-by">requested by {{REQUESTED_BY_NAME}}</span>{{/REQUESTED_BY}}</p>
{{#CANCEL_REASON}}<div class="alert alert-secondary" role="note"><strong>Cancelled:</strong> <span class="question">{{CANCEL_REASON_TEXT:pre_escape}}</span></div>{{/CANCEL_REASON}}
{{#WAITING_FOR_ADDRESS}}<div class="alert alert-info" role="note">This order waits until its new delivery address is approved.</div>{{/WAITING_FOR_ADDRESS}}
{{#REORDER_ERROR}}<div class="alert alert-danger" role="alert" id="reorder-error">{{MESSAGE}}</div>{{/REORDER_ERROR}}
<div class="row g-4">
  <div class="col-lg-8 d-flex flex-column gap-4 order-main">
    <div class="row g-3 order-addresses">
      <section class="col-sm-6" aria-labelledby="ship-to-title">
        <div class="card h-100 shadow-sm"><div class="card-body">
          <h2 class="h6 text-uppercase text-body-secondary mb-2" id="ship-to-title">Ship to</h2>
          <p class="fw-semibold mb-1">{{SHIP_TO_LABEL}}</p>
          <p class="mb-0 address-text">{{SHIP_TO_TEXT:pre_escape}}</p>
        </div></div>
      </section>
      <section class="col-sm-6" aria-labelledby="bill-to-title">
        <div class="card h-100 shadow-sm"><div class="card-body">
          <h2 class="h6 text-uppercase text-body-secondary mb-2" id="bill-to-title">Bill to</h2>
          <p class="fw-semibold mb-1">{{BILL_TO_LABEL}}</p>
          <p class="mb-0 address-text">{{BILL_TO_TEXT:pre_escape}}</p>
        </div></div>
      </section>
    </div>
    <section class="card shadow-sm" aria-labelledby="lines-title">
      <div class="card-header bg-white d-flex flex-wrap justify-content-between align-items-center gap-2">
        <div><h2 class="h5 mb-0" id="lines-title">Lines</h2>{{#REORDER}}<p class="small text-body-secondary mb-0 d-print-none" id="reorder-help">Ticked lines go to your cart at today's prices.</p>{{/REORDER}}</div>
        {{#REORDER}}<form method="post" action="/account/orders/{{NUMBER}}/reorder" id="reorder-form" class="d-print-none">
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <button type="submit" class="btn btn-primary btn-sm">Order again: add ticked lines to cart</button>
        </form>{{/REORDER}}
      </div>
      <div class="table-responsive">
        <table class="table align-middle mb-0 lines-table">
          <thead><tr>
            {{#REORDER_COLUMN}}<th scope="col" class="d-print-none"><span class="visually-hidden">Order again</span></th>{{/REORDER_COLUMN}}
            <th scope="col" class="d-none d-md-table-cell d-print-table-cell">SKU</th><th scope="col">Product</th><th scope="col" class="text-end">Ordered</th><th scope="col" class="text-end d-none d-sm-table-cell d-print-table-cell">Shipped</th><th scope="col" class="text-end d-none d-sm-table-cell d-print-table-cell">Unit price</th><th scope="col" class="text-end">Line total</th>
          </tr></thead>
          <tbody>
          {{#LINE}}<tr>
            {{#REORDER_CELL}}<td class="d-print-none"><input class="form-check-input" type="checkbox" name="line" value="{{LINE_NO}}" id="line-{{LINE_NO}}" form="reorder-form"{{#CHECKED}} checked{{/CHECKED}}><label class="visually-hidden" for="line-{{LINE_NO}}">Order {{SKU}} again</label></td>{{/REORDER_CELL}}
            <td class="text-nowrap d-none d-md-table-cell d-print-table-cell">{{SKU}}</td>
            <td>{{NAME}}<div class="small text-body-secondary d-md-none d-print-none">{{SKU}}<span class="d-sm-none"> &middot; {{UNIT_PRICE}} each &middot; {{SHIPPED}} shipped</span></div>{{#UNAVAILABLE}}<div class="small text-danger-emphasis">{{WHY}}</div>{{/UNAVAILABLE}}</td>
            <td class="text-end text-nowrap">{{QUANTITY}} <span class="text-body-secondary small">{{UNIT}}</span></td>
            <td class="text-end text-nowrap d-none d-sm-table-cell d-print-table-cell">{{SHIPPED}}{{#FULLY_SHIPPED}} <span class="visually-hidden">(all)</span>{{/FULLY_SHIPPED}}</td>
            <td class="text-end text-nowrap d-none d-sm-table-cell d-print-table-cell">{{UNIT_PRICE}}</td>
            <td class="text-end text-nowrap">{{LINE_TOTAL}}</td>
          </tr>{{/LINE}}
          {{#NO_LINES}}<tr><td colspan="7" class="text-body-secondary">This order has no lines on file.</td></tr>{{/NO_LINES}}
          </tbody>
        </table>
      </div>
      <div class="card-body border-top">
        <dl class="row mb-0 ms-auto order-totals">
          <dt class="col-7 fw-normal">Subtotal</dt><dd class="col-5 text-end mb-1">{{SUBTOTAL}}</dd>
          <dt class="col-7 fw-normal">{{SHIPPING_LABEL}}</dt><dd class="col-5 text-end mb-1">{{SHIPPING}}</dd>
          <dt class="col-7 fw-normal">{{TAX_NAME}}</dt><dd class="col-5 text-end mb-1">{{TAX}}</dd>
          <dt class="col-7 border-top pt-1">Total</dt><dd class="col-5 text-end border-top pt-1 fw-semibold mb-0" id="order-total">{{TOTAL}}</dd>
        </dl>
      </div>
    </section>
    {{#SHIPMENTS}}
    <section class="card shadow-sm" aria-labelledby="shipments-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="shipments-title">Shipments</h2></div>
      <ul class="list-group list-group-flush d-md-none d-print-none">
        {{#SHIPMENT}}<li class="list-group-item small">
          <div class="d-flex justify-content-between gap-2"><span class="fw-semibold">{{CARRIER}}</span><span>Shipped <time datetime="{{SHIPPED_ISO}}">{{SHIPPED}}</time></span></div>
          {{#LINK}}<a href="{{TRACKING_URL}}" target="_blank" rel="noopener noreferrer">{{TRACKING_NUMBER}}<span class="visually-hidden"> (opens the carrier's site in a new tab)</span></a>{{/LINK}}{{#PLAIN}}{{TRACKING_NUMBER}}{{/PLAIN}}
          <div class="text-body-secondary">{{CONTENTS}}</div>
          <div>{{#DELIVERED}}Delivered <time datetime="{{DELIVERED_DATE_ISO}}">{{DELIVERED_DATE}}</time>{{/DELIVERED}}{{#NOT_DELIVERED}}<span class="text-body-secondary">Not delivered yet</span>{{/NOT_DELIVERED}}</div>
        </li>{{/SHIPMENT}}
      </ul>
      <div class="table-responsive d-none d-md-block d-print-block">
        <table class="table align-middle mb-0">
          <thead><tr><th scope="col">Carrier</th><th scope="col">Tracking number</th><th scope="col">Contents</th><th scope="col">Shipped</th><th scope="col">Delivered</th></tr></thead>
          <tbody>
          {{#SHIPMENT}}<tr>
            <td>{{CARRIER}}</td>
            <td class="text-nowrap">{{#LINK}}<a href="{{TRACKING_URL}}" target="_blank" rel="noopener noreferrer" class="tracking-link">{{TRACKING_NUMBER}}<span class="visually-hidden"> (opens the carrier's site in a new tab)</span></a>{{/LINK}}{{#PLAIN}}{{TRACKING_NUMBER}}{{/PLAIN}}</td>
            <td class="small">{{CONTENTS}}</td>
            <td class="text-nowrap"><time datetime="{{SHIPPED_ISO}}">{{SHIPPED}}</time></td>
            <td class="text-nowrap">{{#DELIVERED}}<time datetime="{{DELIVERED_DATE_ISO}}">{{DELIVERED_DATE}}</time>{{/DELIVERED}}{{#NOT_DELIVERED}}<span class="text-body-secondary">Not yet</span>{{/NOT_DELIVERED}}</td>
          </tr>{{/SHIPMENT}}
          </tbody>
        </table>
      </div>
    </section>
    {{/SHIPMENTS}}
    {{>APPROVAL_TRAIL}}
  </div>
  <div class="col-lg-4 d-flex flex-column gap-4 order-side">
    <section class="card shadow-sm" aria-labelledby="details-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="details-title">Details</h2></div>
      <div class="card-body">
        <dl class="row mb-0 order-details">
          <dt class="col-5 fw-normal text-body-secondary">PO number</dt><dd class="col-7 text-break" id="order-po">{{PO_NUMBER}}</dd>
          <dt class="col-5 fw-normal text-body-secondary">Placed</dt><dd class="col-7"><time datetime="{{PLACED_ISO}}">{{PLACED}}</time></dd>
          <dt class="col-5 fw-normal text-body-secondary">Placed by</dt><dd class="col-7">{{PLACED_BY}}</dd>
          {{#UNIT}}<dt class="col-5 fw-normal text-body-secondary">Business unit</dt><dd class="col-7">{{UNIT_NAME}}</dd>{{/UNIT}}
          <dt class="col-5 fw-normal text-body-secondary">Channel</dt><dd class="col-7">{{CHANNEL}}</dd>
          <dt class="col-5 fw-normal text-body-secondary">Payment</dt><dd class="col-7">{{PAYMENT}}</dd>
          <dt class="col-5 fw-normal text-body-secondary">Shipping</dt><dd class="col-7">{{SHIPPING_METHOD_DETAIL}}</dd>
          {{#REQUESTED}}<dt class="col-5 fw-normal text-body-secondary">Deliver by</dt><dd class="col-7"><time datetime="{{REQUESTED_DATE_ISO}}">{{REQUESTED_DATE}}</time></dd>{{/REQUESTED}}
          {{#ERP_NO}}<dt class="col-5 fw-normal text-body-secondary">Our reference</dt><dd class="col-7">{{ERP_NO_VALUE}}</dd>{{/ERP_NO}}
        </dl>
        {{#NOTES}}<h3 class="h6 mt-3 mb-1">Notes</h3><p class="question mb-0" id="order-notes">{{NOTES_TEXT:pre_escape}}</p>{{/NOTES}}
      </div>
    </section>
    <section class="card shadow-sm order-timeline-card" aria-labelledby="timeline-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="timeline-title">Status history</h2></div>
      <ol class="list-group list-group-flush order-timeline">
        {{#EVENT}}<li class="list-group-item">
          <div class="d-flex flex-wrap justify-content-between gap-2"><span><span class="badge text-bg-{{BADGE}}">{{STATUS}}</span>{{#FROM}} <span class="small text-body-secondary">from {{FROM_STATUS}}</span>{{/FROM}}</span><time class="small text-body-secondary" datetime="{{DATE_ISO}}">{{DATE}}</time></div>
          {{#ACTOR}}<div class="small mt-1">by {{ACTOR_NAME}}</div>{{/ACTOR}}
          {{#NOTE}}<div class="small question mt-1">{{NOTE_TEXT:pre_escape}}</div>{{/NOTE}}
        </li>{{/EVENT}}
        {{#NO_EVENTS}}<li class="list-group-item text-body-secondary">Currently <strong>{{STATUS}}</strong>. Earlier steps of this order were not recorded.</li>{{/NO_EVENTS}}
      </ol>
    </section>
  </div>
</div>
<script src="/static/js/print-order.js"></script>
