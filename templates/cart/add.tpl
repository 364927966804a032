{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/cart">Cart</a></li><li class="breadcrumb-item active" aria-current="page">Add to cart</li></ol></nav>
<div class="row justify-content-center">
  <div class="col-md-8 col-lg-6">
    <h1 class="h3 mb-1">Add to cart</h1>
    <p class="text-body-secondary">This quantity cannot be ordered. Change it and add it again.</p>
    <form method="post" action="/cart/items" class="card shadow-sm" novalidate id="add-form">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="sku" value="{{SKU}}">
      <input type="hidden" name="return_to" value="{{RETURN_TO}}">
      <div class="card-body">
        <div class="small text-body-secondary font-monospace">{{SKU}}</div>
        <h2 class="h5"><a class="link-body-emphasis" href="/product/{{SKU}}">{{NAME}}</a></h2>
        <p class="small text-body-secondary" id="quantity-help">Unit: {{UNIT}}{{#PACK}} · sold in packs of {{PACK_SIZE}}{{/PACK}} · minimum order {{MOQ}}.{{#IN_CART}} Your cart already has {{QTY}}.{{/IN_CART}}</p>
        <label for="quantity" class="form-label">Quantity to add</label>
        <input type="text" inputmode="numeric" class="form-control is-invalid" id="quantity" name="quantity" value="{{QUANTITY}}" maxlength="12" autocomplete="off" aria-invalid="true" aria-describedby="quantity-error quantity-help">
        <div class="invalid-feedback d-block" id="quantity-error">{{MESSAGE}}</div>
      </div>
      <div class="card-footer bg-white d-flex flex-wrap justify-content-between gap-2">
        <a class="btn btn-link px-0" href="{{RETURN_TO}}">Back</a>
        <button type="submit" class="btn btn-primary">Add to cart</button>
      </div>
    </form>
  </div>
</div>
