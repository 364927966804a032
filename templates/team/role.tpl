{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/account/roles">Roles</a></li><li class="breadcrumb-item active text-break" aria-current="page">{{TITLE}}</li></ol></nav>
<div class="d-flex flex-wrap align-items-center gap-2 mb-3">
  <h1 class="h2 mb-0 text-break">{{TITLE}}</h1>
  {{#BUILTIN}}<span class="badge text-bg-light border fs-6">Built-in</span>{{/BUILTIN}}
</div>
{{#CONFLICT}}<div class="alert alert-danger" role="alert">
  <p class="fw-semibold mb-1">“{{ROLE}}” cannot be deleted while it is in use.</p>
  <p class="mb-1">It is held by {{MEMBERS}} active {{MEMBERS_WORD}}{{#INACTIVE}} and {{COUNT}} deactivated{{/INACTIVE}}{{#INVITED}}, and offered in {{COUNT}} pending {{WORD}}{{/INVITED}}.</p>
  <p class="mb-0">Give them another role first: <a class="alert-link" href="/account/team?role={{ID}}">see who has this role</a>. Nothing was deleted.</p>
</div>{{/CONFLICT}}
{{#FORM_ERRORS}}<div class="alert alert-danger" role="alert" id="form-errors"><p class="fw-semibold mb-1">Please correct {{COUNT}} field(s):</p><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{LABEL}}</a>: {{MESSAGE}}</li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
<div class="row g-4">
  <div class="col-lg-8">
    {{#EDITABLE}}
    <form method="post" action="{{ACTION}}" class="card shadow-sm" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="card-body">
        <div class="mb-3">
          <label for="name" class="form-label">Name</label>
          <input type="text" class="form-control{{#NAME_INVALID}} is-invalid{{/NAME_INVALID}}" id="name" name="name" value="{{NAME}}" maxlength="60" required aria-required="true"{{#NAME_ERROR}} aria-describedby="name-error"{{/NAME_ERROR}}{{#NAME_INVALID}} aria-invalid="true"{{/NAME_INVALID}}>
          {{#NAME_ERROR}}<div class="invalid-feedback d-block" id="name-error">{{MESSAGE}}</div>{{/NAME_ERROR}}
        </div>
        <div class="mb-4">
          <label for="description" class="form-label">Description <span class="text-body-secondary fw-normal">(optional)</span></label>
          <input type="text" class="form-control{{#DESCRIPTION_INVALID}} is-invalid{{/DESCRIPTION_INVALID}}" id="description" name="description" value="{{DESCRIPTION}}" maxlength="200" aria-describedby="description-help{{#DESCRIPTION_ERROR}} description-error{{/DESCRIPTION_ERROR}}"{{#DESCRIPTION_INVALID}} aria-invalid="true"{{/DESCRIPTION_INVALID}}>
          <div class="form-text" id="description-help">What the role is for, in a few words.</div>
          {{#DESCRIPTION_ERROR}}<div class="invalid-feedback d-block" id="description-error">{{MESSAGE}}</div>{{/DESCRIPTION_ERROR}}
        </div>
        <h2 class="h5" id="permissions" tabindex="-1">Permissions</h2>
        {{#PERMISSIONS_ERROR}}<div class="alert alert-danger py-2" id="permissions-error">{{MESSAGE}}</div>{{/PERMISSIONS_ERROR}}
        <div class="row g-3">
          {{#PERM_GROUP}}<fieldset class="col-md-6">
            <legend class="h6 text-uppercase small fw-semibold text-body-secondary border-bottom pb-1">{{GROUP}}</legend>
            {{#PERM}}<div class="form-check mb-2">
              <input class="form-check-input" type="checkbox" name="perm_{{FIELD}}" id="perm_{{FIELD}}" value="1"{{#CHECKED}} checked{{/CHECKED}}{{#LOCKED}} disabled{{/LOCKED}} aria-describedby="perm_{{FIELD}}-help">
              <label class="form-check-label" for="perm_{{FIELD}}">{{LABEL}}</label>
              <div class="form-text mt-0" id="perm_{{FIELD}}-help">{{HELP}}{{#LOCKED}} You do not hold this permission yourself, so you cannot give it.{{/LOCKED}}</div>
            </div>{{/PERM}}
          </fieldset>{{/PERM_GROUP}}
        </div>
      </div>
      <div class="card-footer bg-white d-flex flex-wrap gap-2">
        <button type="submit" class="btn btn-primary">{{SUBMIT}}</button>
        <a class="btn btn-link" href="/account/roles">Cancel</a>
      </div>
    </form>
    {{/EDITABLE}}
    {{#BUILTIN}}
    <section class="card shadow-sm" aria-labelledby="perms-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="perms-title">What this role allows</h2></div>
      <div class="card-body">
        <p>{{BUILTIN_DESCRIPTION}}</p>
        <div class="row g-3">
          {{#PERM_GROUP}}<div class="col-md-6">
            <h3 class="h6 text-uppercase small fw-semibold text-body-secondary border-bottom pb-1">{{GROUP}}</h3>
            <ul class="list-unstyled mb-0">
              {{#PERM}}<li class="mb-2 d-flex gap-2">{{#YES}}<span class="text-success fw-bold" aria-hidden="true">&#10003;</span><span><span class="visually-hidden">Allowed: </span>{{LABEL}}<span class="d-block small text-body-secondary">{{HELP}}</span></span>{{/YES}}{{#NO}}<span class="text-body-tertiary" aria-hidden="true">&ndash;</span><span class="text-body-secondary"><span class="visually-hidden">Not allowed: </span><del>{{LABEL}}</del></span>{{/NO}}</li>
              {{/PERM}}
            </ul>
          </div>{{/PERM_GROUP}}
        </div>
      </div>
    </section>
    {{/BUILTIN}}
  </div>
  <div class="col-lg-4 d-flex flex-column gap-4">
    {{#USAGE}}
    <section class="card shadow-sm" aria-labelledby="usage-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="usage-title">Who has it</h2></div>
      <div class="card-body">
        <p class="mb-1">{{MEMBERS}} active {{MEMBERS_WORD}}{{#INACTIVE}}, {{COUNT}} deactivated{{/INACTIVE}}{{#INVITED}}, {{COUNT}} pending {{WORD}}{{/INVITED}}</p>
        <a href="/account/team?role={{ID}}">See them on the team page</a>
      </div>
    </section>
    {{/USAGE}}
    {{#BUILTIN}}
    <section class="card shadow-sm" aria-labelledby="dup-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="dup-title">Make your own version</h2></div>
      <form method="post" action="/account/roles/{{ID}}/duplicate" class="card-body">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <p class="small text-body-secondary">Built-in roles cannot be changed. A copy starts with the same permissions and is yours to change.</p>
        <button type="submit" class="btn btn-outline-primary">Duplicate</button>
      </form>
    </section>
    {{/BUILTIN}}
    {{#CUSTOM}}
    <section class="card shadow-sm" aria-labelledby="dup-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="dup-title">Copy</h2></div>
      <form method="post" action="/account/roles/{{ID}}/duplicate" class="card-body">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <p class="small text-body-secondary">A new role with the same permissions, to change separately.</p>
        <button type="submit" class="btn btn-outline-secondary">Duplicate</button>
      </form>
    </section>
    <section class="card shadow-sm border-danger-subtle" aria-labelledby="delete-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="delete-title">Delete</h2></div>
      <form method="post" action="/account/roles/{{ID}}/delete" class="card-body">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <p class="small text-body-secondary">Only a role nobody holds and no pending invitation offers can be deleted.</p>
        <button type="submit" class="btn btn-outline-danger">Delete role</button>
      </form>
    </section>
    {{/CUSTOM}}
  </div>
</div>
