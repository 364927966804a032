{{%AUTOESCAPE context="HTML"}}
<div class="d-flex flex-wrap align-items-end justify-content-between gap-2 mb-4">
  <div>
    {{#GREETING}}<h1 class="h2 mb-1">Welcome back, {{FIRST_NAME}}</h1>
    <p class="text-body-secondary mb-0">{{COMPANY_NAME}} · <span class="badge text-bg-light border">{{ROLE_NAME}}</span></p>{{/GREETING}}
    {{#AS_CUSTOMER}}<h1 class="h2 mb-1">{{COMPANY_NAME}}</h1>
    <p class="text-body-secondary mb-0">The dashboard as the company's members see it.</p>{{/AS_CUSTOMER}}
  </div>
</div>
{{#APPLICANT}}<div class="alert alert-info" role="status"><strong>Your application is being reviewed.</strong> Until your company's account is approved you can look around; ordering opens once we have approved it. We will email you.</div>{{/APPLICANT}}
<div class="row g-4">
  {{#ORDERS_PANEL}}
  <section class="col-lg-8" aria-labelledby="recent-orders-title">
    <div class="card h-100 shadow-sm">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="recent-orders-title">Recent orders</h2><p class="small text-body-secondary mb-0" id="orders-scope">{{SCOPE}}</p></div>
      {{#HAS_ORDERS}}
      <ul class="list-group list-group-flush d-md-none orders-cards" aria-describedby="orders-scope">
        {{#ORDER}}<li class="list-group-item">
          <div class="d-flex justify-content-between align-items-baseline gap-2">
            <a href="/account/orders/{{NUMBER}}" class="fw-semibold">{{NUMBER}}</a>
            <span class="fw-semibold text-nowrap">{{TOTAL}}</span>
          </div>
          <div class="d-flex justify-content-between align-items-center gap-2 small mt-1">
            <span><time datetime="{{DATE_ISO}}">{{DATE}}</time> &middot; <span class="visually-hidden">PO number </span>{{PO_NUMBER}}{{#SHOW_BUYER}} &middot; {{PLACED_BY}}{{/SHOW_BUYER}}</span>
            <span class="badge text-bg-{{BADGE}}">{{STATUS}}</span>
          </div>
        </li>{{/ORDER}}
      </ul>
      <div class="table-responsive d-none d-md-block">
        <table class="table table-hover align-middle mb-0" aria-describedby="orders-scope">
          <thead><tr><th scope="col">Order</th><th scope="col">Date</th>{{#SHOW_BUYER}}<th scope="col">Placed by</th>{{/SHOW_BUYER}}<th scope="col" class="text-nowrap">PO number</th><th scope="col" class="text-end">Total</th><th scope="col">Status</th></tr></thead>
          <tbody>
          {{#ORDER}}<tr>
            <td class="fw-semibold text-nowrap"><a href="/account/orders/{{NUMBER}}">{{NUMBER}}</a></td>
            <td class="text-nowrap"><time datetime="{{DATE_ISO}}">{{DATE}}</time></td>
            {{#SHOW_BUYER}}<td>{{PLACED_BY}}</td>{{/SHOW_BUYER}}
            <td>{{PO_NUMBER}}</td>
            <td class="text-end text-nowrap">{{TOTAL}}</td>
            <td><span class="badge text-bg-{{BADGE}}">{{STATUS}}</span></td>
          </tr>{{/ORDER}}
          </tbody>
        </table>
      </div>
      {{/HAS_ORDERS}}
      {{#NO_ORDERS}}<div class="card-body"><p class="text-body-secondary mb-0">No orders yet.</p></div>{{/NO_ORDERS}}
      <div class="card-footer bg-white"><a href="/account/orders" id="all-orders-link">View all orders</a></div>
    </div>
  </section>
  {{/ORDERS_PANEL}}
  {{#APPLICANT_NEXT}}
  <section class="col-lg-8" aria-labelledby="meanwhile-title">
    <div class="card h-100 shadow-sm">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="meanwhile-title">While we review your application</h2></div>
      <div class="list-group list-group-flush" id="meanwhile-links">
        <a class="list-group-item list-group-item-action py-3" href="/catalog"><span class="fw-semibold d-block">Browse the catalog</span><span class="small text-body-secondary">Every product with its list price; your contract prices appear once your account is approved.</span></a>
        {{#MAY_FILL_CART}}<a class="list-group-item list-group-item-action py-3" href="/cart"><span class="fw-semibold d-block">Prepare your first order</span><span class="small text-body-secondary">Fill your cart now; you can place the order as soon as we have approved your account.</span></a>{{/MAY_FILL_CART}}
        <a class="list-group-item list-group-item-action py-3" href="/account/profile"><span class="fw-semibold d-block">Check your details</span><span class="small text-body-secondary">Your name, job title and phone number, and your password.</span></a>
        <a class="list-group-item list-group-item-action py-3" href="/account/notifications"><span class="fw-semibold d-block">Choose the emails you get</span><span class="small text-body-secondary">We always write to you when your application is decided.</span></a>
      </div>
    </div>
  </section>
  {{/APPLICANT_NEXT}}
  <div class="col-lg-4 d-flex flex-column gap-4">
    {{#APPROVALS}}
    <section class="card shadow-sm" aria-labelledby="approvals-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="approvals-title">Waiting for your approval</h2></div>
      <div class="card-body">{{#APPROVALS_WAITING}}<p class="mb-2"><span class="fs-4 fw-semibold">{{COUNT}}</span> {{WHAT}}.</p><a class="btn btn-primary btn-sm" href="/account/approvals">Open approvals</a>{{/APPROVALS_WAITING}}{{#NO_APPROVALS}}<p class="text-body-secondary mb-0">Nothing is waiting for your approval.</p>{{/NO_APPROVALS}}</div>
    </section>
    {{/APPROVALS}}
    {{#LISTS}}
    <section class="card shadow-sm" aria-labelledby="lists-title" id="lists-card">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="lists-title">Shopping lists</h2></div>
      {{#NO_LISTS}}<div class="card-body"><p class="text-body-secondary mb-0">No lists yet. Save your cart or an order as a list to order it again in seconds.</p></div>{{/NO_LISTS}}
      {{#HAS_LISTS}}<ul class="list-group list-group-flush">
        {{#LIST}}<li class="list-group-item d-flex justify-content-between align-items-baseline gap-2">
          <span><a href="/account/lists/{{ID}}" class="fw-semibold">{{NAME}}</a>{{#SHARED_BY}}<span class="d-block small text-body-secondary">Shared by {{OWNER}}</span>{{/SHARED_BY}}{{#SHARING}}<span class="d-block small text-body-secondary">{{LABEL}}</span>{{/SHARING}}</span>
          <span class="small text-body-secondary text-nowrap">{{LINES}} {{LINE_WORD}}</span>
        </li>{{/LIST}}
      </ul>{{/HAS_LISTS}}
      <div class="card-footer bg-white"><a href="/account/lists" id="all-lists-link">All shopping lists</a></div>
    </section>
    {{/LISTS}}
    {{#ACCOUNT}}
    <section class="card shadow-sm" aria-labelledby="account-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="account-title">Your account with us</h2></div>
      <div class="card-body">
        <dl class="row mb-0">
          <dt class="col-6 fw-normal text-body-secondary">Payment terms</dt><dd class="col-6">{{PAYMENT_TERMS}}</dd>
          {{#CREDIT}}<dt class="col-6 fw-normal text-body-secondary">Credit limit</dt><dd class="col-6">{{CREDIT_LIMIT}}</dd><dt class="col-6 fw-normal text-body-secondary">Available credit</dt><dd class="col-6" id="available-credit">{{AVAILABLE}}</dd>{{#OVERDUE}}<dt class="col-6 fw-normal text-body-secondary">Overdue</dt><dd class="col-6 text-danger-emphasis fw-semibold" id="overdue">{{AMOUNT}} <a href="/account/credit/invoices?status=overdue">see invoices</a></dd>{{/OVERDUE}}{{#ON_HOLD}}<dt class="col-6 fw-normal text-body-secondary">Credit hold</dt><dd class="col-6 text-danger-emphasis">On hold: orders on account are paused</dd>{{/ON_HOLD}}<dd class="col-12"><a href="/account/credit">Credit and invoices</a></dd>{{/CREDIT}}{{#NO_CREDIT}}<dt class="col-6 fw-normal text-body-secondary">Credit</dt><dd class="col-6">No credit account — orders are paid in advance</dd>{{/NO_CREDIT}}
          {{#ACCOUNT_MANAGER}}<dt class="col-6 fw-normal text-body-secondary">Account manager</dt><dd class="col-6 mb-0">{{AM_NAME}}<br><a href="mailto:{{AM_EMAIL}}">{{AM_EMAIL}}</a></dd>{{/ACCOUNT_MANAGER}}
        </dl>
      </div>
    </section>
    {{/ACCOUNT}}
  </div>
</div>
