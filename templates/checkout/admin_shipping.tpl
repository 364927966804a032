{{%AUTOESCAPE context="HTML"}}
{{! Shipping methods, tax rates (with addresses' own rates) and payment methods. Values of the form that came back with errors come from form_fill. }}
<div class="mb-3">
  <h1 class="h2 mb-1">Shipping, tax and payment</h1>
  <p class="text-body-secondary mb-0">What buyers choose from at checkout. Changes apply to orders placed from now on; placed orders keep their figures.</p>
</div>
{{#FORM_ERRORS}}<div class="alert alert-danger" role="alert" id="form-errors"><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{LABEL}}</a>: {{MESSAGE}}</li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
<div class="row g-4">
  <div class="col-lg-8 d-flex flex-column gap-4">
    <section class="card shadow-sm" aria-labelledby="methods-title" id="methods">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="methods-title">Shipping methods</h2></div>
      {{#HAS_METHODS}}
      <div class="table-responsive">
        <table class="table table-hover align-middle mb-0">
          <thead><tr><th scope="col">Name</th><th scope="col" class="d-none d-md-table-cell">Pricing</th><th scope="col">Price</th><th scope="col">Status</th><th scope="col" class="text-end d-none d-md-table-cell">Order</th></tr></thead>
          <tbody>
          {{#METHOD}}<tr>
            <td><a class="fw-semibold" href="/backoffice/shipping/methods/{{METHOD_ID}}">{{METHOD_NAME}}</a></td>
            <td class="text-nowrap d-none d-md-table-cell">{{METHOD_KIND}}</td>
            <td class="small">{{METHOD_PRICE}}</td>
            <td>{{#ACTIVE}}<span class="badge text-bg-success">Active</span>{{/ACTIVE}}{{#INACTIVE}}<span class="badge text-bg-secondary">Inactive</span>{{/INACTIVE}}</td>
            <td class="text-end d-none d-md-table-cell">{{METHOD_SORT}}</td>
          </tr>{{/METHOD}}
          </tbody>
        </table>
      </div>
      {{/HAS_METHODS}}
      {{#NO_METHODS}}<div class="card-body"><p class="text-body-secondary mb-0">No shipping method yet: buyers cannot check out until there is one.</p></div>{{/NO_METHODS}}
      <form method="post" action="/backoffice/shipping/methods" class="card-body border-top" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <div class="row g-3">
        <h3 class="h6 mb-0 col-12">Add a shipping method</h3>
        <div class="col-md-6">
          <label for="name" class="form-label">Name</label>
          <input type="text" class="form-control{{#NAME_INVALID}} is-invalid{{/NAME_INVALID}}" id="name" name="name" value="{{NAME}}" maxlength="80"{{#NAME_INVALID}} aria-invalid="true"{{/NAME_INVALID}}{{#NAME_ERROR}} aria-describedby="name-error"{{/NAME_ERROR}}>
          {{#NAME_ERROR}}<div class="invalid-feedback d-block" id="name-error">{{MESSAGE}}</div>{{/NAME_ERROR}}
        </div>
        <div class="col-md-6">
          <label for="kind" class="form-label">Pricing</label>
          <select class="form-select{{#KIND_INVALID}} is-invalid{{/KIND_INVALID}}" id="kind" name="kind"{{#KIND_INVALID}} aria-invalid="true"{{/KIND_INVALID}} aria-describedby="kind-help{{#KIND_ERROR}} kind-error{{/KIND_ERROR}}">
            <option value="flat"{{#KIND_FLAT}} selected{{/KIND_FLAT}}>Flat price</option>
            <option value="weight"{{#KIND_WEIGHT}} selected{{/KIND_WEIGHT}}>By weight bands</option>
          </select>
          {{#KIND_ERROR}}<div class="invalid-feedback d-block" id="kind-error">{{MESSAGE}}</div>{{/KIND_ERROR}}
          <div class="form-text" id="kind-help">Weight bands are added on the method's page.</div>
        </div>
        <div class="col-12">
          <label for="description" class="form-label">Description <span class="text-body-secondary small">(optional)</span></label>
          <input type="text" class="form-control{{#DESCRIPTION_INVALID}} is-invalid{{/DESCRIPTION_INVALID}}" id="description" name="description" value="{{DESCRIPTION}}" maxlength="300"{{#DESCRIPTION_INVALID}} aria-invalid="true"{{/DESCRIPTION_INVALID}}{{#DESCRIPTION_ERROR}} aria-describedby="description-error"{{/DESCRIPTION_ERROR}}>
          {{#DESCRIPTION_ERROR}}<div class="invalid-feedback d-block" id="description-error">{{MESSAGE}}</div>{{/DESCRIPTION_ERROR}}
        </div>
        <div class="col-6 col-md-4">
          <label for="flat_cost" class="form-label">Flat cost (USD)</label>
          <input type="text" inputmode="decimal" class="form-control{{#FLAT_COST_INVALID}} is-invalid{{/FLAT_COST_INVALID}}" id="flat_cost" name="flat_cost" value="{{FLAT_COST}}" maxlength="16" placeholder="12.50"{{#FLAT_COST_INVALID}} aria-invalid="true"{{/FLAT_COST_INVALID}}{{#FLAT_COST_ERROR}} aria-describedby="flat_cost-error"{{/FLAT_COST_ERROR}}>
          {{#FLAT_COST_ERROR}}<div class="invalid-feedback d-block" id="flat_cost-error">{{MESSAGE}}</div>{{/FLAT_COST_ERROR}}
        </div>
        <div class="col-6 col-md-4">
          <label for="sort_order" class="form-label">Sort order</label>
          <input type="text" inputmode="numeric" class="form-control{{#SORT_ORDER_INVALID}} is-invalid{{/SORT_ORDER_INVALID}}" id="sort_order" name="sort_order" value="{{SORT_ORDER}}" maxlength="4"{{#SORT_ORDER_INVALID}} aria-invalid="true"{{/SORT_ORDER_INVALID}}{{#SORT_ORDER_ERROR}} aria-describedby="sort_order-error"{{/SORT_ORDER_ERROR}}>
          {{#SORT_ORDER_ERROR}}<div class="invalid-feedback d-block" id="sort_order-error">{{MESSAGE}}</div>{{/SORT_ORDER_ERROR}}
        </div>
        <div class="col-md-4 d-flex align-items-end">
          <div class="form-check mb-2">
            <input class="form-check-input" type="checkbox" id="active" name="active" value="1"{{#ACTIVE_CHECKED}} checked{{/ACTIVE_CHECKED}}>
            <label class="form-check-label" for="active">Offered to buyers</label>
          </div>
        </div>
        <div class="col-12"><button type="submit" class="btn btn-primary">Add shipping method</button></div>
        </div>
      </form>
    </section>

    <section class="card shadow-sm" aria-labelledby="tax-title" id="tax">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="tax-title">Tax rates</h2></div>
      <div class="card-body pb-0"><p class="small text-body-secondary">An order is taxed at its ship-to address's own rate when it has one, else at the rate of the address's state or province, else of its country, else not at all.</p></div>
      {{#HAS_RATES}}
      <div class="table-responsive">
        <table class="table align-middle mb-0">
          <thead><tr><th scope="col">Country</th><th scope="col">Region</th><th scope="col" class="d-none d-sm-table-cell">Label</th><th scope="col" class="text-end">Rate</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
          <tbody>
          {{#RATE_ROW}}<tr>
            <td>{{RATE_COUNTRY}}</td>
            <td>{{RATE_REGION}}</td>
            <td class="d-none d-sm-table-cell">{{RATE_LABEL}}</td>
            <td class="text-end text-nowrap">{{RATE_VALUE}}%</td>
            <td class="text-end">
              <form method="post" action="/backoffice/shipping/tax-rates/{{RATE_ID}}/delete" class="d-inline">
                <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
                <button type="submit" class="btn btn-outline-danger btn-sm" aria-label="Remove the rate of {{RATE_COUNTRY}} {{RATE_REGION}}">Remove</button>
              </form>
            </td>
          </tr>{{/RATE_ROW}}
          </tbody>
        </table>
      </div>
      {{/HAS_RATES}}
      {{#NO_RATES}}<div class="card-body"><p class="text-body-secondary mb-0">No tax rate: orders are not taxed.</p></div>{{/NO_RATES}}
      <form method="post" action="/backoffice/shipping/tax-rates" class="card-body border-top" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <div class="row g-3">
        <h3 class="h6 mb-0 col-12">Set a rate</h3>
        <div class="col-md-4">
          <label for="country" class="form-label">Country</label>
          <select class="form-select{{#COUNTRY_INVALID}} is-invalid{{/COUNTRY_INVALID}}" id="country" name="country"{{#COUNTRY_INVALID}} aria-invalid="true"{{/COUNTRY_INVALID}}{{#COUNTRY_ERROR}} aria-describedby="country-error"{{/COUNTRY_ERROR}}>
            {{#COUNTRY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/COUNTRY_OPTION}}
          </select>
          {{#COUNTRY_ERROR}}<div class="invalid-feedback d-block" id="country-error">{{MESSAGE}}</div>{{/COUNTRY_ERROR}}
        </div>
        <div class="col-md-3">
          <label for="region" class="form-label">State or province</label>
          <input type="text" class="form-control{{#REGION_INVALID}} is-invalid{{/REGION_INVALID}}" id="region" name="region" value="{{REGION}}" maxlength="100" placeholder="IL"{{#REGION_INVALID}} aria-invalid="true"{{/REGION_INVALID}} aria-describedby="region-help{{#REGION_ERROR}} region-error{{/REGION_ERROR}}">
          {{#REGION_ERROR}}<div class="invalid-feedback d-block" id="region-error">{{MESSAGE}}</div>{{/REGION_ERROR}}
          <div class="form-text" id="region-help">Empty: the whole country.</div>
        </div>
        <div class="col-6 col-md-2">
          <label for="rate" class="form-label">Rate (%)</label>
          <input type="text" inputmode="decimal" class="form-control{{#RATE_INVALID}} is-invalid{{/RATE_INVALID}}" id="rate" name="rate" value="{{RATE}}" maxlength="8" placeholder="8.25"{{#RATE_INVALID}} aria-invalid="true"{{/RATE_INVALID}}{{#RATE_ERROR}} aria-describedby="rate-error"{{/RATE_ERROR}}>
          {{#RATE_ERROR}}<div class="invalid-feedback d-block" id="rate-error">{{MESSAGE}}</div>{{/RATE_ERROR}}
        </div>
        <div class="col-6 col-md-3">
          <label for="label" class="form-label">Label</label>
          <input type="text" class="form-control{{#LABEL_INVALID}} is-invalid{{/LABEL_INVALID}}" id="label" name="label" value="{{LABEL}}" maxlength="40" placeholder="IL"{{#LABEL_INVALID}} aria-invalid="true"{{/LABEL_INVALID}} aria-describedby="label-help{{#LABEL_ERROR}} label-error{{/LABEL_ERROR}}">
          {{#LABEL_ERROR}}<div class="invalid-feedback d-block" id="label-error">{{MESSAGE}}</div>{{/LABEL_ERROR}}
          <div class="form-text" id="label-help">Shown as "Tax (IL 8.25%)".</div>
        </div>
        <div class="col-12"><button type="submit" class="btn btn-primary">Save rate</button> <span class="small text-body-secondary ms-2">A rate for a country and region that exists already is changed.</span></div>
        </div>
      </form>
      <form method="post" action="/backoffice/shipping/tax-rates" class="card-body border-top" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="scope" value="address">
        <div class="row g-3">
        <h3 class="h6 mb-0 col-12">An address's own rate</h3>
        {{#HAS_ADDRESS_RATES}}<div class="col-12 table-responsive">
          <table class="table table-sm align-middle mb-0">
            <thead><tr><th scope="col">Address</th><th scope="col">Company</th><th scope="col" class="text-end">Rate</th></tr></thead>
            <tbody>{{#ADDRESS_RATE_ROW}}<tr><td><span class="font-monospace">#{{ADDRESS_ID}}</span> {{ADDRESS_LABEL}}, {{ADDRESS_PLACE}}</td><td>{{ADDRESS_COMPANY}}</td><td class="text-end">{{ADDRESS_RATE}}%</td></tr>{{/ADDRESS_RATE_ROW}}</tbody>
          </table>
        </div>{{/HAS_ADDRESS_RATES}}
        <div class="col-6 col-md-4">
          <label for="address_id" class="form-label">Address number</label>
          <input type="text" inputmode="numeric" class="form-control{{#ADDRESS_ID_INVALID}} is-invalid{{/ADDRESS_ID_INVALID}}" id="address_id" name="address_id" value="{{ADDRESS_ID}}" maxlength="12"{{#ADDRESS_ID_INVALID}} aria-invalid="true"{{/ADDRESS_ID_INVALID}} aria-describedby="address_id-help{{#ADDRESS_ID_ERROR}} address_id-error{{/ADDRESS_ID_ERROR}}">
          {{#ADDRESS_ID_ERROR}}<div class="invalid-feedback d-block" id="address_id-error">{{MESSAGE}}</div>{{/ADDRESS_ID_ERROR}}
          <div class="form-text" id="address_id-help">The number at the end of its back-office link, e.g. /backoffice/addresses/12.</div>
        </div>
        <div class="col-6 col-md-3">
          <label for="address_rate" class="form-label">Rate (%)</label>
          <input type="text" inputmode="decimal" class="form-control{{#ADDRESS_RATE_INVALID}} is-invalid{{/ADDRESS_RATE_INVALID}}" id="address_rate" name="address_rate" value="{{ADDRESS_RATE}}" maxlength="8" placeholder="0"{{#ADDRESS_RATE_INVALID}} aria-invalid="true"{{/ADDRESS_RATE_INVALID}} aria-describedby="address_rate-help{{#ADDRESS_RATE_ERROR}} address_rate-error{{/ADDRESS_RATE_ERROR}}">
          {{#ADDRESS_RATE_ERROR}}<div class="invalid-feedback d-block" id="address_rate-error">{{MESSAGE}}</div>{{/ADDRESS_RATE_ERROR}}
          <div class="form-text" id="address_rate-help">0 for tax-exempt; empty to use the region's rate.</div>
        </div>
        <div class="col-md-5 d-flex align-items-start pt-md-4 mt-md-2"><button type="submit" class="btn btn-outline-primary">Save address rate</button></div>
        </div>
      </form>
    </section>
  </div>

  <div class="col-lg-4">
    <section class="card shadow-sm" aria-labelledby="payment-title" id="payment">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="payment-title">Payment methods</h2></div>
      <form method="post" action="/backoffice/shipping/payment-methods" class="card-body" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <fieldset id="payment_methods" aria-describedby="payment_methods-help{{#PAYMENT_METHODS_INVALID}} payment_methods-error{{/PAYMENT_METHODS_INVALID}}">
          <legend class="form-label fs-6">Buyers may pay</legend>
          {{#PAYMENT}}<div class="form-check">
            <input class="form-check-input{{#PAYMENT_METHODS_INVALID}} is-invalid{{/PAYMENT_METHODS_INVALID}}" type="checkbox" name="payment_methods" id="payment_methods-{{PAY_CODE}}" value="{{PAY_CODE}}"{{#CHECKED}} checked{{/CHECKED}}>
            <label class="form-check-label" for="payment_methods-{{PAY_CODE}}">{{PAY_LABEL}}</label>
          </div>{{/PAYMENT}}
          {{#PAYMENT_METHODS_ERROR}}<div class="invalid-feedback d-block" id="payment_methods-error">{{MESSAGE}}</div>{{/PAYMENT_METHODS_ERROR}}
          <p class="form-text" id="payment_methods-help">At least one.</p>
        </fieldset>
        <button type="submit" class="btn btn-primary">Save payment methods</button>
      </form>
    </section>
  </div>
</div>
