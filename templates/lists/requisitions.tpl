{{%AUTOESCAPE context="HTML"}}
<nav aria-label="Lists and requisitions"><ul class="nav nav-tabs mb-3">
  <li class="nav-item"><a class="nav-link" href="/account/lists">Shopping lists</a></li>
  <li class="nav-item"><a class="nav-link active" aria-current="page" href="/account/requisitions">Requisitions</a></li>
</ul></nav>
<div class="mb-3">
  <h1 class="h2 mb-1">Requisitions</h1>
  <p class="text-body-secondary mb-0">Lists colleagues who may not order send to those who may, and the ones you sent.</p>
</div>
<div class="row g-4">
  <section class="col-lg-6" aria-labelledby="received-title">
    <div class="card shadow-sm h-100" id="received">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="received-title">Sent to you</h2></div>
      {{#NONE_RECEIVED}}<div class="card-body"><p class="text-body-secondary mb-0">Nothing waits for you.</p></div>{{/NONE_RECEIVED}}
      {{#RECEIVED}}<ul class="list-group list-group-flush">
        {{#REQUISITION}}<li class="list-group-item py-3 requisition-row" id="requisition-{{ID}}">
          <div class="d-flex justify-content-between align-items-baseline gap-2"><a class="fw-semibold" href="/account/requisitions/{{ID}}">{{LIST_NAME}}</a><span class="badge text-bg-{{BADGE}}">{{STATUS}}</span></div>
          <div class="small text-body-secondary mt-1">From {{REQUESTER}} to {{#TO_ROLE}}every {{/TO_ROLE}}{{TO}} &middot; {{LINES}} {{LINE_WORD}} &middot; <time datetime="{{SENT_ISO}}">{{SENT}}</time></div>
        </li>{{/REQUISITION}}
      </ul>{{/RECEIVED}}
    </div>
  </section>
  <section class="col-lg-6" aria-labelledby="sent-title">
    <div class="card shadow-sm h-100" id="sent">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="sent-title">Sent by you</h2></div>
      {{#NONE_SENT}}<div class="card-body"><p class="text-body-secondary mb-0">You have sent none. Open one of your <a href="/account/lists">lists</a> and send it to someone who may order.</p></div>{{/NONE_SENT}}
      {{#SENT}}<ul class="list-group list-group-flush">
        {{#REQUISITION}}<li class="list-group-item py-3 requisition-row" id="requisition-{{ID}}">
          <div class="d-flex justify-content-between align-items-baseline gap-2"><a class="fw-semibold" href="/account/requisitions/{{ID}}">{{LIST_NAME}}</a><span class="badge text-bg-{{BADGE}}">{{STATUS}}</span></div>
          <div class="small text-body-secondary mt-1">To {{#TO_ROLE}}every {{/TO_ROLE}}{{TO}} &middot; {{LINES}} {{LINE_WORD}} &middot; <time datetime="{{SENT_ISO}}">{{SENT}}</time></div>
        </li>{{/REQUISITION}}
      </ul>{{/SENT}}
    </div>
  </section>
</div>
