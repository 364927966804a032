{{%AUTOESCAPE context="HTML"}}
<div class="d-flex flex-wrap justify-content-between align-items-end gap-2 mb-3">
  <div>
    <h1 class="h2 mb-1">Your cart</h1>
    <p class="text-body-secondary mb-0" id="cart-count">{{#HAS_LINES}}{{LINE_COUNT}} {{LINE_WORD}}, {{UNIT_COUNT}} units, at today's prices.{{/HAS_LINES}}{{#EMPTY}}Nothing in it yet.{{/EMPTY}}</p>
  </div>
  <div class="d-flex flex-wrap gap-2">
    <a class="btn btn-outline-secondary" href="/catalog">Continue shopping</a>
    {{#HAS_LINES}}{{#EDITABLE}}<a class="btn btn-outline-primary" href="/quick-order">Quick order</a>{{/EDITABLE}}{{/HAS_LINES}}
  </div>
</div>
{{#READ_ONLY}}<div class="alert alert-info" role="status" id="read-only">You are viewing this account read-only, as the customer sees it. Each member's cart is their own, so there is nothing to show here.</div>{{/READ_ONLY}}
{{#FORM_ERRORS}}<div class="alert alert-danger" role="alert" id="form-errors"><p class="fw-semibold mb-1">Nothing was saved. Please correct these quantities:</p><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{SKU}}</a>: {{MESSAGE}}</li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
{{#PRICES_CHANGED}}<div class="alert alert-warning" role="status" id="price-notice">The price of {{COUNT}} {{WORD}} changed since you added it to your cart. The cart shows today's prices, and checkout uses them.</div>{{/PRICES_CHANGED}}
{{#PROBLEMS}}<div class="alert alert-danger" role="status" id="problems">{{COUNT}} {{WORD}} your attention before you can check out: see the messages below.</div>{{/PROBLEMS}}
{{#EMPTY}}
<section class="card shadow-sm" id="empty-state" aria-labelledby="empty-title">
  <div class="card-body text-center py-5">
    <h2 class="h5" id="empty-title">Your cart is empty</h2>
    <p class="text-body-secondary">Find products in the catalog{{#CAN_QUICK_ORDER}}, or paste a list of SKUs and quantities into a quick order{{/CAN_QUICK_ORDER}}.</p>
    <div class="d-flex flex-wrap justify-content-center gap-2">
      <a class="btn btn-primary" href="/catalog">Browse the catalog</a>
      {{#CAN_QUICK_ORDER}}<a class="btn btn-outline-primary" href="/quick-order">Quick order</a>{{/CAN_QUICK_ORDER}}
    </div>
  </div>
</section>
{{/EMPTY}}
{{#HAS_LINES}}
<div class="row g-4">
  <div class="col-lg-8">
    <form method="post" action="/cart/update" id="cart-form" class="card shadow-sm" novalidate aria-labelledby="lines-title">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="card-header bg-white d-flex flex-wrap justify-content-between align-items-center gap-2">
        <h2 class="h5 mb-0" id="lines-title">Products</h2>
        {{#EDITABLE}}<span class="small text-body-secondary">Set a quantity to 0 to remove the line.</span>{{/EDITABLE}}
      </div>
      <div class="table-responsive">
        <table class="table align-middle mb-0" id="cart-lines">
          <caption class="visually-hidden">Products in your cart with their prices and quantities</caption>
          <thead><tr><th scope="col" class="ps-2 ps-md-3">Product</th><th scope="col" class="d-none d-md-table-cell text-end">Unit price</th><th scope="col">Quantity</th><th scope="col" class="text-end pe-2 pe-md-3">Total</th></tr></thead>
          <tbody>
          {{#LINE}}<tr class="cart-line" id="line-{{SKU}}">
            <td class="text-break ps-2 ps-md-3">
              {{#SKU_LINK}}<a class="font-monospace small" href="/product/{{SKU}}">{{SKU}}</a>{{/SKU_LINK}}{{#SKU_TEXT}}<span class="font-monospace small">{{SKU}}</span>{{/SKU_TEXT}}
              <div class="fw-semibold line-name">{{NAME}}</div>
              <div class="small text-body-secondary">Unit: {{UNIT}}{{#PACK}} · pack of {{PACK_SIZE}}{{/PACK}} · min. order {{MOQ}}</div>
              <div class="small d-md-none mt-1">{{UNIT_PRICE}} / {{UNIT}} {{#CONTRACT}}<span class="badge text-bg-success">Your contract price</span>{{/CONTRACT}}{{#PUBLIC}}<span class="badge text-bg-light border">List price</span>{{/PUBLIC}}</div>
              {{#PRICE_CHANGED}}<div class="alert alert-warning small py-1 px-2 mt-1 mb-0 price-changed">Price changed since you added it: was {{WAS}}, now {{NOW}}.</div>{{/PRICE_CHANGED}}
              {{#PROBLEM}}<div class="small text-danger fw-semibold mt-1 line-problem" id="problem-{{SKU}}">{{MESSAGE}}</div>{{/PROBLEM}}
            </td>
            <td class="d-none d-md-table-cell text-end text-nowrap"><span class="unit-price">{{UNIT_PRICE}}</span><div>{{#CONTRACT}}<span class="badge text-bg-success price-source">Your contract price</span>{{/CONTRACT}}{{#PUBLIC}}<span class="badge text-bg-light border price-source">List price</span>{{/PUBLIC}}</div></td>
            <td>
              {{#QTY_INPUT}}<label for="{{FIELD}}" class="visually-hidden">Quantity of {{SKU}}, {{NAME}}</label>
              <input type="text" inputmode="numeric" class="form-control form-control-sm w-auto{{#INVALID}} is-invalid{{/INVALID}}" id="{{FIELD}}" name="{{FIELD}}" value="{{QTY}}" size="5" maxlength="12" autocomplete="off"{{#ERROR}} aria-describedby="{{FIELD}}-error"{{/ERROR}}{{#INVALID}} aria-invalid="true"{{/INVALID}}>
              {{#ERROR}}<div class="invalid-feedback d-block" id="{{FIELD}}-error">{{MESSAGE}}</div>{{/ERROR}}{{/QTY_INPUT}}
              {{#QTY_TEXT}}<span class="line-qty">{{QTY}}</span>{{/QTY_TEXT}}
              {{#INACTIVE}}<span class="line-qty">{{QTY}}</span>{{/INACTIVE}}
              {{#CAN_REMOVE}}<button type="submit" form="remove-{{SKU}}" class="btn btn-link btn-sm link-danger px-0">Remove<span class="visually-hidden"> {{SKU}}</span></button>{{/CAN_REMOVE}}
            </td>
            <td class="text-end text-nowrap fw-semibold pe-2 pe-md-3 line-total">{{LINE_TOTAL}}</td>
          </tr>
          {{/LINE}}
          </tbody>
          <tfoot>
            <tr><th scope="row" class="ps-2 ps-md-3">Subtotal</th><td class="d-none d-md-table-cell"></td><td></td><td class="text-end text-nowrap fw-bold pe-2 pe-md-3" id="subtotal">{{SUBTOTAL}}</td></tr>
          </tfoot>
        </table>
      </div>
      {{#EDITABLE}}<div class="card-footer bg-white d-flex flex-wrap gap-2 justify-content-between">
        <button type="submit" class="btn btn-outline-primary">Update quantities</button>
        <button type="submit" form="empty-cart" class="btn btn-outline-danger">Empty cart</button>
      </div>{{/EDITABLE}}
    </form>
    {{#EDITABLE}}
    {{#LINE}}{{#CAN_REMOVE}}<form method="post" action="/cart/items/{{SKU}}/remove" id="remove-{{SKU}}"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"></form>{{/CAN_REMOVE}}{{/LINE}}
    <form method="post" action="/cart/empty" id="empty-cart"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"></form>
    {{/EDITABLE}}
  </div>
  <div class="col-lg-4">
    <section class="card shadow-sm border-primary-subtle" aria-labelledby="summary-title" id="summary">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="summary-title">Summary</h2></div>
      <div class="card-body">
        <dl class="d-flex justify-content-between align-items-baseline mb-1">
          <dt class="fw-normal">Subtotal</dt><dd class="fs-4 fw-semibold mb-0" id="summary-subtotal">{{SUBTOTAL}}</dd>
        </dl>
        <p class="small text-body-secondary">Shipping and tax are worked out at checkout, where you also choose the addresses.</p>
        {{#CAN_CHECKOUT}}<a class="btn btn-primary btn-lg w-100" href="/checkout" id="checkout">Proceed to checkout</a>{{/CAN_CHECKOUT}}
        {{#CHECKOUT_BLOCKED}}<button type="button" class="btn btn-primary btn-lg w-100" disabled aria-describedby="checkout-blocked" id="checkout">Proceed to checkout</button>
        <p class="small text-danger fw-semibold mt-2 mb-0" id="checkout-blocked">{{REASON}}</p>{{/CHECKOUT_BLOCKED}}
      </div>
    </section>
    {{#EDITABLE}}<form method="post" action="/account/lists/from-cart" class="card shadow-sm mt-4" id="save-cart-as-list" aria-labelledby="save-list-title">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="card-body">
        <h2 class="h6" id="save-list-title">Save cart as a list</h2>
        <label for="save-list-name" class="form-label small">Name of the new list</label>
        <div class="input-group">
          <input type="text" class="form-control" id="save-list-name" name="name" maxlength="100" required>
          <button type="submit" class="btn btn-outline-primary">Save</button>
        </div>
      </div>
    </form>{{/EDITABLE}}
  </div>
</div>
{{/HAS_LINES}}
