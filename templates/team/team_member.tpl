{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/account/team">Team</a></li><li class="breadcrumb-item active" aria-current="page">{{NAME}}</li></ol></nav>
<div class="d-flex flex-wrap align-items-center gap-2 mb-3">
  <h1 class="h2 mb-0 text-break">{{NAME}}</h1>
  {{#ACTIVE}}<span class="badge text-bg-success fs-6">Active</span>{{/ACTIVE}}{{#DEACTIVATED}}<span class="badge text-bg-secondary fs-6">Deactivated</span>{{/DEACTIVATED}}
  {{#SELF}}<span class="badge text-bg-light border fs-6">You</span>{{/SELF}}
</div>
{{#PROBLEM}}<div class="alert alert-danger" role="alert" id="problem">{{TEXT}}</div>{{/PROBLEM}}
{{#FORM_ERRORS}}<div class="alert alert-danger" role="alert" id="form-errors"><p class="fw-semibold mb-1">Please correct {{COUNT}} field(s):</p><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{LABEL}}</a>: {{MESSAGE}}</li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
{{#READ_ONLY}}<div class="alert alert-info" role="status">You are looking at this member read-only, as the customer sees it.</div>{{/READ_ONLY}}
<div class="row g-4">
  <div class="col-lg-7 d-flex flex-column gap-4">
    <section class="card shadow-sm" aria-labelledby="details-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="details-title">Details</h2></div>
      <div class="card-body">
        <dl class="row mb-0">
          <dt class="col-sm-4">Email</dt><dd class="col-sm-8 text-break"><a href="mailto:{{EMAIL}}">{{EMAIL}}</a></dd>
          <dt class="col-sm-4">Job title</dt><dd class="col-sm-8">{{JOB_TITLE}}</dd>
          <dt class="col-sm-4">Phone</dt><dd class="col-sm-8">{{PHONE}}</dd>
          <dt class="col-sm-4">Role</dt><dd class="col-sm-8" id="member-role">{{ROLE}}</dd>
          <dt class="col-sm-4">Business unit</dt><dd class="col-sm-8" id="member-unit">{{UNIT}}</dd>
          <dt class="col-sm-4">Status</dt><dd class="col-sm-8">{{#ACTIVE}}Active{{/ACTIVE}}{{#DEACTIVATED}}Deactivated: cannot sign in to {{COMPANY_NAME}}{{/DEACTIVATED}}</dd>
          <dt class="col-sm-4">Member since</dt><dd class="col-sm-8">{{JOINED}}</dd>
          <dt class="col-sm-4">Last sign-in</dt><dd class="col-sm-8 mb-0">{{LAST_SIGN_IN}}</dd>
        </dl>
      </div>
    </section>
    {{#EDIT}}
    <section class="card shadow-sm" aria-labelledby="edit-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="edit-title">Role and business unit</h2></div>
      <form method="post" action="/account/team/{{ID}}" class="card-body" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <div class="row g-3">
          <div class="col-sm-6">
            <label for="role_id" class="form-label">Role</label>
            <select class="form-select{{#ROLE_ID_INVALID}} is-invalid{{/ROLE_ID_INVALID}}" id="role_id" name="role_id" aria-required="true"{{#ROLE_ID_ERROR}} aria-describedby="role_id-error"{{/ROLE_ID_ERROR}}{{#ROLE_ID_INVALID}} aria-invalid="true"{{/ROLE_ID_INVALID}}>
              {{#ROLE}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/ROLE}}
            </select>
            {{#ROLE_ID_ERROR}}<div class="invalid-feedback d-block" id="role_id-error">{{MESSAGE}}</div>{{/ROLE_ID_ERROR}}
          </div>
          <div class="col-sm-6">
            <label for="unit_id" class="form-label">Business unit</label>
            <select class="form-select{{#UNIT_ID_INVALID}} is-invalid{{/UNIT_ID_INVALID}}" id="unit_id" name="unit_id" aria-required="true"{{#UNIT_ID_ERROR}} aria-describedby="unit_id-error"{{/UNIT_ID_ERROR}}{{#UNIT_ID_INVALID}} aria-invalid="true"{{/UNIT_ID_INVALID}}>
              {{#NO_UNIT}}<option value="" selected>Choose a unit</option>{{/NO_UNIT}}
              {{#UNIT}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/UNIT}}
            </select>
            {{#UNIT_ID_ERROR}}<div class="invalid-feedback d-block" id="unit_id-error">{{MESSAGE}}</div>{{/UNIT_ID_ERROR}}
          </div>
        </div>
        <p class="small text-body-secondary mt-3 mb-3">A new role applies at once, on their next page. {{COMPANY_NAME}} always keeps at least one active administrator.</p>
        <button type="submit" class="btn btn-primary">Save changes</button>
      </form>
    </section>
    {{/EDIT}}
  </div>
  <div class="col-lg-5 d-flex flex-column gap-4">
    {{#SPENDING_LIMIT}}
    <section class="card shadow-sm" aria-labelledby="limit-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="limit-title">Spending limit</h2></div>
      <div class="card-body">
        <p class="fw-semibold mb-1" id="spending-limit">{{CURRENT}}</p>
        <p class="small text-body-secondary">An order that would take {{NAME}} over the limit in its period {{#ASKS}}needs their superior's approval{{/ASKS}}{{#REFUSES}}is refused{{/REFUSES}}. Rejected and cancelled orders do not count.</p>
        {{#LIMIT_FORM}}
        <form method="post" action="/account/team/{{ID}}/spending-limit" novalidate>
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <div class="row g-2">
            <div class="col-sm-6">
              <label for="limit_amount" class="form-label">Amount (USD)</label>
              <input type="text" inputmode="decimal" class="form-control{{#LIMIT_AMOUNT_INVALID}} is-invalid{{/LIMIT_AMOUNT_INVALID}}" id="limit_amount" name="limit_amount" value="{{LIMIT_AMOUNT}}" maxlength="24"{{#LIMIT_AMOUNT_ERROR}} aria-describedby="limit_amount-error"{{/LIMIT_AMOUNT_ERROR}}{{#LIMIT_AMOUNT_INVALID}} aria-invalid="true"{{/LIMIT_AMOUNT_INVALID}}>
              {{#LIMIT_AMOUNT_ERROR}}<div class="invalid-feedback d-block" id="limit_amount-error">{{MESSAGE}}</div>{{/LIMIT_AMOUNT_ERROR}}
            </div>
            <div class="col-sm-6">
              <label for="limit_period" class="form-label">Per</label>
              <select class="form-select{{#LIMIT_PERIOD_INVALID}} is-invalid{{/LIMIT_PERIOD_INVALID}}" id="limit_period" name="limit_period"{{#LIMIT_PERIOD_ERROR}} aria-describedby="limit_period-error"{{/LIMIT_PERIOD_ERROR}}{{#LIMIT_PERIOD_INVALID}} aria-invalid="true"{{/LIMIT_PERIOD_INVALID}}>
                {{#LIMIT_PERIOD_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/LIMIT_PERIOD_OPTION}}
              </select>
              {{#LIMIT_PERIOD_ERROR}}<div class="invalid-feedback d-block" id="limit_period-error">{{MESSAGE}}</div>{{/LIMIT_PERIOD_ERROR}}
            </div>
            <div class="col-sm-6">
              <label for="limit_days" class="form-label">Days</label>
              <input type="text" inputmode="numeric" class="form-control{{#LIMIT_DAYS_INVALID}} is-invalid{{/LIMIT_DAYS_INVALID}}" id="limit_days" name="limit_days" value="{{LIMIT_DAYS}}" maxlength="5" aria-describedby="limit_days-help{{#LIMIT_DAYS_ERROR}} limit_days-error{{/LIMIT_DAYS_ERROR}}"{{#LIMIT_DAYS_INVALID}} aria-invalid="true"{{/LIMIT_DAYS_INVALID}}>
              <div class="form-text" id="limit_days-help">Only for &ldquo;Last N days&rdquo;. Month, quarter and year are calendar periods.</div>
              {{#LIMIT_DAYS_ERROR}}<div class="invalid-feedback d-block" id="limit_days-error">{{MESSAGE}}</div>{{/LIMIT_DAYS_ERROR}}
            </div>
          </div>
          <div class="d-flex flex-wrap gap-2 mt-3">
            <button type="submit" class="btn btn-primary">Save limit</button>
            {{#CAN_REMOVE}}<button type="submit" name="remove" value="1" class="btn btn-outline-danger">Remove the limit</button>{{/CAN_REMOVE}}
          </div>
        </form>
        {{/LIMIT_FORM}}
      </div>
    </section>
    {{/SPENDING_LIMIT}}
    {{#HAND_OVER}}
    <section class="card shadow-sm" aria-labelledby="handover-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="handover-title">Make administrator</h2></div>
      <form method="post" action="/account/team/{{ID}}/hand-over" class="card-body" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <p class="small">{{NAME}} becomes an Administrator: they run the team, roles, units and approval rules. If you are handing over your own job, choose your new role as well.</p>
        <div class="mb-3">
          <label for="my_role_id" class="form-label">Your role afterwards</label>
          <select class="form-select{{#MY_ROLE_ID_INVALID}} is-invalid{{/MY_ROLE_ID_INVALID}}" id="my_role_id" name="my_role_id"{{#MY_ROLE_ID_ERROR}} aria-describedby="my_role_id-error"{{/MY_ROLE_ID_ERROR}}{{#MY_ROLE_ID_INVALID}} aria-invalid="true"{{/MY_ROLE_ID_INVALID}}>
            <option value="">Stay an administrator</option>
            {{#MY_ROLE}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/MY_ROLE}}
          </select>
          {{#MY_ROLE_ID_ERROR}}<div class="invalid-feedback d-block" id="my_role_id-error">{{MESSAGE}}</div>{{/MY_ROLE_ID_ERROR}}
        </div>
        <button type="submit" class="btn btn-outline-primary">Make {{NAME}} an administrator</button>
      </form>
    </section>
    {{/HAND_OVER}}
    {{#STATUS_ACTIONS}}
    <section class="card shadow-sm border-danger-subtle" aria-labelledby="access-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="access-title">Access to {{COMPANY_NAME}}</h2></div>
      <div class="card-body d-flex flex-column gap-3">
        {{#SELF_NOTE}}<p class="mb-0 text-body-secondary">This is you. You cannot deactivate or remove yourself; another administrator can. To leave the administrator job, make someone else an administrator first.</p>{{/SELF_NOTE}}
        {{#CAN_DEACTIVATE}}<form method="post" action="/account/team/{{ID}}/deactivate">
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <p class="small mb-2">{{NAME}} is signed out at once and cannot sign in to {{COMPANY_NAME}} until reactivated. Their orders and history stay.</p>
          <button type="submit" class="btn btn-outline-danger">Deactivate</button>
        </form>{{/CAN_DEACTIVATE}}
        {{#CAN_REACTIVATE}}<form method="post" action="/account/team/{{ID}}/reactivate">
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <p class="small mb-2">{{NAME}} can sign in to {{COMPANY_NAME}} again, with the role and unit shown here.</p>
          <button type="submit" class="btn btn-outline-success">Reactivate</button>
        </form>{{/CAN_REACTIVATE}}
        {{#CAN_REMOVE}}<form method="post" action="/account/team/{{ID}}/remove" class="border-top pt-3">
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <p class="small mb-2">Removing takes {{NAME}} out of {{COMPANY_NAME}} for good; they keep their login and any other companies. To bring them back, invite them again.</p>
          <button type="submit" class="btn btn-danger">Remove from {{COMPANY_NAME}}</button>
        </form>{{/CAN_REMOVE}}
      </div>
    </section>
    {{/STATUS_ACTIONS}}
  </div>
</div>
