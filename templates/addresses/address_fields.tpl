{{%AUTOESCAPE context="HTML"}}
{{! The address form's fields, shared by the new/propose page and the edit form on an address's page. Inside each *_ERROR section, MESSAGE is the error text. }}
<div class="row g-3">
  <div class="col-md-6">
    <label for="label" class="form-label">Label</label>
    <input type="text" class="form-control{{#LABEL_INVALID}} is-invalid{{/LABEL_INVALID}}" id="label" name="label" value="{{LABEL}}" maxlength="{{LABEL_MAX}}" required aria-describedby="{{#LABEL_INVALID}}label-error {{/LABEL_INVALID}}label-help"{{#LABEL_INVALID}} aria-invalid="true"{{/LABEL_INVALID}}>
    {{#LABEL_ERROR}}<div class="invalid-feedback" id="label-error">{{MESSAGE}}</div>{{/LABEL_ERROR}}
    <div class="form-text" id="label-help">How people find it, for example "Chicago Plant - Dock 4".</div>
  </div>
  {{#TYPE_CHOICE}}
  <div class="col-md-6">
    <label for="type" class="form-label">Type</label>
    <select class="form-select{{#TYPE_INVALID}} is-invalid{{/TYPE_INVALID}}" id="type" name="type"{{#TYPE_INVALID}} aria-invalid="true" aria-describedby="type-error"{{/TYPE_INVALID}}>
      {{#TYPE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/TYPE_OPTION}}
    </select>
    {{#TYPE_ERROR}}<div class="invalid-feedback" id="type-error">{{MESSAGE}}</div>{{/TYPE_ERROR}}
  </div>
  {{/TYPE_CHOICE}}
  <div class="col-12">
    <label for="attention" class="form-label">Company or attention <span class="text-body-secondary small">(optional)</span></label>
    <input type="text" class="form-control{{#ATTENTION_INVALID}} is-invalid{{/ATTENTION_INVALID}}" id="attention" name="attention" value="{{ATTENTION}}" autocomplete="organization"{{#ATTENTION_INVALID}} aria-invalid="true" aria-describedby="attention-error"{{/ATTENTION_INVALID}}>
    {{#ATTENTION_ERROR}}<div class="invalid-feedback" id="attention-error">{{MESSAGE}}</div>{{/ATTENTION_ERROR}}
  </div>
  <div class="col-12">
    <label for="line1" class="form-label">Address line 1</label>
    <input type="text" class="form-control{{#LINE1_INVALID}} is-invalid{{/LINE1_INVALID}}" id="line1" name="line1" value="{{LINE1}}" required autocomplete="address-line1"{{#LINE1_INVALID}} aria-invalid="true" aria-describedby="line1-error"{{/LINE1_INVALID}}>
    {{#LINE1_ERROR}}<div class="invalid-feedback" id="line1-error">{{MESSAGE}}</div>{{/LINE1_ERROR}}
  </div>
  <div class="col-12">
    <label for="line2" class="form-label">Address line 2 <span class="text-body-secondary small">(optional)</span></label>
    <input type="text" class="form-control{{#LINE2_INVALID}} is-invalid{{/LINE2_INVALID}}" id="line2" name="line2" value="{{LINE2}}" autocomplete="address-line2"{{#LINE2_INVALID}} aria-invalid="true" aria-describedby="line2-error"{{/LINE2_INVALID}}>
    {{#LINE2_ERROR}}<div class="invalid-feedback" id="line2-error">{{MESSAGE}}</div>{{/LINE2_ERROR}}
  </div>
  <div class="col-md-5">
    <label for="city" class="form-label">City</label>
    <input type="text" class="form-control{{#CITY_INVALID}} is-invalid{{/CITY_INVALID}}" id="city" name="city" value="{{CITY}}" required autocomplete="address-level2"{{#CITY_INVALID}} aria-invalid="true" aria-describedby="city-error"{{/CITY_INVALID}}>
    {{#CITY_ERROR}}<div class="invalid-feedback" id="city-error">{{MESSAGE}}</div>{{/CITY_ERROR}}
  </div>
  <div class="col-md-4">
    <label for="region" class="form-label">State, province or region</label>
    <input type="text" class="form-control{{#REGION_INVALID}} is-invalid{{/REGION_INVALID}}" id="region" name="region" value="{{REGION}}" autocomplete="address-level1"{{#REGION_INVALID}} aria-invalid="true" aria-describedby="region-error"{{/REGION_INVALID}}>
    {{#REGION_ERROR}}<div class="invalid-feedback" id="region-error">{{MESSAGE}}</div>{{/REGION_ERROR}}
  </div>
  <div class="col-md-3">
    <label for="postal_code" class="form-label">Postal code</label>
    <input type="text" class="form-control{{#POSTAL_CODE_INVALID}} is-invalid{{/POSTAL_CODE_INVALID}}" id="postal_code" name="postal_code" value="{{POSTAL_CODE}}" autocomplete="postal-code"{{#POSTAL_CODE_INVALID}} aria-invalid="true" aria-describedby="postal_code-error"{{/POSTAL_CODE_INVALID}}>
    {{#POSTAL_CODE_ERROR}}<div class="invalid-feedback" id="postal_code-error">{{MESSAGE}}</div>{{/POSTAL_CODE_ERROR}}
  </div>
  <div class="col-md-6">
    <label for="country" class="form-label">Country</label>
    <select class="form-select{{#COUNTRY_INVALID}} is-invalid{{/COUNTRY_INVALID}}" id="country" name="country" autocomplete="country"{{#COUNTRY_INVALID}} aria-invalid="true" aria-describedby="country-error"{{/COUNTRY_INVALID}}>
      {{#COUNTRY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/COUNTRY_OPTION}}
    </select>
    {{#COUNTRY_ERROR}}<div class="invalid-feedback" id="country-error">{{MESSAGE}}</div>{{/COUNTRY_ERROR}}
  </div>
  <div class="col-md-6">
    <label for="phone" class="form-label">Phone <span class="text-body-secondary small">(optional)</span></label>
    <input type="tel" class="form-control{{#PHONE_INVALID}} is-invalid{{/PHONE_INVALID}}" id="phone" name="phone" value="{{PHONE}}" autocomplete="tel"{{#PHONE_INVALID}} aria-invalid="true" aria-describedby="phone-error"{{/PHONE_INVALID}}>
    {{#PHONE_ERROR}}<div class="invalid-feedback" id="phone-error">{{MESSAGE}}</div>{{/PHONE_ERROR}}
  </div>
  <div class="col-12">
    <label for="delivery_instructions" class="form-label">Delivery instructions <span class="text-body-secondary small">(optional)</span></label>
    <textarea class="form-control{{#DELIVERY_INSTRUCTIONS_INVALID}} is-invalid{{/DELIVERY_INSTRUCTIONS_INVALID}}" id="delivery_instructions" name="delivery_instructions" rows="3" maxlength="{{INSTRUCTIONS_MAX}}" aria-describedby="{{#DELIVERY_INSTRUCTIONS_INVALID}}delivery_instructions-error {{/DELIVERY_INSTRUCTIONS_INVALID}}delivery_instructions-help"{{#DELIVERY_INSTRUCTIONS_INVALID}} aria-invalid="true"{{/DELIVERY_INSTRUCTIONS_INVALID}}>{{DELIVERY_INSTRUCTIONS:pre_escape}}</textarea>
    {{#DELIVERY_INSTRUCTIONS_ERROR}}<div class="invalid-feedback" id="delivery_instructions-error">{{MESSAGE}}</div>{{/DELIVERY_INSTRUCTIONS_ERROR}}
    <div class="form-text" id="delivery_instructions-help">Receiving hours, dock number, liftgate... Up to 500 characters.</div>
  </div>
  <div class="col-md-6">
    <label for="tax_id" class="form-label">Tax ID or exemption number <span class="text-body-secondary small">(optional)</span></label>
    <input type="text" class="form-control{{#TAX_ID_INVALID}} is-invalid{{/TAX_ID_INVALID}}" id="tax_id" name="tax_id" value="{{TAX_ID}}" aria-describedby="{{#TAX_ID_INVALID}}tax_id-error {{/TAX_ID_INVALID}}tax_id-help"{{#TAX_ID_INVALID}} aria-invalid="true"{{/TAX_ID_INVALID}}>
    {{#TAX_ID_ERROR}}<div class="invalid-feedback" id="tax_id-error">{{MESSAGE}}</div>{{/TAX_ID_ERROR}}
    <div class="form-text" id="tax_id-help">For this location, when it differs from the company's.</div>
  </div>
</div>
