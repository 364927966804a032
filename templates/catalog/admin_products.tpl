{{%AUTOESCAPE context="HTML"}}
<div class="d-flex flex-wrap justify-content-between align-items-end gap-2 mb-3">
  <div>
    <h1 class="h2 mb-1">Products</h1>
    <p class="text-body-secondary mb-0">The catalog: find a product to edit it, or add a new one. Contract prices live in <a href="/backoffice/price-lists">price lists</a>.</p>
  </div>
  <div class="d-flex gap-2"><a class="btn btn-outline-primary" href="/backoffice/price-lists">Price lists</a><a class="btn btn-primary" href="/backoffice/products/new">New product</a></div>
</div>
<form method="get" action="/backoffice/products" class="card shadow-sm mb-3" role="search" novalidate>
  <div class="card-body row g-2 align-items-end">
    <div class="col-md-5">
      <label for="q" class="form-label">SKU or name</label>
      <input type="search" class="form-control{{#Q_ERROR}} is-invalid{{/Q_ERROR}}" id="q" name="q" value="{{Q}}" maxlength="100" placeholder="e.g. NIT-GLV or gloves"{{#Q_ERROR}} aria-invalid="true"{{/Q_ERROR}}{{#Q_ERROR}} aria-describedby="q-error"{{/Q_ERROR}}>
      {{#Q_ERROR}}<div class="invalid-feedback d-block" id="q-error">{{MESSAGE}}</div>{{/Q_ERROR}}
    </div>
    <div class="col-sm-6 col-md-3">
      <label for="category" class="form-label">Category</label>
      <select class="form-select" id="category" name="category">
        <option value="">Any category</option>
        {{#CATEGORY}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/CATEGORY}}
      </select>
    </div>
    <div class="col-sm-6 col-md-2">
      <label for="active" class="form-label">Status</label>
      <select class="form-select" id="active" name="active">
        <option value="">Any</option>
        {{#ACTIVE_CHOICE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ACTIVE_CHOICE}}
      </select>
    </div>
    <div class="col-md-2 d-flex gap-2">
      <button type="submit" class="btn btn-primary flex-grow-1">Search</button>
      {{#FILTERED}}<a class="btn btn-outline-secondary" href="/backoffice/products">Clear</a>{{/FILTERED}}
    </div>
  </div>
</form>
<section class="card shadow-sm" aria-labelledby="products-title">
  <div class="card-header bg-white d-flex justify-content-between align-items-center">
    <h2 class="h5 mb-0" id="products-title">Catalog</h2>
    {{#HAS_ROWS}}<span class="small text-body-secondary">{{TOTAL}} found</span>{{/HAS_ROWS}}
  </div>
  {{#LIST}}
  <div class="table-responsive">
    <table class="table table-hover align-middle mb-0">
      <thead><tr><th scope="col">SKU</th><th scope="col">Name</th><th scope="col">Category</th><th scope="col">Unit / pack</th><th scope="col" class="text-end">List price</th><th scope="col">Status</th></tr></thead>
      <tbody>
      {{#PRODUCT}}<tr>
        <td class="text-nowrap"><a class="fw-semibold font-monospace" href="/backoffice/products/{{ID}}">{{SKU}}</a></td>
        <td>{{NAME}}</td>
        <td>{{CATEGORY}}</td>
        <td class="text-nowrap">{{PACK}}</td>
        <td class="text-end text-nowrap">{{PRICE}}</td>
        <td>{{#ACTIVE}}<span class="badge text-bg-success">Active</span>{{/ACTIVE}}{{#INACTIVE}}<span class="badge text-bg-secondary">Inactive</span>{{/INACTIVE}}</td>
      </tr>{{/PRODUCT}}
      </tbody>
    </table>
  </div>
  {{/LIST}}
  {{#EMPTY}}<div class="card-body"><p class="text-body-secondary mb-0">No product matches.</p></div>{{/EMPTY}}
</section>
{{#PAGER}}
<nav class="d-flex flex-wrap justify-content-between align-items-center gap-2 mt-3" aria-label="Pages">
  <span class="text-body-secondary small">Page {{PAGE}} of {{PAGES}}</span>
  <ul class="pagination mb-0">
    {{#PREV}}<li class="page-item"><a class="page-link" href="{{HREF}}" rel="prev">Previous</a></li>{{/PREV}}
    {{#NO_PREV}}<li class="page-item disabled"><span class="page-link">Previous</span></li>{{/NO_PREV}}
    {{#NEXT}}<li class="page-item"><a class="page-link" href="{{HREF}}" rel="next">Next</a></li>{{/NEXT}}
    {{#NO_NEXT}}<li class="page-item disabled"><span class="page-link">Next</span></li>{{/NO_NEXT}}
  </ul>
</nav>
{{/PAGER}}
