{{%AUTOESCAPE context="HTML"}}
    <form method="post" action="/account/lists/{{ID}}/requisition" class="card shadow-sm" id="requisition-form" aria-labelledby="requisition-title" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="requisition-title">Ask someone to order it</h2></div>
      <div class="card-body">
        {{#MAY_NOT_ORDER}}<p class="small text-body-secondary">You may not place orders yourself: send this list to the people who may.</p>{{/MAY_NOT_ORDER}}
        {{#FORM_MESSAGE}}<div class="alert alert-danger" role="alert" id="requisition-message">{{MESSAGE}}</div>{{/FORM_MESSAGE}}
        <div class="mb-3"><label for="to" class="form-label">Send to</label><select class="form-select{{#TO_INVALID}} is-invalid{{/TO_INVALID}}" id="to" name="to"{{#TO_INVALID}} aria-invalid="true" aria-describedby="to-error"{{/TO_INVALID}}><option value="">Choose</option><optgroup label="Everyone with the role">{{#ROLE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/ROLE}}</optgroup><option value="member"{{#MEMBER_SELECTED}} selected{{/MEMBER_SELECTED}}>A colleague, by email</option></select>{{#TO_ERROR}}<div class="invalid-feedback" id="to-error">{{MESSAGE}}</div>{{/TO_ERROR}}</div>
        <div class="mb-3"><label for="to_email" class="form-label">Colleague's email <span class="text-body-secondary">(for a colleague)</span></label><input type="email" class="form-control{{#TO_EMAIL_INVALID}} is-invalid{{/TO_EMAIL_INVALID}}" id="to_email" name="to_email" value="{{TO_EMAIL}}" maxlength="254" autocomplete="off"{{#TO_EMAIL_INVALID}} aria-invalid="true" aria-describedby="to_email-error"{{/TO_EMAIL_INVALID}}>{{#TO_EMAIL_ERROR}}<div class="invalid-feedback" id="to_email-error">{{MESSAGE}}</div>{{/TO_EMAIL_ERROR}}</div>
        <label for="req-message" class="form-label">Message <span class="text-body-secondary">(optional)</span></label>
        <textarea class="form-control" id="req-message" name="message" rows="2" maxlength="1000">{{MESSAGE}}</textarea>
      </div>
      <div class="card-footer bg-white"><button type="submit" class="btn btn-outline-primary">Send requisition</button></div>
    </form>
