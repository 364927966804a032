{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/account/approval-rules">Approval rules</a></li><li class="breadcrumb-item active text-break" aria-current="page">{{TITLE}}</li></ol></nav>
<div class="d-flex flex-wrap align-items-center gap-2 mb-3">
  <h1 class="h2 mb-0 text-break">{{TITLE}}</h1>
  {{#SAVED}}{{#IS_ACTIVE}}<span class="badge text-bg-success fs-6">Active</span>{{/IS_ACTIVE}}{{#IS_INACTIVE}}<span class="badge text-bg-secondary fs-6">Inactive</span>{{/IS_INACTIVE}}{{/SAVED}}
</div>
{{#READ_ONLY}}<div class="alert alert-info" role="status">You are looking at this rule read-only, as the customer sees it.</div>{{/READ_ONLY}}
{{#FORM_ERRORS}}<div class="alert alert-danger" role="alert" id="form-errors"><p class="fw-semibold mb-1">Please correct {{COUNT}} field(s):</p><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{LABEL}}</a>: {{MESSAGE}}</li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
<div class="row g-4">
  <div class="col-lg-8">
    <form method="post" action="{{ACTION}}" class="card shadow-sm" id="rule-form" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      {{! Enter in a field saves: the first submit button of a form is the one Enter presses, and the form's other buttons (Remove, Add condition) come before the visible one. }}
      {{#EDITABLE}}<button type="submit" class="visually-hidden" tabindex="-1" aria-hidden="true">{{SUBMIT}}</button>{{/EDITABLE}}
      <fieldset class="card-body"{{#READ_ONLY}} disabled{{/READ_ONLY}}>
        <legend class="visually-hidden">The rule</legend>
        <div class="row g-3 mb-4">
          <div class="col-md-8">
            <label for="name" class="form-label">Name</label>
            <input type="text" class="form-control{{#NAME_INVALID}} is-invalid{{/NAME_INVALID}}" id="name" name="name" value="{{NAME}}" maxlength="100" required aria-describedby="name-help{{#NAME_INVALID}} name-error{{/NAME_INVALID}}"{{#NAME_INVALID}} aria-invalid="true"{{/NAME_INVALID}}>
            <div class="form-text" id="name-help">How approvers and buyers will see it, e.g. &ldquo;Orders over $15,000&rdquo;.</div>
            {{#NAME_ERROR}}<div class="invalid-feedback d-block" id="name-error">{{MESSAGE}}</div>{{/NAME_ERROR}}
          </div>
          <div class="col-md-4">
            <label for="level" class="form-label">Level</label>
            <select class="form-select{{#LEVEL_INVALID}} is-invalid{{/LEVEL_INVALID}}" id="level" name="level" aria-describedby="level-help{{#LEVEL_INVALID}} level-error{{/LEVEL_INVALID}}"{{#LEVEL_INVALID}} aria-invalid="true"{{/LEVEL_INVALID}}>
              {{#LEVEL_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>Level {{VALUE}}</option>{{/LEVEL_OPTION}}
            </select>
            <div class="form-text" id="level-help">Level 2 approvers are asked only after every level 1 approval is given.</div>
            {{#LEVEL_ERROR}}<div class="invalid-feedback d-block" id="level-error">{{MESSAGE}}</div>{{/LEVEL_ERROR}}
          </div>
          <div class="col-12">
            <div class="form-check form-switch">
              <input class="form-check-input" type="checkbox" role="switch" id="active" name="active" value="1"{{#ACTIVE_CHECKED}} checked{{/ACTIVE_CHECKED}} aria-describedby="active-help">
              <label class="form-check-label" for="active">Active</label>
              <div class="form-text mt-0" id="active-help">An inactive rule is kept but does not apply to new orders.</div>
            </div>
          </div>
        </div>

        <h2 class="h5 border-top pt-3">Which orders</h2>
        <fieldset class="mb-3" id="combine" tabindex="-1">
          <legend class="form-label fs-6 mb-1">An order needs approval when</legend>
          <div class="form-check form-check-inline">
            <input class="form-check-input" type="radio" name="combine" id="combine_all" value="all"{{#COMBINE_ALL}} checked{{/COMBINE_ALL}} data-join="and">
            <label class="form-check-label" for="combine_all">all the conditions hold (AND)</label>
          </div>
          <div class="form-check form-check-inline">
            <input class="form-check-input" type="radio" name="combine" id="combine_any" value="any"{{#COMBINE_ANY}} checked{{/COMBINE_ANY}} data-join="or">
            <label class="form-check-label" for="combine_any">any one of them holds (OR)</label>
          </div>
        </fieldset>
        <div class="conditions" id="conditions" data-conditions data-max="{{CONDITIONS_MAX}}" data-join="{{#COMBINE_ALL}}and{{/COMBINE_ALL}}{{#COMBINE_ANY}}or{{/COMBINE_ANY}}">
        {{>CONDITION}}
        </div>
        <template id="condition-template">{{>CONDITION_TEMPLATE}}</template>
        {{#EDITABLE}}<div class="d-flex flex-wrap align-items-center gap-2 mb-3">
          <button type="submit" class="btn btn-outline-primary btn-sm" name="action" value="add" id="add-condition" data-add aria-describedby="conditions-max"{{#CONDITIONS_FULL}} disabled{{/CONDITIONS_FULL}}>Add condition</button>
          <span class="small text-body-secondary" id="conditions-max">A rule has up to {{CONDITIONS_MAX}} conditions.</span>
          <span class="visually-hidden" role="status" id="conditions-status"></span>
        </div>{{/EDITABLE}}

        <h2 class="h5 border-top pt-3 mt-4">Whose orders</h2>
        <fieldset class="mb-3" id="applies_to" tabindex="-1"{{#APPLIES_TO_INVALID}} aria-describedby="applies_to-error"{{/APPLIES_TO_INVALID}}>
          <legend class="form-label fs-6 mb-1">The rule applies to orders from</legend>
          <div class="form-check">
            <input class="form-check-input" type="radio" name="applies_to" id="applies_to_everyone" value="everyone"{{#AT_EVERYONE}} checked{{/AT_EVERYONE}}>
            <label class="form-check-label" for="applies_to_everyone">anyone in the company</label>
          </div>
          <div class="form-check">
            <input class="form-check-input" type="radio" name="applies_to" id="applies_to_roles" value="roles"{{#AT_ROLES}} checked{{/AT_ROLES}}>
            <label class="form-check-label" for="applies_to_roles">members with one of the roles ticked below</label>
          </div>
          <div class="form-check">
            <input class="form-check-input" type="radio" name="applies_to" id="applies_to_units" value="units"{{#AT_UNITS}} checked{{/AT_UNITS}}>
            <label class="form-check-label" for="applies_to_units">members of the business units ticked below, and of the units below them</label>
          </div>
          <div class="form-check">
            <input class="form-check-input" type="radio" name="applies_to" id="applies_to_members" value="members"{{#AT_MEMBERS}} checked{{/AT_MEMBERS}}>
            <label class="form-check-label" for="applies_to_members">the members ticked below</label>
          </div>
          {{#APPLIES_TO_ERROR}}<div class="invalid-feedback d-block" id="applies_to-error">{{MESSAGE}}</div>{{/APPLIES_TO_ERROR}}
          <div class="row g-3 mt-1">
            <fieldset class="col-md-4">
              <legend class="h6 text-uppercase small fw-semibold text-body-secondary border-bottom pb-1">Roles</legend>
              {{#AT_ROLE}}<div class="form-check"><input class="form-check-input" type="checkbox" name="at_role_{{ID}}" id="at_role_{{ID}}" value="1"{{#CHECKED}} checked{{/CHECKED}}><label class="form-check-label" for="at_role_{{ID}}">{{NAME}}</label></div>{{/AT_ROLE}}
            </fieldset>
            <fieldset class="col-md-4">
              <legend class="h6 text-uppercase small fw-semibold text-body-secondary border-bottom pb-1">Business units</legend>
              {{#AT_UNIT}}<div class="d-flex">{{#INDENT}}<span class="flex-shrink-0 ms-3" aria-hidden="true"></span>{{/INDENT}}<div class="form-check"><input class="form-check-input" type="checkbox" name="at_unit_{{ID}}" id="at_unit_{{ID}}" value="1"{{#CHECKED}} checked{{/CHECKED}}><label class="form-check-label" for="at_unit_{{ID}}">{{NAME}}</label></div></div>{{/AT_UNIT}}
            </fieldset>
            <fieldset class="col-md-4">
              <legend class="h6 text-uppercase small fw-semibold text-body-secondary border-bottom pb-1">Members</legend>
              {{#AT_MEMBER}}<div class="form-check"><input class="form-check-input" type="checkbox" name="at_member_{{ID}}" id="at_member_{{ID}}" value="1"{{#CHECKED}} checked{{/CHECKED}}><label class="form-check-label" for="at_member_{{ID}}">{{NAME}}{{#DETAIL}} <span class="small text-body-secondary">({{TEXT}})</span>{{/DETAIL}}</label></div>{{/AT_MEMBER}}
            </fieldset>
          </div>
        </fieldset>

        <h2 class="h5 border-top pt-3 mt-4">Who approves</h2>
        <fieldset class="mb-3" id="approver_kind" tabindex="-1"{{#APPROVER_KIND_INVALID}} aria-describedby="approver_kind-error"{{/APPROVER_KIND_INVALID}}>
          <legend class="form-label fs-6 mb-1">Approval comes from</legend>
          <div class="form-check">
            <input class="form-check-input" type="radio" name="approver_kind" id="approver_kind_role" value="role"{{#AP_ROLE_KIND}} checked{{/AP_ROLE_KIND}}>
            <label class="form-check-label" for="approver_kind_role">members holding one of the roles ticked below</label>
          </div>
          <div class="form-check">
            <input class="form-check-input" type="radio" name="approver_kind" id="approver_kind_members" value="members"{{#AP_MEMBERS_KIND}} checked{{/AP_MEMBERS_KIND}}>
            <label class="form-check-label" for="approver_kind_members">the members ticked below</label>
          </div>
          <div class="form-check">
            <input class="form-check-input" type="radio" name="approver_kind" id="approver_kind_superior" value="superior"{{#AP_SUPERIOR_KIND}} checked{{/AP_SUPERIOR_KIND}} aria-describedby="approver_kind_superior-help">
            <label class="form-check-label" for="approver_kind_superior">the buyer's superior</label>
            <div class="form-text mt-0" id="approver_kind_superior-help">The manager of the buyer's business unit, or of the nearest unit above it that has one.</div>
          </div>
          {{#APPROVER_KIND_ERROR}}<div class="invalid-feedback d-block" id="approver_kind-error">{{MESSAGE}}</div>{{/APPROVER_KIND_ERROR}}
          <div class="row g-3 mt-1">
            <fieldset class="col-md-6">
              <legend class="h6 text-uppercase small fw-semibold text-body-secondary border-bottom pb-1">Approving roles</legend>
              {{#AP_ROLE}}<div class="form-check"><input class="form-check-input" type="checkbox" name="ap_role_{{ID}}" id="ap_role_{{ID}}" value="1"{{#CHECKED}} checked{{/CHECKED}}><label class="form-check-label" for="ap_role_{{ID}}">{{NAME}}</label></div>{{/AP_ROLE}}
            </fieldset>
            <fieldset class="col-md-6">
              <legend class="h6 text-uppercase small fw-semibold text-body-secondary border-bottom pb-1">Approving members</legend>
              {{#NO_MEMBERS}}<p class="small text-body-secondary">No active members.</p>{{/NO_MEMBERS}}
              {{#AP_MEMBER}}<div class="form-check"><input class="form-check-input" type="checkbox" name="ap_member_{{ID}}" id="ap_member_{{ID}}" value="1"{{#CHECKED}} checked{{/CHECKED}}><label class="form-check-label" for="ap_member_{{ID}}">{{NAME}}{{#DETAIL}} <span class="small text-body-secondary">({{TEXT}})</span>{{/DETAIL}}</label></div>{{/AP_MEMBER}}
            </fieldset>
          </div>
        </fieldset>
        <fieldset class="mb-1" id="approver_mode" tabindex="-1">
          <legend class="form-label fs-6 mb-1">How many of them</legend>
          <div class="form-check">
            <input class="form-check-input" type="radio" name="approver_mode" id="approver_mode_any" value="any"{{#MODE_ANY}} checked{{/MODE_ANY}}>
            <label class="form-check-label" for="approver_mode_any">any one of them</label>
          </div>
          <div class="form-check">
            <input class="form-check-input" type="radio" name="approver_mode" id="approver_mode_all" value="all"{{#MODE_ALL}} checked{{/MODE_ALL}} aria-describedby="approver_mode_all-help">
            <label class="form-check-label" for="approver_mode_all">all of them</label>
            <div class="form-text mt-0" id="approver_mode_all-help">With roles: one member of each ticked role (a Purchasing manager AND a Finance manager). With members: every ticked member.</div>
          </div>
        </fieldset>
      </fieldset>
      {{#EDITABLE}}<div class="card-footer bg-white d-flex flex-wrap gap-2">
        <button type="submit" class="btn btn-primary">{{SUBMIT}}</button>
        <a class="btn btn-link" href="/account/approval-rules">Cancel</a>
      </div>{{/EDITABLE}}
    </form>
  </div>
  <div class="col-lg-4 d-flex flex-column gap-4">
    {{#SAVED}}
    <section class="card shadow-sm" aria-labelledby="summary-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="summary-title">In plain words</h2></div>
      <div class="card-body">
        <p class="mb-2" id="rule-summary">{{SUMMARY}}</p>
        <p class="small text-body-secondary mb-0">Last changed {{UPDATED}}. Changing or deleting the rule never changes orders already waiting for approval.</p>
      </div>
    </section>
    {{/SAVED}}
    {{#NEW}}
    <section class="card shadow-sm" aria-labelledby="how-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="how-title">How rules work</h2></div>
      <div class="card-body small">
        <p>When a buyer reviews an order, every active rule that applies to them is checked. The order waits for approval when a rule's conditions hold; the buyer sees who must approve and why before submitting.</p>
        <p>Two rules asking the same people at the same level are one approval, not two.</p>
        <p class="mb-0">Nobody approves their own order: when the buyer is the only approver, their superior (or an administrator) is asked instead.</p>
      </div>
    </section>
    {{/NEW}}
    {{#DELETE}}
    <section class="card shadow-sm border-danger-subtle" aria-labelledby="delete-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="delete-title">Delete</h2></div>
      <form method="post" action="/account/approval-rules/{{ID}}/delete" class="card-body" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <p class="small text-body-secondary">New orders no longer follow this rule. Orders already waiting keep the approvals they were given. To pause it instead, make it inactive.</p>
        <div class="form-check mb-3">
          <input class="form-check-input{{#CONFIRM_INVALID}} is-invalid{{/CONFIRM_INVALID}}" type="checkbox" name="confirm" id="confirm" value="1"{{#CONFIRM_INVALID}} aria-invalid="true" aria-describedby="confirm-error"{{/CONFIRM_INVALID}}>
          <label class="form-check-label" for="confirm">Yes, delete &ldquo;{{NAME}}&rdquo;</label>
          {{#CONFIRM_ERROR}}<div class="invalid-feedback d-block" id="confirm-error">{{MESSAGE}}</div>{{/CONFIRM_ERROR}}
        </div>
        <button type="submit" class="btn btn-outline-danger">Delete rule</button>
      </form>
    </section>
    {{/DELETE}}
  </div>
</div>
<script src="/static/js/rule-editor.js"></script>
