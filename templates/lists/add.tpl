{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/account/lists">Shopping lists</a></li><li class="breadcrumb-item active" aria-current="page">Add to a list</li></ol></nav>
<div class="row justify-content-center">
  <div class="col-md-8 col-lg-6">
    <h1 class="h3 mb-3">Add to a list</h1>
    <form method="post" action="/account/lists/add" class="card shadow-sm" novalidate id="add-to-list-form">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="sku" value="{{SKU}}">
      <div class="card-body">
        {{#MESSAGE}}<div class="alert alert-danger" role="alert" id="add-message">{{TEXT}}</div>{{/MESSAGE}}
        {{#FORM_ERRORS}}<div class="alert alert-danger" role="alert"><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{FIELD}}</a>: {{MESSAGE}}</li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
        <div class="small text-body-secondary font-monospace">{{SKU}}</div>
        <h2 class="h5"><a class="link-body-emphasis" href="/product/{{SKU}}">{{NAME}}</a></h2>
        <p class="small text-body-secondary" id="quantity-help">Unit: {{UNIT}}{{#PACK}} · sold in packs of {{PACK_SIZE}}{{/PACK}} · minimum order {{MOQ}}.</p>
        <div class="mb-3">
          <label for="quantity" class="form-label">Quantity</label>
          <input type="text" inputmode="numeric" class="form-control w-auto{{#QUANTITY_INVALID}} is-invalid{{/QUANTITY_INVALID}}" id="quantity" name="quantity" value="{{QUANTITY}}" maxlength="12" autocomplete="off" aria-describedby="quantity-help{{#QUANTITY_ERROR}} quantity-error{{/QUANTITY_ERROR}}"{{#QUANTITY_INVALID}} aria-invalid="true"{{/QUANTITY_INVALID}}>
          {{#QUANTITY_ERROR}}<div class="invalid-feedback" id="quantity-error">{{MESSAGE}}</div>{{/QUANTITY_ERROR}}
        </div>
        <fieldset>
          <legend class="form-label fs-6">List</legend>
          {{#LIST}}<div class="form-check">
            <input class="form-check-input" type="radio" name="list_id" id="list-{{ID}}" value="{{ID}}"{{#CHECKED}} checked{{/CHECKED}}>
            <label class="form-check-label" for="list-{{ID}}">{{NAME}}</label>
          </div>{{/LIST}}
          {{#NEW_LIST}}<div class="form-check mt-2">
            <input class="form-check-input" type="radio" name="list_id" id="list-new" value=""{{#CHECKED}} checked{{/CHECKED}}>
            <label class="form-check-label" for="list-new">A new list named</label>
          </div>{{/NEW_LIST}}
          <label for="new_name" class="visually-hidden">Name of the new list</label>
          <input type="text" class="form-control mt-1" id="new_name" name="new_name" value="{{NEW_NAME}}" maxlength="100">
        </fieldset>
      </div>
      <div class="card-footer bg-white d-flex flex-wrap justify-content-between gap-2">
        <a class="btn btn-link px-0" href="/product/{{SKU}}">Back to the product</a>
        <button type="submit" class="btn btn-primary">Add to list</button>
      </div>
    </form>
  </div>
</div>
