{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/backoffice/credit">Credit</a></li><li class="breadcrumb-item active" aria-current="page">{{NAME}}</li></ol></nav>
<h1 class="h2 mb-3">{{NAME}}: credit</h1>
{{#NO_ACCOUNT}}<div class="alert alert-info" role="status"><p class="mb-0">No credit account: this customer pays in advance.</p></div>
{{#OPEN}}<form method="post" action="/backoffice/credit/{{ID}}/limit" class="card shadow-sm col-lg-6" novalidate aria-labelledby="open-title">
  <div class="card-header bg-white"><h2 class="h5 mb-0" id="open-title">Open a credit account</h2></div>
  <div class="card-body">
    {{#FORM_ERRORS}}<div class="alert alert-danger" role="alert" id="form-errors"><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{LABEL}}: {{MESSAGE}}</a></li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="terms_kind" value="net"><input type="hidden" name="over_limit" value="seller"><input type="hidden" name="reminder_days" value="7">
    <div class="mb-2"><label for="limit" class="form-label">Credit limit</label>
      <input type="text" inputmode="decimal" class="form-control{{#LIMIT_INVALID}} is-invalid{{/LIMIT_INVALID}}" id="limit" name="limit" value="{{LIMIT}}" maxlength="20" autocomplete="off"{{#LIMIT_INVALID}} aria-invalid="true"{{/LIMIT_INVALID}}{{#LIMIT_ERROR}} aria-describedby="limit-error"{{/LIMIT_ERROR}}>
      {{#LIMIT_ERROR}}<div class="invalid-feedback d-block" id="limit-error">{{MESSAGE}}</div>{{/LIMIT_ERROR}}</div>
    <div class="mb-3"><label for="terms_days" class="form-label">Net days</label>
      <input type="number" min="0" max="365" class="form-control{{#TERMS_DAYS_INVALID}} is-invalid{{/TERMS_DAYS_INVALID}}" id="terms_days" name="terms_days" value="{{TERMS_DAYS}}"{{#TERMS_DAYS_INVALID}} aria-invalid="true"{{/TERMS_DAYS_INVALID}}{{#TERMS_DAYS_ERROR}} aria-describedby="terms_days-error"{{/TERMS_DAYS_ERROR}}>
      {{#TERMS_DAYS_ERROR}}<div class="invalid-feedback d-block" id="terms_days-error">{{MESSAGE}}</div>{{/TERMS_DAYS_ERROR}}</div>
    <button type="submit" class="btn btn-primary">Open the account</button>
  </div>
</form>{{/OPEN}}{{/NO_ACCOUNT}}
{{#ACCOUNT}}
{{#ON_HOLD}}<div class="alert alert-danger" role="status" id="on-hold">On credit hold: {{REASON}}</div>{{/ON_HOLD}}
{{#UNMAPPED}}<div class="alert alert-warning" role="status" id="unmapped">The payment terms could not be read from the old text and are net 30 for now: check them below.</div>{{/UNMAPPED}}
<div class="row g-4">
  <div class="col-xl-7 d-flex flex-column gap-4">
    <section class="card shadow-sm" aria-labelledby="figures-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="figures-title">Figures</h2></div>
      <div class="card-body"><dl class="row mb-0">
        <dt class="col-6 col-md-3 fw-normal text-body-secondary">Limit</dt><dd class="col-6 col-md-3" id="bo-limit">{{LIMIT_TEXT}}{{#TEMPORARY}}<span class="d-block small text-body-secondary">until {{UNTIL}}, then {{BASE}}</span>{{/TEMPORARY}}</dd>
        <dt class="col-6 col-md-3 fw-normal text-body-secondary">Available</dt><dd class="col-6 col-md-3" id="bo-available">{{AVAILABLE}}</dd>
        <dt class="col-6 col-md-3 fw-normal text-body-secondary">Balance</dt><dd class="col-6 col-md-3" id="bo-balance">{{BALANCE}}</dd>
        <dt class="col-6 col-md-3 fw-normal text-body-secondary">Reserved</dt><dd class="col-6 col-md-3">{{RESERVED}}</dd>
        <dt class="col-6 col-md-3 fw-normal text-body-secondary">Overdue</dt><dd class="col-6 col-md-3">{{OVERDUE}}</dd>
        <dt class="col-6 col-md-3 fw-normal text-body-secondary">Terms</dt><dd class="col-6 col-md-3 mb-0">{{TERMS}}{{#TERMS_NOTE}}<span class="d-block small text-body-secondary">{{TEXT}}</span>{{/TERMS_NOTE}}</dd>
      </dl></div>
      <div class="table-responsive" tabindex="0" role="region" aria-labelledby="figures-title"><table class="table table-sm mb-0">
        <caption class="visually-hidden">Aging</caption>
        <thead><tr>{{#BUCKET}}<th scope="col" class="text-end">{{LABEL}}</th>{{/BUCKET}}</tr></thead>
        <tbody><tr>{{#BUCKET}}<td class="text-end">{{AMOUNT}}</td>{{/BUCKET}}</tr></tbody>
      </table></div>
    </section>
    <section class="card shadow-sm" aria-labelledby="invoices-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="invoices-title">Unpaid invoices</h2></div>
      {{#NO_INVOICES}}<div class="card-body"><p class="mb-0">None.</p></div>{{/NO_INVOICES}}
      <div class="table-responsive" tabindex="0" role="region" aria-labelledby="invoices-title"><table class="table table-sm align-middle mb-0" id="bo-open-invoices">
        <thead><tr><th scope="col">Invoice</th><th scope="col">Order</th><th scope="col">Due</th><th scope="col" class="text-end">Open</th></tr></thead>
        <tbody>{{#INVOICE}}<tr><td>{{NUMBER}}</td><td>{{ORDER_NUMBER}}</td><td>{{DUE_ON}}</td><td class="text-end">{{OPEN}}</td></tr>{{/INVOICE}}</tbody>
      </table></div>
    </section>
    <section class="card shadow-sm" aria-labelledby="ledger-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="ledger-title">Ledger, newest first</h2></div>
      <div class="table-responsive" tabindex="0" role="region" aria-labelledby="ledger-title"><table class="table table-sm align-middle mb-0">
        <thead><tr><th scope="col">Date</th><th scope="col">Entry</th><th scope="col">Reference</th><th scope="col" class="text-end">Amount</th><th scope="col" class="text-end">Balance after</th><th scope="col" class="d-none d-xxl-table-cell">By</th></tr></thead>
        <tbody>{{#ROW}}<tr><td class="text-nowrap">{{DATE}}</td><td>{{KIND}}<span class="d-block small text-body-secondary">{{NOTE}}</span></td><td class="text-nowrap">{{REFERENCE}}</td><td class="text-end text-nowrap">{{AMOUNT}}</td><td class="text-end text-nowrap">{{BALANCE_AFTER}}</td><td class="d-none d-xxl-table-cell">{{BY}}</td></tr>{{/ROW}}</tbody>
      </table></div>
    </section>
  </div>
  <div class="col-xl-5 d-flex flex-column gap-4">
    {{#MANAGE}}
    {{#FORM_ERRORS}}<div class="alert alert-danger" role="alert" id="form-errors"><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{LABEL}}: {{MESSAGE}}</a></li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
    <form method="post" action="/backoffice/credit/{{ID}}/entries" class="card shadow-sm" novalidate aria-labelledby="entry-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="entry-title">Payment, credit note or adjustment</h2></div>
      <div class="card-body">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <div class="mb-2"><label for="entry_kind" class="form-label">Entry</label>
          <select class="form-select" id="entry_kind" name="entry_kind">{{#ENTRY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ENTRY_OPTION}}</select></div>
        <div class="mb-2"><label for="amount" class="form-label">Amount</label>
          <input type="text" inputmode="decimal" class="form-control{{#AMOUNT_INVALID}} is-invalid{{/AMOUNT_INVALID}}" id="amount" name="amount" value="{{AMOUNT}}" maxlength="20" autocomplete="off"{{#AMOUNT_INVALID}} aria-invalid="true"{{/AMOUNT_INVALID}}{{#AMOUNT_ERROR}} aria-describedby="amount-error"{{/AMOUNT_ERROR}}>
          {{#AMOUNT_ERROR}}<div class="invalid-feedback d-block" id="amount-error">{{MESSAGE}}</div>{{/AMOUNT_ERROR}}</div>
        <div class="mb-2"><label for="invoice" class="form-label">Invoice number (optional)</label>
          <input type="text" class="form-control{{#INVOICE_INVALID}} is-invalid{{/INVOICE_INVALID}}" id="invoice" name="invoice" value="{{INVOICE}}" maxlength="40" autocomplete="off" aria-describedby="invoice-help{{#INVOICE_ERROR}} invoice-error{{/INVOICE_ERROR}}"{{#INVOICE_INVALID}} aria-invalid="true"{{/INVOICE_INVALID}}>
          <div class="form-text" id="invoice-help">Without one, a payment settles the oldest invoices first.</div>
          {{#INVOICE_ERROR}}<div class="invalid-feedback d-block" id="invoice-error">{{MESSAGE}}</div>{{/INVOICE_ERROR}}</div>
        <div class="mb-3"><label for="reference" class="form-label">Reference or reason</label>
          <input type="text" class="form-control{{#REFERENCE_INVALID}} is-invalid{{/REFERENCE_INVALID}}" id="reference" name="reference" value="{{REFERENCE}}" maxlength="200"{{#REFERENCE_INVALID}} aria-invalid="true"{{/REFERENCE_INVALID}}{{#REFERENCE_ERROR}} aria-describedby="reference-error"{{/REFERENCE_ERROR}}>
          {{#REFERENCE_ERROR}}<div class="invalid-feedback d-block" id="reference-error">{{MESSAGE}}</div>{{/REFERENCE_ERROR}}</div>
        <button type="submit" class="btn btn-primary">Record</button>
      </div>
    </form>
    <form method="post" action="/backoffice/credit/{{ID}}/limit" class="card shadow-sm" novalidate aria-labelledby="limit-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="limit-title">Limit and terms</h2></div>
      <div class="card-body">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <div class="mb-2"><label for="limit" class="form-label">Credit limit</label>
          <input type="text" inputmode="decimal" class="form-control{{#LIMIT_INVALID}} is-invalid{{/LIMIT_INVALID}}" id="limit" name="limit" value="{{LIMIT}}" maxlength="20" autocomplete="off"{{#LIMIT_INVALID}} aria-invalid="true"{{/LIMIT_INVALID}}{{#LIMIT_ERROR}} aria-describedby="limit-error"{{/LIMIT_ERROR}}>
          {{#LIMIT_ERROR}}<div class="invalid-feedback d-block" id="limit-error">{{MESSAGE}}</div>{{/LIMIT_ERROR}}</div>
        <div class="row g-2 mb-2">
          <div class="col-8"><label for="terms_kind" class="form-label">Terms</label>
            <select class="form-select" id="terms_kind" name="terms_kind">{{#TERMS_KIND_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TERMS_KIND_OPTION}}</select></div>
          <div class="col-4"><label for="terms_days" class="form-label">Days</label>
            <input type="number" min="0" max="365" class="form-control{{#TERMS_DAYS_INVALID}} is-invalid{{/TERMS_DAYS_INVALID}}" id="terms_days" name="terms_days" value="{{TERMS_DAYS}}"{{#TERMS_DAYS_INVALID}} aria-invalid="true"{{/TERMS_DAYS_INVALID}}{{#TERMS_DAYS_ERROR}} aria-describedby="terms_days-error"{{/TERMS_DAYS_ERROR}}>
            {{#TERMS_DAYS_ERROR}}<div class="invalid-feedback d-block" id="terms_days-error">{{MESSAGE}}</div>{{/TERMS_DAYS_ERROR}}</div>
        </div>
        <div class="mb-2"><label for="over_limit" class="form-label">An order over the available credit</label>
          <select class="form-select" id="over_limit" name="over_limit">{{#OVER_LIMIT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OVER_LIMIT_OPTION}}</select></div>
        <div class="mb-2"><label for="reminder_days" class="form-label">Remind of an invoice this many days before it is due</label>
          <input type="number" min="0" max="60" class="form-control{{#REMINDER_DAYS_INVALID}} is-invalid{{/REMINDER_DAYS_INVALID}}" id="reminder_days" name="reminder_days" value="{{REMINDER_DAYS}}"{{#REMINDER_DAYS_INVALID}} aria-invalid="true"{{/REMINDER_DAYS_INVALID}}{{#REMINDER_DAYS_ERROR}} aria-describedby="reminder_days-error"{{/REMINDER_DAYS_ERROR}}>
          {{#REMINDER_DAYS_ERROR}}<div class="invalid-feedback d-block" id="reminder_days-error">{{MESSAGE}}</div>{{/REMINDER_DAYS_ERROR}}</div>
        <div class="mb-3"><label for="limit_note" class="form-label">Note for the ledger (optional)</label>
          <input type="text" class="form-control" id="limit_note" name="limit_note" value="{{LIMIT_NOTE}}" maxlength="200"></div>
        <button type="submit" class="btn btn-primary">Save</button>
      </div>
    </form>
    <form method="post" action="/backoffice/credit/{{ID}}/hold" class="card shadow-sm" novalidate aria-labelledby="hold-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="hold-title">Credit hold</h2></div>
      <div class="card-body">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <div class="form-check mb-2"><input class="form-check-input" type="checkbox" id="on_hold" name="on_hold" value="1"{{#ON_HOLD_CHECKED}} checked{{/ON_HOLD_CHECKED}}><label class="form-check-label" for="on_hold">On hold: no orders on account</label></div>
        <div class="mb-3"><label for="hold_reason" class="form-label">Reason (the customer sees it)</label>
          <input type="text" class="form-control{{#HOLD_REASON_INVALID}} is-invalid{{/HOLD_REASON_INVALID}}" id="hold_reason" name="hold_reason" value="{{HOLD_REASON}}" maxlength="300"{{#HOLD_REASON_INVALID}} aria-invalid="true"{{/HOLD_REASON_INVALID}}{{#HOLD_REASON_ERROR}} aria-describedby="hold_reason-error"{{/HOLD_REASON_ERROR}}>
          {{#HOLD_REASON_ERROR}}<div class="invalid-feedback d-block" id="hold_reason-error">{{MESSAGE}}</div>{{/HOLD_REASON_ERROR}}</div>
        <button type="submit" class="btn btn-outline-danger">Save the hold</button>
      </div>
    </form>
    {{/MANAGE}}
  </div>
</div>
{{/ACCOUNT}}
