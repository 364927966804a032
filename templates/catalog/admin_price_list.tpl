{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/backoffice/price-lists">Price lists</a></li><li class="breadcrumb-item active" aria-current="page">{{LIST_NAME}}</li></ol></nav>
<div class="d-flex flex-wrap align-items-center gap-3 mb-3">
  <h1 class="h2 mb-0">{{LIST_NAME}}</h1>
  <span class="badge text-bg-light border fs-6">{{CURRENCY}}</span>
</div>
{{#FORM_ERRORS}}<div class="alert alert-danger" role="alert"><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{LABEL}}</a>: {{MESSAGE}}</li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
<div class="row g-4">
  <div class="col-lg-8 d-flex flex-column gap-4">
    <section class="card shadow-sm" aria-labelledby="price-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="price-title">Add or change a price</h2></div>
      <form method="post" action="/backoffice/price-lists/{{ID}}/items" class="card-body row g-2 align-items-start" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <div class="col-sm-4">
          <label for="sku" class="form-label">SKU</label>
          <input type="text" class="form-control{{#SKU_INVALID}} is-invalid{{/SKU_INVALID}}" id="sku" name="sku" value="{{SKU}}" maxlength="40" autocomplete="off" spellcheck="false"{{#SKU_INVALID}} aria-invalid="true"{{/SKU_INVALID}}{{#SKU_ERROR}} aria-describedby="sku-error"{{/SKU_ERROR}}>
          {{#SKU_ERROR}}<div class="invalid-feedback d-block" id="sku-error">{{MESSAGE}}</div>{{/SKU_ERROR}}
        </div>
        <div class="col-6 col-sm-3">
          <label for="min_qty" class="form-label">From quantity</label>
          <input type="text" inputmode="numeric" class="form-control{{#MIN_QTY_INVALID}} is-invalid{{/MIN_QTY_INVALID}}" id="min_qty" name="min_qty" value="{{MIN_QTY}}" maxlength="9"{{#MIN_QTY_INVALID}} aria-invalid="true"{{/MIN_QTY_INVALID}}{{#MIN_QTY_ERROR}} aria-describedby="min_qty-error"{{/MIN_QTY_ERROR}}>
          {{#MIN_QTY_ERROR}}<div class="invalid-feedback d-block" id="min_qty-error">{{MESSAGE}}</div>{{/MIN_QTY_ERROR}}
        </div>
        <div class="col-6 col-sm-3">
          <label for="price" class="form-label">Contract price</label>
          <input type="text" inputmode="decimal" class="form-control{{#PRICE_INVALID}} is-invalid{{/PRICE_INVALID}}" id="price" name="price" value="{{PRICE}}" maxlength="14" placeholder="12.50"{{#PRICE_INVALID}} aria-invalid="true"{{/PRICE_INVALID}}{{#PRICE_ERROR}} aria-describedby="price-error"{{/PRICE_ERROR}}>
          {{#PRICE_ERROR}}<div class="invalid-feedback d-block" id="price-error">{{MESSAGE}}</div>{{/PRICE_ERROR}}
        </div>
        <div class="col-sm-2 pt-sm-4 mt-sm-2">
          <button type="submit" class="btn btn-primary w-100">Save price</button>
        </div>
        <p class="form-text mb-0">Saving a price for a SKU and quantity that is already on the list changes it.</p>
      </form>
    </section>
    <section class="card shadow-sm" aria-labelledby="items-title">
      <div class="card-header bg-white d-flex justify-content-between align-items-center">
        <h2 class="h5 mb-0" id="items-title">Prices</h2>
        {{#HAS_ITEMS}}<span class="small text-body-secondary">{{ITEM_COUNT}} prices</span>{{/HAS_ITEMS}}
      </div>
      {{#HAS_ITEMS}}
      <div class="table-responsive">
        <table class="table table-sm table-hover align-middle mb-0">
          <thead><tr><th scope="col">SKU</th><th scope="col">Product</th><th scope="col" class="text-end">List price</th><th scope="col" class="text-end">From qty</th><th scope="col" class="text-end">Contract price</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
          <tbody>
          {{#PRICE_ROW}}<tr>
            <td class="text-nowrap font-monospace">{{SKU}}</td>
            <td>{{PRODUCT}}</td>
            <td class="text-end text-nowrap">{{LIST_PRICE}}</td>
            <td class="text-end">{{MIN_QTY}}</td>
            <td class="text-end text-nowrap fw-semibold">{{PRICE}}{{#DISCOUNT}} <span class="badge text-bg-success-subtle text-success-emphasis">−{{OFF}}</span>{{/DISCOUNT}}</td>
            <td class="text-end">
              <form method="post" action="/backoffice/price-lists/{{ID}}/items/delete" class="d-inline">
                <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
                <input type="hidden" name="sku" value="{{SKU}}">
                <input type="hidden" name="min_qty" value="{{MIN_QTY}}">
                <button type="submit" class="btn btn-outline-danger btn-sm" aria-label="Remove the price of {{SKU}} from {{MIN_QTY}}">Remove</button>
              </form>
            </td>
          </tr>{{/PRICE_ROW}}
          </tbody>
        </table>
      </div>
      {{/HAS_ITEMS}}
      {{#NO_ITEMS}}<div class="card-body"><p class="text-body-secondary mb-0">No prices yet: companies on this list pay list prices.</p></div>{{/NO_ITEMS}}
    </section>
  </div>
  <div class="col-lg-4 d-flex flex-column gap-4">
    <section class="card shadow-sm" aria-labelledby="companies-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="companies-title">Companies using this list</h2></div>
      <ul class="list-group list-group-flush">
        {{#USER}}<li class="list-group-item d-flex justify-content-between align-items-center gap-2">
          <a href="/backoffice/companies/{{COMPANY_ID}}">{{COMPANY}}</a>
          <form method="post" action="/backoffice/price-lists/{{ID}}/assign" class="d-inline">
            <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
            <input type="hidden" name="company_id" value="{{COMPANY_ID}}">
            <input type="hidden" name="action" value="remove">
            <button type="submit" class="btn btn-outline-secondary btn-sm" aria-label="Remove {{COMPANY}} from this list">Remove</button>
          </form>
        </li>{{/USER}}
        {{#NO_USERS}}<li class="list-group-item text-body-secondary">No company uses this list.</li>{{/NO_USERS}}
      </ul>
      <form method="post" action="/backoffice/price-lists/{{ID}}/assign" class="card-body border-top" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="action" value="assign">
        <label for="company_id" class="form-label">Assign to a company</label>
        <select class="form-select{{#COMPANY_ID_INVALID}} is-invalid{{/COMPANY_ID_INVALID}}" id="company_id" name="company_id"{{#COMPANY_ID_INVALID}} aria-invalid="true"{{/COMPANY_ID_INVALID}} aria-describedby="company_id-help{{#COMPANY_ID_ERROR}} company_id-error{{/COMPANY_ID_ERROR}}">
          <option value="">Choose a company</option>
          {{#COMPANY_CHOICE}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}{{#CURRENT}} (now: {{LIST}}){{/CURRENT}}</option>{{/COMPANY_CHOICE}}
        </select>
        <div class="form-text" id="company_id-help">A company has one price list; assigning replaces its current one.</div>
        {{#COMPANY_ID_ERROR}}<div class="invalid-feedback d-block" id="company_id-error">{{MESSAGE}}</div>{{/COMPANY_ID_ERROR}}
        <button type="submit" class="btn btn-primary mt-2">Assign</button>
      </form>
    </section>
    <section class="card shadow-sm" aria-labelledby="rename-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="rename-title">Rename</h2></div>
      <form method="post" action="/backoffice/price-lists/{{ID}}" class="card-body" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <label for="name" class="form-label">Name</label>
        <input type="text" class="form-control{{#NAME_INVALID}} is-invalid{{/NAME_INVALID}}" id="name" name="name" value="{{NAME}}" maxlength="100"{{#NAME_INVALID}} aria-invalid="true"{{/NAME_INVALID}}{{#NAME_ERROR}} aria-describedby="name-error"{{/NAME_ERROR}}>
        {{#NAME_ERROR}}<div class="invalid-feedback d-block" id="name-error">{{MESSAGE}}</div>{{/NAME_ERROR}}
        <button type="submit" class="btn btn-outline-primary mt-2">Rename</button>
      </form>
    </section>
  </div>
</div>
