{{%AUTOESCAPE context="HTML"}}
<div class="row justify-content-center">
  <div class="col-md-8 col-lg-6 text-center py-5">
    <p class="display-4 fw-semibold text-brand mb-2">{{STATUS}}</p>
    <h1 class="h3">{{REASON}}</h1>
    <p class="lead text-body-secondary">{{MESSAGE}}</p>
    <a class="btn btn-primary mt-2" href="{{HOME}}">Go to the start page</a>
  </div>
</div>
