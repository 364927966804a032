{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/backoffice/mail">Mail</a></li><li class="breadcrumb-item active" aria-current="page">Message {{ID}}</li></ol></nav>
<div class="d-flex flex-wrap justify-content-between align-items-start gap-2 mb-3">
  <h1 class="h3 mb-0">{{SUBJECT}}</h1>
  {{#CAN_RETRY}}<form method="post" action="/backoffice/mail/{{ID}}/retry"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="btn btn-primary">Retry now</button></form>{{/CAN_RETRY}}
</div>
<div class="row g-4">
  <div class="col-lg-4">
    <section class="card shadow-sm" aria-labelledby="delivery-title">
      <div class="card-header bg-white"><h2 class="h6 mb-0" id="delivery-title">Delivery</h2></div>
      <div class="card-body">
        <dl class="mb-0 small">
          <dt>Status</dt><dd><span class="badge text-bg-{{BADGE}}">{{STATUS}}</span></dd>
          <dt>To</dt><dd>{{#TO_NAME}}{{NAME}} {{/TO_NAME}}&lt;{{TO}}&gt;</dd>
          <dt>Kind</dt><dd>{{TEMPLATE}}</dd>
          <dt>Queued</dt><dd>{{CREATED}}</dd>
          {{#SENT}}<dt>Sent</dt><dd>{{SENT_AT}}</dd>{{/SENT}}
          <dt>Attempts</dt><dd>{{ATTEMPTS}}</dd>
          {{#NEXT_ATTEMPT}}<dt>Next attempt</dt><dd>{{NEXT_AT}}</dd>{{/NEXT_ATTEMPT}}
          {{#LAST_ERROR}}<dt>Last error</dt><dd class="text-danger text-break">{{ERROR_TEXT}}</dd>{{/LAST_ERROR}}
          <dt>Message-ID</dt><dd class="text-break"><code>&lt;{{MESSAGE_ID}}&gt;</code></dd>
        </dl>
      </div>
    </section>
  </div>
  <div class="col-lg-8">
    <section class="card shadow-sm mb-4" aria-labelledby="html-title">
      <div class="card-header bg-white"><h2 class="h6 mb-0" id="html-title">As the recipient sees it (HTML part)</h2></div>
      <iframe class="mail-preview" title="HTML part of the message" sandbox="" src="/backoffice/mail/{{ID}}/html"></iframe>
    </section>
    <section class="card shadow-sm" aria-labelledby="text-title">
      <div class="card-header bg-white"><h2 class="h6 mb-0" id="text-title">Plain-text part</h2></div>
      <pre class="card-body mb-0 mail-text">{{TEXT_BODY:pre_escape}}</pre>
    </section>
  </div>
</div>
