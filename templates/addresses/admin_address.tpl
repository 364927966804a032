{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/backoffice/addresses">Addresses</a></li><li class="breadcrumb-item active" aria-current="page">{{TITLE}}</li></ol></nav>
<div class="d-flex flex-wrap align-items-center gap-3 mb-1">
  <h1 class="h2 mb-0">{{TITLE}}</h1>
  <span class="badge text-bg-{{BADGE}} fs-6">{{STATUS}}</span>
</div>
<p class="text-body-secondary mb-3">Address of <a href="/backoffice/companies/{{COMPANY_ID}}">{{COMPANY}}</a> · <a href="/backoffice/addresses?tab=all&amp;company={{COMPANY_ID}}">all its addresses</a></p>
{{#FORM_ERRORS}}<div class="alert alert-danger" role="alert"><p class="mb-1">The address was not saved:</p><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{LABEL}}</a>: {{MESSAGE}}</li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
<div class="row g-4">
  <div class="col-lg-5 order-lg-2 d-flex flex-column gap-4">
    {{#DECIDE}}
    <section class="card shadow-sm border-warning" aria-labelledby="decide-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="decide-title">Waiting for our decision</h2></div>
      <div class="card-body">
        <p class="small text-body-secondary">This company has its new addresses approved by us. Check the address (set it up in the ERP if needed), then approve it so members can use it, or reject it with a reason. The proposer gets an email either way.</p>
        <form method="post" action="/backoffice/addresses/{{ID}}/approve" class="mb-3">
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <button type="submit" class="btn btn-success w-100">Approve address</button>
        </form>
        <form method="post" action="/backoffice/addresses/{{ID}}/reject" novalidate>
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <label for="reason" class="form-label">Reason for rejecting</label>
          <textarea class="form-control{{#REASON_INVALID}} is-invalid{{/REASON_INVALID}}" id="reason" name="reason" rows="3" maxlength="500" aria-describedby="reason-help{{#REASON_ERROR}} reason-error{{/REASON_ERROR}}"{{#REASON_INVALID}} aria-invalid="true"{{/REASON_INVALID}}>{{REASON}}</textarea>
          <div class="form-text" id="reason-help">Required, at most 500 characters. The proposer reads it.</div>
          {{#REASON_ERROR}}<div class="invalid-feedback d-block" id="reason-error">{{MESSAGE}}</div>{{/REASON_ERROR}}
          <button type="submit" class="btn btn-outline-danger w-100 mt-2">Reject proposal</button>
        </form>
      </div>
    </section>
    {{/DECIDE}}
    {{#PENDING_WITH_COMPANY}}<div class="alert alert-info mb-0">This proposal waits for the company's administrators, not for us.</div>{{/PENDING_WITH_COMPANY}}
    <section class="card shadow-sm" aria-labelledby="summary-title">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="summary-title">Address</h2></div>
      <div class="card-body">
        {{#POSTAL}}<address class="mb-3">{{#ATTN}}Attn: {{TEXT}}<br>{{/ATTN}}{{S_LINE1}}<br>{{#S_LINE2}}{{TEXT}}<br>{{/S_LINE2}}{{S_CITY}} {{S_REGION}} {{S_POSTAL}}<br>{{S_COUNTRY}}</address>{{/POSTAL}}
        <dl class="row mb-0 small">
          <dt class="col-sm-5">Type</dt><dd class="col-sm-7">{{KIND_TEXT}}{{#DEFAULT_BILLING}} · company's default billing{{/DEFAULT_BILLING}}{{#DEFAULT_SHIPPING}} · company's default shipping{{/DEFAULT_SHIPPING}}</dd>
          {{#S_PHONE}}<dt class="col-sm-5">Phone</dt><dd class="col-sm-7">{{TEXT}}</dd>{{/S_PHONE}}
          {{#S_TAX_ID}}<dt class="col-sm-5">Tax ID</dt><dd class="col-sm-7">{{TEXT}}</dd>{{/S_TAX_ID}}
          {{#S_INSTRUCTIONS}}<dt class="col-sm-5">Delivery instructions</dt><dd class="col-sm-7 question">{{TEXT:pre_escape}}</dd>{{/S_INSTRUCTIONS}}
          <dt class="col-sm-5">Source</dt><dd class="col-sm-7">{{#FROM_ERP}}ERP, id {{ERP_ID}}{{/FROM_ERP}}{{#PORTAL_ONLY}}Portal (not in the ERP yet){{/PORTAL_ONLY}}</dd>
          <dt class="col-sm-5">Who may use it</dt><dd class="col-sm-7">{{#EVERYONE}}Everyone in the company{{/EVERYONE}}{{#RESTRICTED}}<ul class="list-unstyled mb-0">{{#WHO}}<li>{{NAME}} <span class="text-body-secondary">({{KIND}})</span></li>{{/WHO}}</ul>{{/RESTRICTED}}</dd>
          {{#PROPOSED}}<dt class="col-sm-5">Proposed by</dt><dd class="col-sm-7">{{NAME}} <span class="text-body-secondary">({{EMAIL}})</span>, {{DATE}}</dd>{{/PROPOSED}}
          {{#DECISION}}<dt class="col-sm-5">Decision</dt><dd class="col-sm-7">{{OUTCOME}} by {{BY}} on {{DATE}}{{#REASON}}<div class="question">{{TEXT:pre_escape}}</div>{{/REASON}}</dd>{{/DECISION}}
          <dt class="col-sm-5">Added</dt><dd class="col-sm-7">{{CREATED}}</dd>
          <dt class="col-sm-5">Last changed</dt><dd class="col-sm-7">{{UPDATED}}</dd>
        </dl>
      </div>
    </section>
  </div>
  <div class="col-lg-7 order-lg-1">
    {{#RETIRED}}<div class="alert alert-secondary">This address is retired: it can no longer be chosen or changed. Past orders keep the address they were placed with.</div>{{/RETIRED}}
    {{#EDIT}}
    <form method="post" action="/backoffice/addresses/{{ID}}" class="card shadow-sm" novalidate aria-labelledby="edit-title">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="version" value="{{VERSION}}">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="edit-title">Edit address</h2></div>
      <div class="card-body">
        {{#ERP_NOTE}}<div class="alert alert-info small">This address came from the ERP (id {{ERP_ID}}). Members cannot edit it in the portal, but we can: the ERP is our system. Make the same change in the ERP so the next import does not undo it.</div>{{/ERP_NOTE}}
        <div class="row g-3">
          <div class="col-md-8">
            <label for="label" class="form-label">Label</label>
            <input type="text" class="form-control{{#LABEL_INVALID}} is-invalid{{/LABEL_INVALID}}" id="label" name="label" value="{{LABEL}}" maxlength="80" required{{#LABEL_ERROR}} aria-describedby="label-error"{{/LABEL_ERROR}}{{#LABEL_INVALID}} aria-invalid="true"{{/LABEL_INVALID}}>
            {{#LABEL_ERROR}}<div class="invalid-feedback d-block" id="label-error">{{MESSAGE}}</div>{{/LABEL_ERROR}}
          </div>
          <div class="col-md-4">
            <label for="type" class="form-label">Type</label>
            <select class="form-select{{#TYPE_INVALID}} is-invalid{{/TYPE_INVALID}}" id="type" name="type"{{#TYPE_ERROR}} aria-describedby="type-error"{{/TYPE_ERROR}}{{#TYPE_INVALID}} aria-invalid="true"{{/TYPE_INVALID}}>
              {{#KIND_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND_OPTION}}
            </select>
            {{#TYPE_ERROR}}<div class="invalid-feedback d-block" id="type-error">{{MESSAGE}}</div>{{/TYPE_ERROR}}
          </div>
          <div class="col-12">
            <label for="attention" class="form-label">Company or attention <span class="text-body-secondary fw-normal">(optional)</span></label>
            <input type="text" class="form-control{{#ATTENTION_INVALID}} is-invalid{{/ATTENTION_INVALID}}" id="attention" name="attention" value="{{ATTENTION}}" maxlength="120"{{#ATTENTION_ERROR}} aria-describedby="attention-error"{{/ATTENTION_ERROR}}{{#ATTENTION_INVALID}} aria-invalid="true"{{/ATTENTION_INVALID}}>
            {{#ATTENTION_ERROR}}<div class="invalid-feedback d-block" id="attention-error">{{MESSAGE}}</div>{{/ATTENTION_ERROR}}
          </div>
          <div class="col-12">
            <label for="line1" class="form-label">Address line 1</label>
            <input type="text" class="form-control{{#LINE1_INVALID}} is-invalid{{/LINE1_INVALID}}" id="line1" name="line1" value="{{LINE1}}" maxlength="200" required autocomplete="off"{{#LINE1_ERROR}} aria-describedby="line1-error"{{/LINE1_ERROR}}{{#LINE1_INVALID}} aria-invalid="true"{{/LINE1_INVALID}}>
            {{#LINE1_ERROR}}<div class="invalid-feedback d-block" id="line1-error">{{MESSAGE}}</div>{{/LINE1_ERROR}}
          </div>
          <div class="col-12">
            <label for="line2" class="form-label">Address line 2 <span class="text-body-secondary fw-normal">(optional)</span></label>
            <input type="text" class="form-control{{#LINE2_INVALID}} is-invalid{{/LINE2_INVALID}}" id="line2" name="line2" value="{{LINE2}}" maxlength="200" autocomplete="off"{{#LINE2_ERROR}} aria-describedby="line2-error"{{/LINE2_ERROR}}{{#LINE2_INVALID}} aria-invalid="true"{{/LINE2_INVALID}}>
            {{#LINE2_ERROR}}<div class="invalid-feedback d-block" id="line2-error">{{MESSAGE}}</div>{{/LINE2_ERROR}}
          </div>
          <div class="col-md-6">
            <label for="city" class="form-label">City</label>
            <input type="text" class="form-control{{#CITY_INVALID}} is-invalid{{/CITY_INVALID}}" id="city" name="city" value="{{CITY}}" maxlength="100" required autocomplete="off"{{#CITY_ERROR}} aria-describedby="city-error"{{/CITY_ERROR}}{{#CITY_INVALID}} aria-invalid="true"{{/CITY_INVALID}}>
            {{#CITY_ERROR}}<div class="invalid-feedback d-block" id="city-error">{{MESSAGE}}</div>{{/CITY_ERROR}}
          </div>
          <div class="col-md-6">
            <label for="region" class="form-label">State, province or region</label>
            <input type="text" class="form-control{{#REGION_INVALID}} is-invalid{{/REGION_INVALID}}" id="region" name="region" value="{{REGION}}" maxlength="100" autocomplete="off"{{#REGION_ERROR}} aria-describedby="region-error"{{/REGION_ERROR}}{{#REGION_INVALID}} aria-invalid="true"{{/REGION_INVALID}}>
            {{#REGION_ERROR}}<div class="invalid-feedback d-block" id="region-error">{{MESSAGE}}</div>{{/REGION_ERROR}}
          </div>
          <div class="col-sm-5 col-md-4">
            <label for="postal_code" class="form-label">Postal code</label>
            <input type="text" class="form-control{{#POSTAL_CODE_INVALID}} is-invalid{{/POSTAL_CODE_INVALID}}" id="postal_code" name="postal_code" value="{{POSTAL_CODE}}" maxlength="20" autocomplete="off"{{#POSTAL_CODE_ERROR}} aria-describedby="postal_code-error"{{/POSTAL_CODE_ERROR}}{{#POSTAL_CODE_INVALID}} aria-invalid="true"{{/POSTAL_CODE_INVALID}}>
            {{#POSTAL_CODE_ERROR}}<div class="invalid-feedback d-block" id="postal_code-error">{{MESSAGE}}</div>{{/POSTAL_CODE_ERROR}}
          </div>
          <div class="col-sm-7 col-md-8">
            <label for="country" class="form-label">Country</label>
            <select class="form-select{{#COUNTRY_INVALID}} is-invalid{{/COUNTRY_INVALID}}" id="country" name="country"{{#COUNTRY_ERROR}} aria-describedby="country-error"{{/COUNTRY_ERROR}}{{#COUNTRY_INVALID}} aria-invalid="true"{{/COUNTRY_INVALID}}>
              {{#COUNTRY_INVALID}}<option value="">Choose a country</option>{{/COUNTRY_INVALID}}
              {{#COUNTRY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/COUNTRY_OPTION}}
            </select>
            {{#COUNTRY_ERROR}}<div class="invalid-feedback d-block" id="country-error">{{MESSAGE}}</div>{{/COUNTRY_ERROR}}
          </div>
          <div class="col-md-5">
            <label for="phone" class="form-label">Phone <span class="text-body-secondary fw-normal">(optional)</span></label>
            <input type="tel" class="form-control{{#PHONE_INVALID}} is-invalid{{/PHONE_INVALID}}" id="phone" name="phone" value="{{PHONE}}" maxlength="40" autocomplete="off"{{#PHONE_ERROR}} aria-describedby="phone-error"{{/PHONE_ERROR}}{{#PHONE_INVALID}} aria-invalid="true"{{/PHONE_INVALID}}>
            {{#PHONE_ERROR}}<div class="invalid-feedback d-block" id="phone-error">{{MESSAGE}}</div>{{/PHONE_ERROR}}
          </div>
          <div class="col-md-7">
            <label for="tax_id" class="form-label">Tax ID or exemption number <span class="text-body-secondary fw-normal">(optional)</span></label>
            <input type="text" class="form-control{{#TAX_ID_INVALID}} is-invalid{{/TAX_ID_INVALID}}" id="tax_id" name="tax_id" value="{{TAX_ID}}" maxlength="40" autocomplete="off"{{#TAX_ID_ERROR}} aria-describedby="tax_id-error"{{/TAX_ID_ERROR}}{{#TAX_ID_INVALID}} aria-invalid="true"{{/TAX_ID_INVALID}}>
            {{#TAX_ID_ERROR}}<div class="invalid-feedback d-block" id="tax_id-error">{{MESSAGE}}</div>{{/TAX_ID_ERROR}}
          </div>
          <div class="col-12">
            <label for="delivery_instructions" class="form-label">Delivery instructions <span class="text-body-secondary fw-normal">(optional)</span></label>
            <textarea class="form-control{{#DELIVERY_INSTRUCTIONS_INVALID}} is-invalid{{/DELIVERY_INSTRUCTIONS_INVALID}}" id="delivery_instructions" name="delivery_instructions" rows="2" maxlength="500"{{#DELIVERY_INSTRUCTIONS_ERROR}} aria-describedby="delivery_instructions-error"{{/DELIVERY_INSTRUCTIONS_ERROR}}{{#DELIVERY_INSTRUCTIONS_INVALID}} aria-invalid="true"{{/DELIVERY_INSTRUCTIONS_INVALID}}>{{DELIVERY_INSTRUCTIONS}}</textarea>
            {{#DELIVERY_INSTRUCTIONS_ERROR}}<div class="invalid-feedback d-block" id="delivery_instructions-error">{{MESSAGE}}</div>{{/DELIVERY_INSTRUCTIONS_ERROR}}
          </div>
        </div>
      </div>
      <div class="card-footer bg-white"><button type="submit" class="btn btn-primary">Save changes</button> <span class="small text-body-secondary ms-2">Recorded in the company's activity log.</span></div>
    </form>
    {{/EDIT}}
  </div>
</div>
