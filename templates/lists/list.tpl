{{%AUTOESCAPE context="HTML"}}
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/account/lists">Shopping lists</a></li><li class="breadcrumb-item active text-truncate" aria-current="page">{{NAME}}</li></ol></nav>
<div class="d-flex flex-wrap align-items-start justify-content-between gap-2 mb-3">
  <div>
    <h1 class="h2 mb-1" id="list-name">{{NAME}}</h1>
    <p class="text-body-secondary mb-0"><span class="badge text-bg-{{SHARING_BADGE}} border" id="list-sharing">{{SHARING}}</span>{{#UNIT}} <span id="list-unit">{{UNIT_NAME}} and the units below it</span>{{/UNIT}} &middot; owner <span id="list-owner">{{OWNER}}</span> &middot; changed <time datetime="{{UPDATED_ISO}}">{{UPDATED}}</time></p>
    {{#DESCRIPTION}}<p class="mt-2 mb-0 question" id="list-description">{{TEXT}}</p>{{/DESCRIPTION}}
  </div>
  <div class="d-flex flex-wrap gap-2">
    <a class="btn btn-outline-secondary btn-sm" href="/account/lists/{{ID}}/export.csv" id="export-csv">Export CSV</a>
    {{#DUPLICATE_FORM}}<form method="post" action="/account/lists/{{ID}}/duplicate"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="btn btn-outline-secondary btn-sm" id="duplicate">Duplicate</button></form>{{/DUPLICATE_FORM}}
  </div>
</div>
{{#READ_ONLY}}<div class="alert alert-info" role="note" id="read-only">This list is shared with you to read and order from. Duplicate it to keep your own copy you can change.</div>{{/READ_ONLY}}
{{#LINES_ERRORS}}<div class="alert alert-danger" role="alert" id="lines-errors">Nothing was saved: {{COUNT}} quantities need correcting (see the lines below).</div>{{/LINES_ERRORS}}
{{#CART_FORM}}{{#FORM_MESSAGE}}<div class="alert alert-danger" role="alert" id="cart-message">{{MESSAGE}}</div>{{/FORM_MESSAGE}}{{/CART_FORM}}
<div class="row g-4">
  <div class="col-xl-8 d-flex flex-column gap-4">
    <section class="card shadow-sm" aria-labelledby="lines-title">
      <div class="card-header bg-white d-flex flex-wrap justify-content-between align-items-center gap-2">
        <h2 class="h5 mb-0" id="lines-title">Products</h2>
        {{#HAS_LINES}}<span class="small text-body-secondary" id="lines-count">{{#RANGE}}{{FIRST}}&ndash;{{LAST}} of {{/RANGE}}{{LINE_COUNT}} {{LINE_WORD}} at today's prices</span>{{/HAS_LINES}}
      </div>
      {{#NO_LINES}}<div class="card-body"><p class="text-body-secondary mb-0" id="no-lines">No products yet. Add them by SKU here, from a product page or search results, or import a CSV file.</p></div>{{/NO_LINES}}
      {{#HAS_LINES}}
      {{#PROBLEMS}}<div class="alert alert-warning rounded-0 mb-0 border-start-0 border-end-0" role="status" id="line-problems">{{COUNT}} {{WORD}}: see the marked lines. They are not added to a cart.</div>{{/PROBLEMS}}
      {{#EDITABLE}}<form method="post" action="/account/lists/{{ID}}/lines/update{{PAGE_Q}}" id="lines-form" novalidate><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">{{/EDITABLE}}
      <div class="table-responsive">
        <table class="table align-middle mb-0" id="list-lines">
          <caption class="visually-hidden">Products of the list with today's prices</caption>
          <thead><tr>{{#CART}}<th scope="col" id="lh-cart"><span class="visually-hidden">Add to cart</span></th>{{/CART}}<th scope="col">Product</th><th scope="col" id="lh-qty">Quantity</th><th scope="col" class="text-end">Total</th></tr></thead>
          <tbody>
{{#LINE}}<tr class="list-line" id="line-{{SKU}}">{{#CART_CELL}}<td><input class="form-check-input" type="checkbox" name="line" value="{{LINE_ID}}" form="cart-form" aria-labelledby="lh-cart s{{LINE_ID}}"{{#CHECKED}} checked{{/CHECKED}}></td>{{/CART_CELL}}<td>{{#SKU_LINK}}<a class="font-monospace small" href="/product/{{SKU}}" id="s{{LINE_ID}}">{{SKU}}</a>{{/SKU_LINK}}{{#SKU_TEXT}}<span class="font-monospace small" id="s{{LINE_ID}}">{{SKU}}</span>{{/SKU_TEXT}}
<div class="fw-semibold">{{NAME}}</div><div class="small text-body-secondary"><span class="unit-price">{{UNIT_PRICE}}</span> / {{UNIT}}{{#PACK}} · pack of {{PACK_SIZE}}{{/PACK}}{{#CONTRACT}} <span class="badge text-bg-success price-source">Contract price</span>{{/CONTRACT}}</div>{{#NOTE}}<div class="small fst-italic line-note">{{TEXT}}</div>{{/NOTE}}{{#PROBLEM}}<div class="small text-danger fw-semibold mt-1 line-problem"><span class="badge text-bg-danger">{{KIND}}</span> {{MESSAGE}}</div>{{/PROBLEM}}{{#EDIT}}
<input class="form-control form-control-sm mt-1" name="{{NOTE_FIELD}}" value="{{NOTE}}" maxlength="200" placeholder="Note" aria-labelledby="lh-note s{{LINE_ID}}">
<div class="mt-1">{{#CAN_UP}}<button form="line-up" name="line" value="{{LINE_ID}}" class="btn btn-sm btn-outline-secondary py-0" aria-labelledby="lh-up s{{LINE_ID}}">&uarr;</button> {{/CAN_UP}}{{#CAN_DOWN}}<button form="line-down" name="line" value="{{LINE_ID}}" class="btn btn-sm btn-outline-secondary py-0" aria-labelledby="lh-down s{{LINE_ID}}">&darr;</button> {{/CAN_DOWN}}<button form="line-remove" name="line" value="{{LINE_ID}}" class="btn btn-sm btn-link link-danger py-0" aria-labelledby="lh-rm s{{LINE_ID}}">Remove</button></div>{{/EDIT}}</td>
<td>{{#EDIT}}<input class="form-control form-control-sm qty{{#QTY_INVALID}} is-invalid{{/QTY_INVALID}}" inputmode="numeric" name="{{QTY_FIELD}}" value="{{QTY}}" maxlength="12" autocomplete="off" aria-labelledby="lh-qty s{{LINE_ID}}"{{#QTY_ERROR}} aria-describedby="{{QTY_FIELD}}-error" aria-invalid="true"{{/QTY_ERROR}}>{{#QTY_ERROR}}<div class="invalid-feedback d-block" id="{{QTY_FIELD}}-error">{{MESSAGE}}</div>{{/QTY_ERROR}}{{/EDIT}}{{#QTY_TEXT}}<span class="line-qty">{{QTY}}</span>{{/QTY_TEXT}}</td><td class="line-total">{{LINE_TOTAL}}</td></tr>
{{/LINE}}
          </tbody>
          <tfoot><tr><th scope="row" colspan="{{#CART}}3{{/CART}}{{#NO_CART}}2{{/NO_CART}}">List total{{#PAGER}} <span class="fw-normal small text-body-secondary">(all pages)</span>{{/PAGER}}</th><td class="text-end text-nowrap fw-bold" id="list-total">{{TOTAL}}</td></tr></tfoot>
        </table>
        {{#EDITABLE}}<div hidden><span id="lh-note">Note for</span><span id="lh-up">Move up</span><span id="lh-down">Move down</span><span id="lh-rm">Remove</span></div>{{/EDITABLE}}
      </div>
      {{#EDITABLE}}</form>{{/EDITABLE}}
      {{#PAGER}}
      <nav class="d-flex flex-wrap justify-content-between align-items-center gap-2 px-2 px-md-3 py-2 border-top" aria-label="Pages of the list">
        <span class="text-body-secondary small">Page {{PAGE}} of {{PAGES}}</span>
        <ul class="pagination pagination-sm mb-0">
          {{#PREV}}<li class="page-item"><a class="page-link" href="{{HREF}}" rel="prev">Previous</a></li>{{/PREV}}
          {{#NO_PREV}}<li class="page-item disabled"><span class="page-link">Previous</span></li>{{/NO_PREV}}
          {{#NEXT}}<li class="page-item"><a class="page-link" href="{{HREF}}" rel="next">Next</a></li>{{/NEXT}}
          {{#NO_NEXT}}<li class="page-item disabled"><span class="page-link">Next</span></li>{{/NO_NEXT}}
        </ul>
      </nav>
      {{/PAGER}}
      <div class="card-footer bg-white d-flex flex-wrap gap-2 justify-content-between align-items-center">
        {{#CART}}<div class="d-flex flex-wrap gap-2"><button type="submit" form="cart-form" class="btn btn-primary" id="add-ticked">Add ticked lines to cart</button><button type="submit" form="cart-form" name="all" value="1" class="btn btn-outline-primary" id="add-all">Add whole list to cart</button></div>{{/CART}}
        {{#EDITABLE}}<button type="submit" form="lines-form" class="btn btn-outline-secondary" id="save-lines">Save quantities and notes</button>{{/EDITABLE}}
        {{#PAGER}}<p class="small text-body-secondary w-100 mb-0" id="pages-note">Ticked lines, quantities and notes are those of this page; the whole list is every page's lines.</p>{{/PAGER}}
      </div>
      {{/HAS_LINES}}
    </section>
    {{#SCHEDULE}}
    <section class="card shadow-sm" aria-labelledby="schedule-title" id="schedule">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="schedule-title">Scheduled reorder</h2></div>
      <div class="card-body">
        {{#SCHEDULED}}<p class="mb-1" id="schedule-when"><strong>{{WHEN}}</strong>, {{ACTION}}{{#UNTIL}}, until <time datetime="{{DATE_ISO}}">{{DATE}}</time>{{/UNTIL}}.</p>
        {{#NEXT}}<p class="mb-0" id="schedule-next">Next run: <time datetime="{{DATE_ISO}}" class="fw-semibold">{{DATE}}</time></p>{{/NEXT}}
        {{#ENDED}}<p class="mb-0 text-body-secondary" id="schedule-next">The schedule has ended.</p>{{/ENDED}}
        {{#PAUSED}}<div class="alert alert-warning mt-2 mb-0" role="status" id="schedule-paused"><strong>Paused.</strong> {{REASON}}</div>{{/PAUSED}}{{/SCHEDULED}}
        {{#NOT_SCHEDULED}}<p class="text-body-secondary mb-0" id="schedule-none">Order this list on its own, on the dates you choose: the order goes through your company's approval rules and limits as if you had placed it.</p>{{/NOT_SCHEDULED}}
      </div>
      {{#RUNS}}<div class="table-responsive border-top">
        <table class="table table-sm align-middle mb-0" id="schedule-runs">
          <caption class="px-3 small">Runs, newest first</caption>
          <thead><tr><th scope="col" class="ps-3">Date</th><th scope="col">Outcome</th><th scope="col" class="pe-3">Order or reason</th></tr></thead>
          <tbody>{{#RUN}}<tr class="schedule-run"><td class="ps-3 text-nowrap"><time datetime="{{DATE_ISO}}">{{DATE}}</time></td><td><span class="badge text-bg-{{BADGE}}">{{OUTCOME}}</span></td><td class="pe-3 small">{{#ORDER}}<a href="/account/orders/{{NUMBER}}">{{NUMBER}}</a>{{/ORDER}}{{#REASON}}<span class="run-reason">{{TEXT}}</span>{{/REASON}}</td></tr>{{/RUN}}</tbody>
        </table>
      </div>{{/RUNS}}
      {{#SCHEDULE_FORM}}
      <form method="post" action="/account/lists/{{ID}}/schedule" class="border-top" id="schedule-form" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <div class="card-body">
          {{#FORM_MESSAGE}}<div class="alert alert-danger" role="alert" id="schedule-message">{{MESSAGE}}</div>{{/FORM_MESSAGE}}
          {{#FORM_ERRORS}}<div class="alert alert-danger" role="alert"><ul class="mb-0">{{#ITEM}}<li><a href="#s-{{FIELD}}" class="alert-link">{{LABEL}}</a>: {{MESSAGE}}</li>{{/ITEM}}</ul></div>{{/FORM_ERRORS}}
          <div class="row g-2">
            <div class="col-4 col-md-2"><label for="s-every" class="form-label">Every</label><input type="text" inputmode="numeric" class="form-control{{#EVERY_INVALID}} is-invalid{{/EVERY_INVALID}}" id="s-every" name="every" value="{{EVERY}}" maxlength="3"{{#EVERY_INVALID}} aria-invalid="true"{{/EVERY_INVALID}}></div>
            <div class="col-8 col-md-4"><label for="s-kind" class="form-label">Repeat</label><select class="form-select" id="s-kind" name="kind">{{#KIND}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND}}</select></div>
            <div class="col-6 col-md-3"><label for="s-weekday" class="form-label">Weekday <span class="text-body-secondary small">(weeks)</span></label><select class="form-select" id="s-weekday" name="weekday">{{#WEEKDAY}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/WEEKDAY}}</select></div>
            <div class="col-6 col-md-3"><label for="s-month_day" class="form-label">Day <span class="text-body-secondary small">(months)</span></label><input type="text" inputmode="numeric" class="form-control{{#MONTH_DAY_INVALID}} is-invalid{{/MONTH_DAY_INVALID}}" id="s-month_day" name="month_day" value="{{MONTH_DAY}}" maxlength="2" aria-describedby="s-month-help"{{#MONTH_DAY_INVALID}} aria-invalid="true"{{/MONTH_DAY_INVALID}}></div>
            <div class="col-12 form-text mt-0" id="s-month-help">A day after the month's end runs on its last day.</div>
            <div class="col-6"><label for="s-start" class="form-label">Start date</label><input type="date" class="form-control{{#START_INVALID}} is-invalid{{/START_INVALID}}" id="s-start" name="start" value="{{START}}"{{#START_INVALID}} aria-invalid="true"{{/START_INVALID}}></div>
            <div class="col-6"><label for="s-end" class="form-label">End date <span class="text-body-secondary small">(optional)</span></label><input type="date" class="form-control{{#END_INVALID}} is-invalid{{/END_INVALID}}" id="s-end" name="end" value="{{END}}"{{#END_INVALID}} aria-invalid="true"{{/END_INVALID}}></div>
            <fieldset class="col-12"><legend class="form-label fs-6 mb-1">On each date</legend>
              <div class="form-check form-check-inline"><input class="form-check-input" type="radio" name="action" id="s-action-place" value="place"{{#ACTION_PLACE}} checked{{/ACTION_PLACE}}><label class="form-check-label" for="s-action-place">Place the order</label></div>
              <div class="form-check form-check-inline"><input class="form-check-input" type="radio" name="action" id="s-action-cart" value="cart"{{#ACTION_CART}} checked{{/ACTION_CART}}><label class="form-check-label" for="s-action-cart">Put it in my cart to review</label></div>
            </fieldset>
            <div class="col-md-6"><label for="s-ship_to" class="form-label">Ship to</label><select class="form-select" id="s-ship_to" name="ship_to"><option value="">My default address</option>{{#SHIP_TO}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SHIP_TO}}</select></div>
            <div class="col-md-6"><label for="s-payment_method" class="form-label">Payment</label><select class="form-select" id="s-payment_method" name="payment_method">{{#PAYMENT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/PAYMENT}}</select></div>
            <div class="col-12"><label for="s-po_pattern" class="form-label">PO number</label><input type="text" class="form-control font-monospace" id="s-po_pattern" name="po_pattern" value="{{PO_PATTERN}}" maxlength="40" aria-describedby="s-po-help"><div class="form-text" id="s-po-help">{YYYY}, {MM} and {DD} become the run's date: AUTO-{YYYY}{MM}{DD}.</div></div>
          </div>
        </div>
        <div class="card-footer bg-white d-flex flex-wrap gap-2 justify-content-between">
          <button type="submit" class="btn btn-outline-primary" id="save-schedule">Save schedule</button>
          {{#CAN_STOP}}<button type="submit" form="stop-schedule" class="btn btn-outline-danger">Stop the schedule</button>{{/CAN_STOP}}
        </div>
      </form>
      {{#CAN_STOP}}<form method="post" action="/account/lists/{{ID}}/schedule/delete" id="stop-schedule"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"></form>{{/CAN_STOP}}
      {{/SCHEDULE_FORM}}
    </section>
    {{/SCHEDULE}}
    {{#IMPORT_FORM}}
    <form method="post" action="/account/lists/{{ID}}/import" enctype="multipart/form-data" class="card shadow-sm" id="import-form" aria-labelledby="import-title" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="import-title">Import from CSV</h2></div>
      <div class="card-body">
        {{#FORM_MESSAGE}}<div class="alert alert-danger mb-2" role="alert" id="import-message">{{MESSAGE}}</div>{{/FORM_MESSAGE}}
        {{#CSV_ERRORS}}<ul class="small text-danger" id="import-errors">{{#CSV_ERROR}}<li>Line {{LINE}}: {{MESSAGE}}</li>{{/CSV_ERROR}}</ul>{{/CSV_ERRORS}}
        <p class="small text-body-secondary" id="import-help">One product per line: SKU, quantity and an optional note (a first line "sku,quantity,note" is skipped). Products already in the list get the quantity added.</p>
        <div class="mb-3"><label for="file" class="form-label">CSV file</label><input type="file" class="form-control" id="file" name="file" accept=".csv,text/csv" aria-describedby="import-help"></div>
        <label for="csv" class="form-label">or paste the lines</label>
        <textarea class="form-control font-monospace" id="csv" name="csv" rows="3" aria-describedby="import-help">{{CSV}}</textarea>
      </div>
      <div class="card-footer bg-white"><button type="submit" class="btn btn-outline-primary">Import</button></div>
    </form>
    {{/IMPORT_FORM}}
  </div>
  <div class="col-xl-4 d-flex flex-column gap-4">
    {{#REQUISITION_FIRST}}{{>REQUISITION}}{{/REQUISITION_FIRST}}
    {{#LINE_FORM}}
    <form method="post" action="/account/lists/{{ID}}/lines" class="card shadow-sm" id="add-line" aria-labelledby="add-line-title" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="add-line-title">Add a product</h2></div>
      <div class="card-body">
        {{#FORM_MESSAGE}}<div class="alert alert-danger" role="alert" id="line-message">{{MESSAGE}}</div>{{/FORM_MESSAGE}}
        <div class="row g-2">
          <div class="col-7"><label for="sku" class="form-label">SKU</label><input type="text" class="form-control{{#SKU_INVALID}} is-invalid{{/SKU_INVALID}}" id="sku" name="sku" value="{{SKU}}" maxlength="63" autocomplete="off"{{#SKU_INVALID}} aria-invalid="true" aria-describedby="sku-error"{{/SKU_INVALID}}>{{#SKU_ERROR}}<div class="invalid-feedback" id="sku-error">{{MESSAGE}}</div>{{/SKU_ERROR}}</div>
          <div class="col-5"><label for="quantity" class="form-label">Quantity</label><input type="text" inputmode="numeric" class="form-control{{#QUANTITY_INVALID}} is-invalid{{/QUANTITY_INVALID}}" id="quantity" name="quantity" value="{{QUANTITY}}" maxlength="12" autocomplete="off"{{#QUANTITY_INVALID}} aria-invalid="true" aria-describedby="quantity-error"{{/QUANTITY_INVALID}}>{{#QUANTITY_ERROR}}<div class="invalid-feedback" id="quantity-error">{{MESSAGE}}</div>{{/QUANTITY_ERROR}}</div>
          <div class="col-12"><label for="note" class="form-label">Note <span class="text-body-secondary">(optional)</span></label><input type="text" class="form-control{{#NOTE_INVALID}} is-invalid{{/NOTE_INVALID}}" id="note" name="note" value="{{NOTE}}" maxlength="200"{{#NOTE_INVALID}} aria-invalid="true" aria-describedby="note-error"{{/NOTE_INVALID}}>{{#NOTE_ERROR}}<div class="invalid-feedback" id="note-error">{{MESSAGE}}</div>{{/NOTE_ERROR}}</div>
        </div>
      </div>
      <div class="card-footer bg-white"><button type="submit" class="btn btn-primary">Add to list</button></div>
    </form>
    {{/LINE_FORM}}
    {{#DETAILS_FORM}}
    <form method="post" action="/account/lists/{{ID}}" class="card shadow-sm" id="details-form" aria-labelledby="details-title" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="details-title">Name and description</h2></div>
      <div class="card-body">
        <div class="mb-3"><label for="list-name-input" class="form-label">Name</label><input type="text" class="form-control{{#NAME_INVALID}} is-invalid{{/NAME_INVALID}}" id="list-name-input" name="name" value="{{NAME}}" maxlength="100"{{#NAME_INVALID}} aria-invalid="true" aria-describedby="name-error"{{/NAME_INVALID}}>{{#NAME_ERROR}}<div class="invalid-feedback" id="name-error">{{MESSAGE}}</div>{{/NAME_ERROR}}</div>
        <div><label for="description" class="form-label">Description</label><textarea class="form-control{{#DESCRIPTION_INVALID}} is-invalid{{/DESCRIPTION_INVALID}}" id="description" name="description" rows="2" maxlength="500"{{#DESCRIPTION_INVALID}} aria-invalid="true" aria-describedby="description-error"{{/DESCRIPTION_INVALID}}>{{DESCRIPTION}}</textarea>{{#DESCRIPTION_ERROR}}<div class="invalid-feedback" id="description-error">{{MESSAGE}}</div>{{/DESCRIPTION_ERROR}}</div>
      </div>
      <div class="card-footer bg-white"><button type="submit" class="btn btn-outline-primary">Save</button></div>
    </form>
    {{/DETAILS_FORM}}
    {{#SHARING_FORM}}
    <form method="post" action="/account/lists/{{ID}}/sharing" class="card shadow-sm" id="sharing-form" aria-labelledby="sharing-title" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="sharing-title">Sharing</h2></div>
      <div class="card-body">
        {{#FORM_MESSAGE}}<div class="alert alert-danger" role="alert" id="sharing-message">{{MESSAGE}}</div>{{/FORM_MESSAGE}}
        <div class="mb-3"><label for="sharing" class="form-label">Who sees it</label><select class="form-select{{#SHARING_INVALID}} is-invalid{{/SHARING_INVALID}}" id="sharing" name="sharing"{{#SHARING_INVALID}} aria-invalid="true" aria-describedby="sharing-error"{{/SHARING_INVALID}}>{{#OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OPTION}}</select>{{#SHARING_ERROR}}<div class="invalid-feedback" id="sharing-error">{{MESSAGE}}</div>{{/SHARING_ERROR}}</div>
        <div><label for="unit_id" class="form-label">Business unit <span class="text-body-secondary">(for unit sharing)</span></label><select class="form-select{{#UNIT_ID_INVALID}} is-invalid{{/UNIT_ID_INVALID}}" id="unit_id" name="unit_id"{{#UNIT_ID_INVALID}} aria-invalid="true" aria-describedby="unit_id-error"{{/UNIT_ID_INVALID}}><option value="">No unit</option>{{#UNIT_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/UNIT_OPTION}}</select>{{#UNIT_ID_ERROR}}<div class="invalid-feedback" id="unit_id-error">{{MESSAGE}}</div>{{/UNIT_ID_ERROR}}</div>
      </div>
      <div class="card-footer bg-white"><button type="submit" class="btn btn-outline-primary">Save sharing</button></div>
    </form>
    {{/SHARING_FORM}}
    {{#HAND_OVER_FORM}}
    <form method="post" action="/account/lists/{{ID}}/hand-over" class="card shadow-sm" id="hand-over-form" aria-labelledby="hand-over-title" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="card-header bg-white"><h2 class="h5 mb-0" id="hand-over-title">Hand over</h2></div>
      <div class="card-body">
        {{#FORM_MESSAGE}}<div class="alert alert-danger" role="alert" id="hand-over-message">{{MESSAGE}}</div>{{/FORM_MESSAGE}}
        <label for="member_email" class="form-label">New owner's email</label>
        <input type="email" class="form-control{{#MEMBER_EMAIL_INVALID}} is-invalid{{/MEMBER_EMAIL_INVALID}}" id="member_email" name="member_email" value="{{MEMBER_EMAIL}}" maxlength="254" autocomplete="off" aria-describedby="hand-over-help{{#MEMBER_EMAIL_ERROR}} member_email-error{{/MEMBER_EMAIL_ERROR}}"{{#MEMBER_EMAIL_INVALID}} aria-invalid="true"{{/MEMBER_EMAIL_INVALID}}>
        {{#MEMBER_EMAIL_ERROR}}<div class="invalid-feedback" id="member_email-error">{{MESSAGE}}</div>{{/MEMBER_EMAIL_ERROR}}
        <div class="form-text" id="hand-over-help">The colleague's sign-in email. They own the list from then on, with its schedule.</div>
      </div>
      <div class="card-footer bg-white"><button type="submit" class="btn btn-outline-primary">Hand over</button></div>
    </form>
    {{/HAND_OVER_FORM}}
    {{#REQUISITION_LAST}}{{>REQUISITION}}{{/REQUISITION_LAST}}
    {{#DELETE_FORM}}<form method="post" action="/account/lists/{{ID}}/delete" id="delete-form" class="card shadow-sm"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><div class="card-body d-flex flex-wrap justify-content-between align-items-center gap-2"><span class="small text-body-secondary">Its schedule and runs go with it.</span><button type="submit" class="btn btn-outline-danger">Delete this list</button></div></form>{{/DELETE_FORM}}
  </div>
</div>
    {{#CART_FORM}}<form method="post" action="/account/lists/{{ID}}/cart{{PAGE_Q}}" id="cart-form"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"></form>{{/CART_FORM}}
    {{#EDITOR}}<form method="post" action="/account/lists/{{ID}}/lines/up{{PAGE_Q}}" id="line-up"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"></form>
    <form method="post" action="/account/lists/{{ID}}/lines/down{{PAGE_Q}}" id="line-down"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"></form>
    <form method="post" action="/account/lists/{{ID}}/lines/remove{{PAGE_Q}}" id="line-remove"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"></form>{{/EDITOR}}
