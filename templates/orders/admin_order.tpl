{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/backoffice/orders">Orders</a></li><li class="breadcrumb-item active" aria-current="page">{{NUMBER}}</li></ol></nav>
<div class="d-flex flex-wrap align-items-center gap-2 mb-1">
  <h1 class="h2 mb-0 text-break">{{NUMBER}}</h1>
  <span class="badge text-bg-{{BADGE}} fs-6" id="order-status">{{STATUS}}</span>
  <span class="badge text-bg-light border fs-6">{{CHANNEL}}</span>
</div>
<p class="text-body-secondary mb-3"><a href="/backoffice/orders?company={{COMPANY_ID}}">{{COMPANY}}</a> · placed <time datetime="{{PLACED_ISO}}">{{PLACED_DATE}}, {{PLACED_TIME}}</time>{{#BY_PERSON}} by {{NAME}}{{/BY_PERSON}}{{#OFFLINE}} · {{HOW}}{{/OFFLINE}}</p>
{{#CONFLICT}}<div class="alert alert-warning" role="alert" id="conflict">{{TEXT}}</div>{{/CONFLICT}}
{{#FORM_ERRORS}}<div class="alert alert-danger" role="alert"><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{MESSAGE}}</a></li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
{{#WAITING_FOR_ADDRESS}}<div class="alert alert-info" role="status">This order waits for its proposed ship-to address to be approved.</div>{{/WAITING_FOR_ADDRESS}}
<div class="row g-4">
  <div class="col-lg-4 order-lg-2 d-flex flex-column gap-4">
    <section class="card shadow-sm" aria-labelledby="actions-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="actions-title">Next step</h2></div>
      <div class="card-body d-flex flex-column gap-2">
        {{#START_PROCESSING}}<form method="post" action="{{PATH}}/status">
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="status" value="{{STATUS_CODE}}"><input type="hidden" name="to" value="processing">
          <button type="submit" class="btn btn-primary w-100">Start processing</button>
        </form>{{/START_PROCESSING}}
        {{#MARK_DELIVERED}}<form method="post" action="{{PATH}}/status">
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="status" value="{{STATUS_CODE}}"><input type="hidden" name="to" value="delivered">
          <button type="submit" class="btn btn-success w-100">Mark delivered</button>
        </form>{{/MARK_DELIVERED}}
        {{#CREDIT_REVIEW}}<p class="mb-2" id="credit-review-note">Over the customer's available credit: waiting for a credit decision. Release it to reserve its total (even over the limit), or cancel it.</p>
        {{#RELEASE}}<form method="post" action="{{PATH}}/credit-release">
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="status" value="{{STATUS_CODE}}">
          <button type="submit" class="btn btn-primary w-100" id="credit-release">Release from credit review</button>
        </form>{{/RELEASE}}{{/CREDIT_REVIEW}}
        {{#SHIP_HINT}}<a class="btn btn-primary w-100" href="#ship-title">Record a shipment</a>{{/SHIP_HINT}}
        {{#WAITING_NOTE}}<p class="mb-0" id="waiting-note">{{TEXT}}</p>{{/WAITING_NOTE}}
        {{#NO_ACTIONS}}<p class="text-body-secondary mb-0">Nothing left to do: this order is {{STATUS}}.</p>{{/NO_ACTIONS}}
      </div>
    </section>
    <section class="card shadow-sm" aria-labelledby="details-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="details-title">Details</h2></div>
      <div class="card-body">
        <dl class="row mb-0 small">
          <dt class="col-5">Placed by</dt><dd class="col-7">{{PLACED_BY}}{{#PLACED_BY_EMAIL}}<br><a href="mailto:{{EMAIL}}" class="text-break">{{EMAIL}}</a>{{/PLACED_BY_EMAIL}}</dd>
          <dt class="col-5">Business unit</dt><dd class="col-7">{{UNIT_NAME}}</dd>
          <dt class="col-5">PO number</dt><dd class="col-7 text-break">{{PO_NUMBER}}</dd>
          {{#ERP}}<dt class="col-5">ERP order no.</dt><dd class="col-7 text-break">{{NUMBER}}</dd>{{/ERP}}
          <dt class="col-5">Payment</dt><dd class="col-7">{{PAYMENT_METHOD}}</dd>
          {{#SHIPPING_METHOD}}<dt class="col-5">Shipping</dt><dd class="col-7">{{TEXT}}</dd>{{/SHIPPING_METHOD}}
          {{#REQUESTED}}<dt class="col-5">Deliver by</dt><dd class="col-7">{{DATE}}</dd>{{/REQUESTED}}
        </dl>
      </div>
    </section>
    <section class="card shadow-sm" aria-labelledby="addresses-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="addresses-title">Addresses</h2></div>
      <div class="card-body">
        <h3 class="h6 mb-1">Ship to <span class="fw-normal text-body-secondary">{{SHIP_TO_LABEL}}</span></h3>
        <p class="question small" id="ship-to">{{SHIP_TO_TEXT:pre_escape}}</p>
        <h3 class="h6 mb-1">Bill to <span class="fw-normal text-body-secondary">{{BILL_TO_LABEL}}</span></h3>
        <p class="question small mb-0">{{BILL_TO_TEXT:pre_escape}}</p>
      </div>
    </section>
    {{#NOTES}}<section class="card shadow-sm" aria-labelledby="notes-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="notes-title">Notes from the customer</h2></div>
      <div class="card-body"><p class="question mb-0">{{TEXT:pre_escape}}</p></div>
    </section>{{/NOTES}}
    {{#CANCEL_REASON}}<section class="card shadow-sm border-danger-subtle" aria-labelledby="cancelled-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="cancelled-title">Why it was cancelled</h2></div>
      <div class="card-body"><p class="question mb-0" id="cancel-reason">{{TEXT:pre_escape}}</p></div>
    </section>{{/CANCEL_REASON}}
    {{#CANCEL_FORM}}<section class="card shadow-sm border-danger-subtle" aria-labelledby="cancel-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="cancel-title">Cancel the order</h2></div>
      <form method="post" action="{{PATH}}/cancel" class="card-body" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="status" value="{{STATUS_CODE}}">
        <label for="reason" class="form-label">Reason{{#TELLS_BUYER}} (mailed to the buyer){{/TELLS_BUYER}}</label>
        <textarea class="form-control{{#REASON_INVALID}} is-invalid{{/REASON_INVALID}}" id="reason" name="reason" rows="3" maxlength="500"{{#REASON_INVALID}} aria-invalid="true"{{/REASON_INVALID}} aria-describedby="reason-help{{#REASON_ERROR}} reason-error{{/REASON_ERROR}}">{{REASON}}</textarea>
        <div class="form-text" id="reason-help">At most 500 characters.{{#WITHDRAWS_STEPS}} The approvals still waiting are withdrawn.{{/WITHDRAWS_STEPS}}</div>
        {{#REASON_ERROR}}<div class="invalid-feedback d-block" id="reason-error">{{MESSAGE}}</div>{{/REASON_ERROR}}
        <button type="submit" class="btn btn-outline-danger mt-2">Cancel order</button>
      </form>
    </section>{{/CANCEL_FORM}}
  </div>
  <div class="col-lg-8 order-lg-1 d-flex flex-column gap-4">
    <section class="card shadow-sm" aria-labelledby="lines-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="lines-title">Lines</h2></div>
      <div class="table-responsive" tabindex="0" role="region" aria-labelledby="lines-title">
        <table class="table align-middle mb-0" id="order-lines">
          <thead><tr><th scope="col" class="d-none d-sm-table-cell">#</th><th scope="col">Item</th><th scope="col" class="text-end">Ordered</th><th scope="col" class="text-end d-none d-sm-table-cell">Shipped</th><th scope="col" class="text-end d-none d-md-table-cell">Unit price</th><th scope="col" class="text-end">Total</th></tr></thead>
          <tbody>
          {{#LINE}}<tr>
            <td class="d-none d-sm-table-cell">{{LINE_NO}}</td>
            <td><span class="fw-semibold text-nowrap">{{SKU}}</span><div class="small">{{NAME}}</div></td>
            <td class="text-end text-nowrap">{{QUANTITY}} <span class="small text-body-secondary">{{UNIT}}</span><div class="small d-sm-none">{{SHIPPED}} shipped</div></td>
            <td class="text-end text-nowrap d-none d-sm-table-cell">{{#ALL_SHIPPED}}<span class="text-success">{{SHIPPED}}</span>{{/ALL_SHIPPED}}{{#SOME_SHIPPED}}<span class="fw-semibold">{{SHIPPED}}</span>{{/SOME_SHIPPED}}{{#NONE_SHIPPED}}<span class="text-body-secondary">0</span>{{/NONE_SHIPPED}}</td>
            <td class="text-end text-nowrap d-none d-md-table-cell">{{UNIT_PRICE}}{{#CONTRACT}}<div class="small text-body-secondary">contract</div>{{/CONTRACT}}</td>
            <td class="text-end text-nowrap">{{LINE_TOTAL}}<div class="small text-body-secondary d-md-none">at {{UNIT_PRICE}}</div></td>
          </tr>{{/LINE}}
          </tbody>
        </table>
      </div>
      <div class="card-body border-top">
        <dl class="row mb-0 ms-auto text-end order-totals">
          <dt class="col-7 col-md-9 fw-normal">Subtotal</dt><dd class="col-5 col-md-3 mb-1">{{SUBTOTAL}}</dd>
          <dt class="col-7 col-md-9 fw-normal">Shipping{{#SHIPPING_METHOD}} — {{TEXT}}{{/SHIPPING_METHOD}}</dt><dd class="col-5 col-md-3 mb-1">{{SHIPPING}}</dd>
          <dt class="col-7 col-md-9 fw-normal">{{TAX_LABEL}}</dt><dd class="col-5 col-md-3 mb-1">{{TAX}}</dd>
          <dt class="col-7 col-md-9">Total</dt><dd class="col-5 col-md-3 mb-0 fw-semibold" id="order-total">{{TOTAL}}</dd>
        </dl>
      </div>
    </section>
    {{#SHIP_FORM}}<section class="card shadow-sm border-primary-subtle" aria-labelledby="ship-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="ship-title">Record a shipment</h2></div>
      <form method="post" action="{{PATH}}/shipments" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="status" value="{{STATUS_CODE}}">
        <div class="card-body row g-3">
          <div class="col-sm-5">
            <label for="carrier" class="form-label">Carrier</label>
            <select class="form-select{{#CARRIER_INVALID}} is-invalid{{/CARRIER_INVALID}}" id="carrier" name="carrier"{{#CARRIER_INVALID}} aria-invalid="true"{{/CARRIER_INVALID}}{{#CARRIER_ERROR}} aria-describedby="carrier-error"{{/CARRIER_ERROR}}>
              <option value="">Choose…</option>
              {{#CARRIER_CHOICE}}<option{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/CARRIER_CHOICE}}
            </select>
            {{#CARRIER_ERROR}}<div class="invalid-feedback d-block" id="carrier-error">{{MESSAGE}}</div>{{/CARRIER_ERROR}}
          </div>
          <div class="col-sm-7">
            <label for="tracking_number" class="form-label">Tracking number <span class="text-body-secondary fw-normal">(optional)</span></label>
            <input type="text" class="form-control{{#TRACKING_NUMBER_INVALID}} is-invalid{{/TRACKING_NUMBER_INVALID}}" id="tracking_number" name="tracking_number" value="{{TRACKING_NUMBER}}" maxlength="60" autocomplete="off"{{#TRACKING_NUMBER_INVALID}} aria-invalid="true"{{/TRACKING_NUMBER_INVALID}}{{#TRACKING_NUMBER_ERROR}} aria-describedby="tracking_number-error"{{/TRACKING_NUMBER_ERROR}}>
            {{#TRACKING_NUMBER_ERROR}}<div class="invalid-feedback d-block" id="tracking_number-error">{{MESSAGE}}</div>{{/TRACKING_NUMBER_ERROR}}
          </div>
        </div>
        <div class="table-responsive">
          <table class="table align-middle mb-0">
            <caption class="visually-hidden">Quantities in this shipment</caption>
            <thead><tr><th scope="col">Item</th><th scope="col" class="text-end">Left to ship</th><th scope="col" class="text-end w-25">In this shipment</th></tr></thead>
            <tbody>
            {{#SHIP_LINE}}<tr>
              <td><span class="fw-semibold">{{SKU}}</span><div class="small">{{NAME}}</div></td>
              <td class="text-end text-nowrap">{{LEFT}} <span class="small text-body-secondary">{{UNIT}}</span></td>
              <td class="text-end">
                <label for="{{FIELD}}" class="visually-hidden">Quantity of {{SKU}} in this shipment</label>
                <input type="number" inputmode="numeric" min="0" max="{{LEFT}}" step="1" class="form-control text-end{{#INVALID}} is-invalid{{/INVALID}}" id="{{FIELD}}" name="{{FIELD}}" value="{{VALUE}}"{{#INVALID}} aria-invalid="true"{{/INVALID}}{{#ERROR}} aria-describedby="{{FIELD}}-error"{{/ERROR}}>
                {{#ERROR}}<div class="invalid-feedback d-block" id="{{FIELD}}-error">{{MESSAGE}}</div>{{/ERROR}}
              </td>
            </tr>{{/SHIP_LINE}}
            </tbody>
          </table>
        </div>
        <div class="card-footer bg-white d-flex flex-wrap align-items-center gap-2">
          <button type="submit" class="btn btn-primary">Record shipment</button>
          <span class="small text-body-secondary">{{#MAILS_BUYER}}The buyer gets the tracking details by mail.{{/MAILS_BUYER}}{{#NO_BUYER}}Placed offline: nobody is mailed.{{/NO_BUYER}}</span>
        </div>
      </form>
    </section>{{/SHIP_FORM}}
    <section class="card shadow-sm" aria-labelledby="shipments-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="shipments-title">Shipments</h2></div>
      {{#HAS_SHIPMENTS}}<ul class="list-group list-group-flush" id="shipments">
        {{#SHIPMENT}}<li class="list-group-item">
          <div class="d-flex flex-wrap justify-content-between gap-2">
            <div><span class="fw-semibold">{{CARRIER}}</span>{{#TRACKING}} · {{#LINK}}<a href="{{URL}}" rel="noopener noreferrer" target="_blank">{{NUMBER}}<span class="visually-hidden"> (opens the carrier's tracking page)</span></a>{{/LINK}}{{#PLAIN}}<span>{{NUMBER}}</span>{{/PLAIN}}{{/TRACKING}}{{#NO_TRACKING}} · <span class="text-body-secondary">no tracking number</span>{{/NO_TRACKING}}</div>
            <div class="small text-body-secondary">shipped <time datetime="{{SHIPPED_ISO}}">{{SHIPPED_DATE}}</time>{{#DELIVERED}} · delivered <time datetime="{{AT_ISO}}">{{AT_DATE}}</time>{{/DELIVERED}}{{#IN_TRANSIT}} · in transit{{/IN_TRANSIT}}</div>
          </div>
          <div class="small">{{CONTENTS}}</div>
        </li>{{/SHIPMENT}}
      </ul>{{/HAS_SHIPMENTS}}
      {{#NO_SHIPMENTS}}<div class="card-body"><p class="text-body-secondary mb-0">Nothing has shipped yet.</p></div>{{/NO_SHIPMENTS}}
    </section>
    {{>APPROVAL_TRAIL}}
    <section class="card shadow-sm" aria-labelledby="timeline-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="timeline-title">Timeline</h2></div>
      <ol class="list-group list-group-flush" id="timeline">
        {{#EVENT}}<li class="list-group-item d-flex flex-wrap gap-2 justify-content-between">
          <div>{{#FROM}}<span class="text-body-secondary">{{STATUS}}</span> <span aria-hidden="true">&rarr;</span><span class="visually-hidden">to</span> {{/FROM}}<span class="badge text-bg-{{BADGE}}">{{STATUS}}</span> <span class="small">by {{ACTOR}}</span>{{#NOTE}}<div class="small text-body-secondary question">{{TEXT:pre_escape}}</div>{{/NOTE}}</div>
          <time class="small text-body-secondary text-nowrap" datetime="{{AT_ISO}}">{{AT_DATE}}, {{AT_TIME}}</time>
        </li>{{/EVENT}}
        {{#NO_EVENTS}}<li class="list-group-item text-body-secondary">No events recorded.</li>{{/NO_EVENTS}}
      </ol>
    </section>
  </div>
</div>
