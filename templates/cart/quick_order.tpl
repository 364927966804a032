{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/cart">Cart</a></li><li class="breadcrumb-item active" aria-current="page">Quick order</li></ol></nav>
<h1 class="h2 mb-1">Quick order</h1>
<p class="text-body-secondary">Know what you need? Paste SKUs and quantities, for example copied from a spreadsheet, and they go straight into your cart.</p>
{{#READ_ONLY}}<div class="alert alert-info" role="status">You are viewing this account read-only, as the customer sees it.</div>{{/READ_ONLY}}
{{#RESULT}}<div class="alert alert-warning" role="alert" id="quick-order-result">
  <p class="fw-semibold mb-2">{{#ADDED}}{{COUNT}} {{WORD}} added to your cart. {{/ADDED}}{{#NOTHING_ADDED}}Nothing was added to your cart. {{/NOTHING_ADDED}}{{REFUSED}} {{REFUSED_WORD}} attention:</p>
  <div class="table-responsive" tabindex="0" role="region" aria-labelledby="refused-caption">
    <table class="table table-sm mb-0 bg-transparent" id="refused-lines">
      <caption class="visually-hidden" id="refused-caption">Lines that were not added, with the reason</caption>
      <thead><tr><th scope="col">Line</th><th scope="col">You wrote</th><th scope="col">Why it was not added</th></tr></thead>
      <tbody>
      {{#REFUSED_LINE}}<tr><td class="text-nowrap">Line {{LINE_NO}}</td><td class="font-monospace text-break">{{TEXT}}</td><td>{{REASON}}</td></tr>
      {{/REFUSED_LINE}}
      </tbody>
    </table>
  </div>
  {{#ADDED}}<p class="mb-0 mt-2"><a class="alert-link" href="/cart">Go to your cart</a></p>{{/ADDED}}
</div>{{/RESULT}}
<div class="row g-4">
  <div class="col-lg-8">
    <form method="post" action="/quick-order" class="card shadow-sm" novalidate id="quick-order-form">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="card-body">
        <label for="lines" class="form-label fw-semibold">SKU and quantity, one product per line</label>
        <textarea class="form-control font-monospace{{#LINES_INVALID}} is-invalid{{/LINES_INVALID}}" id="lines" name="lines" rows="12" spellcheck="false" autocomplete="off" aria-describedby="lines-help{{#LINES_ERROR}} lines-error{{/LINES_ERROR}}"{{#LINES_INVALID}} aria-invalid="true"{{/LINES_INVALID}}>{{LINES:pre_escape}}</textarea>
        {{#LINES_ERROR}}<div class="invalid-feedback d-block" id="lines-error">{{MESSAGE}}</div>{{/LINES_ERROR}}
        <div class="form-text" id="lines-help">Write the SKU, then the quantity, separated by a comma, a tab or spaces. Up to {{MAX_LINES}} lines; a header row such as “SKU, Quantity” is skipped and the same SKU twice is added up.</div>
      </div>
      <div class="card-footer bg-white d-flex flex-wrap justify-content-between gap-2">
        <a class="btn btn-link px-0" href="/cart">Back to the cart</a>
        {{#CAN_SUBMIT}}<button type="submit" class="btn btn-primary">Add to cart</button>{{/CAN_SUBMIT}}
      </div>
    </form>
  </div>
  <div class="col-lg-4">
    <section class="card shadow-sm" aria-labelledby="example-title">
      <div class="card-header bg-white"><h2 class="h6 mb-0" id="example-title">Example</h2></div>
      <div class="card-body">
        <pre class="mb-2 small bg-body-tertiary p-2 rounded" id="example">FAS-HCS-0500, 100
PTL-BCH-0100, 2
SAF-NDG-0101	12</pre>
        <p class="small text-body-secondary mb-0">Quantities are whole numbers without thousands separators (1000, not 1,000). Some products are sold only in packs or from a minimum quantity: the product page says so.</p>
      </div>
    </section>
  </div>
</div>
