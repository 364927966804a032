{{%AUTOESCAPE context="HTML"}}
<div class="mb-4">
  <h1 class="h2 mb-1">Business units</h1>
  <p class="text-body-secondary mb-0">Your company as a tree of divisions, branches and departments. A unit's manager is the superior of its members, and a member who may see unit orders sees those of their unit and of every unit below it.</p>
</div>
{{#FORM_ERRORS}}<div class="alert alert-danger" role="alert" id="form-errors"><p class="fw-semibold mb-1">Please correct {{COUNT}} field(s):</p><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{LABEL}}</a>: {{MESSAGE}}</li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
<div class="row g-4">
  <div class="col-lg-8">
    <section class="card shadow-sm" aria-labelledby="tree-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="tree-title">The tree</h2></div>
      {{#NO_UNITS}}<div class="card-body"><p class="text-body-secondary mb-0">Your company has no units yet.</p></div>{{/NO_UNITS}}
      <div class="table-responsive position-relative">
        <table class="table align-middle mb-0">
          <thead><tr><th scope="col">Unit</th><th scope="col" class="d-none d-md-table-cell">Kind</th><th scope="col" class="d-none d-md-table-cell">Manager</th><th scope="col" class="text-end">Members</th></tr></thead>
          <tbody>
          {{#UNIT}}<tr>
            <td><div class="d-flex align-items-start">{{#INDENT}}<span class="flex-shrink-0 ms-3" aria-hidden="true"></span>{{/INDENT}}{{#CHILD}}<span class="flex-shrink-0 text-body-tertiary me-1" aria-hidden="true">&#9492;</span>{{/CHILD}}<div><a href="/account/units/{{ID}}"{{#TOP}} class="fw-semibold"{{/TOP}}>{{NAME}}</a><span class="visually-hidden">, level {{LEVEL}}{{#UNDER}}, under {{PARENT}}{{/UNDER}}</span>
              <div class="small text-body-secondary d-md-none">{{KIND}} · Manager: {{MANAGER}}</div></div></div></td>
            <td class="d-none d-md-table-cell">{{KIND}}</td>
            <td class="d-none d-md-table-cell">{{MANAGER}}</td>
            <td class="text-end">{{MEMBERS}}</td>
          </tr>{{/UNIT}}
          </tbody>
        </table>
      </div>
    </section>
  </div>
  <div class="col-lg-4">
    <section class="card shadow-sm" aria-labelledby="add-title" id="add">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="add-title">Add a unit</h2></div>
      <form method="post" action="/account/units" class="card-body" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <div class="mb-3">
          <label for="name" class="form-label">Name</label>
          <input type="text" class="form-control{{#NAME_INVALID}} is-invalid{{/NAME_INVALID}}" id="name" name="name" value="{{NAME}}" maxlength="100" required aria-required="true"{{#NAME_ERROR}} aria-describedby="name-error"{{/NAME_ERROR}}{{#NAME_INVALID}} aria-invalid="true"{{/NAME_INVALID}}>
          {{#NAME_ERROR}}<div class="invalid-feedback d-block" id="name-error">{{MESSAGE}}</div>{{/NAME_ERROR}}
        </div>
        <div class="mb-3">
          <label for="kind" class="form-label">Kind</label>
          <select class="form-select{{#KIND_INVALID}} is-invalid{{/KIND_INVALID}}" id="kind" name="kind"{{#KIND_ERROR}} aria-describedby="kind-error"{{/KIND_ERROR}}{{#KIND_INVALID}} aria-invalid="true"{{/KIND_INVALID}}>{{#KIND_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND_OPTION}}</select>
          {{#KIND_ERROR}}<div class="invalid-feedback d-block" id="kind-error">{{MESSAGE}}</div>{{/KIND_ERROR}}
        </div>
        <div class="mb-3">
          <label for="parent_id" class="form-label">Under</label>
          <select class="form-select{{#PARENT_ID_INVALID}} is-invalid{{/PARENT_ID_INVALID}}" id="parent_id" name="parent_id"{{#PARENT_ID_ERROR}} aria-describedby="parent_id-error"{{/PARENT_ID_ERROR}}{{#PARENT_ID_INVALID}} aria-invalid="true"{{/PARENT_ID_INVALID}}>{{#PARENT_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/PARENT_OPTION}}</select>
          {{#PARENT_ID_ERROR}}<div class="invalid-feedback d-block" id="parent_id-error">{{MESSAGE}}</div>{{/PARENT_ID_ERROR}}
        </div>
        <button type="submit" class="btn btn-primary">Add unit</button>
      </form>
    </section>
  </div>
</div>
