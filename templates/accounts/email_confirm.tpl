{{%AUTOESCAPE context="HTML"}}
<div class="row justify-content-center">
  <div class="col-sm-10 col-md-7 col-lg-5">
    <div class="card shadow-sm mt-md-4">
      <div class="card-body p-4 p-md-5">
        {{#FORM}}
        <h1 class="h3 mb-3">Confirm your new email</h1>
        <p>From now on, sign in with <strong>{{NEW_EMAIL}}</strong>.</p>
        <form method="post" action="/email/confirm/{{TOKEN}}">
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <button type="submit" class="btn btn-primary btn-lg w-100">Confirm {{NEW_EMAIL}}</button>
        </form>
        {{/FORM}}
        {{#LINK_PROBLEM}}
        <h1 class="h3 mb-3">This link does not work</h1>
        <div class="alert alert-warning" role="alert">{{MESSAGE}}</div>
        <a class="btn btn-primary" href="/account/profile">Go to my profile</a>
        {{/LINK_PROBLEM}}
      </div>
    </div>
  </div>
</div>
