{{%AUTOESCAPE context="HTML"}}
<div class="d-flex flex-wrap justify-content-between align-items-end gap-2 mb-3">
  <div>
    <h1 class="h2 mb-1">Imports</h1>
    <p class="text-body-secondary mb-0">Load data from the ERP as a CSV file. Every row is checked first; then all rows go in, or none.</p>
  </div>
  <a class="btn btn-outline-primary" href="/backoffice/exports/addresses.csv" download>Export addresses (CSV)</a>
</div>
{{#FORM_ERRORS}}<div class="alert alert-danger" role="alert"><ul class="mb-0">{{#ITEM}}<li><a href="#{{FIELD}}" class="alert-link">{{MESSAGE}}</a></li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
{{#REPORT}}
<section class="card shadow-sm mb-4{{#REFUSED}} border-danger{{/REFUSED}}" aria-labelledby="report-title" id="report">
  <div class="card-header bg-white"><h2 class="h5 mb-0" id="report-title">Result for {{FILENAME}}</h2></div>
  <div class="card-body">
    {{#REFUSED}}
    <div class="alert alert-danger" role="alert"><strong>The file was refused; nothing was written.</strong> {{ERRORS}} problem{{S}} to fix, then upload it again.</div>
    <div class="table-responsive" tabindex="0" role="region" aria-labelledby="report-title">
      <table class="table table-sm align-middle mb-0">
        <caption class="visually-hidden">Problems found in the file</caption>
        <thead><tr><th scope="col">Line</th><th scope="col">Column</th><th scope="col">Problem</th></tr></thead>
        <tbody>
        {{#ERROR}}<tr><td class="text-nowrap">{{LINE}}</td><td><code>{{COLUMN}}</code></td><td>{{MESSAGE}}</td></tr>{{/ERROR}}
        </tbody>
      </table>
    </div>
    {{#MORE}}<p class="small text-body-secondary mt-2 mb-0">… and {{COUNT}} more.</p>{{/MORE}}
    {{/REFUSED}}
    {{#DRY_RUN}}<div class="alert alert-info" role="status"><strong>Dry run: nothing was written.</strong> All {{ROWS}} {{ROW_NOUN}} are fine. Untick “dry run” and upload again to import them.</div>{{/DRY_RUN}}
    {{#IMPORTED}}<div class="alert alert-success" role="status"><strong>Imported.</strong> {{ROWS}} {{ROW_NOUN}} read.</div>{{/IMPORTED}}
    {{#COUNTS}}
    <dl class="row mb-0 text-center g-2">
      <div class="col-6 col-md-3"><dt class="small text-body-secondary fw-normal">{{CREATED_LABEL}}</dt><dd class="fs-4 fw-semibold mb-0" id="count-created">{{CREATED}}</dd></div>
      <div class="col-6 col-md-3"><dt class="small text-body-secondary fw-normal">{{UPDATED_LABEL}}</dt><dd class="fs-4 fw-semibold mb-0" id="count-updated">{{UPDATED}}</dd></div>
      <div class="col-6 col-md-3"><dt class="small text-body-secondary fw-normal">Unchanged</dt><dd class="fs-4 fw-semibold mb-0" id="count-unchanged">{{UNCHANGED}}</dd></div>
      {{#SKIPPED_COUNT}}<div class="col-6 col-md-3"><dt class="small text-body-secondary fw-normal">Skipped (no ERP id)</dt><dd class="fs-4 fw-semibold mb-0" id="count-skipped">{{SKIPPED}}</dd></div>{{/SKIPPED_COUNT}}
    </dl>
    {{#LINES_NOTE}}<p class="small text-body-secondary mt-2 mb-0">Counted in order lines.</p>{{/LINES_NOTE}}
    {{/COUNTS}}
  </div>
</section>
{{/REPORT}}
<div class="row g-4">
  <div class="col-lg-7">
    <form method="post" action="/backoffice/imports" enctype="multipart/form-data" class="card shadow-sm" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="card-header bg-white"><h2 class="h5 mb-0">Upload a file</h2></div>
      <div class="card-body">
        <div class="mb-3">
          <label for="shape" class="form-label">The file holds</label>
          <select class="form-select{{#SHAPE_INVALID}} is-invalid{{/SHAPE_INVALID}}" id="shape" name="shape"{{#SHAPE_ERROR}} aria-describedby="shape-error"{{/SHAPE_ERROR}}>
            {{#SHAPE}}<option value="{{NAME}}"{{#SELECTED}} selected{{/SELECTED}}>{{TITLE}}</option>{{/SHAPE}}
          </select>
          {{#SHAPE_ERROR}}<div class="invalid-feedback d-block" id="shape-error">{{MESSAGE}}</div>{{/SHAPE_ERROR}}
        </div>
        <div class="mb-3">
          <label for="file" class="form-label">CSV file</label>
          <input class="form-control{{#FILE_INVALID}} is-invalid{{/FILE_INVALID}}" type="file" id="file" name="file" accept=".csv,text/csv" aria-describedby="file-help{{#FILE_ERROR}} file-error{{/FILE_ERROR}}">
          <div class="form-text" id="file-help">UTF-8 (a byte order mark is fine), comma-separated, the first line naming the columns. At most {{BODY_LIMIT}} per upload; larger files go through <code>buyerdesk import</code> on the server.</div>
          {{#FILE_ERROR}}<div class="invalid-feedback d-block" id="file-error">{{MESSAGE}}</div>{{/FILE_ERROR}}
        </div>
        <div class="form-check">
          <input class="form-check-input" type="checkbox" id="dry_run" name="dry_run" value="1"{{#DRY_RUN_CHECKED}} checked{{/DRY_RUN_CHECKED}} aria-describedby="dry_run-help">
          <label class="form-check-label" for="dry_run">Dry run</label>
          <div class="form-text mt-0" id="dry_run-help">Check the file and show what would change, without writing anything.</div>
        </div>
      </div>
      <div class="card-footer bg-white"><button type="submit" class="btn btn-primary">Upload</button></div>
    </form>
  </div>
  <div class="col-lg-5">
    <div class="d-flex flex-column gap-4">
    {{#SHAPE_COLUMNS}}
    <section class="card shadow-sm" aria-labelledby="columns-{{NAME}}-title" id="columns-{{NAME}}">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="columns-{{NAME}}-title">{{TITLE}}: columns</h2></div>
      <div class="card-body">
        <p class="mb-2"><code class="text-break">{{#COLUMN}}{{NAME}}{{#COMMA}},<wbr>{{/COMMA}}{{/COLUMN}}</code></p>
        {{#ABOUT_ADDRESSES}}<ul class="small text-body-secondary mb-0 ps-3">
          <li>Any column order; every column must be there.</li>
          <li><code>erp_address_id</code> is the key: a known id updates that address, a new one adds it. Rows without it (addresses created in the portal) are skipped.</li>
          <li><code>customer_account</code> is the customer's ERP account number.</li>
          <li>Required: <code>label</code>, <code>line1</code>, <code>city</code>, <code>country</code> (two letters, such as US); <code>type</code> is billing, shipping or both.</li>
          <li>The export has exactly these columns, so an export imports back unchanged.</li>
        </ul>{{/ABOUT_ADDRESSES}}
        {{#ABOUT_ORDERS}}<ul class="small text-body-secondary mb-0 ps-3">
          <li>Orders taken by phone or entered in the ERP, one row per order line; any column order, every column must be there.</li>
          <li><code>erp_order_no</code> and <code>line_no</code> are the key: a known order is updated, a new one is added as order <code>ERP-</code><em>erp_order_no</em>. A file gives each order whole: lines it no longer lists are removed.</li>
          <li>The order's columns repeat on each of its rows and must agree: <code>customer_account</code> (the ERP account number), <code>channel</code> (phone or erp), <code>placed_on</code> (YYYY-MM-DD), <code>status</code> (approved, processing, partially_shipped, shipped, delivered, cancelled or rejected; never back to an earlier one), <code>po_number</code>, <code>ship_to</code>, <code>currency</code> (empty: the customer's), <code>shipping</code>, <code>tax</code>.</li>
          <li>Per line: <code>sku</code>, <code>name</code> (may be empty for catalog SKUs), <code>quantity</code>, <code>unit_price</code>, <code>quantity_shipped</code> (empty: all of it once shipped).</li>
          <li>Amounts are written like 12.50. Totals are computed: the lines, plus shipping, plus tax.</li>
        </ul>{{/ABOUT_ORDERS}}
      </div>
    </section>
    {{/SHAPE_COLUMNS}}
    </div>
  </div>
</div>
