{{%AUTOESCAPE context="HTML"}}
<div class="row justify-content-center"><div class="col-md-9 col-lg-7">
<h1 class="h3 mb-3">Your application for {{COMPANY_NAME}}</h1>
<div class="card shadow-sm">
<div class="card-body">
<h2 class="h6 text-body-secondary">Our question</h2>
<p class="question">{{QUESTION:pre_escape}}</p>
<form method="post" action="/application/reply/{{TOKEN}}" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<label for="reply" class="form-label">Your answer</label>
<textarea class="form-control{{#REPLY_INVALID}} is-invalid{{/REPLY_INVALID}}" id="reply" name="reply" rows="6" maxlength="4000" required{{#REPLY_ERROR}} aria-describedby="reply-error"{{/REPLY_ERROR}}>{{REPLY}}</textarea>
{{#REPLY_ERROR}}<div class="invalid-feedback d-block" id="reply-error">{{MESSAGE}}</div>{{/REPLY_ERROR}}
<button type="submit" class="btn btn-primary mt-3">Send answer</button>
</form>
</div></div></div></div>
