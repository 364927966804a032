{{%AUTOESCAPE context="HTML"}}
<section class="card shadow-sm approval-trail" aria-labelledby="approval-trail-title">
  <div class="card-header bg-white"><h2 class="h5 mb-0" id="approval-trail-title">Approvals</h2></div>
  {{#REJECTED}}<div class="card-body border-bottom pb-2"><p class="mb-0">This order was rejected; the comment below says why. Its items can go back into the cart with <strong>Order again</strong>, to change them and submit the order again.</p></div>{{/REJECTED}}
  <ol class="list-group list-group-flush">
    {{#STEP}}<li class="list-group-item">
      <div class="d-flex flex-wrap justify-content-between align-items-start gap-2">
        <div>
          <span class="fw-semibold">{{RULE}}</span> <span class="badge text-bg-light border fw-normal">Level {{LEVEL}}</span>
          <div class="small">Because {{REASON}}.</div>
          <div class="small text-body-secondary">Approval from {{APPROVER_LABEL}}. {{MODE}}.{{#REQUESTED}} Asked <time datetime="{{WHEN_ISO}}">{{WHEN}}</time>.{{/REQUESTED}}{{#CLOSED}} Closed <time datetime="{{WHEN_ISO}}">{{WHEN}}</time>.{{/CLOSED}}</div>
          {{#NOTE}}<div class="small text-body-secondary fst-italic">{{TEXT}}</div>{{/NOTE}}
        </div>
        <span class="badge text-bg-{{STEP_BADGE}}">{{STEP_STATUS}}</span>
      </div>
      <ul class="list-unstyled small mb-0 mt-2 ps-3 border-start">
        {{#APPROVER}}<li class="mb-1">
          <span class="badge text-bg-{{DECISION_BADGE}}">{{DECISION}}</span> <span class="fw-semibold">{{NAME}}</span> <span class="text-body-secondary">· {{VIA}}{{#DECIDED}} · <time datetime="{{WHEN_ISO}}">{{WHEN}}</time>{{/DECIDED}}</span>
          {{#COMMENT}}<div class="question">“{{TEXT}}”</div>{{/COMMENT}}
        </li>{{/APPROVER}}
      </ul>
    </li>{{/STEP}}
  </ol>
</section>
