{{%AUTOESCAPE context="HTML"}}
{{! One condition block of the rule editor (approvals/rule.tpl), and the blank one (N 0) in the <template> that static/js/rule-editor.js copies. A part the chosen kind does not use is hidden and disabled (<PART>_HIDDEN); data-kinds lists the kinds that use it, data-op / data-period the comparison or period it also needs, so the script shows the same parts. Without the script, "Update fields" asks the server for the parts of a new choice. }}
<div class="condition" data-condition>
<fieldset class="condition-block">
  <legend class="condition-title">Condition <span data-n>{{N}}</span></legend>
  {{#EDITABLE}}<button type="submit" class="btn btn-sm btn-outline-danger condition-remove" name="action" value="remove-{{N}}" data-remove{{#ONLY_ONE}} hidden{{/ONLY_ONE}}>Remove<span class="visually-hidden"> condition <span data-n>{{N}}</span></span></button>{{/EDITABLE}}
  <div class="row g-2 align-items-start">
    <div class="col-md-6 col-lg-5">
      <label for="c{{N}}_kind" class="form-label small mb-1">Looks at</label>
      <select class="form-select form-select-sm{{#KIND_INVALID}} is-invalid{{/KIND_INVALID}}" id="c{{N}}_kind" name="c{{N}}_kind" data-kind{{#FOCUS}} autofocus{{/FOCUS}}{{#KIND_INVALID}} aria-invalid="true" aria-describedby="c{{N}}_kind-error"{{/KIND_INVALID}}>
        {{#KIND}}<option value="{{VALUE}}"{{#USES_AMOUNT}} data-amount-label="{{TEXT}}" data-amount-mode="{{MODE}}"{{/USES_AMOUNT}}{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND}}
      </select>
      {{#EDITABLE}}<button type="submit" class="btn btn-link btn-sm px-0 condition-update" name="action" value="update-{{N}}" data-no-script>Update fields<span class="visually-hidden"> of condition <span data-n>{{N}}</span></span></button>{{/EDITABLE}}
    </div>
    <div class="col-sm-4 col-md-6 col-lg-3" data-part="op" data-kinds="{{KINDS_OP}}"{{#OP_HIDDEN}} hidden{{/OP_HIDDEN}}>
      <label for="c{{N}}_op" class="form-label small mb-1">Comparison</label>
      <select class="form-select form-select-sm{{#OP_INVALID}} is-invalid{{/OP_INVALID}}" id="c{{N}}_op" name="c{{N}}_op" data-op{{#OP_HIDDEN}} disabled{{/OP_HIDDEN}}{{#OP_INVALID}} aria-invalid="true" aria-describedby="c{{N}}_op-error"{{/OP_INVALID}}>
        {{#OP}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OP}}
      </select>
    </div>
    <div class="col-6 col-sm-4 col-lg-2" data-part="amount" data-kinds="{{KINDS_AMOUNT}}"{{#AMOUNT_HIDDEN}} hidden{{/AMOUNT_HIDDEN}}>
      <label for="c{{N}}_amount" class="form-label small mb-1" data-amount-label>{{AMOUNT_LABEL}}</label>
      <input type="text" inputmode="{{AMOUNT_MODE}}" class="form-control form-control-sm{{#AMOUNT_INVALID}} is-invalid{{/AMOUNT_INVALID}}" id="c{{N}}_amount" name="c{{N}}_amount" value="{{AMOUNT}}" maxlength="24"{{#AMOUNT_HIDDEN}} disabled{{/AMOUNT_HIDDEN}}{{#AMOUNT_INVALID}} aria-invalid="true" aria-describedby="c{{N}}_amount-error"{{/AMOUNT_INVALID}}>
    </div>
    <div class="col-6 col-sm-4 col-lg-2" data-part="amount2" data-kinds="{{KINDS_AMOUNT2}}" data-op="between"{{#AMOUNT2_HIDDEN}} hidden{{/AMOUNT2_HIDDEN}}>
      <label for="c{{N}}_amount2" class="form-label small mb-1">Up to</label>
      <input type="text" inputmode="{{AMOUNT_MODE}}" class="form-control form-control-sm{{#AMOUNT2_INVALID}} is-invalid{{/AMOUNT2_INVALID}}" id="c{{N}}_amount2" name="c{{N}}_amount2" value="{{AMOUNT2}}" maxlength="24"{{#AMOUNT2_HIDDEN}} disabled{{/AMOUNT2_HIDDEN}}{{#AMOUNT2_INVALID}} aria-invalid="true" aria-describedby="c{{N}}_amount2-error"{{/AMOUNT2_INVALID}}>
    </div>
    <div class="col-md-6 col-lg-4" data-part="sku" data-kinds="{{KINDS_SKU}}"{{#SKU_HIDDEN}} hidden{{/SKU_HIDDEN}}>
      <label for="c{{N}}_sku" class="form-label small mb-1">SKU</label>
      <input type="text" class="form-control form-control-sm{{#SKU_INVALID}} is-invalid{{/SKU_INVALID}}" id="c{{N}}_sku" name="c{{N}}_sku" value="{{SKU}}" maxlength="64" autocapitalize="characters" spellcheck="false"{{#SKU_HIDDEN}} disabled{{/SKU_HIDDEN}}{{#SKU_INVALID}} aria-invalid="true" aria-describedby="c{{N}}_sku-error"{{/SKU_INVALID}}>
    </div>
    <div class="col-md-6 col-lg-7" data-part="category" data-kinds="{{KINDS_CATEGORY}}"{{#CATEGORY_HIDDEN}} hidden{{/CATEGORY_HIDDEN}}>
      <label for="c{{N}}_category" class="form-label small mb-1">Category <span class="text-body-secondary">(its subcategories count too)</span></label>
      <select class="form-select form-select-sm{{#CATEGORY_INVALID}} is-invalid{{/CATEGORY_INVALID}}" id="c{{N}}_category" name="c{{N}}_category"{{#CATEGORY_HIDDEN}} disabled{{/CATEGORY_HIDDEN}}{{#CATEGORY_INVALID}} aria-invalid="true" aria-describedby="c{{N}}_category-error"{{/CATEGORY_INVALID}}>
        <option value="">Choose&hellip;</option>
        {{#CATEGORY}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/CATEGORY}}
      </select>
    </div>
    <div class="col-sm-8 col-md-6 col-lg-3" data-part="period" data-kinds="{{KINDS_PERIOD}}"{{#PERIOD_HIDDEN}} hidden{{/PERIOD_HIDDEN}}>
      <label for="c{{N}}_period" class="form-label small mb-1">Period</label>
      <select class="form-select form-select-sm{{#PERIOD_INVALID}} is-invalid{{/PERIOD_INVALID}}" id="c{{N}}_period" name="c{{N}}_period" data-period{{#PERIOD_HIDDEN}} disabled{{/PERIOD_HIDDEN}}{{#PERIOD_INVALID}} aria-invalid="true" aria-describedby="c{{N}}_period-error"{{/PERIOD_INVALID}}>
        {{#PERIOD}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/PERIOD}}
      </select>
    </div>
    <div class="col-6 col-sm-4 col-lg-2" data-part="days" data-kinds="{{KINDS_DAYS}}" data-period="rolling"{{#DAYS_HIDDEN}} hidden{{/DAYS_HIDDEN}}>
      <label for="c{{N}}_days" class="form-label small mb-1">Days</label>
      <input type="text" inputmode="numeric" class="form-control form-control-sm{{#DAYS_INVALID}} is-invalid{{/DAYS_INVALID}}" id="c{{N}}_days" name="c{{N}}_days" value="{{DAYS}}" maxlength="5"{{#DAYS_HIDDEN}} disabled{{/DAYS_HIDDEN}}{{#DAYS_INVALID}} aria-invalid="true" aria-describedby="c{{N}}_days-error"{{/DAYS_INVALID}}>
    </div>
    {{#ERRORS}}<div class="col-12">
      {{#KIND_ERROR}}<div class="invalid-feedback d-block mt-0" id="c{{N}}_kind-error"><span class="fw-semibold">Looks at:</span> {{MESSAGE}}</div>{{/KIND_ERROR}}
      {{#OP_ERROR}}<div class="invalid-feedback d-block mt-0" id="c{{N}}_op-error"><span class="fw-semibold">Comparison:</span> {{MESSAGE}}</div>{{/OP_ERROR}}
      {{#AMOUNT_ERROR}}<div class="invalid-feedback d-block mt-0" id="c{{N}}_amount-error"><span class="fw-semibold">{{AMOUNT_LABEL}}:</span> {{MESSAGE}}</div>{{/AMOUNT_ERROR}}
      {{#AMOUNT2_ERROR}}<div class="invalid-feedback d-block mt-0" id="c{{N}}_amount2-error"><span class="fw-semibold">Up to:</span> {{MESSAGE}}</div>{{/AMOUNT2_ERROR}}
      {{#SKU_ERROR}}<div class="invalid-feedback d-block mt-0" id="c{{N}}_sku-error"><span class="fw-semibold">SKU:</span> {{MESSAGE}}</div>{{/SKU_ERROR}}
      {{#CATEGORY_ERROR}}<div class="invalid-feedback d-block mt-0" id="c{{N}}_category-error"><span class="fw-semibold">Category:</span> {{MESSAGE}}</div>{{/CATEGORY_ERROR}}
      {{#PERIOD_ERROR}}<div class="invalid-feedback d-block mt-0" id="c{{N}}_period-error"><span class="fw-semibold">Period:</span> {{MESSAGE}}</div>{{/PERIOD_ERROR}}
      {{#DAYS_ERROR}}<div class="invalid-feedback d-block mt-0" id="c{{N}}_days-error"><span class="fw-semibold">Days:</span> {{MESSAGE}}</div>{{/DAYS_ERROR}}
    </div>{{/ERRORS}}
  </div>
</fieldset>
</div>
