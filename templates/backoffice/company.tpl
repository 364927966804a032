{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/backoffice/companies">Companies</a></li><li class="breadcrumb-item active" aria-current="page">{{NAME}}</li></ol></nav>
<div class="d-flex flex-wrap align-items-center gap-3 mb-3">
  <h1 class="h2 mb-0">{{NAME}}</h1>
  <span class="badge text-bg-{{BADGE}} fs-6">{{STATUS}}</span>
</div>
{{#FORM_ERRORS}}<div class="alert alert-danger" role="alert"><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{LABEL}}: {{MESSAGE}}</a></li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
{{#PENDING}}<div class="alert alert-info" role="status">
  This company has applied for an account and is not approved yet.
  {{#APPLICATION}}<a class="alert-link" href="/backoffice/applications/{{APPLICATION_ID}}">Open its application</a> to approve or reject it.{{/APPLICATION}}
  {{#NO_APPLICATION}}Its application is not confirmed by email yet.{{/NO_APPLICATION}}
</div>{{/PENDING}}
{{#NO_ADMIN}}<div class="alert alert-warning" role="alert" id="no-admin">
  <h2 class="h6 alert-heading mb-1">No active administrator</h2>
  <p class="mb-0">Nobody at {{NAME}} can manage its team, roles or units. Assign an administrator among its members.</p>
</div>{{/NO_ADMIN}}
<div class="row g-4">
  <div class="col-lg-8 d-flex flex-column gap-4">
    <section class="card shadow-sm" aria-labelledby="members-title">
      <div class="card-header bg-white d-flex justify-content-between align-items-center">
        <h2 class="h5 mb-0" id="members-title">Members</h2>
        <span class="small text-body-secondary">{{MEMBER_COUNT}} in all</span>
      </div>
      {{#HAS_MEMBERS}}
      <div class="table-responsive" tabindex="0" role="region" aria-labelledby="members-title">
        <table class="table align-middle mb-0">
          <thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Unit</th><th scope="col">Status</th><th scope="col">Last sign-in</th></tr></thead>
          <tbody>
          {{#MEMBER}}<tr{{#ADMIN}} class="table-info"{{/ADMIN}}>
            <td><span class="fw-semibold">{{NAME}}</span><div class="small text-body-secondary text-break">{{EMAIL}}</div></td>
            <td class="text-nowrap">{{#ADMIN}}<span class="badge text-bg-primary">{{/ADMIN}}{{ROLE}}{{#ADMIN}}</span>{{/ADMIN}}</td>
            <td>{{UNIT}}</td>
            <td><span class="badge text-bg-{{MEMBER_BADGE}}">{{MEMBER_STATUS}}</span></td>
            <td class="text-nowrap">{{LAST_SIGN_IN}}</td>
          </tr>{{/MEMBER}}
          </tbody>
        </table>
      </div>
      {{/HAS_MEMBERS}}
      {{#NO_MEMBERS}}<div class="card-body"><p class="text-body-secondary mb-0">No members.</p></div>{{/NO_MEMBERS}}
    </section>
    <section class="card shadow-sm" aria-labelledby="activity-title">
      <div class="card-header bg-white d-flex justify-content-between align-items-center">
        <h2 class="h5 mb-0" id="activity-title">Recent activity</h2>
        <a class="small" href="/backoffice/activity?company={{ID}}">All activity</a>
      </div>
      {{#HAS_ACTIVITY}}
      <div class="table-responsive position-relative" tabindex="0" role="region" aria-labelledby="activity-title">
        <table class="table table-sm align-top mb-0">
          <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Changes</th></tr></thead>
          <tbody>
          {{#ENTRY}}<tr>
            <td class="text-nowrap small"><time datetime="{{WHEN_ISO}}">{{WHEN_DATE}}<br><span class="text-body-secondary">{{WHEN_TIME}}</span></time></td>
            <td>{{ACTOR}}{{#STAFF}} <span class="badge text-bg-info">seller staff</span>{{/STAFF}}{{#SYSTEM}} <span class="badge text-bg-secondary">system</span>{{/SYSTEM}}</td>
            <td>{{ACTION}}<div class="fw-semibold text-break">{{SUBJECT}}</div></td>
            <td>{{#CHANGES}}<table class="table table-sm table-borderless mb-0 small bg-transparent">
              <thead class="visually-hidden"><tr><th scope="col">Field</th><th scope="col">Before</th><th scope="col">After</th></tr></thead>
              <tbody>{{#CHANGE}}<tr><th scope="row" class="fw-normal text-body-secondary text-nowrap">{{FIELD}}</th><td>{{BEFORE}}</td><td><span aria-hidden="true">&rarr; </span>{{AFTER}}</td></tr>{{/CHANGE}}</tbody>
            </table>{{/CHANGES}}{{#NO_CHANGES}}<span class="text-body-secondary">&mdash;</span>{{/NO_CHANGES}}</td>
          </tr>{{/ENTRY}}
          </tbody>
        </table>
      </div>
      {{/HAS_ACTIVITY}}
      {{#NO_ACTIVITY}}<div class="card-body"><p class="text-body-secondary mb-0">Nothing recorded yet.</p></div>{{/NO_ACTIVITY}}
    </section>
  </div>
  <div class="col-lg-4 d-flex flex-column gap-4">
    <section class="card shadow-sm" aria-labelledby="record-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="record-title">Account</h2></div>
      <div class="card-body">
        <dl class="row mb-0">
          <dt class="col-6 fw-normal text-body-secondary">Account no.</dt><dd class="col-6">{{ERP}}</dd>
          <dt class="col-6 fw-normal text-body-secondary">Tax ID</dt><dd class="col-6 text-break">{{TAX_ID}}</dd>
          <dt class="col-6 fw-normal text-body-secondary">Payment terms</dt><dd class="col-6">{{PAYMENT_TERMS}}</dd>
          <dt class="col-6 fw-normal text-body-secondary">Credit limit</dt><dd class="col-6">{{CREDIT_LIMIT}} <a href="/backoffice/credit/{{ID}}" class="d-block small">Credit</a></dd>
          <dt class="col-6 fw-normal text-body-secondary">Account manager</dt><dd class="col-6">{{MANAGER}}</dd>
          <dt class="col-6 fw-normal text-body-secondary">Customer since</dt><dd class="col-6 mb-0">{{SINCE}}</dd>
        </dl>
      </div>
    </section>
    <section class="card shadow-sm" aria-labelledby="admins-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="admins-title">Administrators</h2></div>
      <ul class="list-group list-group-flush">
        {{#ADMINISTRATOR}}<li class="list-group-item"><span class="fw-semibold">{{NAME}}</span><br><a href="mailto:{{EMAIL}}" class="text-break">{{EMAIL}}</a></li>{{/ADMINISTRATOR}}
        {{#NO_ADMIN}}<li class="list-group-item text-body-secondary">None active.</li>{{/NO_ADMIN}}
      </ul>
      {{#MANAGE}}
      <form method="post" action="/backoffice/companies/{{ID}}/assign-admin" class="card-body border-top" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        {{#HAS_CANDIDATES}}
        <label for="member_id" class="form-label">Make a member an administrator</label>
        <select class="form-select{{#MEMBER_ID_INVALID}} is-invalid{{/MEMBER_ID_INVALID}}" id="member_id" name="member_id"{{#MEMBER_ID_INVALID}} aria-invalid="true"{{/MEMBER_ID_INVALID}} aria-describedby="member_id-help{{#MEMBER_ID_ERROR}} member_id-error{{/MEMBER_ID_ERROR}}">
          <option value="">Choose a member</option>
          {{#CANDIDATE}}<option value="{{MEMBER_ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}} ({{ROLE}})</option>{{/CANDIDATE}}
        </select>
        <div class="form-text" id="member_id-help">They get the Administrator role and can manage the team.</div>
        {{#MEMBER_ID_ERROR}}<div class="invalid-feedback d-block" id="member_id-error">{{MESSAGE}}</div>{{/MEMBER_ID_ERROR}}
        <button type="submit" class="btn btn-primary btn-sm mt-2">Assign administrator</button>
        {{/HAS_CANDIDATES}}
        {{#NO_CANDIDATES}}<p class="text-body-secondary small mb-0">Every active member is already an administrator.</p>{{/NO_CANDIDATES}}
      </form>
      {{/MANAGE}}
    </section>
    {{#MANAGE}}
    <section class="card shadow-sm" aria-labelledby="ordering-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="ordering-title">Ordering</h2></div>
      <form method="post" action="/backoffice/companies/{{ID}}/ordering" class="card-body">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <div class="form-check mb-2">
          <input class="form-check-input" type="checkbox" id="po_number_required" name="po_number_required" value="1"{{#PO_REQUIRED_CHECKED}} checked{{/PO_REQUIRED_CHECKED}} aria-describedby="po_number_required-help">
          <label class="form-check-label" for="po_number_required">PO number required at checkout</label>
        </div>
        <p class="small text-body-secondary" id="po_number_required-help">When ticked, {{NAME}}'s buyers cannot place an order without their purchase order number.</p>
        <button type="submit" class="btn btn-outline-primary btn-sm">Save ordering settings</button>
      </form>
    </section>
    {{/MANAGE}}
    {{#ACTIONS}}
    <section class="card shadow-sm" aria-labelledby="approvals-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="approvals-title">Approvals</h2></div>
      <div class="card-body">
        <p class="small text-body-secondary">{{NAME}}'s approval rules, spending limits and reminder settings, and its orders waiting for approval. Read-only.</p>
        <a class="btn btn-outline-primary btn-sm" href="/backoffice/companies/{{ID}}/approval-rules">Approval rules and waiting orders</a>
      </div>
    </section>
    {{/ACTIONS}}
    {{#VIEW_AS}}
    <section class="card shadow-sm" aria-labelledby="view-as-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="view-as-title">View as customer</h2></div>
      <form method="post" action="/backoffice/companies/{{ID}}/view-as" class="card-body">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <p class="small text-body-secondary">Opens {{NAME}}'s My Account pages as its members see them. Read-only; the visit is recorded in the company's activity log.</p>
        <button type="submit" class="btn btn-outline-primary">View as customer</button>
      </form>
    </section>
    {{/VIEW_AS}}
    {{#ACCESS}}
    <section class="card shadow-sm{{#ACTIVE}} border-danger-subtle{{/ACTIVE}}" aria-labelledby="access-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="access-title">Access</h2></div>
      {{#ACTIVE}}<form method="post" action="/backoffice/companies/{{ID}}/block" class="card-body">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <p class="small text-body-secondary">Blocking signs everyone at {{NAME}} out at once; nobody can sign in until you unblock it.</p>
        <button type="submit" class="btn btn-outline-danger">Block company</button>
      </form>{{/ACTIVE}}
      {{#BLOCKED}}<form method="post" action="/backoffice/companies/{{ID}}/unblock" class="card-body">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <p class="small text-body-secondary">Blocked: nobody can sign in to {{NAME}}. Unblocking lets its members sign in again.</p>
        <button type="submit" class="btn btn-success">Unblock company</button>
      </form>{{/BLOCKED}}
    </section>
    {{/ACCESS}}
    <section class="card shadow-sm" aria-labelledby="units-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="units-title">Business units</h2></div>
      <div class="card-body">
        {{#UNITS}}<ul class="mb-0 ps-3">{{#UNIT}}{{#END_ITEM}}</li>{{/END_ITEM}}{{#END_LIST}}</ul></li>{{/END_LIST}}{{#START_LIST}}<ul class="ps-3">{{/START_LIST}}<li>{{NAME}} <span class="small text-body-secondary">{{KIND}}</span>{{/UNIT}}{{#LAST}}</li>{{#END_LIST}}</ul></li>{{/END_LIST}}{{/LAST}}</ul>{{/UNITS}}
        {{#NO_UNITS}}<p class="text-body-secondary mb-0">No units.</p>{{/NO_UNITS}}
      </div>
    </section>
  </div>
</div>
