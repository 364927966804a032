{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/backoffice/products">Products</a></li><li class="breadcrumb-item active" aria-current="page">{{#EDITING}}{{SKU}}{{/EDITING}}{{#CREATING}}New product{{/CREATING}}</li></ol></nav>
<h1 class="h2 mb-3">{{HEADING}}</h1>
{{#FORM_ERRORS}}<div class="alert alert-danger" role="alert"><p class="mb-1">Please correct the following:</p><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{LABEL}}</a>: {{MESSAGE}}</li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
<form method="post" action="{{ACTION}}" class="card shadow-sm" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="card-body row g-3">
    <div class="col-md-4">
      <label for="sku" class="form-label">SKU</label>
      <input type="text" class="form-control{{#SKU_INVALID}} is-invalid{{/SKU_INVALID}}" id="sku" name="sku" value="{{SKU}}" maxlength="40" autocomplete="off" spellcheck="false"{{#SKU_INVALID}} aria-invalid="true"{{/SKU_INVALID}} aria-describedby="sku-help{{#SKU_ERROR}} sku-error{{/SKU_ERROR}}">
      <div class="form-text" id="sku-help">Letters, digits, - and _ only.</div>
      {{#SKU_ERROR}}<div class="invalid-feedback d-block" id="sku-error">{{MESSAGE}}</div>{{/SKU_ERROR}}
    </div>
    <div class="col-md-8">
      <label for="name" class="form-label">Name</label>
      <input type="text" class="form-control{{#NAME_INVALID}} is-invalid{{/NAME_INVALID}}" id="name" name="name" value="{{NAME}}" maxlength="200"{{#NAME_INVALID}} aria-invalid="true"{{/NAME_INVALID}}{{#NAME_ERROR}} aria-describedby="name-error"{{/NAME_ERROR}}>
      {{#NAME_ERROR}}<div class="invalid-feedback d-block" id="name-error">{{MESSAGE}}</div>{{/NAME_ERROR}}
    </div>
    <div class="col-12">
      <label for="description" class="form-label">Description</label>
      <textarea class="form-control{{#DESCRIPTION_INVALID}} is-invalid{{/DESCRIPTION_INVALID}}" id="description" name="description" rows="4" maxlength="2000"{{#DESCRIPTION_INVALID}} aria-invalid="true"{{/DESCRIPTION_INVALID}}{{#DESCRIPTION_ERROR}} aria-describedby="description-error"{{/DESCRIPTION_ERROR}}>{{DESCRIPTION}}</textarea>
      {{#DESCRIPTION_ERROR}}<div class="invalid-feedback d-block" id="description-error">{{MESSAGE}}</div>{{/DESCRIPTION_ERROR}}
    </div>
    <div class="col-md-6">
      <label for="category_id" class="form-label">Category</label>
      <select class="form-select{{#CATEGORY_ID_INVALID}} is-invalid{{/CATEGORY_ID_INVALID}}" id="category_id" name="category_id"{{#CATEGORY_ID_INVALID}} aria-invalid="true"{{/CATEGORY_ID_INVALID}}{{#CATEGORY_ID_ERROR}} aria-describedby="category_id-error"{{/CATEGORY_ID_ERROR}}>
        <option value="">Choose a category</option>
        {{#CATEGORY}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/CATEGORY}}
      </select>
      {{#CATEGORY_ID_ERROR}}<div class="invalid-feedback d-block" id="category_id-error">{{MESSAGE}}</div>{{/CATEGORY_ID_ERROR}}
    </div>
    <div class="col-md-6">
      <label for="unit_of_measure" class="form-label">Unit of measure</label>
      <input type="text" class="form-control{{#UNIT_OF_MEASURE_INVALID}} is-invalid{{/UNIT_OF_MEASURE_INVALID}}" id="unit_of_measure" name="unit_of_measure" value="{{UNIT_OF_MEASURE}}" maxlength="20" list="units"{{#UNIT_OF_MEASURE_INVALID}} aria-invalid="true"{{/UNIT_OF_MEASURE_INVALID}} aria-describedby="unit_of_measure-help{{#UNIT_OF_MEASURE_ERROR}} unit_of_measure-error{{/UNIT_OF_MEASURE_ERROR}}">
      <div class="form-text" id="unit_of_measure-help">each, box, case, pack, roll, ft, pair, set, or your own.</div>
      {{#UNIT_OF_MEASURE_ERROR}}<div class="invalid-feedback d-block" id="unit_of_measure-error">{{MESSAGE}}</div>{{/UNIT_OF_MEASURE_ERROR}}
    </div>
    <datalist id="units">{{#UNIT_CHOICE}}<option value="{{VALUE}}">{{/UNIT_CHOICE}}</datalist>
    <div class="col-6 col-md-3">
      <label for="pack_size" class="form-label">Pack size</label>
      <input type="text" class="form-control{{#PACK_SIZE_INVALID}} is-invalid{{/PACK_SIZE_INVALID}}" id="pack_size" name="pack_size" value="{{PACK_SIZE}}" inputmode="numeric" maxlength="9"{{#PACK_SIZE_INVALID}} aria-invalid="true"{{/PACK_SIZE_INVALID}}{{#PACK_SIZE_ERROR}} aria-describedby="pack_size-error"{{/PACK_SIZE_ERROR}}>
      {{#PACK_SIZE_ERROR}}<div class="invalid-feedback d-block" id="pack_size-error">{{MESSAGE}}</div>{{/PACK_SIZE_ERROR}}
    </div>
    <div class="col-6 col-md-3">
      <label for="min_order_qty" class="form-label">Minimum order quantity</label>
      <input type="text" class="form-control{{#MIN_ORDER_QTY_INVALID}} is-invalid{{/MIN_ORDER_QTY_INVALID}}" id="min_order_qty" name="min_order_qty" value="{{MIN_ORDER_QTY}}" inputmode="numeric" maxlength="9"{{#MIN_ORDER_QTY_INVALID}} aria-invalid="true"{{/MIN_ORDER_QTY_INVALID}} aria-describedby="min_order_qty-help{{#MIN_ORDER_QTY_ERROR}} min_order_qty-error{{/MIN_ORDER_QTY_ERROR}}">
      <div class="form-text" id="min_order_qty-help">A multiple of the pack size.</div>
      {{#MIN_ORDER_QTY_ERROR}}<div class="invalid-feedback d-block" id="min_order_qty-error">{{MESSAGE}}</div>{{/MIN_ORDER_QTY_ERROR}}
    </div>
    <div class="col-6 col-md-3">
      <label for="list_price" class="form-label">List price (USD)</label>
      <input type="text" class="form-control{{#LIST_PRICE_INVALID}} is-invalid{{/LIST_PRICE_INVALID}}" id="list_price" name="list_price" value="{{LIST_PRICE}}" inputmode="decimal" maxlength="14" placeholder="12.50"{{#LIST_PRICE_INVALID}} aria-invalid="true"{{/LIST_PRICE_INVALID}}{{#LIST_PRICE_ERROR}} aria-describedby="list_price-error"{{/LIST_PRICE_ERROR}}>
      {{#LIST_PRICE_ERROR}}<div class="invalid-feedback d-block" id="list_price-error">{{MESSAGE}}</div>{{/LIST_PRICE_ERROR}}
    </div>
    <div class="col-6 col-md-3">
      <label for="weight_grams" class="form-label">Weight (grams)</label>
      <input type="text" class="form-control{{#WEIGHT_GRAMS_INVALID}} is-invalid{{/WEIGHT_GRAMS_INVALID}}" id="weight_grams" name="weight_grams" value="{{WEIGHT_GRAMS}}" inputmode="numeric" maxlength="9"{{#WEIGHT_GRAMS_INVALID}} aria-invalid="true"{{/WEIGHT_GRAMS_INVALID}}{{#WEIGHT_GRAMS_ERROR}} aria-describedby="weight_grams-error"{{/WEIGHT_GRAMS_ERROR}}>
      {{#WEIGHT_GRAMS_ERROR}}<div class="invalid-feedback d-block" id="weight_grams-error">{{MESSAGE}}</div>{{/WEIGHT_GRAMS_ERROR}}
    </div>
    <div class="col-12">
      <div class="form-check form-switch">
        <input class="form-check-input" type="checkbox" role="switch" id="active" name="active" value="1"{{#ACTIVE_CHECKED}} checked{{/ACTIVE_CHECKED}}>
        <label class="form-check-label" for="active">Active (buyers can see and order it)</label>
      </div>
    </div>
  </div>
  <div class="card-footer bg-white d-flex gap-2">
    <button type="submit" class="btn btn-primary">{{#CREATING}}Create product{{/CREATING}}{{#EDITING}}Save changes{{/EDITING}}</button>
    <a class="btn btn-outline-secondary" href="/backoffice/products">Cancel</a>
  </div>
</form>
