{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb mb-2"><li class="breadcrumb-item"><a href="/account/addresses">Address book</a></li><li class="breadcrumb-item active" aria-current="page">Approval</li></ol></nav>
<div class="mb-4">
  <h1 class="h2 mb-1">Address approval</h1>
  <p class="text-body-secondary mb-0">What happens when a member of {{COMPANY_NAME}} without "manage addresses" proposes a new shipping address.</p>
</div>
{{#READ_ONLY}}<div class="alert alert-info" role="status">You are looking at this page read-only, as the customer sees it.</div>{{/READ_ONLY}}
{{#PROBLEM}}<div class="alert alert-danger" role="alert">{{TEXT}}</div>{{/PROBLEM}}
<div class="row">
  <div class="col-xl-7">
    <form method="post" action="/account/addresses/settings" class="card shadow-sm">
      <div class="card-body">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <p class="mb-2">Now: <strong id="effective-mode">{{EFFECTIVE_SENTENCE}}</strong></p>
        <p class="small text-body-secondary" id="seller-default">The seller's default: {{SELLER_SENTENCE}}</p>
        <fieldset>
          <legend class="h6">Proposed addresses</legend>
          {{#MODE}}<div class="form-check mb-2">
            <input class="form-check-input" type="radio" name="mode" id="mode-{{KEY}}" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
            <label class="form-check-label" for="mode-{{KEY}}">{{NAME}}</label>
          </div>{{/MODE}}
        </fieldset>
      </div>
      <div class="card-footer bg-white d-flex flex-wrap gap-2">
        <button type="submit" class="btn btn-primary">Save</button>
        <a class="btn btn-outline-secondary" href="/account/addresses">Back to the address book</a>
      </div>
    </form>
  </div>
</div>
