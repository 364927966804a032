{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/backoffice/companies">Companies</a></li><li class="breadcrumb-item"><a href="/backoffice/companies/{{ID}}">{{COMPANY}}</a></li><li class="breadcrumb-item active" aria-current="page">Approval rules</li></ol></nav>
<h1 class="h2 mb-1">Approval rules</h1>
<p class="text-body-secondary">{{COMPANY}} sets these up itself; they are shown here read-only.</p>
<div class="row g-4">
  <div class="col-lg-8 d-flex flex-column gap-4">
    <section class="card shadow-sm" aria-labelledby="rules-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="rules-title">Rules</h2></div>
      {{#NO_RULES}}<div class="card-body"><p class="text-body-secondary mb-0">This company has no approval rules: its orders are approved as they are placed (spending limits aside).</p></div>{{/NO_RULES}}
      {{#RULES}}
      <div class="table-responsive" tabindex="0" role="region" aria-labelledby="rules-title">
        <table class="table align-middle mb-0">
          <thead><tr><th scope="col" class="ps-3">Rule</th><th scope="col" class="d-none d-md-table-cell">Approvers</th><th scope="col">Level</th><th scope="col" class="pe-3">Status</th></tr></thead>
          <tbody>
          {{#RULE}}<tr>
            <td class="ps-3"><div class="fw-semibold">{{NAME}}</div><div class="small text-body-secondary">{{SUMMARY}}</div><div class="small d-md-none">{{APPROVERS}}</div></td>
            <td class="d-none d-md-table-cell small">{{APPROVERS}}</td>
            <td>{{LEVEL}}</td>
            <td class="pe-3">{{#ACTIVE}}<span class="badge text-bg-success">Active</span>{{/ACTIVE}}{{#INACTIVE}}<span class="badge text-bg-secondary">Inactive</span>{{/INACTIVE}}</td>
          </tr>{{/RULE}}
          </tbody>
        </table>
      </div>
      {{/RULES}}
    </section>
    <section class="card shadow-sm" aria-labelledby="waiting-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="waiting-title">Orders waiting for approval</h2></div>
      {{#NO_WAITING}}<div class="card-body"><p class="text-body-secondary mb-0">No order of this company waits for approval.</p></div>{{/NO_WAITING}}
      {{#WAITING}}
      <div class="table-responsive">
        <table class="table align-middle mb-0">
          <thead><tr><th scope="col" class="ps-3">Order</th><th scope="col" class="d-none d-md-table-cell">Buyer</th><th scope="col" class="text-end">Amount</th><th scope="col" class="pe-3">Waiting for</th></tr></thead>
          <tbody>
          {{#ORDER}}<tr>
            <td class="ps-3 text-nowrap"><a class="fw-semibold" href="/backoffice/orders/{{NUMBER}}">{{NUMBER}}</a><div class="small text-body-secondary">Placed <time datetime="{{PLACED_ISO}}">{{PLACED}}</time></div></td>
            <td class="d-none d-md-table-cell">{{BUYER}}</td>
            <td class="text-end text-nowrap">{{AMOUNT}}</td>
            <td class="pe-3 small">{{#WAITING_FOR}}<div>{{LABEL}} <span class="text-body-secondary">(level {{LEVEL}}, waiting {{WAITED}})</span></div>{{/WAITING_FOR}}{{#NO_STEP}}<span class="text-body-secondary">No approval step waits: the order may be stuck. Cancel it from the order page if needed.</span>{{/NO_STEP}}</td>
          </tr>{{/ORDER}}
          </tbody>
        </table>
      </div>
      {{/WAITING}}
    </section>
  </div>
  <div class="col-lg-4 d-flex flex-column gap-4">
    <section class="card shadow-sm" aria-labelledby="settings-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="settings-title">Settings</h2></div>
      <div class="card-body">
        <dl class="mb-0">
          <dt>Spending limits</dt><dd>{{LIMIT_ACTION}}</dd>
          <dt>Reminders</dt><dd class="mb-0">{{REMINDERS}}</dd>
        </dl>
      </div>
    </section>
    <section class="card shadow-sm" aria-labelledby="limits-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="limits-title">Spending limits</h2></div>
      {{#NO_LIMITS}}<div class="card-body"><p class="text-body-secondary mb-0">No member has a spending limit.</p></div>{{/NO_LIMITS}}
      {{#LIMITS}}<ul class="list-group list-group-flush">{{#LIMIT}}<li class="list-group-item d-flex justify-content-between gap-2"><span>{{MEMBER}}</span><span class="text-nowrap">{{AMOUNT}} <span class="text-body-secondary">{{PERIOD}}</span></span></li>{{/LIMIT}}</ul>{{/LIMITS}}
    </section>
  </div>
</div>
