{{%AUTOESCAPE context="HTML"}}
{{! One shipping method with its weight bands (BAND rows: ROW, WEIGHT in kg, COST). }}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/backoffice/shipping">Shipping, tax and payment</a></li><li class="breadcrumb-item active" aria-current="page">{{METHOD_TITLE}}</li></ol></nav>
<div class="d-flex flex-wrap align-items-center gap-3 mb-3">
  <h1 class="h2 mb-0">{{METHOD_TITLE}}</h1>
  {{#IS_ACTIVE}}<span class="badge text-bg-success fs-6">Active</span>{{/IS_ACTIVE}}{{#IS_INACTIVE}}<span class="badge text-bg-secondary fs-6">Inactive</span>{{/IS_INACTIVE}}
</div>
{{#FORM_ERRORS}}<div class="alert alert-danger" role="alert" id="form-errors"><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{LABEL}}</a>: {{MESSAGE}}</li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
<form method="post" action="/backoffice/shipping/methods/{{ID}}" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="row g-4">
  <div class="col-lg-7">
    <section class="card shadow-sm" aria-labelledby="method-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="method-title">Method</h2></div>
      <div class="card-body row g-3">
        <div class="col-12">
          <label for="name" class="form-label">Name</label>
          <input type="text" class="form-control{{#NAME_INVALID}} is-invalid{{/NAME_INVALID}}" id="name" name="name" value="{{NAME}}" maxlength="80"{{#NAME_INVALID}} aria-invalid="true"{{/NAME_INVALID}}{{#NAME_ERROR}} aria-describedby="name-error"{{/NAME_ERROR}}>
          {{#NAME_ERROR}}<div class="invalid-feedback d-block" id="name-error">{{MESSAGE}}</div>{{/NAME_ERROR}}
        </div>
        <div class="col-12">
          <label for="description" class="form-label">Description <span class="text-body-secondary small">(optional)</span></label>
          <input type="text" class="form-control{{#DESCRIPTION_INVALID}} is-invalid{{/DESCRIPTION_INVALID}}" id="description" name="description" value="{{DESCRIPTION}}" maxlength="300"{{#DESCRIPTION_INVALID}} aria-invalid="true"{{/DESCRIPTION_INVALID}}{{#DESCRIPTION_ERROR}} aria-describedby="description-error"{{/DESCRIPTION_ERROR}}>
          {{#DESCRIPTION_ERROR}}<div class="invalid-feedback d-block" id="description-error">{{MESSAGE}}</div>{{/DESCRIPTION_ERROR}}
        </div>
        <div class="col-md-6">
          <label for="kind" class="form-label">Pricing</label>
          <select class="form-select{{#KIND_INVALID}} is-invalid{{/KIND_INVALID}}" id="kind" name="kind"{{#KIND_INVALID}} aria-invalid="true"{{/KIND_INVALID}}{{#KIND_ERROR}} aria-describedby="kind-error"{{/KIND_ERROR}}>
            <option value="flat"{{#KIND_FLAT}} selected{{/KIND_FLAT}}>Flat price</option>
            <option value="weight"{{#KIND_WEIGHT}} selected{{/KIND_WEIGHT}}>By weight bands</option>
          </select>
          {{#KIND_ERROR}}<div class="invalid-feedback d-block" id="kind-error">{{MESSAGE}}</div>{{/KIND_ERROR}}
        </div>
        <div class="col-md-6">
          <label for="flat_cost" class="form-label">Flat cost (USD)</label>
          <input type="text" inputmode="decimal" class="form-control{{#FLAT_COST_INVALID}} is-invalid{{/FLAT_COST_INVALID}}" id="flat_cost" name="flat_cost" value="{{FLAT_COST}}" maxlength="16" placeholder="12.50"{{#FLAT_COST_INVALID}} aria-invalid="true"{{/FLAT_COST_INVALID}} aria-describedby="flat_cost-help{{#FLAT_COST_ERROR}} flat_cost-error{{/FLAT_COST_ERROR}}">
          {{#FLAT_COST_ERROR}}<div class="invalid-feedback d-block" id="flat_cost-error">{{MESSAGE}}</div>{{/FLAT_COST_ERROR}}
          <div class="form-text" id="flat_cost-help">For a flat price; 0 for free.</div>
        </div>
        <div class="col-6">
          <label for="sort_order" class="form-label">Sort order</label>
          <input type="text" inputmode="numeric" class="form-control{{#SORT_ORDER_INVALID}} is-invalid{{/SORT_ORDER_INVALID}}" id="sort_order" name="sort_order" value="{{SORT_ORDER}}" maxlength="4"{{#SORT_ORDER_INVALID}} aria-invalid="true"{{/SORT_ORDER_INVALID}}{{#SORT_ORDER_ERROR}} aria-describedby="sort_order-error"{{/SORT_ORDER_ERROR}}>
          {{#SORT_ORDER_ERROR}}<div class="invalid-feedback d-block" id="sort_order-error">{{MESSAGE}}</div>{{/SORT_ORDER_ERROR}}
        </div>
        <div class="col-6 d-flex align-items-end">
          <div class="form-check mb-2">
            <input class="form-check-input" type="checkbox" id="active" name="active" value="1"{{#ACTIVE_CHECKED}} checked{{/ACTIVE_CHECKED}}>
            <label class="form-check-label" for="active">Offered to buyers</label>
          </div>
        </div>
      </div>
    </section>
  </div>
  <div class="col-lg-5">
    <section class="card shadow-sm" aria-labelledby="bands-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="bands-title">Weight bands</h2></div>
      <fieldset class="card-body" id="bands" aria-describedby="bands-help{{#BANDS_INVALID}} bands-error{{/BANDS_INVALID}}">
        <legend class="visually-hidden">Weight bands</legend>
        <p class="small text-body-secondary" id="bands-help">An order pays the band with the smallest weight not below its own. Heavier than every band: the method is not offered. Leave a row empty to remove it.</p>
        {{#BANDS_ERROR}}<div class="invalid-feedback d-block mb-2" id="bands-error">{{MESSAGE}}</div>{{/BANDS_ERROR}}
        <table class="table table-sm align-middle mb-0">
          <thead><tr><th scope="col">Up to (kg)</th><th scope="col">Cost (USD)</th></tr></thead>
          <tbody>
          {{#BAND}}<tr>
            <td><label class="visually-hidden" for="band_weight-{{ROW}}">Band {{ROW}}: up to kg</label><input type="text" inputmode="decimal" class="form-control form-control-sm{{#BANDS_INVALID}} is-invalid{{/BANDS_INVALID}}" id="band_weight-{{ROW}}" name="band_weight" value="{{WEIGHT}}" maxlength="12"></td>
            <td><label class="visually-hidden" for="band_cost-{{ROW}}">Band {{ROW}}: cost</label><input type="text" inputmode="decimal" class="form-control form-control-sm{{#BANDS_INVALID}} is-invalid{{/BANDS_INVALID}}" id="band_cost-{{ROW}}" name="band_cost" value="{{COST}}" maxlength="16"></td>
          </tr>{{/BAND}}
          </tbody>
        </table>
      </fieldset>
    </section>
  </div>
  <div class="col-12 d-flex flex-wrap gap-2">
    <button type="submit" class="btn btn-primary">Save shipping method</button>
    <a class="btn btn-outline-secondary" href="/backoffice/shipping">Back</a>
  </div>
</div>
</form>
