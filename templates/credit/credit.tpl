{{%AUTOESCAPE context="HTML"}}
{{! /account/credit: the figures at a glance, aging, the 12-month chart (SVG drawn on the server) with its table, open invoices, recent ledger entries, credit requests. }}
<div class="d-flex flex-wrap align-items-end justify-content-between gap-2 mb-3">
  <div>
    <h1 class="h2 mb-1">Credit</h1>
    <p class="text-body-secondary mb-0">{{COMPANY_NAME}}'s account with us</p>
  </div>
  {{#HAS_ACCOUNT}}<div class="d-flex flex-wrap gap-2">
    <a class="btn btn-outline-secondary btn-sm" href="/account/credit/invoices">All invoices</a>
    <a class="btn btn-outline-secondary btn-sm" href="/account/credit/statement" id="statement-link">Statement</a>
    <a class="btn btn-outline-secondary btn-sm" href="/account/credit/ledger.csv" id="ledger-csv">Ledger (CSV)</a>
  </div>{{/HAS_ACCOUNT}}
</div>
{{#NO_ACCOUNT}}<div class="alert alert-info" role="status" id="no-credit"><p class="mb-0">No credit account — orders are paid in advance. Ask your account manager if your company would like to buy on account.</p></div>{{/NO_ACCOUNT}}
{{#HAS_ACCOUNT}}
{{#ON_HOLD}}<div class="alert alert-danger" role="alert" id="on-hold"><h2 class="h6 alert-heading mb-1">Your account is on credit hold</h2><p class="mb-0">{{REASON}}. Orders cannot be placed on account until the hold is lifted: please contact your account manager.</p></div>{{/ON_HOLD}}
{{#FIGURES}}
<section aria-labelledby="figures-title" class="mb-4">
  <h2 class="visually-hidden" id="figures-title">At a glance</h2>
  <div class="row g-3">
    <div class="col-6 col-lg-3"><div class="card shadow-sm h-100"><div class="card-body"><p class="text-body-secondary small mb-1">Available credit</p><p class="h3 mb-0{{#OVER_LIMIT}} text-danger-emphasis{{/OVER_LIMIT}}" id="available">{{AVAILABLE}}</p></div></div></div>
    <div class="col-6 col-lg-3"><div class="card shadow-sm h-100"><div class="card-body"><p class="text-body-secondary small mb-1">Credit limit</p><p class="h3 mb-0" id="limit">{{LIMIT}}</p>{{#TEMPORARY}}<p class="small mb-0 text-body-secondary">Until {{UNTIL}}, then {{BASE}}</p>{{/TEMPORARY}}</div></div></div>
    <div class="col-6 col-lg-3"><div class="card shadow-sm h-100"><div class="card-body"><p class="text-body-secondary small mb-1">Balance (invoiced, unpaid)</p><p class="h3 mb-0" id="balance">{{BALANCE}}</p></div></div></div>
    <div class="col-6 col-lg-3"><div class="card shadow-sm h-100"><div class="card-body"><p class="text-body-secondary small mb-1">Reserved by orders not yet invoiced</p><p class="h3 mb-0" id="reserved">{{RESERVED}}</p></div></div></div>
  </div>
  <dl class="row mt-3 mb-0">
    <dt class="col-sm-3 col-lg-2 fw-normal text-body-secondary">Payment terms</dt><dd class="col-sm-9 col-lg-4" id="terms">{{TERMS}}{{#TERMS_NOTE}} <span class="text-body-secondary">({{TEXT}})</span>{{/TERMS_NOTE}}</dd>
    <dt class="col-sm-3 col-lg-2 fw-normal text-body-secondary">Overdue</dt><dd class="col-sm-9 col-lg-4{{#HAS_OVERDUE}} text-danger-emphasis fw-semibold{{/HAS_OVERDUE}}" id="overdue">{{OVERDUE}}{{#HAS_OVERDUE}} <a href="/account/credit/invoices?status=overdue">see overdue invoices</a>{{/HAS_OVERDUE}}</dd>
  </dl>
</section>
{{/FIGURES}}
<div class="row g-4">
  <div class="col-xl-8 d-flex flex-column gap-4">
    {{#CHART}}
    <section class="card shadow-sm" aria-labelledby="chart-title">
      <div class="card-header bg-white d-flex flex-wrap justify-content-between align-items-center gap-2">
        <h2 class="h5 mb-0" id="chart-title">The last 12 months</h2>
        <ul class="list-inline small mb-0" aria-hidden="true">
          <li class="list-inline-item"><span class="chart-key chart-key-balance"></span> Balance</li>
          <li class="list-inline-item"><span class="chart-key chart-key-available"></span> Available credit</li>
          <li class="list-inline-item"><span class="chart-key chart-key-limit"></span> Limit</li>
        </ul>
      </div>
      <div class="card-body">
        <svg class="credit-chart" viewBox="0 0 {{WIDTH}} {{HEIGHT}}" role="img" aria-labelledby="chart-title chart-desc" id="credit-chart">
          <desc id="chart-desc">Balance, available credit and the credit limit at the end of each of the last 12 months; the table below has the same figures.</desc>
          {{#GRID}}<line x1="{{X1}}" x2="{{X2}}" y1="{{Y}}" y2="{{Y}}" stroke="#dee2e6" stroke-width="1"/><text x="{{TX}}" y="{{TY}}" text-anchor="end" font-size="14" fill="#495057">{{TEXT}}</text>{{/GRID}}
          {{#ZERO}}<line x1="{{X1}}" x2="{{X2}}" y1="{{Y}}" y2="{{Y}}" stroke="#6c757d" stroke-width="1"/>{{/ZERO}}
          <polyline points="{{LIMIT_POINTS}}" fill="none" stroke="#6c757d" stroke-width="2" stroke-dasharray="6 4"/>
          <polyline points="{{AVAILABLE_POINTS}}" fill="none" stroke="#198754" stroke-width="3"/>
          <polyline points="{{BALANCE_POINTS}}" fill="none" stroke="#1f5fa8" stroke-width="3"/>
          {{#DOT}}<circle cx="{{X}}" cy="{{YA}}" r="3.5" fill="#198754"/><circle cx="{{X}}" cy="{{YB}}" r="3.5" fill="#1f5fa8"/>{{/DOT}}
          {{#X_LABEL}}<text x="{{X}}" y="{{Y}}" text-anchor="middle" font-size="14" fill="#495057">{{TEXT}}</text>{{/X_LABEL}}
        </svg>
        <details class="mt-2">
          <summary>The figures as a table</summary>
          <div class="table-responsive mt-2" tabindex="0" role="region" aria-labelledby="chart-title">
            <table class="table table-sm mb-0" id="chart-table">
              <caption class="visually-hidden">Balance, available credit and limit at the end of each month</caption>
              <thead><tr><th scope="col">Month</th><th scope="col" class="text-end">Balance</th><th scope="col" class="text-end">Available</th><th scope="col" class="text-end">Limit</th></tr></thead>
              <tbody>{{#CHART_ROW}}<tr><th scope="row" class="fw-normal">{{MONTH}}</th><td class="text-end">{{BALANCE}}</td><td class="text-end">{{AVAILABLE}}</td><td class="text-end">{{LIMIT}}</td></tr>{{/CHART_ROW}}</tbody>
            </table>
          </div>
        </details>
      </div>
    </section>
    {{/CHART}}
    <section class="card shadow-sm" aria-labelledby="open-title">
      <div class="card-header bg-white d-flex justify-content-between align-items-center"><h2 class="h5 mb-0" id="open-title">Unpaid invoices</h2><a class="small" href="/account/credit/invoices?status=open">All unpaid</a></div>
      {{#OPEN_INVOICES}}<div class="table-responsive" tabindex="0" role="region" aria-labelledby="open-title"><table class="table table-hover align-middle mb-0" id="open-invoices">
        <thead><tr><th scope="col">Invoice</th><th scope="col" class="d-none d-md-table-cell">Order</th><th scope="col">Due</th><th scope="col" class="text-end">Open</th><th scope="col">Status</th></tr></thead>
        <tbody>{{#INVOICE}}<tr><td class="text-nowrap"><a href="/account/credit/invoices/{{NUMBER}}">{{NUMBER}}</a></td><td class="d-none d-md-table-cell text-nowrap">{{ORDER_NUMBER}}</td><td class="text-nowrap">{{DUE_ON}}</td><td class="text-end text-nowrap">{{OPEN}}</td><td><span class="badge text-bg-{{BADGE}}">{{STATUS}}</span></td></tr>{{/INVOICE}}</tbody>
      </table></div>{{#MORE}}<div class="card-footer bg-white small"><a href="/account/credit/invoices?status=open">See all {{COUNT}} unpaid invoices</a></div>{{/MORE}}{{/OPEN_INVOICES}}
      {{#NO_OPEN_INVOICES}}<div class="card-body"><p class="mb-0">Nothing to pay: every invoice is paid.</p></div>{{/NO_OPEN_INVOICES}}
    </section>
    {{#RECENT}}
    <section class="card shadow-sm" aria-labelledby="recent-title">
      <div class="card-header bg-white d-flex justify-content-between align-items-center"><h2 class="h5 mb-0" id="recent-title">Recent activity</h2><a class="small" href="/account/credit/statement">Statement</a></div>
      <div class="table-responsive" tabindex="0" role="region" aria-labelledby="recent-title"><table class="table table-sm align-middle mb-0" id="recent-ledger">
        <thead><tr><th scope="col">Date</th><th scope="col">Entry</th><th scope="col" class="d-none d-md-table-cell">Reference</th><th scope="col" class="text-end">Amount</th><th scope="col" class="text-end d-none d-md-table-cell">Available after</th></tr></thead>
        <tbody>{{#ROW}}<tr><td class="text-nowrap"><time datetime="{{DATE_ISO}}">{{DATE}}</time></td><td>{{KIND}}<span class="d-block d-md-none small text-body-secondary">{{REFERENCE}}</span></td><td class="d-none d-md-table-cell text-nowrap">{{REFERENCE}}</td><td class="text-end text-nowrap">{{AMOUNT}}</td><td class="text-end d-none d-md-table-cell">{{AVAILABLE}}</td></tr>{{/ROW}}</tbody>
      </table></div>
    </section>
    {{/RECENT}}
  </div>
  <div class="col-xl-4 d-flex flex-column gap-4">
    {{#AGING}}
    <section class="card shadow-sm" aria-labelledby="aging-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="aging-title">Aging of unpaid invoices</h2></div>
      <table class="table mb-0" id="aging">
        <thead><tr><th scope="col">Days past due</th><th scope="col" class="text-end">Amount</th></tr></thead>
        <tbody>{{#BUCKET}}<tr><th scope="row" class="fw-normal">{{LABEL}}</th><td class="text-end{{#LATE}} text-danger-emphasis fw-semibold{{/LATE}}">{{AMOUNT}}</td></tr>{{/BUCKET}}</tbody>
        <tfoot><tr><th scope="row">Unpaid in total</th><td class="text-end fw-semibold">{{TOTAL}}</td></tr></tfoot>
      </table>
    </section>
    {{/AGING}}
    {{#REQUESTS}}
    <section class="card shadow-sm" aria-labelledby="requests-title" id="requests">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="requests-title">Credit requests</h2></div>
      <div class="card-body">
        {{#NONE}}<p class="text-body-secondary">No requests yet.</p>{{/NONE}}
        {{#REQUEST}}<div class="border-bottom pb-2 mb-2 credit-request">
          <div class="d-flex justify-content-between gap-2"><span class="fw-semibold">{{AMOUNT}}</span><span class="badge text-bg-{{BADGE}} align-self-start">{{STATUS}}</span></div>
          <p class="small text-body-secondary mb-1">{{DATE}} by {{BY}} · {{UNTIL}}</p>
          <p class="small mb-1 question">{{REASON}}</p>
          {{#DECISION}}<p class="small mb-0">{{#APPROVED}}New limit {{GIVEN}}{{#TEMPORARY}} until {{UNTIL}}{{/TEMPORARY}}.{{/APPROVED}}{{#REASON}} <span class="question">{{TEXT}}</span>{{/REASON}}</p>{{/DECISION}}
        </div>{{/REQUEST}}
        {{#MAY_REQUEST}}<a class="btn btn-primary" href="/account/credit/request" id="request-credit">Request more credit</a>{{/MAY_REQUEST}}
        {{#WAITING}}<p class="small mb-0">A request is waiting for our decision: you can ask again once it is decided.</p>{{/WAITING}}
      </div>
    </section>
    {{/REQUESTS}}
  </div>
</div>
{{/HAS_ACCOUNT}}
