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
  <div class="col-lg-8 d-flex flex-column gap-4">
    <section class="card shadow-sm" aria-labelledby="my-lists-title" id="my-lists">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="my-lists-title">Your lists</h2></div>
      {{#NO_LISTS}}<div class="card-body"><p class="text-body-secondary mb-0" id="no-lists">You have no lists yet. Create one here, or save your cart or an order as a list.</p></div>{{/NO_LISTS}}
      {{#MY_LISTS}}<ul class="list-group list-group-flush">
        {{#LIST}}<li class="list-group-item py-3 list-row" id="list-{{ID}}">
          <div class="d-flex flex-wrap justify-content-between align-items-baseline gap-2">
            <a class="fw-semibold" href="/account/lists/{{ID}}">{{NAME}}</a>
            <span class="small text-body-secondary text-nowrap">{{LINES}} {{LINE_WORD}}</span>
          </div>
          <div class="small text-body-secondary mt-1"><span class="badge text-bg-{{SHARING_BADGE}} border">{{SHARING}}</span>{{#UNIT}} {{UNIT_NAME}}{{/UNIT}} &middot; changed <time datetime="{{UPDATED_ISO}}">{{UPDATED}}</time></div>
        </li>{{/LIST}}
      </ul>{{/MY_LISTS}}
    </section>
    {{#SHARED_LISTS}}
    <section class="card shadow-sm" aria-labelledby="shared-lists-title" id="shared-lists">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="shared-lists-title">Order templates shared with you</h2></div>
      <ul class="list-group list-group-flush">
        {{#LIST}}<li class="list-group-item py-3 list-row" id="list-{{ID}}">
          <div class="d-flex flex-wrap justify-content-between align-items-baseline gap-2">
            <a class="fw-semibold" href="/account/lists/{{ID}}">{{NAME}}</a>
            <span class="small text-body-secondary text-nowrap">{{LINES}} {{LINE_WORD}}</span>
          </div>
          <div class="small text-body-secondary mt-1">{{OWNER}} &middot; <span class="badge text-bg-{{SHARING_BADGE}} border">{{SHARING}}</span>{{#UNIT}} {{UNIT_NAME}}{{/UNIT}}</div>
        </li>{{/LIST}}
      </ul>
    </section>
    {{/SHARED_LISTS}}
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
