{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/account/approvals">Approvals</a></li><li class="breadcrumb-item active" aria-current="page">Out of office</li></ol></nav>
<div class="row">
  <div class="col-lg-8">
    <h1 class="h2 mb-1">Out of office</h1>
    <p class="text-body-secondary">While you are away, approval requests that arrive also go to a colleague you choose. They can decide in your place; the order shows they did so on your behalf.</p>
    {{#READ_ONLY}}<div class="alert alert-info" role="status">Out-of-office settings belong to each member; there is nothing to show here read-only.</div>{{/READ_ONLY}}
    {{#FORM_ERRORS}}<div class="alert alert-danger" role="alert"><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{MESSAGE}}</a></li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
    {{#CURRENT}}
    <section class="card shadow-sm mb-4" aria-labelledby="current-title">
      <div class="card-header bg-white d-flex justify-content-between align-items-center gap-2">
        <h2 class="h5 mb-0" id="current-title">Now</h2>
        {{#ACTIVE}}<span class="badge text-bg-warning">Out of office</span>{{/ACTIVE}}{{#UPCOMING}}<span class="badge text-bg-info">Planned</span>{{/UPCOMING}}{{#ENDED}}<span class="badge text-bg-secondary">Ended</span>{{/ENDED}}
      </div>
      <div class="card-body d-flex flex-wrap justify-content-between align-items-center gap-2">
        <p class="mb-0">From <time datetime="{{FROM_ISO}}">{{FROM}}</time> to <time datetime="{{TO_ISO}}">{{TO}}</time>, requests {{#ENDED}}went{{/ENDED}}{{#NOT_ENDED}}also go{{/NOT_ENDED}} to <strong>{{DELEGATE}}</strong>.</p>
        <form method="post" action="/account/out-of-office">
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <button type="submit" name="action" value="clear" class="btn btn-outline-secondary btn-sm">{{#ENDED}}Remove{{/ENDED}}{{#NOT_ENDED}}I am back: clear it{{/NOT_ENDED}}</button>
        </form>
      </div>
    </section>
    {{/CURRENT}}
    {{#NOT_SET}}<p class="mb-4"><span class="badge text-bg-success">In the office</span> No out-of-office period is set.</p>{{/NOT_SET}}
    {{#FORM}}
    <form method="post" action="/account/out-of-office" class="card shadow-sm" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="card-header bg-white"><h2 class="h5 mb-0">Set a period</h2></div>
      <div class="card-body">
        <div class="row g-3">
          <div class="col-sm-6">
            <label for="starts_on" class="form-label">First day</label>
            <input type="date" class="form-control{{#STARTS_ON_INVALID}} is-invalid{{/STARTS_ON_INVALID}}" id="starts_on" name="starts_on" value="{{STARTS_ON}}"{{#STARTS_ON_ERROR}} aria-describedby="starts_on-error"{{/STARTS_ON_ERROR}}>
            {{#STARTS_ON_ERROR}}<div class="invalid-feedback d-block" id="starts_on-error">{{MESSAGE}}</div>{{/STARTS_ON_ERROR}}
          </div>
          <div class="col-sm-6">
            <label for="ends_on" class="form-label">Last day</label>
            <input type="date" class="form-control{{#ENDS_ON_INVALID}} is-invalid{{/ENDS_ON_INVALID}}" id="ends_on" name="ends_on" value="{{ENDS_ON}}" min="{{TODAY}}" aria-describedby="ends_on-help{{#ENDS_ON_ERROR}} ends_on-error{{/ENDS_ON_ERROR}}">
            <div class="form-text" id="ends_on-help">Included; at most a year after the first day.</div>
            {{#ENDS_ON_ERROR}}<div class="invalid-feedback d-block" id="ends_on-error">{{MESSAGE}}</div>{{/ENDS_ON_ERROR}}
          </div>
          <div class="col-12">
            <label for="delegate_user_id" class="form-label">Who decides for you</label>
            <select class="form-select{{#DELEGATE_USER_ID_INVALID}} is-invalid{{/DELEGATE_USER_ID_INVALID}}" id="delegate_user_id" name="delegate_user_id" aria-describedby="delegate_user_id-help{{#DELEGATE_USER_ID_ERROR}} delegate_user_id-error{{/DELEGATE_USER_ID_ERROR}}">
              <option value="">Choose a colleague</option>
              {{#DELEGATE_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}} ({{EMAIL}})</option>{{/DELEGATE_OPTION}}
            </select>
            <div class="form-text" id="delegate_user_id-help">An active member of your company. Orders they placed themselves still go to someone else.</div>
            {{#DELEGATE_USER_ID_ERROR}}<div class="invalid-feedback d-block" id="delegate_user_id-error">{{MESSAGE}}</div>{{/DELEGATE_USER_ID_ERROR}}
          </div>
        </div>
      </div>
      <div class="card-footer bg-white"><button type="submit" name="action" value="save" class="btn btn-primary">Save out of office</button></div>
    </form>
    {{/FORM}}
  </div>
</div>
