{{%AUTOESCAPE context="HTML"}}<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} · buyerdesk</title>
<link rel="stylesheet" href="/static/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/static/app.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
</head>
<body>
<a class="visually-hidden-focusable skip-link" href="#main">Skip to main content</a>
<header>
<nav class="navbar navbar-expand-xl navbar-dark bg-brand" aria-label="Main">
  <div class="container-xl">
    <a class="navbar-brand fw-semibold" href="{{HOME_HREF}}"><span class="brand-mark" aria-hidden="true">bd</span> buyerdesk <span class="brand-area d-none d-sm-inline d-xl-none d-xxl-inline">{{AREA_NAME}}</span></a>
    {{#SIGNED_IN}}
    <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#main-nav" aria-controls="main-nav" aria-expanded="false" aria-label="Toggle navigation">
      <span class="navbar-toggler-icon"></span>
    </button>
    <div class="collapse navbar-collapse" id="main-nav">
      {{NAV_HTML:none}}
      <details class="user-menu ms-xl-3">
        <summary class="user-toggle" id="user-menu">
          <span class="visually-hidden">Account menu: </span><span class="d-block fw-semibold text-white" id="user-name">{{USER_NAME}}</span>
          <span class="small">{{#MEMBER}}{{COMPANY_NAME}}{{/MEMBER}}{{#STAFF}}{{ROLE_NAME}}{{/STAFF}}</span>
        </summary>
        <ul class="dropdown-menu dropdown-menu-end show shadow">
          <li class="user-menu-who small" id="user-menu-who">{{#MEMBER}}{{COMPANY_NAME}} · {{/MEMBER}}{{ROLE_NAME}}</li>
          <li><hr class="dropdown-divider"></li>
          {{#MEMBER}}<li><a class="dropdown-item" href="/account/profile">Profile</a></li>
          <li><a class="dropdown-item" href="/account/notifications">Notifications</a></li>
          <li><a class="dropdown-item" href="/account/out-of-office">Out of office</a></li>{{/MEMBER}}
          {{#CAN_SWITCH}}<li><a class="dropdown-item" href="/account/switch">Switch company</a></li>{{/CAN_SWITCH}}
          {{#MEMBER}}<li><hr class="dropdown-divider"></li>{{/MEMBER}}
          <li><form method="post" action="/logout"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="dropdown-item">Sign out</button></form></li>
        </ul>
      </details>
    </div>
    {{/SIGNED_IN}}
  </div>
</nav>
</header>
{{#VIEWING_AS}}<div class="viewing-as" role="status">
  <div class="container-xl d-flex flex-wrap align-items-center justify-content-between gap-2 py-2">
    <span><strong>Viewing as the customer:</strong> {{COMPANY_NAME}}. Read-only; your visit is recorded in the company's activity log.</span>
    <form method="post" action="/backoffice/view-as/stop"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="btn btn-dark btn-sm">Back to the back office</button></form>
  </div>
</div>{{/VIEWING_AS}}
<main id="main" class="container-xl py-4">
  {{#FLASH}}<div class="alert alert-{{FLASH_KIND}}" role="status">{{FLASH_TEXT}}</div>{{/FLASH}}
  {{>CONTENT}}
</main>
<footer class="container-xl py-4 small text-body-secondary border-top">
  buyerdesk · self-service account portal
</footer>
<script src="/static/bootstrap/js/bootstrap.bundle.min.js"></script>
</body>
</html>
