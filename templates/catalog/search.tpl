{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/catalog">Catalog</a></li><li class="breadcrumb-item active" aria-current="page">Search</li></ol></nav>
<h1 class="h2 mb-1">Search the catalog</h1>
<p class="text-body-secondary" id="price-note">{{#CONTRACT_NOTE}}Prices shown are your company's contract prices where your price list has one, otherwise list prices.{{/CONTRACT_NOTE}}{{#PUBLIC_NOTE}}Prices shown are public list prices.{{/PUBLIC_NOTE}}</p>
<form method="get" action="/catalog/search" class="mb-3" role="search" aria-label="Search the catalog">
  <label for="q" class="visually-hidden">Search by SKU, name or description</label>
  <div class="input-group">
    <input type="search" class="form-control" id="q" name="q" value="{{Q}}" maxlength="200" placeholder="Search by SKU, name or description" autocomplete="off">
    <button type="submit" class="btn btn-primary">Search</button>
  </div>
</form>
<div class="row g-4">
  <aside class="col-lg-3" aria-label="Categories">
    <nav class="d-none d-lg-block card shadow-sm">
      <div class="card-header bg-white"><h2 class="h6 mb-0">Categories</h2></div>
      <div class="list-group list-group-flush" id="categories">
        {{#TOP_CATEGORY}}<a class="list-group-item list-group-item-action d-flex justify-content-between align-items-center{{#CURRENT}} active{{/CURRENT}}" href="/catalog/{{SLUG}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{NAME}} <span class="badge rounded-pill text-bg-light border">{{COUNT}}</span></a>{{/TOP_CATEGORY}}
      </div>
    </nav>
    <nav class="d-lg-none d-flex gap-2 overflow-auto pb-2" aria-label="Categories (compact)">
      {{#TOP_CATEGORY}}<a class="btn btn-sm text-nowrap {{BTN}}" href="/catalog/{{SLUG}}">{{NAME}}</a>{{/TOP_CATEGORY}}
    </nav>
  </aside>
  <div class="col-lg-9">
    {{#NO_QUERY}}<div class="card shadow-sm" id="empty-state"><div class="card-body text-center py-5">
      <h2 class="h5">What are you looking for?</h2>
      <p class="text-body-secondary mb-0">Type a SKU, a product name or a few words from its description, for example <a href="/catalog/search?q=hex%20screw">hex screw</a> or <a href="/catalog/search?q=gloves">gloves</a>.</p>
    </div></div>{{/NO_QUERY}}
    {{#SEARCHED}}
    <p class="small text-body-secondary" role="status" id="product-count">{{#RANGE}}Showing {{FIRST}}–{{LAST}} of {{/RANGE}}{{TOTAL}} {{TOTAL_WORD}} for “{{Q}}”</p>
    {{#NO_RESULTS}}<div class="card shadow-sm" id="empty-state"><div class="card-body text-center py-5">
      <h2 class="h5">No products match “{{Q}}”</h2>
      <p class="text-body-secondary mb-0">Check the spelling, use fewer words, or <a href="/catalog">browse the categories</a>.</p>
    </div></div>{{/NO_RESULTS}}
    {{#HAS_RESULTS}}
      <div class="row row-cols-1 row-cols-sm-2 row-cols-xl-3 g-3" id="products">
        {{#PRODUCT}}
        <div class="col">
          <article class="card h-100 shadow-sm product-card">
            <div class="card-body d-flex flex-column position-relative">
              <div class="small text-body-secondary font-monospace">{{SKU}}</div>
              <h3 class="h6 card-title mt-1"><a class="link-body-emphasis text-decoration-none stretched-link" href="/product/{{SKU}}">{{NAME}}</a></h3>
              <p class="small text-body-secondary mb-2">{{CATEGORY}} · unit: {{UNIT}}{{#PACK}}, pack of {{PACK_SIZE}}{{/PACK}} · min. order {{MOQ}}</p>
              <div class="mt-auto">
                <div class="d-flex flex-wrap align-items-baseline gap-2">
                  <span class="fs-5 fw-semibold price">{{PRICE}}</span><span class="small text-body-secondary">/ {{UNIT}}</span>
                  {{#WAS}}<span class="visually-hidden">List price </span><del class="small text-body-secondary">{{LIST_PRICE}}</del>{{/WAS}}
                </div>
                {{#CONTRACT}}<span class="badge text-bg-success price-source">Your contract price</span>{{/CONTRACT}}{{#PUBLIC}}<span class="badge text-bg-light border price-source">List price</span>{{/PUBLIC}}
              </div>
            </div>
            {{#ADD_TO_CART}}<form method="post" action="/cart/items" class="card-footer bg-white d-flex flex-wrap align-items-center gap-2 add-to-cart" novalidate><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="sku" value="{{SKU}}"><input type="hidden" name="return_to" value="{{RETURN_TO}}"><label for="qty-{{SKU}}" class="visually-hidden">Quantity of {{SKU}} ({{UNIT}})</label><input type="text" inputmode="numeric" class="form-control form-control-sm w-auto" id="qty-{{SKU}}" name="quantity" value="{{ADD_QTY}}" size="6" maxlength="12" autocomplete="off"><button type="submit" class="btn btn-sm btn-outline-primary">Add to cart<span class="visually-hidden"> {{SKU}}</span></button><a class="btn btn-sm btn-link add-to-list" href="/account/lists/add?sku={{SKU}}">Add to a list<span class="visually-hidden"> {{SKU}}</span></a></form>{{/ADD_TO_CART}}
          </article>
        </div>
        {{/PRODUCT}}
      </div>
      {{#PAGER}}<nav aria-label="Pages of products" class="mt-4"><ul class="pagination justify-content-center">
        {{#PREV}}<li class="page-item"><a class="page-link" href="{{HREF}}" rel="prev">Previous</a></li>{{/PREV}}
        <li class="page-item active" aria-current="page"><span class="page-link">Page {{PAGE}} of {{PAGES}}</span></li>
        {{#NEXT}}<li class="page-item"><a class="page-link" href="{{HREF}}" rel="next">Next</a></li>{{/NEXT}}
      </ul></nav>{{/PAGER}}
    {{/HAS_RESULTS}}
    {{/SEARCHED}}
  </div>
</div>
