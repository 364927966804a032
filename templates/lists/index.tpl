{{%AUTOESCAPE context="HTML"}}
<nav aria-label="Lists and requisitions"><ul class="nav nav-tabs mb-3">
  <li class="nav-item"><a class="nav-link active" aria-current="page" href="/account/lists">Shopping lists</a></li>
  <li class="nav-item"><a class="nav-link" href="/account/requisitions">Requisitions</a></li>
</ul></nav>
<div class="d-flex flex-wrap justify-content-between align-items-end gap-2 mb-3">
  <div>
    <h1 class="h2 mb-1">Shopping lists</h1>
    <p class="text-body-secondary mb-0">Products you order again and again, and your team's order templates, at today's prices.</p>
  </div>
</div>
<div class="row g-4">
  <div class="col-lg-8">
    <section class="card shadow-sm" aria-labelledby="lists-title" id="lists">
      <div class="card-header bg-white">
        <div class="d-flex flex-wrap justify-content-between align-items-baseline gap-2">
          <h2 class="h5 mb-0" id="lists-title">Lists and templates</h2>
          <span class="small text-body-secondary" id="lists-count">{{COUNT}} {{COUNT_WORD}}</span>
        </div>
        <form method="get" action="/account/lists" class="row g-2 mt-1" role="search" aria-label="Find lists">
          <div class="col-sm-6"><label for="q" class="visually-hidden">Name contains</label><input type="search" class="form-control form-control-sm{{#Q_ERROR}} is-invalid{{/Q_ERROR}}" id="q" name="q" value="{{Q}}" placeholder="Name contains" maxlength="100"{{#Q_ERROR}} aria-invalid="true" aria-describedby="q-error"{{/Q_ERROR}}>{{#Q_ERROR}}<div class="invalid-feedback" id="q-error">{{MESSAGE}}</div>{{/Q_ERROR}}</div>
          <div class="col-8 col-sm-4"><label for="show" class="visually-hidden">Whose lists</label><select class="form-select form-select-sm" id="show" name="show">{{#SHOW}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SHOW}}</select></div>
          <div class="col-4 col-sm-2"><button type="submit" class="btn btn-sm btn-outline-secondary w-100">Find</button></div>
        </form>
      </div>
      {{#NO_LISTS}}<div class="card-body"><p class="text-body-secondary mb-0" id="no-lists">You have no lists yet. Create one here, or save your cart or an order as a list.</p></div>{{/NO_LISTS}}
      {{#NO_MATCH}}<div class="card-body"><p class="text-body-secondary mb-0" id="no-match">No list matches. <a href="/account/lists">Show all lists</a></p></div>{{/NO_MATCH}}
      {{#HAS_LISTS}}<ul class="list-group list-group-flush">
{{#LIST}}<li class="list-group-item py-2 list-row" id="list-{{ID}}"><div class="d-flex flex-wrap justify-content-between align-items-baseline gap-2"><a class="fw-semibold" href="/account/lists/{{ID}}">{{NAME}}</a><span class="small text-body-secondary text-nowrap">{{LINES}} {{LINE_WORD}}</span></div>
<div class="small text-body-secondary">{{#SHARED}}<span class="list-owner">{{OWNER}}</span> &middot; {{/SHARED}}<span class="badge text-bg-{{SHARING_BADGE}} border">{{SHARING}}</span>{{#UNIT}} {{UNIT_NAME}}{{/UNIT}} &middot; changed <time datetime="{{UPDATED_ISO}}">{{UPDATED}}</time></div></li>
{{/LIST}}
      </ul>{{/HAS_LISTS}}
    </section>
    {{#PAGER}}
    <nav class="d-flex flex-wrap justify-content-between align-items-center gap-2 mt-3" aria-label="Pages of lists">
      <span class="text-body-secondary small">Page {{PAGE}} of {{PAGES}}</span>
      <ul class="pagination mb-0">
        {{#PREV}}<li class="page-item"><a class="page-link" href="{{HREF}}" rel="prev">Newer</a></li>{{/PREV}}
        {{#NO_PREV}}<li class="page-item disabled"><span class="page-link">Newer</span></li>{{/NO_PREV}}
        {{#NEXT}}<li class="page-item"><a class="page-link" href="{{HREF}}" rel="next">Older</a></li>{{/NEXT}}
        {{#NO_NEXT}}<li class="page-item disabled"><span class="page-link">Older</span></li>{{/NO_NEXT}}
      </ul>
    </nav>
    {{/PAGER}}
  </div>
  <div class="col-lg-4">
    {{#CREATE}}
    <form method="post" action="/account/lists" class="card shadow-sm" id="create-list" novalidate aria-labelledby="create-title">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="create-title">New list</h2></div>
      <div class="card-body">
        {{#FORM_ERRORS}}<div class="alert alert-danger" role="alert"><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{LABEL}}</a>: {{MESSAGE}}</li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
        <div class="mb-3">
          <label for="name" class="form-label">Name</label>
          <input type="text" class="form-control{{#NAME_INVALID}} is-invalid{{/NAME_INVALID}}" id="name" name="name" value="{{NAME}}" maxlength="100" required{{#NAME_INVALID}} aria-invalid="true" aria-describedby="name-error"{{/NAME_INVALID}}>
          {{#NAME_ERROR}}<div class="invalid-feedback" id="name-error">{{MESSAGE}}</div>{{/NAME_ERROR}}
        </div>
        <div>
          <label for="description" class="form-label">Description <span class="text-body-secondary">(optional)</span></label>
          <textarea class="form-control{{#DESCRIPTION_INVALID}} is-invalid{{/DESCRIPTION_INVALID}}" id="description" name="description" rows="3" maxlength="500"{{#DESCRIPTION_INVALID}} aria-invalid="true" aria-describedby="description-error"{{/DESCRIPTION_INVALID}}>{{DESCRIPTION}}</textarea>
          {{#DESCRIPTION_ERROR}}<div class="invalid-feedback" id="description-error">{{MESSAGE}}</div>{{/DESCRIPTION_ERROR}}
        </div>
      </div>
      <div class="card-footer bg-white"><button type="submit" class="btn btn-primary">Create list</button></div>
    </form>
    {{/CREATE}}
  </div>
</div>
