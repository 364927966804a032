{{%AUTOESCAPE context="HTML"}}
<div class="row justify-content-center"><div class="col-md-8 col-lg-6">
<h1 class="h3 mb-1">Choose a company</h1>
<p class="text-body-secondary">You belong to more than one company. Everything you see and do applies to the one you choose; you can switch at any time from the top of the page.</p>
<div class="list-group shadow-sm">
{{#COMPANY}}<form method="post" action="/account/switch" class="list-group-item d-flex justify-content-between align-items-center gap-3">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="company_id" value="{{ID}}">
  <div><div class="fw-semibold">{{NAME}}</div><div class="small text-body-secondary">{{ROLE}}{{#PENDING}} · awaiting approval{{/PENDING}}</div></div>
  {{#CURRENT}}<span class="badge text-bg-secondary">Current</span>{{/CURRENT}}
  <button type="submit" class="btn btn-outline-primary btn-sm">Work in {{NAME}}</button>
</form>{{/COMPANY}}
</div>
</div></div>
