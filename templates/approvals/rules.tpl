{{%AUTOESCAPE context="HTML"}}
<div class="d-flex flex-wrap align-items-end justify-content-between gap-2 mb-4">
  <div>
    <h1 class="h2 mb-1">Approval rules</h1>
    <p class="text-body-secondary mb-0">Which orders of {{COMPANY_NAME}} need someone's approval before the seller handles them, and who approves.</p>
  </div>
  {{#CAN_ADD}}<a class="btn btn-primary" href="/account/approval-rules/new">New rule</a>{{/CAN_ADD}}
</div>
{{#READ_ONLY}}<div class="alert alert-info" role="status">You are looking at the approval rules read-only, as the customer sees them.</div>{{/READ_ONLY}}
{{#FORM_ERRORS}}<div class="alert alert-danger" role="alert" id="form-errors"><p class="fw-semibold mb-1">Please correct {{COUNT}} field(s):</p><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{LABEL}}</a>: {{MESSAGE}}</li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
<div class="row g-4">
  <div class="col-lg-8 d-flex flex-column gap-4">
    <section class="card shadow-sm" aria-labelledby="rules-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="rules-title">Rules</h2></div>
      {{#NO_RULES}}<div class="card-body" id="no-rules">
        <p class="mb-2">{{COMPANY_NAME}} has no approval rules yet: every order is approved as soon as it is placed{{#HAS_LIMITS}}, unless it takes a member over their spending limit{{/HAS_LIMITS}}.</p>
        <p class="text-body-secondary mb-0">A rule says which orders need approval (for example orders over $10,000.00, or orders with a restricted product) and who approves them.</p>
      </div>{{/NO_RULES}}
      {{#HAS_RULES}}
      <div class="table-responsive position-relative">
        <table class="table align-middle mb-0" id="rules">
          <thead><tr><th scope="col">Rule</th><th scope="col" class="text-center d-none d-md-table-cell">Level</th><th scope="col" class="d-none d-sm-table-cell">Status</th><th scope="col" class="d-none d-sm-table-cell"><span class="visually-hidden">Actions</span></th></tr></thead>
          <tbody>
          {{/HAS_RULES}}
          {{#RULE}}<tr>
            <td><a class="fw-semibold" href="/account/approval-rules/{{ID}}">{{NAME}}</a><div class="small text-body-secondary rule-summary">{{SUMMARY}}</div><div class="small mt-1 d-md-none">Level {{LEVEL}}<span class="d-sm-none"> &middot; {{#ACTIVE}}<span class="badge text-bg-success">Active</span>{{/ACTIVE}}{{#INACTIVE}}<span class="badge text-bg-secondary">Inactive</span>{{/INACTIVE}}</span></div></td>
            <td class="text-center d-none d-md-table-cell">{{LEVEL}}</td>
            <td class="d-none d-sm-table-cell">{{#ACTIVE}}<span class="badge text-bg-success">Active</span>{{/ACTIVE}}{{#INACTIVE}}<span class="badge text-bg-secondary">Inactive</span>{{/INACTIVE}}</td>
            <td class="text-end d-none d-sm-table-cell"><a class="btn btn-outline-primary btn-sm" href="/account/approval-rules/{{ID}}">{{ACTION_LABEL}}<span class="visually-hidden"> {{NAME}}</span></a></td>
          </tr>{{/RULE}}
          {{#HAS_RULES}}
          </tbody>
        </table>
      </div>
      <div class="card-footer bg-white small text-body-secondary">Several rules may apply to one order: each group of approvers is asked once per level. Level 2 approvers are asked only after every level 1 approval is given. Nobody approves their own order: when the buyer is the only approver, their superior (or an administrator) is asked instead.</div>
      {{/HAS_RULES}}
    </section>

    <section class="card shadow-sm" aria-labelledby="limits-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="limits-title">Spending limits</h2></div>
      <div class="card-body">
        <p class="small text-body-secondary">A member's limit is an amount per period. An order that would take them over it {{#LIMIT_ASKS}}needs their superior's approval{{/LIMIT_ASKS}}{{#LIMIT_REFUSES}}is refused{{/LIMIT_REFUSES}}. Set it on the member's page in Team.</p>
        {{#NO_LIMITS}}<p class="mb-0" id="no-limits">No member has a spending limit.</p>{{/NO_LIMITS}}
        {{#HAS_LIMITS}}<ul class="list-group list-group-flush" id="limits">{{/HAS_LIMITS}}
          {{#LIMIT}}<li class="list-group-item d-flex flex-wrap justify-content-between gap-2 px-0">{{#LINKED}}<a href="/account/team/{{USER_ID}}">{{NAME}}</a>{{/LINKED}}{{#PLAIN}}<span>{{NAME}}</span>{{/PLAIN}}<span class="text-nowrap">{{AMOUNT}} {{PER}}</span></li>{{/LIMIT}}
        {{#HAS_LIMITS}}</ul>{{/HAS_LIMITS}}
      </div>
    </section>
  </div>

  <div class="col-lg-4">
    {{#SETTINGS}}
    <section class="card shadow-sm" aria-labelledby="settings-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="settings-title">Approval settings</h2></div>
      <form method="post" action="/account/approval-rules/settings" class="card-body" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <fieldset class="mb-3" id="spending_limit_action" tabindex="-1"{{#SPENDING_LIMIT_ACTION_ERROR}} aria-describedby="spending_limit_action-error"{{/SPENDING_LIMIT_ACTION_ERROR}}>
          <legend class="form-label fs-6">When an order goes over a member's spending limit</legend>
          <div class="form-check">
            <input class="form-check-input" type="radio" name="spending_limit_action" id="spending_limit_action_approval" value="approval"{{#ACTION_APPROVAL}} checked{{/ACTION_APPROVAL}}{{#LOCKED}} disabled{{/LOCKED}}>
            <label class="form-check-label" for="spending_limit_action_approval">Ask their superior to approve it</label>
          </div>
          <div class="form-check">
            <input class="form-check-input" type="radio" name="spending_limit_action" id="spending_limit_action_refuse" value="refuse"{{#ACTION_REFUSE}} checked{{/ACTION_REFUSE}}{{#LOCKED}} disabled{{/LOCKED}}>
            <label class="form-check-label" for="spending_limit_action_refuse">Refuse the order</label>
          </div>
          {{#SPENDING_LIMIT_ACTION_ERROR}}<div class="invalid-feedback d-block" id="spending_limit_action-error">{{MESSAGE}}</div>{{/SPENDING_LIMIT_ACTION_ERROR}}
        </fieldset>
        <div class="mb-3">
          <label for="reminder_days" class="form-label">Remind approvers after (days)</label>
          <input type="number" min="0" max="60" inputmode="numeric" class="form-control{{#REMINDER_DAYS_INVALID}} is-invalid{{/REMINDER_DAYS_INVALID}}" id="reminder_days" name="reminder_days" value="{{REMINDER_DAYS}}" aria-describedby="reminder_days-help{{#REMINDER_DAYS_ERROR}} reminder_days-error{{/REMINDER_DAYS_ERROR}}"{{#REMINDER_DAYS_INVALID}} aria-invalid="true"{{/REMINDER_DAYS_INVALID}}{{#LOCKED}} disabled{{/LOCKED}}>
          <div class="form-text" id="reminder_days-help">A step still waiting after this many days is mailed to its approvers again. 0: never.</div>
          {{#REMINDER_DAYS_ERROR}}<div class="invalid-feedback d-block" id="reminder_days-error">{{MESSAGE}}</div>{{/REMINDER_DAYS_ERROR}}
        </div>
        <div class="form-check mb-3">
          <input class="form-check-input{{#ESCALATE_INVALID}} is-invalid{{/ESCALATE_INVALID}}" type="checkbox" name="escalate" id="escalate" value="1"{{#ESCALATE_CHECKED}} checked{{/ESCALATE_CHECKED}} aria-describedby="escalate-help{{#ESCALATE_ERROR}} escalate-error{{/ESCALATE_ERROR}}"{{#LOCKED}} disabled{{/LOCKED}}>
          <label class="form-check-label" for="escalate">Escalate with the reminder</label>
          <div class="form-text mt-0" id="escalate-help">The reminder also goes to the approver's superior, who may then decide.</div>
          {{#ESCALATE_ERROR}}<div class="invalid-feedback d-block" id="escalate-error">{{MESSAGE}}</div>{{/ESCALATE_ERROR}}
        </div>
        {{#EDITABLE}}<button type="submit" class="btn btn-primary">Save settings</button>{{/EDITABLE}}
      </form>
    </section>
    {{/SETTINGS}}
  </div>
</div>
