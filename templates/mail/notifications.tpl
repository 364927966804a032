{{%AUTOESCAPE context="HTML"}}
<div class="row">
  <div class="col-lg-8">
    <h1 class="h2 mb-1">Notifications</h1>
    <p class="text-body-secondary">Choose which mail you receive from us.</p>
    <form method="post" action="/account/notifications" class="card shadow-sm">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <fieldset class="card-body">
        <legend class="h5">Optional</legend>
        {{#OPTIONAL}}<div class="form-check form-switch mb-3">
          <input class="form-check-input" type="checkbox" role="switch" id="{{FIELD}}" name="{{FIELD}}" value="on"{{#CHECKED}} checked{{/CHECKED}} aria-describedby="{{FIELD}}-help">
          <label class="form-check-label fw-semibold" for="{{FIELD}}">{{LABEL}}</label>
          <div class="form-text" id="{{FIELD}}-help">{{DESCRIPTION}}</div>
        </div>{{/OPTIONAL}}
      </fieldset>
      <fieldset class="card-body border-top">
        <legend class="h5">Always sent</legend>
        <p class="small text-body-secondary">These messages ask you to do something, so they cannot be switched off.</p>
        {{#REQUIRED}}<div class="form-check form-switch mb-3">
          <input class="form-check-input" type="checkbox" role="switch" id="{{FIELD}}" checked disabled aria-describedby="{{FIELD}}-help">
          <label class="form-check-label fw-semibold" for="{{FIELD}}">{{LABEL}}</label>
          <div class="form-text" id="{{FIELD}}-help">{{DESCRIPTION}}</div>
        </div>{{/REQUIRED}}
      </fieldset>
      <div class="card-footer bg-white"><button type="submit" class="btn btn-primary">Save settings</button></div>
    </form>
  </div>
</div>
