{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/account/approvals">Approvals</a></li><li class="breadcrumb-item active" aria-current="page">{{NUMBER}}</li></ol></nav>
<div class="d-flex flex-wrap align-items-center gap-2 mb-1">
  <h1 class="h2 mb-0">Order {{NUMBER}}</h1>
  <span class="badge text-bg-{{ORDER_BADGE}} fs-6">{{ORDER_STATUS}}</span>
</div>
<p class="text-body-secondary">{{TOTAL}} · placed by {{BUYER}} on <time datetime="{{PLACED_ISO}}">{{PLACED}}</time></p>
{{#FORM_ERRORS}}<div class="alert alert-danger" role="alert"><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{MESSAGE}}</a></li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
{{#CONFLICT}}<div class="alert alert-warning" role="alert">{{TEXT}}</div>{{/CONFLICT}}
<div class="row g-4">
  <div class="col-lg-5 order-lg-2 d-flex flex-column gap-4">
    <section class="card shadow-sm" aria-labelledby="why-title">
      <div class="card-header bg-white d-flex justify-content-between align-items-center gap-2">
        <h2 class="h5 mb-0" id="why-title">Why it needs approval</h2>
        <span class="badge text-bg-{{STEP_BADGE}}">{{STEP_STATUS}}</span>
      </div>
      <div class="card-body">
        <p class="fw-semibold mb-1">{{RULE}} <span class="badge text-bg-light border fw-normal">Level {{LEVEL}}</span></p>
        <p class="mb-2">Because {{REASON}}.</p>
        <p class="small text-body-secondary mb-0">Approval from {{APPROVER_LABEL}}. {{MODE}}.{{#REQUESTED}} Asked on <time datetime="{{WHEN_ISO}}">{{WHEN}}</time>.{{/REQUESTED}}</p>
        {{#NOTE}}<p class="small mb-0 mt-2 text-body-secondary">{{TEXT}}</p>{{/NOTE}}
      </div>
    </section>
    {{#DECIDE}}
    <section class="card shadow-sm border-primary-subtle" aria-labelledby="decide-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="decide-title">Your decision</h2></div>
      <form method="post" action="/account/approvals/{{ID}}" class="card-body" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        {{#STAND_IN}}<p class="small text-body-secondary">You decide as the delegate of {{FOR}}, who is out of office.</p>{{/STAND_IN}}
        <label for="comment" class="form-label">Comment <span class="text-body-secondary fw-normal">(required to reject)</span></label>
        <textarea class="form-control{{#COMMENT_INVALID}} is-invalid{{/COMMENT_INVALID}}" id="comment" name="comment" rows="3" maxlength="1000" aria-describedby="comment-help{{#COMMENT_ERROR}} comment-error{{/COMMENT_ERROR}}">{{COMMENT}}</textarea>
        <div class="form-text" id="comment-help">The buyer sees your comment in the mail we send and on the order.</div>
        {{#COMMENT_ERROR}}<div class="invalid-feedback d-block" id="comment-error">{{MESSAGE}}</div>{{/COMMENT_ERROR}}
        <div class="d-flex flex-wrap gap-2 mt-3" id="decision">
          <button type="submit" name="decision" value="approve" class="btn btn-success flex-grow-1">Approve {{NUMBER}}</button>
          <button type="submit" name="decision" value="reject" class="btn btn-outline-danger flex-grow-1">Reject</button>
        </div>
        {{#DECISION_ERROR}}<div class="invalid-feedback d-block" id="decision-error">{{MESSAGE}}</div>{{/DECISION_ERROR}}
      </form>
    </section>
    {{/DECIDE}}
    {{#YOU_DECIDED}}<div class="alert alert-success mb-0" role="status">You {{DECISION}} this order on <time datetime="{{WHEN_ISO}}">{{WHEN}}</time>.{{#STILL_OPEN}} The step still waits for the other approvers.{{/STILL_OPEN}}</div>{{/YOU_DECIDED}}
    {{#COVERED}}<div class="alert alert-success mb-0" role="status">{{NAME}} {{DECISION}} this order for you on <time datetime="{{WHEN_ISO}}">{{WHEN}}</time>. The step still waits for the other approvers.</div>{{/COVERED}}
    {{#OWN_ORDER}}<div class="alert alert-info mb-0" role="status">You placed this order, so someone else must approve it.</div>{{/OWN_ORDER}}
    {{#READ_ONLY}}<div class="alert alert-info mb-0" role="status">You are looking at this approval read-only, as the customer sees it.</div>{{/READ_ONLY}}
    {{#QUEUED}}<div class="alert alert-secondary mb-0" role="status">This step is not requested yet: it comes after the approvals of the level before it.</div>{{/QUEUED}}
    {{#CLOSED}}<div class="alert alert-secondary mb-0" role="status">This step is {{OUTCOME}}{{#ON}} since <time datetime="{{WHEN_ISO}}">{{WHEN}}</time>{{/ON}}: nothing more to decide.</div>{{/CLOSED}}
    {{#ORDER_MOVED}}<div class="alert alert-secondary mb-0" role="status">The order no longer waits for approval: it is {{STATUS}}.</div>{{/ORDER_MOVED}}
    <section class="card shadow-sm" aria-labelledby="approvers-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="approvers-title">Approvers</h2></div>
      <ul class="list-group list-group-flush">
        {{#APPROVER}}<li class="list-group-item">
          <div class="d-flex justify-content-between align-items-start gap-2">
            <div><span class="fw-semibold">{{NAME}}</span>{{#YOU}} <span class="text-body-secondary">(you)</span>{{/YOU}}<div class="small text-body-secondary">{{VIA}}</div></div>
            <div class="text-end"><span class="badge text-bg-{{DECISION_BADGE}}">{{DECISION}}</span>{{#DECIDED}}<div class="small text-body-secondary"><time datetime="{{WHEN_ISO}}">{{WHEN}}</time></div>{{/DECIDED}}</div>
          </div>
          {{#COMMENT}}<p class="question small mb-0 mt-1">{{TEXT}}</p>{{/COMMENT}}
        </li>{{/APPROVER}}
      </ul>
    </section>
  </div>
  <div class="col-lg-7 order-lg-1 d-flex flex-column gap-4">
    <section class="card shadow-sm" aria-labelledby="order-title">
      <div class="card-header bg-white d-flex flex-wrap justify-content-between align-items-center gap-2">
        <h2 class="h5 mb-0" id="order-title">What is ordered</h2>
        <a class="small" href="/account/orders/{{NUMBER}}">Open the order</a>
      </div>
      <div class="table-responsive" tabindex="0" role="region" aria-labelledby="order-title">
        <table class="table align-middle mb-0">
          <thead><tr><th scope="col" class="ps-3">Product</th><th scope="col" class="text-end">Quantity</th><th scope="col" class="text-end d-none d-sm-table-cell">Unit price</th><th scope="col" class="text-end pe-3">Total</th></tr></thead>
          <tbody>
          {{#LINE}}<tr>
            <td class="ps-3"><div class="fw-semibold">{{NAME}}</div><div class="small text-body-secondary">{{SKU}}<span class="d-sm-none"> · {{UNIT_PRICE}} each</span></div></td>
            <td class="text-end text-nowrap">{{QUANTITY}} <span class="small text-body-secondary">{{UNIT}}</span></td>
            <td class="text-end text-nowrap d-none d-sm-table-cell">{{UNIT_PRICE}}</td>
            <td class="text-end text-nowrap pe-3">{{LINE_TOTAL}}</td>
          </tr>{{/LINE}}
          </tbody>
        </table>
      </div>
      <div class="card-body border-top">
        <dl class="row mb-0 totals">
          <dt class="col-7 col-sm-9 fw-normal text-body-secondary text-end">Subtotal</dt><dd class="col-5 col-sm-3 text-end mb-1">{{SUBTOTAL}}</dd>
          <dt class="col-7 col-sm-9 fw-normal text-body-secondary text-end">Shipping{{#SHIPPING_METHOD}} ({{NAME}}){{/SHIPPING_METHOD}}</dt><dd class="col-5 col-sm-3 text-end mb-1">{{SHIPPING}}</dd>
          <dt class="col-7 col-sm-9 fw-normal text-body-secondary text-end">{{TAX_LABEL}}</dt><dd class="col-5 col-sm-3 text-end mb-1">{{TAX}}</dd>
          <dt class="col-7 col-sm-9 text-end">Total</dt><dd class="col-5 col-sm-3 text-end fw-bold mb-0">{{TOTAL}}</dd>
        </dl>
      </div>
    </section>
    <section class="card shadow-sm" aria-labelledby="details-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="details-title">Order details</h2></div>
      <div class="card-body">
        <dl class="row mb-0">
          <dt class="col-sm-4">Buyer</dt><dd class="col-sm-8">{{BUYER}} <span class="text-body-secondary">· {{UNIT}}</span></dd>
          <dt class="col-sm-4">PO number</dt><dd class="col-sm-8">{{PO_NUMBER}}</dd>
          <dt class="col-sm-4">Ship to</dt><dd class="col-sm-8"><span class="fw-semibold">{{SHIP_TO_LABEL}}</span><div class="question">{{SHIP_TO}}</div>{{#WAITING_ADDRESS}}<span class="badge text-bg-warning">New address, waiting for approval</span>{{/WAITING_ADDRESS}}</dd>
          <dt class="col-sm-4">Bill to</dt><dd class="col-sm-8"><span class="fw-semibold">{{BILL_TO_LABEL}}</span><div class="question">{{BILL_TO}}</div></dd>
          {{#DELIVERY_DATE}}<dt class="col-sm-4">Delivery wanted</dt><dd class="col-sm-8">{{DATE}}</dd>{{/DELIVERY_DATE}}
          {{#NOTES}}<dt class="col-sm-4">Notes</dt><dd class="col-sm-8 question mb-0">{{TEXT}}</dd>{{/NOTES}}
        </dl>
      </div>
    </section>
  </div>
</div>
