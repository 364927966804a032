{{%AUTOESCAPE context="HTML"}}
<div class="d-flex flex-wrap justify-content-between align-items-end gap-2 mb-3">
  <div>
    <h1 class="h2 mb-1">Address book</h1>
    <p class="text-body-secondary mb-0">{{#MANAGER}}Every billing and shipping address of {{COMPANY_NAME}}, and who may use it.{{/MANAGER}}{{#MEMBER}}The addresses you may use for {{COMPANY_NAME}}'s orders, and your proposals.{{/MEMBER}}</p>
  </div>
  <div class="d-flex flex-wrap gap-2">
    {{#CAN_ADD}}<a class="btn btn-outline-secondary" href="/account/addresses/settings">Approval settings</a><a class="btn btn-primary" href="/account/addresses/new">Add an address</a>{{/CAN_ADD}}
    {{#CAN_PROPOSE}}<a class="btn btn-primary" href="/account/addresses/new">Propose a shipping address</a>{{/CAN_PROPOSE}}
  </div>
</div>
{{#READ_ONLY}}<div class="alert alert-info" role="status">You are looking at the address book read-only, as the customer sees it.</div>{{/READ_ONLY}}
<section class="card shadow-sm" aria-labelledby="addresses-title">
  <div class="card-header bg-white d-flex flex-wrap justify-content-between align-items-center gap-2">
    <h2 class="h5 mb-0" id="addresses-title">Addresses</h2>
    <span class="small text-body-secondary" role="status" id="address-count">{{TOTAL}} {{TOTAL_WORD}}{{#FILTERED}} match{{/FILTERED}}</span>
  </div>
  <form method="get" action="/account/addresses" class="card-body border-bottom" role="search" aria-label="Filter addresses">
    <div class="row g-2 align-items-end">
      <div class="col-12 col-md-6 col-xl-3">
        <label for="q" class="form-label small mb-1">Label, street or city</label>
        <input type="search" class="form-control form-control-sm" id="q" name="q" value="{{Q}}" maxlength="100" autocomplete="off">
      </div>
      <div class="col-6 col-md-3 col-xl-2">
        <label for="type" class="form-label small mb-1">Type</label>
        <select class="form-select form-select-sm" id="type" name="type">
          <option value="">All types</option>
          {{#FILTER_TYPE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/FILTER_TYPE}}
        </select>
      </div>
      <div class="col-6 col-md-3 col-xl-2">
        <label for="unit" class="form-label small mb-1">Restricted to unit</label>
        <select class="form-select form-select-sm" id="unit" name="unit">
          <option value="">Any</option>
          {{#FILTER_UNIT}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/FILTER_UNIT}}
        </select>
      </div>
      <div class="col-6 col-md-3 col-xl-3">
        <label for="status" class="form-label small mb-1">Status</label>
        <select class="form-select form-select-sm" id="status" name="status">
          <option value="">Current (active, pending)</option>
          {{#FILTER_STATUS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/FILTER_STATUS}}
        </select>
      </div>
      <div class="col-6 col-md-3 col-xl-2 d-flex gap-2">
        <button type="submit" class="btn btn-outline-primary btn-sm flex-grow-1">Filter</button>
        {{#FILTERED}}<a class="btn btn-link btn-sm px-1" href="/account/addresses">Clear</a>{{/FILTERED}}
      </div>
    </div>
  </form>
  {{#HAS_ADDRESSES}}
  <div class="table-responsive">
    <table class="table table-hover align-middle mb-0">
      <thead><tr><th scope="col">Label</th><th scope="col" class="d-none d-md-table-cell">Type</th><th scope="col" class="d-none d-lg-table-cell">Address</th><th scope="col" class="d-none d-md-table-cell">Restricted to</th><th scope="col">Status</th></tr></thead>
      <tbody>
      {{#ADDRESS}}<tr>
        <td class="text-break"><a class="fw-semibold" href="/account/addresses/{{ID}}">{{LABEL}}</a>{{#ERP}} <span class="badge text-bg-light border" title="From our ERP: {{ERP_ID}}">ERP</span>{{/ERP}}
          <div class="small text-body-secondary d-lg-none">{{COMPACT}}</div>
          <div class="small text-body-secondary d-md-none">{{TYPE}} &middot; {{RESTRICTED_TO}}</div>
          <div class="d-flex flex-wrap gap-1 mt-1">{{#DEFAULT_BILLING}}<span class="badge text-bg-primary">Company billing default</span>{{/DEFAULT_BILLING}}{{#DEFAULT_SHIPPING}}<span class="badge text-bg-primary">Company shipping default</span>{{/DEFAULT_SHIPPING}}{{#MY_DEFAULT_BILLING}}<span class="badge text-bg-info">Your billing default</span>{{/MY_DEFAULT_BILLING}}{{#MY_DEFAULT_SHIPPING}}<span class="badge text-bg-info">Your shipping default</span>{{/MY_DEFAULT_SHIPPING}}</div>
        </td>
        <td class="d-none d-md-table-cell">{{TYPE}}</td>
        <td class="d-none d-lg-table-cell small">{{#ATTENTION}}{{TEXT}}<br>{{/ATTENTION}}{{COMPACT}}</td>
        <td class="d-none d-md-table-cell small">{{RESTRICTED_TO}}</td>
        <td>{{#ACTIVE}}<span class="badge text-bg-success">Active</span>{{/ACTIVE}}{{#PENDING}}<span class="badge text-bg-warning">Pending</span><div class="small text-body-secondary">with {{WITH}}</div>{{/PENDING}}{{#REJECTED}}<span class="badge text-bg-danger">Rejected</span>{{/REJECTED}}{{#RETIRED}}<span class="badge text-bg-secondary">Retired</span>{{/RETIRED}}</td>
      </tr>{{/ADDRESS}}
      </tbody>
    </table>
  </div>
  {{/HAS_ADDRESSES}}
  {{#NO_ADDRESSES}}<div class="card-body"><p class="text-body-secondary mb-0">No addresses{{#FILTERED}} match these filters{{/FILTERED}}.</p></div>{{/NO_ADDRESSES}}
  {{#PAGER}}
  <nav class="card-footer bg-white d-flex justify-content-between align-items-center" aria-label="Pages">
    <span>{{#PREV}}<a class="btn btn-outline-secondary btn-sm" href="{{URL}}" rel="prev">Previous</a>{{/PREV}}</span>
    <span class="small text-body-secondary">Page {{PAGE}} of {{PAGES}}</span>
    <span>{{#NEXT}}<a class="btn btn-outline-secondary btn-sm" href="{{URL}}" rel="next">Next</a>{{/NEXT}}</span>
  </nav>
  {{/PAGER}}
</section>
