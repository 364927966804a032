{{%AUTOESCAPE context="HTML"}}
<div class="d-flex flex-wrap align-items-end justify-content-between gap-2 mb-4">
  <div>
    <h1 class="h2 mb-1">Roles and permissions</h1>
    <p class="text-body-secondary mb-0">A role is a named set of permissions. Give each member the role that fits what they do.</p>
  </div>
  <a class="btn btn-primary" href="/account/roles/new">New role</a>
</div>
<div class="d-flex flex-column gap-4">
  <section class="card shadow-sm" aria-labelledby="custom-title">
    <div class="card-header bg-white"><h2 class="h5 mb-0" id="custom-title">Your company's roles</h2></div>
    {{#NO_CUSTOM}}<div class="card-body"><p class="text-body-secondary mb-0">Your company has no roles of its own yet. Create one, or duplicate a built-in role below and change it.</p></div>{{/NO_CUSTOM}}
    {{#HAS_CUSTOM}}
    <div class="table-responsive position-relative">
      <table class="table align-middle mb-0">
        <thead><tr><th scope="col">Role</th><th scope="col" class="d-none d-sm-table-cell">Permissions</th><th scope="col">Members</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>
        {{/HAS_CUSTOM}}
        {{#CUSTOM}}<tr>
          <td><a class="fw-semibold" href="/account/roles/{{ID}}">{{NAME}}</a>{{#DESC}}<div class="small text-body-secondary">{{TEXT}}</div>{{/DESC}}<div class="small text-body-secondary d-sm-none">{{PERMISSION_COUNT}} of {{PERMISSION_TOTAL}} permissions</div></td>
          <td class="text-nowrap d-none d-sm-table-cell">{{PERMISSION_COUNT}} of {{PERMISSION_TOTAL}}</td>
          <td class="text-nowrap">{{MEMBERS}} {{MEMBERS_WORD}}{{#INACTIVE}}<div class="small text-body-secondary">+ {{COUNT}} deactivated</div>{{/INACTIVE}}{{#INVITED}}<div class="small text-body-secondary">+ {{COUNT}} pending {{WORD}}</div>{{/INVITED}}</td>
          <td class="text-end">
            <a class="btn btn-outline-primary btn-sm" href="/account/roles/{{ID}}">Edit<span class="visually-hidden"> {{NAME}}</span></a>
            <form method="post" action="/account/roles/{{ID}}/duplicate" class="d-inline"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="btn btn-outline-secondary btn-sm">Duplicate<span class="visually-hidden"> {{NAME}}</span></button></form>
          </td>
        </tr>{{/CUSTOM}}
        {{#HAS_CUSTOM}}
        </tbody>
      </table>
    </div>
    {{/HAS_CUSTOM}}
  </section>

  <section class="card shadow-sm" aria-labelledby="builtin-title">
    <div class="card-header bg-white"><h2 class="h5 mb-0" id="builtin-title">Built-in roles</h2></div>
    <div class="card-body pb-0"><p class="small text-body-secondary mb-2">Every company has these. They cannot be changed; duplicate one to start your own version.</p></div>
    <div class="table-responsive position-relative">
      <table class="table align-middle mb-0">
        <thead><tr><th scope="col">Role</th><th scope="col" class="d-none d-sm-table-cell">Permissions</th><th scope="col">Members</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>
        {{#BUILTIN}}<tr>
          <td><a class="fw-semibold" href="/account/roles/{{ID}}">{{NAME}}</a> <span class="badge text-bg-light border">Built-in</span>{{#DESC}}<div class="small text-body-secondary">{{TEXT}}</div>{{/DESC}}<div class="small text-body-secondary d-sm-none">{{PERMISSION_COUNT}} of {{PERMISSION_TOTAL}} permissions</div></td>
          <td class="text-nowrap d-none d-sm-table-cell">{{PERMISSION_COUNT}} of {{PERMISSION_TOTAL}}</td>
          <td class="text-nowrap">{{MEMBERS}} {{MEMBERS_WORD}}{{#INACTIVE}}<div class="small text-body-secondary">+ {{COUNT}} deactivated</div>{{/INACTIVE}}{{#INVITED}}<div class="small text-body-secondary">+ {{COUNT}} pending {{WORD}}</div>{{/INVITED}}</td>
          <td class="text-end">
            <form method="post" action="/account/roles/{{ID}}/duplicate" class="d-inline"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="btn btn-outline-secondary btn-sm">Duplicate<span class="visually-hidden"> {{NAME}}</span></button></form>
          </td>
        </tr>{{/BUILTIN}}
        </tbody>
      </table>
    </div>
  </section>

  <section class="card shadow-sm" aria-labelledby="matrix-title">
    <div class="card-header bg-white"><h2 class="h5 mb-0" id="matrix-title">Who may do what</h2></div>
    <div class="table-responsive position-relative" tabindex="0" role="region" aria-labelledby="matrix-title">
      <table class="table table-sm table-bordered align-middle text-center mb-0" aria-describedby="matrix-title">
        <thead><tr><th scope="col" class="text-start">Permission</th>{{#MATRIX_ROLE}}<th scope="col">{{NAME}}</th>{{/MATRIX_ROLE}}</tr></thead>
        {{#MATRIX_GROUP}}<tbody>
          <tr class="table-light"><th scope="colgroup" colspan="{{COLSPAN}}" class="text-start">{{GROUP}}</th></tr>
          {{#MATRIX_PERM}}<tr><th scope="row" class="text-start fw-normal">{{LABEL}}</th>{{#CELL}}<td>{{#YES}}<span class="text-success fw-bold" aria-hidden="true">&#10003;</span><span class="visually-hidden">Yes</span>{{/YES}}{{#NO}}<span class="text-body-tertiary" aria-hidden="true">&ndash;</span><span class="visually-hidden">No</span>{{/NO}}</td>{{/CELL}}</tr>
          {{/MATRIX_PERM}}
        </tbody>{{/MATRIX_GROUP}}
      </table>
    </div>
  </section>
</div>
