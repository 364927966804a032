{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb mb-2"><li class="breadcrumb-item"><a href="/account/addresses">Address book</a></li><li class="breadcrumb-item active" aria-current="page">{{#MANAGER}}New address{{/MANAGER}}{{#PROPOSAL}}Propose an address{{/PROPOSAL}}</li></ol></nav>
<div class="mb-4">
  <h1 class="h2 mb-1">{{#MANAGER}}Add an address{{/MANAGER}}{{#PROPOSAL}}Propose a shipping address{{/PROPOSAL}}</h1>
  <p class="text-body-secondary mb-0">{{#MANAGER}}A new address in {{COMPANY_NAME}}'s address book. After saving you can choose who may use it.{{/MANAGER}}{{#PROPOSAL}}A new place to ship {{COMPANY_NAME}}'s orders to.{{/PROPOSAL}}</p>
</div>
{{#READ_ONLY}}<div class="alert alert-info" role="status">You are looking at this page read-only, as the customer sees it.</div>{{/READ_ONLY}}
<div class="row">
  <div class="col-xl-8">
    {{#PROPOSAL}}<div class="alert {{#MODE_OPEN}}alert-success{{/MODE_OPEN}}{{#MODE_PENDING}}alert-info{{/MODE_PENDING}}" role="note" id="approval-note">{{MODE_SENTENCE}} You will see your proposal in the address book{{#MODE_PENDING}} and hear by email when it is decided{{/MODE_PENDING}}.</div>{{/PROPOSAL}}
    {{#SUMMARY}}<div class="alert alert-danger" role="alert" id="form-errors">Please correct the {{COUNT}} highlighted field(s) below.</div>{{/SUMMARY}}
    <form method="post" action="/account/addresses" class="card shadow-sm" novalidate>
      <div class="card-body">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        {{>FIELDS}}
      </div>
      <div class="card-footer bg-white d-flex flex-wrap gap-2">
        <button type="submit" class="btn btn-primary">{{#MANAGER}}Add the address{{/MANAGER}}{{#PROPOSAL}}Propose the address{{/PROPOSAL}}</button>
        <a class="btn btn-outline-secondary" href="/account/addresses">Cancel</a>
      </div>
    </form>
  </div>
</div>
