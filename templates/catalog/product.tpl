{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/catalog">Catalog</a></li>{{#CRUMB}}<li class="breadcrumb-item"><a href="/catalog/{{SLUG}}">{{NAME}}</a></li>{{/CRUMB}}<li class="breadcrumb-item active text-truncate" aria-current="page">{{SKU}}</li></ol></nav>
<div class="row g-4">
  <div class="col-lg-7">
    <div class="small text-body-secondary font-monospace mb-1">SKU {{SKU}}</div>
    <h1 class="h3 mb-3">{{NAME}}</h1>
    <p class="lead fs-6" id="description">{{DESCRIPTION}}</p>
    <section class="card shadow-sm" aria-labelledby="details-title">
      <div class="card-header bg-white"><h2 class="h6 mb-0" id="details-title">Details</h2></div>
      <div class="card-body">
        <dl class="row mb-0" id="details">
          <dt class="col-sm-5">SKU</dt><dd class="col-sm-7 font-monospace">{{SKU}}</dd>
          <dt class="col-sm-5">Unit of measure</dt><dd class="col-sm-7">{{UNIT}}</dd>
          <dt class="col-sm-5">Pack size</dt><dd class="col-sm-7">{{PACK_SIZE}}</dd>
          <dt class="col-sm-5">Minimum order quantity</dt><dd class="col-sm-7">{{MOQ}}</dd>
          <dt class="col-sm-5">Weight</dt><dd class="col-sm-7">{{WEIGHT}}</dd>
        </dl>
      </div>
    </section>
  </div>
  <div class="col-lg-5">
    <section class="card shadow-sm border-primary-subtle" aria-labelledby="price-title" id="price-block">
      <div class="card-header bg-white"><h2 class="h6 mb-0" id="price-title">Price</h2></div>
      <div class="card-body">
        <div class="d-flex flex-wrap align-items-baseline gap-2">
          <span class="display-6 fw-semibold price">{{PRICE}}</span><span class="text-body-secondary">/ {{UNIT}}</span>
          {{#WAS}}<span class="visually-hidden">List price </span><del class="text-body-secondary">{{LIST_PRICE}}</del>{{/WAS}}
        </div>
        <p class="mb-2">{{#CONTRACT}}<span class="badge text-bg-success price-source">Your contract price</span>{{/CONTRACT}}{{#PUBLIC}}<span class="badge text-bg-light border price-source">List price</span>{{/PUBLIC}}</p>
        <p class="small text-body-secondary mb-0">For the minimum order of {{MOQ}} {{UNIT}}.{{#CONTRACT_NOTE}} Prices come from your company's price list.{{/CONTRACT_NOTE}}{{#PUBLIC_NOTE}} This is the public list price.{{/PUBLIC_NOTE}}</p>
      </div>
      {{#ADD_TO_CART}}
      <form method="post" action="/cart/items" class="card-body border-top" id="add-to-cart" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="sku" value="{{SKU}}">
        <input type="hidden" name="return_to" value="{{RETURN_TO}}">
        <label for="quantity" class="form-label fw-semibold">Quantity</label>
        <div class="input-group">
          <input type="text" inputmode="numeric" class="form-control" id="quantity" name="quantity" value="{{ADD_QTY}}" maxlength="12" autocomplete="off" aria-describedby="quantity-help">
          <span class="input-group-text">{{UNIT}}</span>
          <button type="submit" class="btn btn-primary">Add to cart</button>
        </div>
        <div class="form-text" id="quantity-help">{{#PACK}}Sold in packs of {{PACK_SIZE}}. {{/PACK}}Minimum order {{MOQ}}.</div>
      </form>
      {{/ADD_TO_CART}}
      <div class="card-body border-top py-2"><a class="btn btn-link px-0" id="add-to-list" href="/account/lists/add?sku={{SKU}}">Add to a shopping list</a></div>
      {{#BREAKS}}
      <div class="table-responsive border-top" tabindex="0" role="region" aria-labelledby="price-title">
        <table class="table table-sm mb-0" id="breaks">
          <caption class="px-3 small">Quantity breaks of your price list</caption>
          <thead><tr><th scope="col" class="ps-3">Quantity</th><th scope="col" class="text-end pe-3">Unit price</th></tr></thead>
          <tbody>
            {{#BELOW_FIRST}}<tr><td class="ps-3">under {{UNDER}}</td><td class="text-end pe-3">{{PRICE}} each (list price)</td></tr>{{/BELOW_FIRST}}
            {{#BREAK}}<tr><td class="ps-3">from {{MIN_QTY}}</td><td class="text-end pe-3">{{PRICE}} each</td></tr>{{/BREAK}}
          </tbody>
        </table>
      </div>
      {{/BREAKS}}
    </section>
  </div>
</div>
