{{%AUTOESCAPE context="HTML"}}
<div class="mb-3">
  <h1 class="h2 mb-1">Price lists</h1>
  <p class="text-body-secondary mb-0">Contract prices with quantity breaks. A company with a price list pays its prices; every other product at list price.</p>
</div>
{{#FORM_ERRORS}}<div class="alert alert-danger" role="alert"><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{LABEL}}</a>: {{MESSAGE}}</li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
<div class="row g-4">
  <div class="col-lg-8">
    <section class="card shadow-sm" aria-labelledby="lists-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="lists-title">All price lists</h2></div>
      {{#LIST}}
      <div class="table-responsive">
        <table class="table table-hover align-middle mb-0">
          <thead><tr><th scope="col">Name</th><th scope="col">Currency</th><th scope="col" class="text-end">Products</th><th scope="col" class="text-end">Prices</th><th scope="col">Used by</th></tr></thead>
          <tbody>
          {{#PRICE_LIST}}<tr>
            <td><a class="fw-semibold" href="/backoffice/price-lists/{{ID}}">{{NAME}}</a></td>
            <td>{{CURRENCY}}</td>
            <td class="text-end">{{PRODUCTS}}</td>
            <td class="text-end">{{ITEMS}}</td>
            <td>{{#COMPANIES}}{{NAMES}}{{/COMPANIES}}{{#NO_COMPANIES}}<span class="text-body-secondary">No company</span>{{/NO_COMPANIES}}</td>
          </tr>{{/PRICE_LIST}}
          </tbody>
        </table>
      </div>
      {{/LIST}}
      {{#EMPTY}}<div class="card-body"><p class="text-body-secondary mb-0">No price list yet.</p></div>{{/EMPTY}}
    </section>
  </div>
  <div class="col-lg-4">
    <section class="card shadow-sm" aria-labelledby="new-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="new-title">New price list</h2></div>
      <form method="post" action="/backoffice/price-lists" class="card-body" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <div class="mb-3">
          <label for="name" class="form-label">Name</label>
          <input type="text" class="form-control{{#NAME_INVALID}} is-invalid{{/NAME_INVALID}}" id="name" name="name" value="{{NAME}}" maxlength="100"{{#NAME_INVALID}} aria-invalid="true"{{/NAME_INVALID}}{{#NAME_ERROR}} aria-describedby="name-error"{{/NAME_ERROR}}>
          {{#NAME_ERROR}}<div class="invalid-feedback d-block" id="name-error">{{MESSAGE}}</div>{{/NAME_ERROR}}
        </div>
        <p class="small text-body-secondary">Prices are in USD.</p>
        <button type="submit" class="btn btn-primary">Create price list</button>
      </form>
    </section>
  </div>
</div>
