{{%AUTOESCAPE context="HTML"}}
<div class="d-flex flex-wrap align-items-end justify-content-between gap-2 mb-3">
  <div>
    <h1 class="h2 mb-1">Orders</h1>
    <p class="text-body-secondary mb-0" id="orders-scope">{{SCOPE}}</p>
  </div>
  {{#EXPORT}}<div class="d-flex flex-wrap gap-2">
    <a class="btn btn-outline-secondary btn-sm" href="{{ORDERS_HREF}}" id="export-orders">Download CSV</a>
    <a class="btn btn-outline-secondary btn-sm" href="{{LINES_HREF}}" id="export-lines">CSV with order lines</a>
  </div>{{/EXPORT}}
</div>
{{#FILTER_ERRORS}}<div class="alert alert-danger" role="alert" id="filter-errors">
  <p class="fw-semibold mb-1">Some filters could not be used, so the list below leaves them out:</p>
  <ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{MESSAGE}}</a></li>{{/ITEM}}</ul>
</div>{{/FILTER_ERRORS}}
<form method="get" action="/account/orders" class="card shadow-sm mb-3" novalidate aria-label="Filter orders">
  <div class="card-body row g-2 align-items-end">
    <div class="col-6 col-md-4 col-xl-2">
      <label for="status" class="form-label">Status</label>
      <select class="form-select{{#STATUS_INVALID}} is-invalid{{/STATUS_INVALID}}"{{#STATUS_INVALID}} aria-invalid="true"{{/STATUS_INVALID}} id="status" name="status"{{#STATUS_ERROR}} aria-describedby="status-error"{{/STATUS_ERROR}}>
        <option value="">Any status</option>
        {{#STATUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATUS_OPTION}}
      </select>
      {{#STATUS_ERROR}}<div class="invalid-feedback" id="status-error">{{MESSAGE}}</div>{{/STATUS_ERROR}}
    </div>
    <div class="col-6 col-md-4 col-xl-2">
      <label for="from" class="form-label">Placed from</label>
      <input type="date" class="form-control{{#FROM_INVALID}} is-invalid{{/FROM_INVALID}}"{{#FROM_INVALID}} aria-invalid="true"{{/FROM_INVALID}} id="from" name="from" value="{{FROM}}"{{#FROM_ERROR}} aria-describedby="from-error"{{/FROM_ERROR}}>
      {{#FROM_ERROR}}<div class="invalid-feedback" id="from-error">{{MESSAGE}}</div>{{/FROM_ERROR}}
    </div>
    <div class="col-6 col-md-4 col-xl-2">
      <label for="to" class="form-label">Placed until</label>
      <input type="date" class="form-control{{#TO_INVALID}} is-invalid{{/TO_INVALID}}"{{#TO_INVALID}} aria-invalid="true"{{/TO_INVALID}} id="to" name="to" value="{{TO}}"{{#TO_ERROR}} aria-describedby="to-error"{{/TO_ERROR}}>
      {{#TO_ERROR}}<div class="invalid-feedback" id="to-error">{{MESSAGE}}</div>{{/TO_ERROR}}
    </div>
    <div class="col-6 col-md-4 col-xl-2">
      <label for="number" class="form-label">Order number</label>
      <input type="text" class="form-control{{#NUMBER_INVALID}} is-invalid{{/NUMBER_INVALID}}"{{#NUMBER_INVALID}} aria-invalid="true"{{/NUMBER_INVALID}} id="number" name="number" value="{{NUMBER}}" maxlength="31" placeholder="SO-2026-0041" autocomplete="off"{{#NUMBER_ERROR}} aria-describedby="number-error"{{/NUMBER_ERROR}}>
      {{#NUMBER_ERROR}}<div class="invalid-feedback" id="number-error">{{MESSAGE}}</div>{{/NUMBER_ERROR}}
    </div>
    <div class="col-6 col-md-4 col-xl-2">
      <label for="po" class="form-label">PO number contains</label>
      <input type="text" class="form-control{{#PO_INVALID}} is-invalid{{/PO_INVALID}}"{{#PO_INVALID}} aria-invalid="true"{{/PO_INVALID}} id="po" name="po" value="{{PO}}" maxlength="60" autocomplete="off"{{#PO_ERROR}} aria-describedby="po-error"{{/PO_ERROR}}>
      {{#PO_ERROR}}<div class="invalid-feedback" id="po-error">{{MESSAGE}}</div>{{/PO_ERROR}}
    </div>
    <div class="col-6 col-md-4 col-xl-2">
      <label for="sku" class="form-label">Contains SKU</label>
      <input type="text" class="form-control{{#SKU_INVALID}} is-invalid{{/SKU_INVALID}}"{{#SKU_INVALID}} aria-invalid="true"{{/SKU_INVALID}} id="sku" name="sku" value="{{SKU}}" maxlength="60" autocomplete="off"{{#SKU_ERROR}} aria-describedby="sku-error"{{/SKU_ERROR}}>
      {{#SKU_ERROR}}<div class="invalid-feedback" id="sku-error">{{MESSAGE}}</div>{{/SKU_ERROR}}
    </div>
    {{#PLACED_BY_FILTER}}<div class="col-6 col-md-4 col-xl-3">
      <label for="placed_by" class="form-label">Placed by</label>
      <select class="form-select{{#PLACED_BY_INVALID}} is-invalid{{/PLACED_BY_INVALID}}"{{#PLACED_BY_INVALID}} aria-invalid="true"{{/PLACED_BY_INVALID}} id="placed_by" name="placed_by"{{#PLACED_BY_ERROR}} aria-describedby="placed_by-error"{{/PLACED_BY_ERROR}}>
        <option value="">Anyone</option>
        {{#OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OPTION}}
      </select>
      {{#PLACED_BY_ERROR}}<div class="invalid-feedback" id="placed_by-error">{{MESSAGE}}</div>{{/PLACED_BY_ERROR}}
    </div>{{/PLACED_BY_FILTER}}
    {{#PLACER_SEARCH}}<div class="col-6 col-md-4 col-xl-3">
      <label for="placer" class="form-label">Placed by</label>
      <input type="text" class="form-control{{#PLACER_INVALID}} is-invalid{{/PLACER_INVALID}}"{{#PLACER_INVALID}} aria-invalid="true"{{/PLACER_INVALID}} id="placer" name="placer" value="{{PLACER}}" maxlength="120" autocomplete="off" placeholder="Name or email" aria-describedby="placer-hint{{#PLACER_ERROR}} placer-error{{/PLACER_ERROR}}">
      <div class="form-text" id="placer-hint">Anyone when empty.</div>
      {{#PLACER_ERROR}}<div class="invalid-feedback" id="placer-error">{{MESSAGE}}</div>{{/PLACER_ERROR}}
    </div>{{/PLACER_SEARCH}}
    {{#UNIT_FILTER}}<div class="col-6 col-md-4 col-xl-3">
      <label for="unit" class="form-label">Business unit <span class="text-body-secondary fw-normal">(and below)</span></label>
      <select class="form-select{{#UNIT_INVALID}} is-invalid{{/UNIT_INVALID}}"{{#UNIT_INVALID}} aria-invalid="true"{{/UNIT_INVALID}} id="unit" name="unit"{{#UNIT_ERROR}} aria-describedby="unit-error"{{/UNIT_ERROR}}>
        <option value="">Any unit</option>
        {{#OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OPTION}}
      </select>
      {{#UNIT_ERROR}}<div class="invalid-feedback" id="unit-error">{{MESSAGE}}</div>{{/UNIT_ERROR}}
    </div>{{/UNIT_FILTER}}
    <div class="col-6 col-md-4 col-xl-3">
      <label for="sort" class="form-label">Sort</label>
      <select class="form-select{{#SORT_INVALID}} is-invalid{{/SORT_INVALID}}"{{#SORT_INVALID}} aria-invalid="true"{{/SORT_INVALID}} id="sort" name="sort"{{#SORT_ERROR}} aria-describedby="sort-error"{{/SORT_ERROR}}>
        {{#SORT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SORT_OPTION}}
      </select>
      {{#SORT_ERROR}}<div class="invalid-feedback" id="sort-error">{{MESSAGE}}</div>{{/SORT_ERROR}}
    </div>
    <div class="col-12 col-md-4 col-xl-3 d-flex gap-2">
      <button type="submit" class="btn btn-primary flex-grow-1">Show orders</button>
      {{#FILTERED}}<a class="btn btn-outline-secondary" href="/account/orders">Clear</a>{{/FILTERED}}
    </div>
  </div>
</form>
<section class="card shadow-sm" aria-labelledby="orders-title">
  <div class="card-header bg-white d-flex flex-wrap justify-content-between align-items-center gap-2">
    <h2 class="h5 mb-0" id="orders-title" tabindex="-1">{{HEADING}}</h2>
    <span class="small text-body-secondary" id="orders-count"><span id="orders-total">{{TOTAL}}</span> {{TOTAL_NOUN}}, {{SORT_TEXT}}</span>
  </div>
  {{#HAS_ORDERS}}
  <ul class="list-group list-group-flush d-md-none orders-cards">
    {{#ORDER}}<li class="list-group-item">
      <div class="d-flex justify-content-between align-items-baseline gap-2">
        <a href="/account/orders/{{NUMBER}}" class="fw-semibold order-link-sm">{{NUMBER}}</a>
        <span class="fw-semibold text-nowrap">{{TOTAL}}</span>
      </div>
      <div class="d-flex justify-content-between align-items-center gap-2 small mt-1">
        <span><time datetime="{{DATE_ISO}}">{{DATE}}</time> &middot; <span class="visually-hidden">PO number </span>{{PO_NUMBER}}</span>
        <span class="badge text-bg-{{BADGE}}">{{STATUS}}</span>
      </div>
      <div class="small text-body-secondary">{{SHIP_TO}}{{#SHOW_BUYER}} &middot; {{PLACED_BY}}{{/SHOW_BUYER}}</div>
      {{#TRACKING}}<div class="small">{{CARRIER}}{{#LINK}} <a href="{{URL}}" target="_blank" rel="noopener noreferrer">{{NUMBER}}<span class="visually-hidden"> (opens the carrier's site in a new tab)</span></a>{{/LINK}}{{#PLAIN}} {{NUMBER}}{{/PLAIN}}</div>{{/TRACKING}}
    </li>{{/ORDER}}
  </ul>
  <div class="table-responsive d-none d-md-block">
    <table class="table table-hover align-middle mb-0 orders-table" aria-describedby="orders-scope orders-count">
      <thead><tr>
        <th scope="col">Order</th><th scope="col">Date</th><th scope="col">PO number</th>{{#SHOW_BUYER}}<th scope="col">Placed by</th>{{/SHOW_BUYER}}<th scope="col">Ship to</th><th scope="col" class="text-end">Total</th><th scope="col">Status</th><th scope="col">Tracking</th>
      </tr></thead>
      <tbody>
      {{#ORDER}}<tr>
        <td class="fw-semibold text-nowrap"><a href="/account/orders/{{NUMBER}}" class="order-link">{{NUMBER}}</a></td>
        <td class="text-nowrap"><time datetime="{{DATE_ISO}}">{{DATE}}</time></td>
        <td class="text-break">{{PO_NUMBER}}</td>
        {{#SHOW_BUYER}}<td>{{PLACED_BY}}</td>{{/SHOW_BUYER}}
        <td>{{SHIP_TO}}</td>
        <td class="text-end text-nowrap">{{TOTAL}}</td>
        <td><span class="badge text-bg-{{BADGE}}">{{STATUS}}</span></td>
        <td class="small">{{#TRACKING}}{{CARRIER}}{{#LINK}}<br><a href="{{URL}}" target="_blank" rel="noopener noreferrer" class="tracking-link">{{NUMBER}}<span class="visually-hidden"> (opens the carrier's site in a new tab)</span></a>{{/LINK}}{{#PLAIN}}<br>{{NUMBER}}{{/PLAIN}}{{/TRACKING}}{{#NO_TRACKING}}<span class="text-body-secondary" aria-hidden="true">&mdash;</span><span class="visually-hidden">none</span>{{/NO_TRACKING}}</td>
      </tr>{{/ORDER}}
      </tbody>
    </table>
  </div>
  {{/HAS_ORDERS}}
  {{#EMPTY}}<div class="card-body" id="empty-state">
    {{#EMPTY_FILTERED}}<p class="mb-1 fw-semibold">No orders match these filters.</p>
    <p class="text-body-secondary mb-0">Try a wider date range or fewer filters, or <a href="/account/orders">show every order</a>.</p>{{/EMPTY_FILTERED}}
    {{#EMPTY_PAGE}}<p class="mb-1 fw-semibold">There are no more orders past this point.</p>
    <p class="text-body-secondary mb-0"><a href="{{FIRST_HREF}}">Back to the first page</a></p>{{/EMPTY_PAGE}}
    {{#EMPTY_NONE}}<p class="mb-1 fw-semibold">No orders yet.</p>
    <p class="text-body-secondary mb-0">Orders placed on the portal, by phone or through your purchasing system appear here.</p>{{/EMPTY_NONE}}
  </div>{{/EMPTY}}
</section>
{{#PAGER}}
<nav class="d-flex flex-wrap justify-content-between align-items-center gap-2 mt-3" aria-label="Pages">
  <span>{{#FIRST}}<a class="small" href="{{HREF}}">Back to the first page</a>{{/FIRST}}</span>
  <ul class="pagination mb-0">
    {{#PREV}}<li class="page-item"><a class="page-link" href="{{HREF}}" rel="prev">&larr; {{PREV_LABEL}}</a></li>{{/PREV}}
    {{#NO_PREV}}<li class="page-item disabled"><span class="page-link">&larr; {{PREV_LABEL}}</span></li>{{/NO_PREV}}
    {{#NEXT}}<li class="page-item"><a class="page-link" href="{{HREF}}" rel="next">{{NEXT_LABEL}} &rarr;</a></li>{{/NEXT}}
    {{#NO_NEXT}}<li class="page-item disabled"><span class="page-link">{{NEXT_LABEL}} &rarr;</span></li>{{/NO_NEXT}}
  </ul>
</nav>
{{/PAGER}}
