{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb">{{#IN_CATEGORY}}<li class="breadcrumb-item"><a href="/catalog">Catalog</a></li>{{/IN_CATEGORY}}{{#ALL}}<li class="breadcrumb-item active" aria-current="page">Catalog</li>{{/ALL}}{{#CRUMB}}{{#LINK}}<li class="breadcrumb-item"><a href="/catalog/{{SLUG}}">{{NAME}}</a></li>{{/LINK}}{{#CURRENT}}<li class="breadcrumb-item active" aria-current="page">{{NAME}}</li>{{/CURRENT}}{{/CRUMB}}</ol></nav>
<div class="d-flex flex-wrap justify-content-between align-items-end gap-2 mb-3">
  <div>
    <h1 class="h2 mb-1">{{HEADING}}</h1>
    <p class="text-body-secondary mb-0" id="price-note">{{#CONTRACT_NOTE}}Prices shown are your company's contract prices where your price list has one, otherwise list prices.{{/CONTRACT_NOTE}}{{#PUBLIC_NOTE}}Prices shown are public list prices.{{/PUBLIC_NOTE}}</p>
  </div>
</div>
<form method="get" action="/catalog/search" class="mb-3" role="search" aria-label="Search the catalog">
  <label for="q" class="visually-hidden">Search by SKU, name or description</label>
  <div class="input-group">
    <input type="search" class="form-control" id="q" name="q" value="" maxlength="200" placeholder="Search by SKU, name or description" autocomplete="off">
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
    {{#HAS_SUBCATEGORIES}}<section class="mb-3" aria-labelledby="sub-title"><h2 class="h6" id="sub-title">Subcategories</h2>
      <div class="d-flex flex-wrap gap-2" id="subcategories">{{#SUBCATEGORY}}<a class="btn btn-sm btn-outline-primary" href="/catalog/{{SLUG}}">{{NAME}} <span class="badge text-bg-light border ms-1">{{COUNT}}</span></a>{{/SUBCATEGORY}}</div>
    </section>{{/HAS_SUBCATEGORIES}}
    <p class="small text-body-secondary" role="status" id="product-count">{{#RANGE}}Showing {{FIRST}}–{{LAST}} of {{/RANGE}}{{TOTAL}} {{TOTAL_WORD}}</p>
    {{#NO_PRODUCTS}}<div class="alert alert-light border" role="status">No products here{{#PAGER}} on this page{{/PAGER}}.</div>{{/NO_PRODUCTS}}
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
          {{#ADD_TO_CART}}<form method="post" action="/cart/items" class="card-footer bg-white d-flex flex-wrap align-items-center gap-2 add-to-cart" novalidate><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="sku" value="{{SKU}}"><input type="hidden" name="return_to" value="{{RETURN_TO}}"><label for="qty-{{SKU}}" class="visually-hidden">Quantity of {{SKU}} ({{UNIT}})</label><input type="text" inputmode="numeric" class="form-control form-control-sm w-auto" id="qty-{{SKU}}" name="quantity" value="{{ADD_QTY}}" size="6" maxlength="12" autocomplete="off"><button type="submit" class="btn btn-sm btn-outline-primary">Add to cart<span class="visually-hidden"> {{SKU}}</span></button></form>{{/ADD_TO_CART}}
        </article>
      </div>
      {{/PRODUCT}}
    </div>
    {{#PAGER}}<nav aria-label="Pages of products" class="mt-4"><ul class="pagination justify-content-center">
      {{#PREV}}<li class="page-item"><a class="page-link" href="{{HREF}}" rel="prev">Previous</a></li>{{/PREV}}
      <li class="page-item active" aria-current="page"><span class="page-link">Page {{PAGE}} of {{PAGES}}</span></li>
      {{#NEXT}}<li class="page-item"><a class="page-link" href="{{HREF}}" rel="next">Next</a></li>{{/NEXT}}
    </ul></nav>{{/PAGER}}
  </div>
</div>
