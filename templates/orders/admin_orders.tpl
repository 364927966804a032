{{%AUTOESCAPE context="HTML"}}
<div class="d-flex flex-wrap justify-content-between align-items-end gap-2 mb-3">
  <div>
    <h1 class="h2 mb-1">Orders</h1>
    <p class="text-body-secondary mb-0">Every customer's orders, newest first: web, phone and ERP.</p>
  </div>
  <a class="btn btn-outline-primary" href="/backoffice/imports?shape=orders">Import offline orders</a>
</div>
<ul class="list-unstyled d-flex flex-wrap gap-2 mb-3" aria-label="Orders that wait for someone">
  {{#WAITING}}<li><a class="btn btn-sm {{#CURRENT}}btn-primary{{/CURRENT}}{{#NOT_CURRENT}}btn-outline-secondary{{/NOT_CURRENT}} d-inline-flex align-items-center gap-2" href="{{HREF}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}><span class="badge text-bg-{{BADGE}}">{{COUNT}}</span> {{LABEL}}</a></li>{{/WAITING}}
</ul>
{{#FORM_ERRORS}}<div class="alert alert-danger" role="alert"><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{MESSAGE}}</a></li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
<form method="get" action="/backoffice/orders" class="card shadow-sm mb-3" novalidate>
  <div class="card-body row g-2 align-items-end">
    <div class="col-md-6 col-lg-3">
      <label for="company" class="form-label">Company</label>
      {{#COMPANY_LIST}}<select class="form-select{{#COMPANY_INVALID}} is-invalid{{/COMPANY_INVALID}}" id="company" name="company"{{#COMPANY_ERROR}} aria-describedby="company-error"{{/COMPANY_ERROR}}>
        <option value="">Every company</option>
        {{#COMPANY_CHOICE}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/COMPANY_CHOICE}}
      </select>{{#COMPANY_ERROR}}<div class="invalid-feedback" id="company-error">{{MESSAGE}}</div>{{/COMPANY_ERROR}}{{/COMPANY_LIST}}
      {{#COMPANY_SEARCH}}<input type="text" class="form-control{{#COMPANY_INVALID}} is-invalid{{/COMPANY_INVALID}}"{{#COMPANY_INVALID}} aria-invalid="true"{{/COMPANY_INVALID}} id="company" name="company_name" value="{{NAME}}" maxlength="200" autocomplete="off" placeholder="Every company" aria-describedby="company-hint{{#COMPANY_ERROR}} company-error{{/COMPANY_ERROR}}">
      <div class="form-text" id="company-hint">A company's name, or part of it.</div>
      {{#COMPANY_ERROR}}<div class="invalid-feedback" id="company-error">{{MESSAGE}}</div>{{/COMPANY_ERROR}}{{/COMPANY_SEARCH}}
    </div>
    <div class="col-6 col-md-3 col-lg-2">
      <label for="status" class="form-label">Status</label>
      <select class="form-select" id="status" name="status">
        <option value="">Any</option>
        {{#STATUS_CHOICE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATUS_CHOICE}}
      </select>
    </div>
    <div class="col-6 col-md-3 col-lg-2">
      <label for="channel" class="form-label">Channel</label>
      <select class="form-select" id="channel" name="channel">
        <option value="">Any</option>
        {{#CHANNEL_CHOICE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/CHANNEL_CHOICE}}
      </select>
    </div>
    <div class="col-6 col-md-3 col-lg-2">
      <label for="from" class="form-label">Placed from</label>
      <input type="date" class="form-control{{#FROM_INVALID}} is-invalid{{/FROM_INVALID}}" id="from" name="from" value="{{FROM}}" {{#FROM_INVALID}} aria-invalid="true"{{/FROM_INVALID}}{{#FROM_ERROR}} aria-describedby="from-error"{{/FROM_ERROR}}>
      {{#FROM_ERROR}}<div class="invalid-feedback d-block" id="from-error">{{MESSAGE}}</div>{{/FROM_ERROR}}
    </div>
    <div class="col-6 col-md-3 col-lg-2">
      <label for="to" class="form-label">to</label>
      <input type="date" class="form-control{{#TO_INVALID}} is-invalid{{/TO_INVALID}}" id="to" name="to" value="{{TO}}" {{#TO_INVALID}} aria-invalid="true"{{/TO_INVALID}}{{#TO_ERROR}} aria-describedby="to-error"{{/TO_ERROR}}>
      {{#TO_ERROR}}<div class="invalid-feedback d-block" id="to-error">{{MESSAGE}}</div>{{/TO_ERROR}}
    </div>
    <div class="col-6 col-md-4 col-lg-3">
      <label for="number" class="form-label">Order number</label>
      <input type="search" class="form-control{{#NUMBER_INVALID}} is-invalid{{/NUMBER_INVALID}}" id="number" name="number" value="{{NUMBER}}" maxlength="40" placeholder="SO-2026-004152 or 4152" {{#NUMBER_INVALID}} aria-invalid="true"{{/NUMBER_INVALID}}{{#NUMBER_ERROR}} aria-describedby="number-error"{{/NUMBER_ERROR}}>
      {{#NUMBER_ERROR}}<div class="invalid-feedback d-block" id="number-error">{{MESSAGE}}</div>{{/NUMBER_ERROR}}
    </div>
    <div class="col-6 col-md-4 col-lg-3">
      <label for="po" class="form-label">PO number</label>
      <input type="search" class="form-control" id="po" name="po" value="{{PO}}" maxlength="60" placeholder="starts with…">
    </div>
    <div class="col-md-4 col-lg-3 d-flex gap-2">
      <button type="submit" class="btn btn-primary flex-grow-1">Show</button>
      {{#FILTERED}}<a class="btn btn-outline-secondary" href="/backoffice/orders">Clear</a>{{/FILTERED}}
    </div>
  </div>
</form>
<section class="card shadow-sm" aria-labelledby="orders-title">
  <div class="card-header bg-white d-flex justify-content-between align-items-center">
    <h2 class="h5 mb-0" id="orders-title">Newest first</h2>
    <span class="small text-body-secondary">{{SHOWN}} on this page</span>
  </div>
  {{#HAS_ROWS}}
  <div class="table-responsive">
    <table class="table table-hover align-middle mb-0" id="orders-table">
      <thead><tr><th scope="col">Order</th><th scope="col" class="d-none d-md-table-cell">Company</th><th scope="col" class="d-none d-sm-table-cell">Placed</th><th scope="col" class="d-none d-lg-table-cell">Placed by</th><th scope="col" class="text-end">Total</th><th scope="col" class="d-none d-sm-table-cell">Status</th><th scope="col" class="d-none d-lg-table-cell">Channel</th></tr></thead>
      <tbody>
      {{#ORDER}}<tr>
        <td><a class="fw-semibold text-nowrap" href="/backoffice/orders/{{NUMBER}}">{{NUMBER}}</a>{{#PO}}<div class="small text-body-secondary">{{NUMBER}}</div>{{/PO}}<div class="small d-md-none">{{COMPANY}}<span class="d-sm-none"> · {{PLACED_DATE}}</span></div></td>
        <td class="d-none d-md-table-cell"><a class="text-reset" href="/backoffice/orders?company={{COMPANY_ID}}">{{COMPANY}}</a></td>
        <td class="text-nowrap d-none d-sm-table-cell"><time datetime="{{PLACED_ISO}}">{{PLACED_DATE}}</time></td>
        <td class="d-none d-lg-table-cell">{{PLACED_BY}}</td>
        <td class="text-end text-nowrap">{{TOTAL}}<div class="d-sm-none"><span class="badge text-bg-{{BADGE}}">{{STATUS}}</span></div></td>
        <td class="d-none d-sm-table-cell"><span class="badge text-bg-{{BADGE}}">{{STATUS}}</span></td>
        <td class="d-none d-lg-table-cell">{{CHANNEL}}</td>
      </tr>{{/ORDER}}
      </tbody>
    </table>
  </div>
  {{/HAS_ROWS}}
  {{#EMPTY}}<div class="card-body"><p class="text-body-secondary mb-0">No orders{{#FILTERED}} match these filters{{/FILTERED}}.</p></div>{{/EMPTY}}
</section>
{{#PAGER}}
<nav class="d-flex flex-wrap justify-content-between align-items-center gap-2 mt-3" aria-label="Pages">
  {{#NEWEST}}<a class="small" href="{{HREF}}">Back to the newest</a>{{/NEWEST}}{{#NO_NEWER}}<span></span>{{/NO_NEWER}}
  <ul class="pagination mb-0">
    {{#NEWER}}<li class="page-item"><a class="page-link" href="{{HREF}}" rel="prev">Newer</a></li>{{/NEWER}}
    {{#NO_NEWER}}<li class="page-item disabled"><span class="page-link">Newer</span></li>{{/NO_NEWER}}
    {{#OLDER}}<li class="page-item"><a class="page-link" href="{{HREF}}" rel="next">Older</a></li>{{/OLDER}}
    {{#NO_OLDER}}<li class="page-item disabled"><span class="page-link">Older</span></li>{{/NO_OLDER}}
  </ul>
</nav>
{{/PAGER}}
