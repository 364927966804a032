{{%AUTOESCAPE context="HTML"}}
<div class="d-flex flex-wrap justify-content-between align-items-end gap-3 mb-3">
  <div>
    <h1 class="h2 mb-1">Mail</h1>
    <p class="text-body-secondary mb-0">Every message the portal sends, and what became of it.</p>
  </div>
  <form method="post" action="/backoffice/mail/test" class="test-mail-form" novalidate>
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <label for="test-to" class="form-label small mb-1">Send a test message to (one or more addresses)</label>
    <div class="input-group">
      <input type="text" inputmode="email" id="test-to" name="to" value="{{TEST_TO}}" class="form-control{{#TEST_ERROR}} is-invalid{{/TEST_ERROR}}" required maxlength="2600" autocomplete="email"{{#TEST_ERROR}} aria-describedby="test-error" aria-invalid="true"{{/TEST_ERROR}}>
      <button type="submit" class="btn btn-primary">Send test</button>
    </div>
    {{#TEST_ERROR}}<div class="invalid-feedback d-block" id="test-error">{{TEST_ERROR_TEXT}}</div>{{/TEST_ERROR}}
  </form>
</div>
<ul class="nav nav-pills mb-3" aria-label="Filter by status">
  {{#TAB}}<li class="nav-item"><a class="nav-link{{#CURRENT}} active{{/CURRENT}}" href="{{HREF}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}} <span class="badge rounded-pill text-bg-light border">{{COUNT}}</span></a></li>{{/TAB}}
</ul>
<section class="card shadow-sm" aria-label="Messages">
  {{#HAS_ROWS}}
  <div class="table-responsive">
    <table class="table table-hover align-middle mb-0">
      <thead><tr><th scope="col">Queued</th><th scope="col">To</th><th scope="col">Subject</th><th scope="col">Status</th><th scope="col" class="text-end">Attempts</th><th scope="col">Last error</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
      <tbody>
      {{#MESSAGE}}<tr>
        <td class="text-nowrap">{{CREATED}}</td>
        <td>{{TO}}</td>
        <td><a href="/backoffice/mail/{{ID}}">{{SUBJECT}}</a><div class="small text-body-secondary">{{TEMPLATE}}</div></td>
        <td><span class="badge text-bg-{{BADGE}}">{{STATUS}}</span>{{#SENT}}<div class="small text-body-secondary">{{SENT_AT}}</div>{{/SENT}}</td>
        <td class="text-end">{{ATTEMPTS}}</td>
        <td class="small text-break">{{LAST_ERROR}}</td>
        <td class="text-end">{{#CAN_RETRY}}<form method="post" action="/backoffice/mail/{{ID}}/retry"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="btn btn-outline-primary btn-sm">Retry</button></form>{{/CAN_RETRY}}</td>
      </tr>{{/MESSAGE}}
      </tbody>
    </table>
  </div>
  {{/HAS_ROWS}}
  {{#EMPTY}}<div class="card-body"><p class="text-body-secondary mb-0">No messages here.</p></div>{{/EMPTY}}
</section>
{{#PAGER}}<nav class="mt-3" aria-label="Pages"><ul class="pagination">
  {{#PREV}}<li class="page-item"><a class="page-link" href="{{HREF}}">Newer</a></li>{{/PREV}}
  <li class="page-item active" aria-current="page"><span class="page-link">Page {{PAGE}}</span></li>
  {{#NEXT}}<li class="page-item"><a class="page-link" href="{{HREF}}">Older</a></li>{{/NEXT}}
</ul></nav>{{/PAGER}}
