{{%AUTOESCAPE context="HTML"}}
<div class="d-flex flex-wrap justify-content-between align-items-end gap-2 mb-3">
  <div>
    <h1 class="h2 mb-1">Team</h1>
    <p class="text-body-secondary mb-0">Everyone who works in {{COMPANY_NAME}}'s account, and the invitations on their way.</p>
  </div>
  {{#INVITE}}<a class="btn btn-primary" href="#invite">Invite a member</a>{{/INVITE}}
</div>
{{#READ_ONLY}}<div class="alert alert-info" role="status">You are looking at the team read-only, as the customer sees it.</div>{{/READ_ONLY}}
<div class="row g-4">
  <div class="col-xl-8 d-flex flex-column gap-3">
    <section class="card shadow-sm" aria-labelledby="members-title">
      <div class="card-header bg-white d-flex flex-wrap justify-content-between align-items-center gap-2">
        <h2 class="h5 mb-0" id="members-title">Members</h2>
        <span class="small text-body-secondary" role="status">{{TOTAL}} {{TOTAL_WORD}}{{#FILTERED}} match{{/FILTERED}}</span>
      </div>
      <form method="get" action="/account/team" class="card-body border-bottom" role="search" aria-label="Filter members">
        <div class="row g-2 align-items-end">
          <div class="col-12 col-md-6 col-xxl-3">
            <label for="q" class="form-label small mb-1">Name or email</label>
            <input type="search" class="form-control form-control-sm" id="q" name="q" value="{{Q}}" maxlength="100" autocomplete="off">
          </div>
          <div class="col-6 col-md-6 col-xxl-3">
            <label for="unit" class="form-label small mb-1">Business unit</label>
            <select class="form-select form-select-sm" id="unit" name="unit">
              <option value="">All units</option>
              {{#FILTER_UNIT}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/FILTER_UNIT}}
            </select>
          </div>
          <div class="col-6 col-md-4 col-xxl-2">
            <label for="role" class="form-label small mb-1">Role</label>
            <select class="form-select form-select-sm" id="role" name="role">
              <option value="">All roles</option>
              {{#FILTER_ROLE}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/FILTER_ROLE}}
            </select>
          </div>
          <div class="col-6 col-md-4 col-xxl-2">
            <label for="status" class="form-label small mb-1">Status</label>
            <select class="form-select form-select-sm" id="status" name="status">
              <option value=""{{#STATUS_ANY}} selected{{/STATUS_ANY}}>Any status</option>
              <option value="active"{{#STATUS_ACTIVE}} selected{{/STATUS_ACTIVE}}>Active</option>
              <option value="deactivated"{{#STATUS_DEACTIVATED}} selected{{/STATUS_DEACTIVATED}}>Deactivated</option>
            </select>
          </div>
          <div class="col-6 col-md-4 col-xxl-2 d-flex gap-2">
            <button type="submit" class="btn btn-outline-primary btn-sm flex-grow-1">Filter</button>
            {{#FILTERED}}<a class="btn btn-link btn-sm px-1" href="/account/team">Clear</a>{{/FILTERED}}
          </div>
        </div>
      </form>
      {{#HAS_MEMBERS}}
      <div class="table-responsive">
        <table class="table table-hover align-middle mb-0 team-table">
          <thead><tr><th scope="col">Member</th><th scope="col">Role</th><th scope="col" class="d-none d-md-table-cell">Business unit</th><th scope="col">Status</th><th scope="col" class="d-none d-lg-table-cell">Last sign-in</th></tr></thead>
          <tbody>
          {{#MEMBER}}<tr>
            <td><a class="fw-semibold" href="/account/team/{{ID}}">{{NAME}}</a><div class="small text-body-secondary text-break d-md-none">{{EMAIL}}</div><div class="small text-body-secondary d-none d-md-block">{{EMAIL}}</div></td>
            <td>{{ROLE}}<div class="small text-body-secondary d-md-none">{{UNIT}}</div></td>
            <td class="d-none d-md-table-cell">{{UNIT}}</td>
            <td>{{#ACTIVE}}<span class="badge text-bg-success">Active</span>{{/ACTIVE}}{{#DEACTIVATED}}<span class="badge text-bg-secondary">Deactivated</span>{{/DEACTIVATED}}</td>
            <td class="d-none d-lg-table-cell text-nowrap">{{LAST_SIGN_IN}}</td>
          </tr>{{/MEMBER}}
          </tbody>
        </table>
      </div>
      {{/HAS_MEMBERS}}
      {{#NO_MATCH}}<div class="card-body"><p class="text-body-secondary mb-0">No members match. <a href="/account/team">Show everyone</a>.</p></div>{{/NO_MATCH}}
      {{#NO_MEMBERS}}<div class="card-body"><p class="text-body-secondary mb-0">Nobody is in the team yet.</p></div>{{/NO_MEMBERS}}
    </section>
    {{#PAGER}}<nav aria-label="Pages of members"><ul class="pagination pagination-sm mb-0">
      {{#PREV}}<li class="page-item"><a class="page-link" href="{{HREF}}">Previous</a></li>{{/PREV}}
      <li class="page-item active" aria-current="page"><span class="page-link">Page {{PAGE}} of {{PAGES}}</span></li>
      {{#NEXT}}<li class="page-item"><a class="page-link" href="{{HREF}}">Next</a></li>{{/NEXT}}
    </ul></nav>{{/PAGER}}
  </div>
  <div class="col-xl-4">
    {{#INVITE}}
    <section class="card shadow-sm" id="invite" aria-labelledby="invite-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="invite-title">Invite a member</h2></div>
      <form method="post" action="/account/team/invite" class="card-body" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        {{#FORM_ERRORS}}<div class="alert alert-danger" role="alert" id="form-errors"><p class="fw-semibold mb-1">Please correct {{COUNT}} field(s):</p><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{LABEL}}</a>: {{MESSAGE}}</li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
        <div class="mb-3">
          <label for="email" class="form-label">Email</label>
          <input type="email" class="form-control{{#EMAIL_INVALID}} is-invalid{{/EMAIL_INVALID}}" id="email" name="email" value="{{EMAIL}}" maxlength="254" autocomplete="off" required aria-required="true"{{#EMAIL_ERROR}} aria-describedby="email-error"{{/EMAIL_ERROR}}{{#EMAIL_INVALID}} aria-invalid="true"{{/EMAIL_INVALID}}>
          {{#EMAIL_ERROR}}<div class="invalid-feedback d-block" id="email-error">{{MESSAGE}}</div>{{/EMAIL_ERROR}}
        </div>
        <div class="mb-3">
          <label for="name" class="form-label">Name <span class="text-body-secondary fw-normal">(optional)</span></label>
          <input type="text" class="form-control{{#NAME_INVALID}} is-invalid{{/NAME_INVALID}}" id="name" name="name" value="{{NAME}}" maxlength="120" autocomplete="off"{{#NAME_ERROR}} aria-describedby="name-error"{{/NAME_ERROR}}{{#NAME_INVALID}} aria-invalid="true"{{/NAME_INVALID}}>
          {{#NAME_ERROR}}<div class="invalid-feedback d-block" id="name-error">{{MESSAGE}}</div>{{/NAME_ERROR}}
        </div>
        <div class="mb-3">
          <label for="role_id" class="form-label">Role</label>
          <select class="form-select{{#ROLE_ID_INVALID}} is-invalid{{/ROLE_ID_INVALID}}" id="role_id" name="role_id" aria-required="true"{{#ROLE_ID_ERROR}} aria-describedby="role_id-error"{{/ROLE_ID_ERROR}}{{#ROLE_ID_INVALID}} aria-invalid="true"{{/ROLE_ID_INVALID}}>
            {{#ROLE}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/ROLE}}
          </select>
          {{#ROLE_ID_ERROR}}<div class="invalid-feedback d-block" id="role_id-error">{{MESSAGE}}</div>{{/ROLE_ID_ERROR}}
        </div>
        <div class="mb-3">
          <label for="unit_id" class="form-label">Business unit</label>
          <select class="form-select{{#UNIT_ID_INVALID}} is-invalid{{/UNIT_ID_INVALID}}" id="unit_id" name="unit_id" aria-required="true"{{#UNIT_ID_ERROR}} aria-describedby="unit_id-error"{{/UNIT_ID_ERROR}}{{#UNIT_ID_INVALID}} aria-invalid="true"{{/UNIT_ID_INVALID}}>
            {{#UNIT}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/UNIT}}
          </select>
          {{#UNIT_ID_ERROR}}<div class="invalid-feedback d-block" id="unit_id-error">{{MESSAGE}}</div>{{/UNIT_ID_ERROR}}
        </div>
        <p class="small text-body-secondary">We email a link that works for {{EXPIRES_DAYS}} days. Someone new chooses a password; someone who already has a login with us just accepts.</p>
        <button type="submit" class="btn btn-primary w-100">Send invitation</button>
      </form>
    </section>
    {{/INVITE}}
  </div>
</div>
<section class="card shadow-sm mt-4" id="invitations" aria-labelledby="invitations-title">
  <div class="card-header bg-white"><h2 class="h5 mb-0" id="invitations-title">Pending invitations</h2></div>
  {{#HAS_INVITATIONS}}
  <div class="table-responsive">
    <table class="table align-middle mb-0">
      <thead><tr><th scope="col">Invited</th><th scope="col" class="d-none d-sm-table-cell">Role and unit</th><th scope="col" class="d-none d-md-table-cell">Invited by</th><th scope="col" class="d-none d-md-table-cell">Sent</th><th scope="col">Expires</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
      <tbody>
      {{#INVITATION}}<tr>
        <td class="text-break"><span class="fw-semibold">{{EMAIL}}</span>{{#HAS_NAME}}<div class="small text-body-secondary">{{NAME}}</div>{{/HAS_NAME}}<div class="small text-body-secondary d-sm-none">{{ROLE}} · {{UNIT}}</div></td>
        <td class="d-none d-sm-table-cell">{{ROLE}}<div class="small text-body-secondary">{{UNIT}}</div></td>
        <td class="d-none d-md-table-cell">{{INVITED_BY}}</td>
        <td class="d-none d-md-table-cell text-nowrap">{{SENT}}</td>
        <td class="text-nowrap">{{#EXPIRED}}<span class="badge text-bg-warning">Expired</span><div class="small text-body-secondary">{{EXPIRES}}</div>{{/EXPIRED}}{{#VALID}}{{EXPIRES}}{{/VALID}}</td>
        <td class="text-end">{{#ACTIONS}}<div class="d-flex flex-wrap justify-content-end gap-1">
          <form method="post" action="/account/team/invitations/{{ID}}/resend"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="btn btn-outline-primary btn-sm" aria-label="Resend the invitation to {{EMAIL}}">Resend</button></form>
          <form method="post" action="/account/team/invitations/{{ID}}/revoke"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="btn btn-outline-danger btn-sm" aria-label="Revoke the invitation to {{EMAIL}}">Revoke</button></form>
        </div>{{/ACTIONS}}</td>
      </tr>{{/INVITATION}}
      </tbody>
    </table>
  </div>
  {{/HAS_INVITATIONS}}
  {{#NO_INVITATIONS}}<div class="card-body"><p class="text-body-secondary mb-0">No invitations are waiting for an answer.</p></div>{{/NO_INVITATIONS}}
</section>
