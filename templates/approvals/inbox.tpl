{{%AUTOESCAPE context="HTML"}}
<div class="d-flex flex-wrap justify-content-between align-items-end gap-2 mb-3">
  <div>
    <h1 class="h2 mb-1">Approvals</h1>
    <p class="text-body-secondary mb-0">{{#MEMBER}}Orders waiting for your decision, oldest first, and what you decided.{{/MEMBER}}{{#READ_ONLY}}Orders of this company waiting for approval, oldest first.{{/READ_ONLY}}</p>
  </div>
  {{#MEMBER}}<a class="btn btn-outline-secondary" href="/account/out-of-office">Out of office</a>{{/MEMBER}}
</div>
{{#READ_ONLY}}<div class="alert alert-info" role="status">You are looking at the approvals read-only, as the customer sees them.</div>{{/READ_ONLY}}
{{#OUT_OF_OFFICE}}<div class="alert alert-info d-flex flex-wrap justify-content-between align-items-center gap-2" role="status">
  <span>{{#NOW}}You are out of office{{/NOW}}{{#UPCOMING}}You will be out of office{{/UPCOMING}} from <time datetime="{{FROM_ISO}}">{{FROM}}</time> to <time datetime="{{TO_ISO}}">{{TO}}</time>: new approval requests also go to <strong>{{DELEGATE}}</strong>.</span>
  <a class="alert-link" href="/account/out-of-office">Change</a>
</div>{{/OUT_OF_OFFICE}}
<ul class="nav nav-tabs mb-0" aria-label="Approvals">
  <li class="nav-item"><a class="nav-link{{#TAB_WAITING}} active{{/TAB_WAITING}}" href="/account/approvals"{{#TAB_WAITING}} aria-current="page"{{/TAB_WAITING}}>Waiting <span class="badge rounded-pill text-bg-{{#TAB_WAITING}}primary{{/TAB_WAITING}}{{#TAB_DECIDED}}secondary{{/TAB_DECIDED}}">{{WAITING_COUNT}}</span></a></li>
  {{#MEMBER}}<li class="nav-item"><a class="nav-link{{#TAB_DECIDED}} active{{/TAB_DECIDED}}" href="/account/approvals?view=decided"{{#TAB_DECIDED}} aria-current="page"{{/TAB_DECIDED}}>Decided by me</a></li>{{/MEMBER}}
</ul>
<section class="card shadow-sm border-top-0 rounded-top-0" aria-label="{{#TAB_WAITING}}Waiting for approval{{/TAB_WAITING}}{{#TAB_DECIDED}}Decided by me{{/TAB_DECIDED}}">
  {{#NO_WAITING}}<div class="card-body py-5 text-center">
    <p class="h5 mb-1">Nothing is waiting for your approval.</p>
    <p class="text-body-secondary mb-0">When an order needs your decision, it shows here and we mail you a link.</p>
  </div>{{/NO_WAITING}}
  {{#NO_WAITING_COMPANY}}<div class="card-body py-5 text-center"><p class="h5 mb-0">No order of this company waits for approval.</p></div>{{/NO_WAITING_COMPANY}}
  {{#WAITING}}
  {{#CAN_DECIDE}}<form method="post" action="/account/approvals/bulk" novalidate>
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">{{/CAN_DECIDE}}
    {{#FORM_ERRORS}}<div class="alert alert-danger m-3" role="alert"><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{MESSAGE}}</a></li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
    {{#STEP_ERROR}}<p class="text-danger small mx-3 mt-3 mb-0" id="step-error">{{MESSAGE}}</p>{{/STEP_ERROR}}
    <div class="table-responsive">
      <table class="table table-hover align-middle mb-0">
        <thead><tr>
          {{#CAN_DECIDE}}<th scope="col" class="ps-3"><span class="visually-hidden">Select</span></th>{{/CAN_DECIDE}}
          <th scope="col">Order</th>
          <th scope="col" class="d-none d-md-table-cell">Buyer</th>
          <th scope="col" class="text-end">Amount</th>
          <th scope="col" class="d-none d-lg-table-cell">Why it needs approval</th>
          <th scope="col" class="d-none d-sm-table-cell">Waiting</th>
          <th scope="col" class="d-none d-sm-table-cell"><span class="visually-hidden">Decision page</span></th>
        </tr></thead>
        <tbody>
        {{#STEP}}<tr>
          {{#CHECKBOX}}<td class="ps-3"><input class="form-check-input" type="checkbox" name="step" value="{{ID}}" id="step-{{ID}}"{{#CHECKED}} checked{{/CHECKED}}><label class="visually-hidden" for="step-{{ID}}">Select order {{NUMBER}}</label></td>{{/CHECKBOX}}
          <td class="text-nowrap">
            <a class="fw-semibold" href="/account/orders/{{NUMBER}}">{{NUMBER}}</a>
            <div class="small text-body-secondary">Placed <time datetime="{{PLACED_ISO}}">{{PLACED}}</time></div>
            <div class="small text-body-secondary d-md-none text-wrap">{{BUYER}}</div>
            <div class="small d-lg-none text-wrap">{{RULE}}</div>
            <a class="btn btn-sm btn-outline-primary mt-1 d-sm-none" href="/account/approvals/{{ID}}" aria-label="Review order {{NUMBER}}">Review</a>
          </td>
          <td class="d-none d-md-table-cell">{{BUYER}}</td>
          <td class="text-end text-nowrap fw-semibold">{{AMOUNT}}</td>
          <td class="d-none d-lg-table-cell small">
            <div class="fw-semibold">{{RULE}}{{#HAS_VIA}} <span class="badge text-bg-light border fw-normal">{{VIA}}</span>{{/HAS_VIA}}</div>
            <div class="text-body-secondary">Because {{REASON}}.</div>
          </td>
          <td class="d-none d-sm-table-cell text-nowrap small">{{#LONG_WAIT}}<span class="badge text-bg-warning">{{WAITED}}</span>{{/LONG_WAIT}}{{#SHORT_WAIT}}{{WAITED}}{{/SHORT_WAIT}}</td>
          <td class="text-end pe-3 d-none d-sm-table-cell"><a class="btn btn-sm btn-outline-primary" href="/account/approvals/{{ID}}" aria-label="Review order {{NUMBER}}">Review</a></td>
        </tr>{{/STEP}}
        </tbody>
      </table>
    </div>
    {{#CAN_DECIDE}}
    <div class="card-footer bg-white">
      <div class="row g-2 align-items-end">
        <div class="col-md-8">
          <label for="comment" class="form-label small mb-1">Comment for the buyers <span class="text-body-secondary fw-normal">(optional)</span></label>
          <textarea class="form-control form-control-sm{{#COMMENT_INVALID}} is-invalid{{/COMMENT_INVALID}}" id="comment" name="comment" rows="1" maxlength="1000"{{#COMMENT_ERROR}} aria-describedby="comment-error"{{/COMMENT_ERROR}}>{{COMMENT}}</textarea>
          {{#COMMENT_ERROR}}<div class="invalid-feedback d-block" id="comment-error">{{MESSAGE}}</div>{{/COMMENT_ERROR}}
        </div>
        <div class="col-md-4 d-grid"><button type="submit" class="btn btn-success">Approve selected</button></div>
      </div>
      <p class="small text-body-secondary mb-0 mt-2">To reject an order, open it with Review: a rejection needs a reason.</p>
    </div>
  </form>
    {{/CAN_DECIDE}}
  {{/WAITING}}
  {{#NO_HISTORY}}<div class="card-body py-5 text-center"><p class="h5 mb-1">You have not decided any order yet.</p><p class="text-body-secondary mb-0">Orders you approve or reject are listed here.</p></div>{{/NO_HISTORY}}
  {{#HISTORY}}
  <div class="table-responsive">
    <table class="table align-middle mb-0">
      <thead><tr>
        <th scope="col" class="ps-3">Order</th>
        <th scope="col" class="d-none d-md-table-cell">Buyer</th>
        <th scope="col" class="text-end">Amount</th>
        <th scope="col">Your decision</th>
        <th scope="col" class="d-none d-lg-table-cell">Comment</th>
        <th scope="col" class="d-none d-sm-table-cell text-nowrap">Order now</th>
      </tr></thead>
      <tbody>
      {{#DECIDED}}<tr>
        <td class="ps-3 text-nowrap"><a class="fw-semibold" href="/account/approvals/{{ID}}">{{NUMBER}}</a><div class="small text-body-secondary text-wrap">{{RULE}}</div></td>
        <td class="d-none d-md-table-cell">{{BUYER}}</td>
        <td class="text-end text-nowrap">{{AMOUNT}}</td>
        <td><span class="badge text-bg-{{DECISION_BADGE}}">{{DECISION}}</span> <span class="small text-body-secondary text-nowrap"><time datetime="{{WHEN_ISO}}">{{WHEN}}</time></span>{{#HAS_VIA}}<div class="small text-body-secondary">{{VIA}}</div>{{/HAS_VIA}}<div class="d-sm-none mt-1"><span class="badge text-bg-{{ORDER_BADGE}}">{{ORDER_STATUS}}</span></div></td>
        <td class="d-none d-lg-table-cell small comment-text">{{#COMMENT}}{{TEXT}}{{/COMMENT}}</td>
        <td class="d-none d-sm-table-cell"><span class="badge text-bg-{{ORDER_BADGE}}">{{ORDER_STATUS}}</span></td>
      </tr>{{/DECIDED}}
      </tbody>
    </table>
  </div>
  {{/HISTORY}}
</section>
