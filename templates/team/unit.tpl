{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/account/units">Business units</a></li>{{#CRUMB}}<li class="breadcrumb-item text-break"><a href="/account/units/{{ID}}">{{NAME}}</a></li>{{/CRUMB}}<li class="breadcrumb-item active text-break" aria-current="page">{{UNIT_NAME}}</li></ol></nav>
<div class="d-flex flex-wrap align-items-center gap-2 mb-3">
  <h1 class="h2 mb-0 text-break">{{UNIT_NAME}}</h1>
  <span class="badge text-bg-light border fs-6">{{KIND_LABEL}}</span>
</div>
{{#DELETE_REFUSED}}<div class="alert alert-danger" role="alert">
  <p class="fw-semibold mb-1">“{{UNIT}}” cannot be deleted while it is not empty. Nothing was deleted.</p>
  <ul class="mb-0">{{#BLOCKER}}<li>{{TEXT}}</li>{{/BLOCKER}}</ul>
  {{#SOMETHING_ELSE}}<p class="mb-0">Something else still refers to it.</p>{{/SOMETHING_ELSE}}
</div>{{/DELETE_REFUSED}}
{{#FORM_ERRORS}}<div class="alert alert-danger" role="alert" id="form-errors"><p class="fw-semibold mb-1">Please correct {{COUNT}} field(s):</p><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{LABEL}}</a>: {{MESSAGE}}</li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
<div class="row g-4">
  <div class="col-lg-7 d-flex flex-column gap-4">
    <section class="card shadow-sm" aria-labelledby="details-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="details-title">Details</h2></div>
      <form method="post" action="/account/units/{{ID}}" class="card-body" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <div class="mb-3">
          <label for="name" class="form-label">Name</label>
          <input type="text" class="form-control{{#NAME_INVALID}} is-invalid{{/NAME_INVALID}}" id="name" name="name" value="{{NAME}}" maxlength="100" required aria-required="true"{{#NAME_ERROR}} aria-describedby="name-error"{{/NAME_ERROR}}{{#NAME_INVALID}} aria-invalid="true"{{/NAME_INVALID}}>
          {{#NAME_ERROR}}<div class="invalid-feedback d-block" id="name-error">{{MESSAGE}}</div>{{/NAME_ERROR}}
        </div>
        {{#KIND_CHOICE}}<div class="mb-3">
          <label for="kind" class="form-label">Kind</label>
          <select class="form-select{{#KIND_INVALID}} is-invalid{{/KIND_INVALID}}" id="kind" name="kind"{{#KIND_ERROR}} aria-describedby="kind-error"{{/KIND_ERROR}}{{#KIND_INVALID}} aria-invalid="true"{{/KIND_INVALID}}>{{#KIND_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND_OPTION}}</select>
          {{#KIND_ERROR}}<div class="invalid-feedback d-block" id="kind-error">{{MESSAGE}}</div>{{/KIND_ERROR}}
        </div>{{/KIND_CHOICE}}
        {{#ROOT_KIND}}<p class="small text-body-secondary">This is the company itself, the top of the tree.</p>{{/ROOT_KIND}}
        <div class="mb-3">
          <label for="manager_id" class="form-label">Manager</label>
          <select class="form-select{{#MANAGER_ID_INVALID}} is-invalid{{/MANAGER_ID_INVALID}}" id="manager_id" name="manager_id" aria-describedby="manager_id-help{{#MANAGER_ID_ERROR}} manager_id-error{{/MANAGER_ID_ERROR}}"{{#MANAGER_ID_INVALID}} aria-invalid="true"{{/MANAGER_ID_INVALID}}>
            <option value="">Nobody</option>
            {{#FORMER_MANAGER}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}} (no longer active)</option>{{/FORMER_MANAGER}}
            {{#MANAGER_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}} ({{EMAIL}})</option>{{/MANAGER_OPTION}}
          </select>
          <div class="form-text" id="manager_id-help">The manager is the superior of the unit's members when orders need approval.</div>
          {{#MANAGER_ID_ERROR}}<div class="invalid-feedback d-block" id="manager_id-error">{{MESSAGE}}</div>{{/MANAGER_ID_ERROR}}
        </div>
        <button type="submit" class="btn btn-primary">Save</button>
      </form>
    </section>
    <section class="card shadow-sm" aria-labelledby="move-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="move-title">Move</h2></div>
      {{#ROOT_FIXED}}<div class="card-body"><p class="text-body-secondary mb-0">The company itself is the top of the tree and cannot be moved.</p></div>{{/ROOT_FIXED}}
      {{#MOVE}}
      <form method="post" action="/account/units/{{ID}}/move" class="card-body" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <label for="parent_id" class="form-label">New place: under</label>
        <select class="form-select{{#PARENT_ID_INVALID}} is-invalid{{/PARENT_ID_INVALID}}" id="parent_id" name="parent_id" aria-describedby="parent_id-help{{#PARENT_ID_ERROR}} parent_id-error{{/PARENT_ID_ERROR}}"{{#PARENT_ID_INVALID}} aria-invalid="true"{{/PARENT_ID_INVALID}}>{{#PARENT_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}{{#CURRENT}} (now){{/CURRENT}}</option>{{/PARENT_OPTION}}</select>
        <div class="form-text" id="parent_id-help">The units below it move along. It cannot go under itself or under a unit below it.</div>
        {{#PARENT_ID_ERROR}}<div class="invalid-feedback d-block" id="parent_id-error">{{MESSAGE}}</div>{{/PARENT_ID_ERROR}}
        <button type="submit" class="btn btn-outline-primary mt-3">Move unit</button>
      </form>
      {{/MOVE}}
    </section>
  </div>
  <div class="col-lg-5 d-flex flex-column gap-4">
    <section class="card shadow-sm" aria-labelledby="members-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="members-title">Members</h2></div>
      <div class="card-body">
        <p class="mb-1">{{MEMBERS}} active {{MEMBERS_WORD}}{{#INACTIVE}}, {{COUNT}} deactivated{{/INACTIVE}}</p>
        <a href="/account/team?unit={{ID}}">See them on the team page</a>
      </div>
    </section>
    <section class="card shadow-sm" aria-labelledby="children-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="children-title">Units below it</h2></div>
      <ul class="list-group list-group-flush">
        {{#CHILD}}<li class="list-group-item d-flex justify-content-between gap-2"><a class="text-break" href="/account/units/{{ID}}">{{NAME}}</a><span class="text-body-secondary small">{{KIND}}</span></li>{{/CHILD}}
        {{#NO_CHILDREN}}<li class="list-group-item text-body-secondary">None.</li>{{/NO_CHILDREN}}
      </ul>
      <div class="card-body"><a class="btn btn-outline-secondary btn-sm" href="/account/units?parent={{ID}}#add">Add a unit here</a></div>
    </section>
    <section class="card shadow-sm border-danger-subtle" aria-labelledby="delete-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="delete-title">Delete</h2></div>
      <div class="card-body">
        {{#ROOT_KEPT}}<p class="text-body-secondary mb-0">The company itself cannot be deleted.</p>{{/ROOT_KEPT}}
        {{#USAGE_UNKNOWN}}<p class="text-body-secondary mb-0">Whether it can be deleted cannot be checked right now.</p>{{/USAGE_UNKNOWN}}
        {{#IN_THE_WAY}}<p class="mb-1">Only an empty unit can be deleted. In the way:</p>
        <ul class="mb-0">{{#BLOCKER}}<li>{{TEXT}}</li>{{/BLOCKER}}</ul>{{/IN_THE_WAY}}
        {{#DELETABLE}}<form method="post" action="/account/units/{{ID}}/delete">
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <p class="small text-body-secondary">It has no units below it, no members and no addresses.</p>
          <button type="submit" class="btn btn-outline-danger">Delete unit</button>
        </form>{{/DELETABLE}}
      </div>
    </section>
  </div>
</div>
