{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/account/requisitions">Requisitions</a></li><li class="breadcrumb-item active text-truncate" aria-current="page">{{LIST_NAME}}</li></ol></nav>
<div class="d-flex flex-wrap align-items-center gap-2 mb-1">
  <h1 class="h2 mb-0">{{LIST_NAME}}</h1>
  <span class="badge text-bg-{{BADGE}} fs-6" id="requisition-status">{{STATUS}}</span>
</div>
<p class="text-body-secondary">From {{REQUESTER}} to {{#TO_ROLE}}every {{/TO_ROLE}}{{TO}} &middot; sent <time datetime="{{SENT_ISO}}">{{SENT}}</time></p>
{{#MESSAGE}}<figure class="mb-4"><blockquote class="blockquote fs-6 border-start border-4 ps-3 question mb-1" id="requisition-message">{{TEXT}}</blockquote><figcaption class="small text-body-secondary">{{REQUESTER}}</figcaption></figure>{{/MESSAGE}}
{{#PROBLEM}}<div class="alert alert-danger" role="alert" id="requisition-problem">{{TEXT}}</div>{{/PROBLEM}}
{{#DECLINED}}<div class="alert alert-danger" role="status" id="requisition-declined"><strong>Declined by {{BY}}</strong> on <time datetime="{{DATE_ISO}}">{{DATE}}</time>: <span class="question">{{REASON}}</span></div>{{/DECLINED}}
{{#CONVERTED}}<div class="alert alert-success" role="status" id="requisition-converted"><strong>{{BY}}</strong> took it into their cart on <time datetime="{{DATE_ISO}}">{{DATE}}</time>.{{#ORDER}} Ordered as <strong id="requisition-order">{{NUMBER}}</strong>: <span class="badge text-bg-{{ORDER_BADGE}}" id="requisition-order-status">{{ORDER_STATUS}}</span>{{/ORDER}}{{#NOT_ORDERED_YET}} Not ordered yet.{{/NOT_ORDERED_YET}}</div>{{/CONVERTED}}
<div class="row g-4">
  <section class="col-lg-8" aria-labelledby="req-lines-title">
    <div class="card shadow-sm">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="req-lines-title">{{LINES}} {{LINE_WORD}}</h2></div>
      <div class="table-responsive">
        <table class="table align-middle mb-0" id="requisition-lines">
          <caption class="visually-hidden">The products asked for</caption>
          <thead><tr><th scope="col" class="ps-3">Product</th><th scope="col" class="text-end pe-3">Quantity</th></tr></thead>
          <tbody>{{#LINE}}<tr class="requisition-line"><td class="ps-3 text-break"><span class="font-monospace small">{{SKU}}</span><div class="fw-semibold">{{NAME}}</div>{{#NOTE}}<div class="small fst-italic">{{TEXT}}</div>{{/NOTE}}{{#PROBLEM}}<div class="small text-danger fw-semibold line-problem">{{MESSAGE}}</div>{{/PROBLEM}}</td><td class="text-end pe-3 text-nowrap">{{QTY}} {{UNIT}}</td></tr>{{/LINE}}</tbody>
        </table>
      </div>
    </div>
  </section>
  {{#ACTIONS}}
  <div class="col-lg-4 d-flex flex-column gap-4">
    {{#CAN_CONVERT}}<form method="post" action="/account/requisitions/{{ID}}/convert" class="card shadow-sm" id="convert-form" aria-labelledby="convert-title">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="card-body"><h2 class="h6" id="convert-title">Order it</h2><p class="small text-body-secondary">The products go into your cart, added to what is there, at today's prices. Change them there and check out.</p><button type="submit" class="btn btn-primary w-100">Add to my cart</button></div>
    </form>{{/CAN_CONVERT}}
    <form method="post" action="/account/requisitions/{{ID}}/decline" class="card shadow-sm" id="decline-form" aria-labelledby="decline-title" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="card-body">
        <h2 class="h6" id="decline-title">Decline it</h2>
        <label for="reason" class="form-label small">Why (your colleague is told)</label>
        <textarea class="form-control{{#REASON_INVALID}} is-invalid{{/REASON_INVALID}}" id="reason" name="reason" rows="3" maxlength="1000"{{#REASON_INVALID}} aria-invalid="true" aria-describedby="reason-error"{{/REASON_INVALID}}>{{REASON}}</textarea>
        {{#REASON_ERROR}}<div class="invalid-feedback" id="reason-error">{{MESSAGE}}</div>{{/REASON_ERROR}}
        <button type="submit" class="btn btn-outline-danger w-100 mt-2">Decline</button>
      </div>
    </form>
  </div>
  {{/ACTIONS}}
</div>
