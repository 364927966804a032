/* Back office: every company's addresses. The queue of proposals waiting
 * for the seller (companies whose address approval is "seller staff"),
 * members' requests to change addresses that came from the ERP, a search
 * over all addresses, and one address: edit (ERP addresses too: the ERP is
 * the seller's own system), approve or reject a proposal. Every change is
 * recorded in the company's audit log in the same transaction. */
#include "addresses/pages.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "addresses/address_rules.h"
#include "web/app.h"
#include "audit/audit.h"
#include "base/db.h"
#include "web/form.h"
#include "base/format.h"
#include "base/staff_scope.h"
#include "mail/mail.h"
#include "orders/address_wait.h"
#include "accounts/registration.h"
#include "web/response.h"
#include "addresses/addresses_admin_store.h"
#include "base/validate.h"
#include "web/pager.h"
#include "addresses/address_form.h"

#define LIST_PAGE_SIZE 50
#define SEARCH_MAX 100
#define COMPANIES_MAX 500
#define REQUESTS_MAX 200
#define RESTRICTIONS_MAX 200
#define DASH "\xe2\x80\x94"

static const char *const kinds[] = { "shipping", "billing", "both" };
static const char *const kind_labels[] = { "Shipping", "Billing", "Billing and shipping" };

static const char *kind_label(const char *kind)
{
    for (int i = 0; i < 3; i++)
        if (strcmp(kinds[i], kind) == 0) return kind_labels[i];
    return kind;
}

static const char *known_kind(const char *kind)
{
    for (int i = 0; i < 3; i++)
        if (strcmp(kinds[i], kind) == 0) return kinds[i];
    return NULL;
}

static const char *country_name(const char *code)
{
    for (int i = 0; i < registration_country_count; i++)
        if (strcmp(registration_countries[i].code, code) == 0) return registration_countries[i].name;
    return NULL;
}

/* "Pending (seller)" and so on, with a Bootstrap badge colour. */
static const char *status_label(const char *status, const char *pending_with)
{
    if (strcmp(status, "active") == 0) return "Active";
    if (strcmp(status, "retired") == 0) return "Retired";
    if (strcmp(status, "pending") == 0)
        return strcmp(pending_with, "seller") == 0 ? "Waiting for us" : "Waiting for the company";
    return status;
}

static const char *status_badge(const char *status, const char *pending_with)
{
    if (strcmp(status, "active") == 0) return "success";
    if (strcmp(status, "retired") == 0) return "secondary";
    return strcmp(pending_with, "seller") == 0 ? "warning" : "info";
}

static int waiting_for_seller(const struct bo_address *a)
{
    return strcmp(a->status, "pending") == 0 && strcmp(a->pending_with, "seller") == 0;
}

/* --- The list ------------------------------------------------------------ */

enum tab { TAB_WAITING, TAB_REQUESTS, TAB_ALL };
static const char *const tab_names[] = { "waiting", "requests", "all" };
static const char *const tab_labels[] = { "Waiting for us", "Change requests", "All addresses" };

static enum tab chosen_tab(const struct request *req)
{
    const char *tab = req_query(req, "tab");
    for (int i = 0; i < 3; i++)
        if (strcmp(tab_names[i], tab) == 0) return (enum tab)i;
    return TAB_WAITING;
}

/* The search text without surrounding blanks, into out; the message to
 * show when it cannot be searched for, else NULL. */
static const char *search_text(const char *raw, char *out, size_t size)
{
    while (*raw == ' ' || *raw == '\t') raw++;
    size_t n = strlen(raw);
    while (n > 0 && (raw[n - 1] == ' ' || raw[n - 1] == '\t')) n--;
    if (n >= size) return "Search for at most 100 characters.";
    memcpy(out, raw, n);
    out[n] = '\0';
    return validate_text(out, SEARCH_MAX, 0) ? "Search for at most 100 characters, on one line." : NULL;
}

static void fill_address_rows(tpl_dict *d, const struct bo_address_row *rows, int n)
{
    tpl_dict *list = n > 0 ? tpl_add_section(d, "LIST") : NULL;
    if (n <= 0) tpl_show(d, "EMPTY");
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(list, "ADDRESS");
        char date[32];
        format_date(rows[i].created_at, date, sizeof date);
        tpl_set_int(row, "ID", rows[i].id);
        tpl_set_int(row, "COMPANY_ID", rows[i].company_id);
        tpl_set(row, "COMPANY", rows[i].company_name);
        tpl_set(row, "LABEL", rows[i].label);
        tpl_set(row, "KIND", kind_label(rows[i].kind));
        tpl_set(row, "LINE1", rows[i].line1);
        tpl_set(row, "CITY", rows[i].city);
        tpl_set(row, "COUNTRY", rows[i].country);
        tpl_set(row, "ERP", rows[i].erp_address_id[0] ? rows[i].erp_address_id : DASH);
        tpl_set(row, "STATUS", status_label(rows[i].status, rows[i].pending_with));
        tpl_set(row, "BADGE", status_badge(rows[i].status, rows[i].pending_with));
        tpl_set(row, "PROPOSER", rows[i].proposer_name[0] ? rows[i].proposer_name : DASH);
        tpl_set(row, "DATE", date);
    }
}

static int fill_requests(struct request *req, tpl_dict *d, const struct staff_scope *scope)
{
    static struct bo_change_request rows[REQUESTS_MAX];
    int n = store_bo_change_requests_open(scope, rows, REQUESTS_MAX);
    if (n < 0) return -1;
    if (n == 0) tpl_show(d, "NO_REQUESTS");
    tpl_dict *list = n > 0 ? tpl_add_section(d, "REQUEST_LIST") : NULL;
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(list, "REQUEST");
        char date[32];
        format_date(rows[i].created_at, date, sizeof date);
        tpl_set_int(row, "ID", rows[i].id);
        tpl_set(row, "COMPANY", rows[i].company_name);
        tpl_set_int(row, "ADDRESS_ID", rows[i].address_id);
        tpl_set(row, "LABEL", rows[i].address_label);
        tpl_set(row, "ERP", rows[i].erp_address_id[0] ? rows[i].erp_address_id : DASH);
        tpl_set(row, "WHO", rows[i].requester_name);
        tpl_set(row, "EMAIL", rows[i].requester_email);
        tpl_set(row, "MESSAGE", rows[i].message);
        tpl_set(row, "DATE", date);
        tpl_set(row, "CSRF_TOKEN", req->csrf_token);
    }
    return 0;
}

void page_bo_addresses(struct request *req)
{
    enum tab tab = chosen_tab(req);
    char query[SEARCH_MAX * 4 + 1] = "";
    const char *problem = tab == TAB_ALL ? search_text(req_query(req, "q"), query, sizeof query) : NULL;
    int64_t company_id = 0;
    if (tab == TAB_ALL && req_query(req, "company")[0] && !parse_id(req_query(req, "company"), &company_id))
        company_id = 0;
    int page = page_number(req);
    struct staff_scope scope = staff_scope_of(&req->actor);

    static struct bo_address_row rows[LIST_PAGE_SIZE];
    int total = 0, n = 0;
    if (tab != TAB_REQUESTS && !problem)
        n = store_bo_address_list(&scope, tab == TAB_WAITING, query, company_id, (page - 1) * LIST_PAGE_SIZE, rows,
                                  LIST_PAGE_SIZE, &total);
    int waiting = store_bo_addresses_waiting_count(&scope);
    int requests = store_bo_change_requests_open_count(&scope);
    if (n < 0 || waiting < 0 || requests < 0) {
        response_error(req, 500, "The addresses cannot be listed right now.");
        return;
    }

    tpl_dict *d = response_page(req, problem ? 422 : 200, "addresses/admin_addresses.tpl", "Addresses");
    for (int i = 0; i < 3; i++) {
        tpl_dict *t = tpl_add_section(d, "TAB");
        tpl_set(t, "NAME", tab_names[i]);
        tpl_set(t, "LABEL", tab_labels[i]);
        if (i == TAB_WAITING) tpl_set_int(tpl_add_section(t, "COUNT"), "N", waiting);
        if (i == TAB_REQUESTS) tpl_set_int(tpl_add_section(t, "COUNT"), "N", requests);
        if ((int)tab == i) tpl_show(t, "CURRENT");
    }

    if (tab == TAB_REQUESTS) {
        tpl_dict *s = tpl_add_section(d, "REQUESTS_TAB");
        if (fill_requests(req, s, &scope) != 0) {
            response_error(req, 500, "The change requests cannot be listed right now.");
            return;
        }
        return;
    }

    tpl_dict *s = tpl_add_section(d, tab == TAB_WAITING ? "WAITING_TAB" : "ALL_TAB");
    if (tab == TAB_ALL) {
        tpl_set(s, "Q", problem ? req_query(req, "q") : query);
        if (problem) {
            tpl_show(s, "Q_INVALID");
            tpl_set(tpl_add_section(s, "Q_ERROR"), "MESSAGE", problem);
        }
        static struct bo_company_option companies[COMPANIES_MAX];
        int c = store_bo_company_options(&scope, companies, COMPANIES_MAX);
        for (int i = 0; i < c; i++) {
            tpl_dict *o = tpl_add_section(s, "COMPANY_OPTION");
            tpl_set_int(o, "ID", companies[i].id);
            tpl_set(o, "NAME", companies[i].name);
            if (companies[i].id == company_id) tpl_show(o, "SELECTED");
        }
        if (req_query(req, "q")[0] || company_id) tpl_show(s, "FILTERED");
    }
    if (n > 0) tpl_set_int(tpl_add_section(s, "HAS_ROWS"), "TOTAL", total);
    fill_address_rows(s, rows, n);

    char encoded[sizeof query * 3] = "", pager_query[sizeof encoded + 80] = "";
    if (tab == TAB_ALL) {
        if (!problem && http_percent_encode(query, encoded, sizeof encoded) != 0) encoded[0] = '\0';
        snprintf(pager_query, sizeof pager_query, "tab=all%s%s", encoded[0] ? "&q=" : "", encoded);
        if (company_id) {
            size_t len = strlen(pager_query);
            snprintf(pager_query + len, sizeof pager_query - len, "&company=%lld", (long long)company_id);
        }
    }
    pager_fill(d, "/backoffice/addresses", pager_query, page, total, LIST_PAGE_SIZE);
}

/* --- One address --------------------------------------------------------- */

/* The address named by :id, or a 404 (500) page: also an address of a
 * company outside the staff member's scope. */
static int load_address(struct request *req, struct bo_address *a)
{
    int64_t id;
    struct staff_scope scope = staff_scope_of(&req->actor);
    int found = parse_id(req->params.values[0], &id) ? store_bo_address_get(&scope, id, a) : 0;
    return response_found(req, found, "address");
}

static void fill_kind_choices(tpl_dict *d, const char *chosen)
{
    for (int i = 0; i < 3; i++) {
        tpl_dict *o = tpl_add_section(d, "KIND_OPTION");
        tpl_set(o, "VALUE", kinds[i]);
        tpl_set(o, "LABEL", kind_labels[i]);
        if (strcmp(kinds[i], chosen) == 0) tpl_show(o, "SELECTED");
    }
}

static void fill_country_choices(tpl_dict *d, const char *chosen)
{
    for (int i = 0; i < registration_country_count; i++) {
        tpl_dict *o = tpl_add_section(d, "COUNTRY_OPTION");
        tpl_set(o, "VALUE", registration_countries[i].code);
        tpl_set(o, "LABEL", registration_countries[i].name);
        if (strcmp(registration_countries[i].code, chosen) == 0) tpl_show(o, "SELECTED");
    }
}

/* The stored values into the edit form (first view). */
static void fill_stored_values(tpl_dict *d, const struct bo_address *a)
{
    tpl_set(d, "LABEL", a->label);
    tpl_set(d, "ATTENTION", a->attention);
    tpl_set(d, "LINE1", a->line1);
    tpl_set(d, "LINE2", a->line2);
    tpl_set(d, "CITY", a->city);
    tpl_set(d, "REGION", a->region);
    tpl_set(d, "POSTAL_CODE", a->postal_code);
    tpl_set(d, "PHONE", a->phone);
    tpl_set(d, "DELIVERY_INSTRUCTIONS", a->delivery_instructions);
    tpl_set(d, "TAX_ID", a->tax_id);
}

static void fill_summary(tpl_dict *d, const struct bo_address *a)
{
    char created[32], updated[32];
    format_date(a->created_at, created, sizeof created);
    format_date(a->updated_at, updated, sizeof updated);
    tpl_set_int(d, "ID", a->id);
    tpl_set_int(d, "COMPANY_ID", a->company_id);
    tpl_set(d, "COMPANY", a->company_name);
    tpl_set(d, "TITLE", a->label);
    tpl_set(d, "KIND_TEXT", kind_label(a->type));
    tpl_set(d, "STATUS", status_label(a->status, a->pending_with));
    tpl_set(d, "BADGE", status_badge(a->status, a->pending_with));
    tpl_set(d, "CREATED", created);
    tpl_set(d, "UPDATED", updated);
    tpl_dict *addr = tpl_add_section(d, "POSTAL");
    if (a->attention[0]) tpl_set(tpl_add_section(addr, "ATTN"), "TEXT", a->attention);
    tpl_set(addr, "S_LINE1", a->line1);
    if (a->line2[0]) tpl_set(tpl_add_section(addr, "S_LINE2"), "TEXT", a->line2);
    tpl_set(addr, "S_CITY", a->city);
    tpl_set(addr, "S_REGION", a->region);
    tpl_set(addr, "S_POSTAL", a->postal_code);
    const char *country = country_name(a->country);
    tpl_set(addr, "S_COUNTRY", country ? country : a->country);
    if (a->phone[0]) tpl_set(tpl_add_section(d, "S_PHONE"), "TEXT", a->phone);
    if (a->delivery_instructions[0]) tpl_set(tpl_add_section(d, "S_INSTRUCTIONS"), "TEXT", a->delivery_instructions);
    if (a->tax_id[0]) tpl_set(tpl_add_section(d, "S_TAX_ID"), "TEXT", a->tax_id);
    if (a->erp_address_id[0]) tpl_set(tpl_add_section(d, "FROM_ERP"), "ERP_ID", a->erp_address_id);
    else tpl_show(d, "PORTAL_ONLY");
    if (a->is_default_billing) tpl_show(d, "DEFAULT_BILLING");
    if (a->is_default_shipping) tpl_show(d, "DEFAULT_SHIPPING");
    if (a->proposed_by) {
        tpl_dict *p = tpl_add_section(d, "PROPOSED");
        tpl_set(p, "NAME", a->proposer_name);
        tpl_set(p, "EMAIL", a->proposer_email);
        tpl_set(p, "DATE", created);
    }
    if (a->decided_at) {
        char decided[32];
        format_date(a->decided_at, decided, sizeof decided);
        tpl_dict *dec = tpl_add_section(d, "DECISION");
        tpl_set(dec, "OUTCOME", strcmp(a->status, "retired") == 0 && a->reject_reason[0] ? "Rejected" : "Approved");
        tpl_set(dec, "BY", a->decider_name[0] ? a->decider_name : "someone");
        tpl_set(dec, "DATE", decided);
        if (a->reject_reason[0]) tpl_set(tpl_add_section(dec, "REASON"), "TEXT", a->reject_reason);
    }
}

static int fill_restrictions(tpl_dict *d, const struct staff_scope *scope, int64_t address_id)
{
    static struct bo_address_restriction rows[RESTRICTIONS_MAX];
    int n = store_bo_address_restrictions(scope, address_id, rows, RESTRICTIONS_MAX);
    if (n < 0) return -1;
    if (n == 0) tpl_show(d, "EVERYONE");
    tpl_dict *list = n > 0 ? tpl_add_section(d, "RESTRICTED") : NULL;
    for (int i = 0; i < n; i++) {
        tpl_dict *r = tpl_add_section(list, "WHO");
        tpl_set(r, "NAME", rows[i].name);
        tpl_set(r, "KIND", strcmp(rows[i].kind, "unit") == 0 ? "Unit and the units below it" : "Member");
    }
    return 0;
}

/* edit_errors: the edit form came back (values kept); reason_errors: the
 * reject form did. */
static void render_address(struct request *req, int status, const struct bo_address *a,
                           const struct form_errors *edit_errors, const struct form_errors *reason_errors)
{
    tpl_dict *d = response_page(req, status, "addresses/admin_address.tpl", a->label);
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    fill_summary(d, a);
    struct staff_scope scope = staff_scope_of(&req->actor);
    if (fill_restrictions(d, &scope, a->id) != 0) {
        response_error(req, 500, "The address cannot be shown right now.");
        return;
    }
    if (waiting_for_seller(a)) {
        tpl_dict *act = tpl_add_section(d, "DECIDE");
        tpl_set(act, "CSRF_TOKEN", req->csrf_token);
        tpl_set_int(act, "ID", a->id);
        static const char *const reason_fields[] = { "reason", NULL };
        static const char *const reason_labels[] = { "Reason", NULL };
        form_fill_labelled(act, req, reason_fields, reason_labels, reason_errors);
    } else if (strcmp(a->status, "pending") == 0) {
        tpl_show(d, "PENDING_WITH_COMPANY");
    }
    if (strcmp(a->status, "retired") == 0) {
        tpl_show(d, "RETIRED");
        return;
    }
    tpl_dict *edit = tpl_add_section(d, "EDIT");
    tpl_set(edit, "CSRF_TOKEN", req->csrf_token);
    tpl_set_int(edit, "ID", a->id);
    if (a->erp_address_id[0]) tpl_set(tpl_add_section(edit, "ERP_NOTE"), "ERP_ID", a->erp_address_id);
    if (edit_errors) {
        form_fill_labelled(edit, req, address_fields, address_labels, edit_errors);
        form_fill_labelled(d, req, address_fields, address_labels, edit_errors);
        fill_kind_choices(edit, field_text(req, "type"));
        fill_country_choices(edit, field_text(req, "country"));
        tpl_set_int(edit, "VERSION", field_number(req, "version"));
    } else {
        fill_stored_values(edit, a);
        fill_kind_choices(edit, a->type);
        fill_country_choices(edit, a->country);
        tpl_set_int(edit, "VERSION", a->updated_at);
    }
}

void page_bo_address(struct request *req)
{
    struct bo_address a;
    if (load_address(req, &a)) render_address(req, 200, &a, NULL, NULL);
}

static void back_to(struct request *req, int64_t id, const char *message)
{
    char url[64];
    snprintf(url, sizeof url, "/backoffice/addresses/%lld", (long long)id);
    flash_set(req, "success", message);
    response_redirect(req, url);
}

/* --- Edit ---------------------------------------------------------------- */

/* The address fields (the members' form's, with the same rules) and the
 * version edited (updated_at), which must still be the address's. */
static const struct field edit_fields[] = {
    ADDRESS_FIELDS
    { "version", "Version", FIELD_ID, 0, 0, 0, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_bo_address = { "bo_address", edit_fields };

/* What changed, for the audit entry. Returns the number of changes. */
static size_t diff_address(const struct bo_address *a, const struct address_form *f, struct audit_change *out)
{
    const char *before[] = { a->label, kind_label(a->type), a->attention, a->line1, a->line2, a->city, a->region,
                             a->postal_code, a->country, a->phone, a->delivery_instructions, a->tax_id };
    const char *after[] = { f->label, kind_label(known_kind(f->type)), f->attention, f->line1, f->line2, f->city, f->region,
                            f->postal_code, f->country, f->phone, f->delivery_instructions, f->tax_id };
    size_t n = 0;
    for (size_t i = 0; i < sizeof before / sizeof before[0]; i++) {
        if (strcmp(before[i], after[i]) == 0) continue;
        out[n++] = (struct audit_change){ address_labels[i], before[i], after[i] };
    }
    return n;
}

void page_bo_address_update(struct request *req)
{
    static struct bo_address a;
    if (!load_address(req, &a)) return;
    if (strcmp(a.status, "retired") == 0) {
        response_error(req, 409, "This address is retired and can no longer be changed.");
        return;
    }
    struct form_errors errors = *field_errors(req);
    static struct address_form f;
    memset(&f, 0, sizeof f);
    struct address_input in;
    if (address_read_form(req, NULL, &f, &in, &errors) > 0) {
        render_address(req, 422, &a, &errors, NULL);
        return;
    }
    int64_t version = field_number(req, "version");
    if (version != a.updated_at) {
        response_error(req, 409, "Someone changed this address while you were editing it. Reload it and make your change again.");
        return;
    }
    struct audit_change changes[12];
    size_t count = diff_address(&a, &f, changes);
    if (count == 0) {
        back_to(req, a.id, "Nothing to change: the address already reads like this.");
        return;
    }
    if (db_begin() != 0) {
        response_error(req, 503, "Please try again in a moment.");
        return;
    }
    struct address_input fields = {
        .label = f.label, .type = known_kind(f.type), .attention = f.attention, .line1 = f.line1, .line2 = f.line2,
        .city = f.city, .region = f.region, .postal_code = f.postal_code, .country = f.country, .phone = f.phone,
        .delivery_instructions = f.delivery_instructions, .tax_id = f.tax_id,
    };
    int64_t now = clock_now();
    if (now <= a.updated_at) now = a.updated_at + 1;   /* every change gets a new version */
    struct staff_scope scope = staff_scope_of(&req->actor);
    int updated = store_bo_address_update(&scope, a.id, version, &fields, now);
    if (updated == 1) {
        db_rollback();
        response_error(req, 409, "Someone changed this address while you were editing it. Reload it and make your change again.");
        return;
    }
    int ok = updated == 0 && audit_record(&req->actor, a.company_id, "address.updated", f.label, changes, count) == 0;
    if (!db_finish(ok, "backoffice addresses: change")) {
        response_error(req, 500, "The address could not be saved. Nothing was changed.");
        return;
    }
    back_to(req, a.id, "Address saved.");
}

/* --- Decisions ----------------------------------------------------------- */

static void refuse_decided(struct request *req)
{
    response_error(req, 409, "This address is not waiting for a decision by us any more. Reload it to see where it stands.");
}

/* The proposer hears about the decision. No proposer (an address staff or
 * the import created), nothing to send. 0 or -1. */
static int mail_proposer(const struct bo_address *a, const char *decision, const char *reason)
{
    if (!a->proposed_by || !a->proposer_email[0]) return 0;
    char path[64], link[600], compact[1200], err[200];
    snprintf(path, sizeof path, "/account/addresses/%lld", (long long)a->id);
    snprintf(link, sizeof link, "%s%s", app.cfg.base_url, path);
    struct address_input in = {
        .label = a->label, .type = a->type, .attention = a->attention, .line1 = a->line1, .line2 = a->line2,
        .city = a->city, .region = a->region, .postal_code = a->postal_code, .country = a->country,
        .phone = a->phone, .delivery_instructions = a->delivery_instructions, .tax_id = a->tax_id,
    };
    address_compact(&in, compact, sizeof compact);
    tpl_dict *values = tpl_dict_new();
    tpl_set(values, "COMPANY_NAME", a->company_name);
    tpl_set(values, "ADDRESS_LABEL", a->label);
    tpl_set(values, "ADDRESS_TEXT", compact);
    tpl_set(values, "DECISION", decision);
    tpl_set(values, "REASON", reason);
    tpl_set(values, "ADDRESS_PATH", path);
    tpl_set(values, "LINK", link);
    if (reason[0]) tpl_set(tpl_add_section(values, "REJECTED"), "REASON", reason);
    else tpl_show(values, "APPROVED");
    struct mail_recipient to = {
        .address = a->proposer_email, .name = a->proposer_name, .user_id = a->proposed_by,
        .company_id = a->company_id,
    };
    enum mail_result r = mail_enqueue("address_decided", &to, values, err, sizeof err);
    tpl_dict_free(values);
    if (r == MAIL_ERROR) fprintf(stderr, "backoffice addresses: decision mail: %s\n", err);
    return r == MAIL_ERROR ? -1 : 0;
}

static void decide(struct request *req, const struct bo_address *a, int approve, const char *reason)
{
    if (db_begin() != 0) {
        response_error(req, 503, "Please try again in a moment.");
        return;
    }
    const char *status = approve ? "active" : "retired";
    struct staff_scope scope = staff_scope_of(&req->actor);
    int decided = store_bo_address_decide(&scope, a->id, status, approve ? "" : reason, req->session.user_id,
                                          clock_now());
    if (decided == 1) {
        db_rollback();
        refuse_decided(req);
        return;
    }
    struct audit_change changes[] = {
        { "Status", "Pending", approve ? "Active" : "Rejected" },
        { "Reason", "", reason },
    };
    int ok = decided == 0
          && audit_record(&req->actor, a->company_id, approve ? "address.approved" : "address.rejected", a->label,
                          changes, approve ? 1 : 2) == 0
          && mail_proposer(a, approve ? "approved" : "rejected", approve ? "" : reason) == 0
          /* Orders placed with this address as a new ship-to go on (or are rejected) with it. */
          && orders_address_decided(&req->actor, a->company_id, a->id, approve) >= 0;
    if (!db_finish(ok, "backoffice addresses: change")) {
        response_error(req, 500, "The decision could not be saved. Nothing was changed.");
        return;
    }
    back_to(req, a->id, approve ? "The address is approved and can be used now."
                                : "The proposal is rejected and the proposer has been told why.");
}

void page_bo_address_approve(struct request *req)
{
    static struct bo_address a;
    if (!load_address(req, &a)) return;
    if (!waiting_for_seller(&a)) {
        refuse_decided(req);
        return;
    }
    decide(req, &a, 1, "");
}

void page_bo_address_reject(struct request *req)
{
    static struct bo_address a;
    if (!load_address(req, &a)) return;
    if (!waiting_for_seller(&a)) {
        refuse_decided(req);
        return;
    }
    if (field_errors(req)->count) {
        render_address(req, 422, &a, NULL, field_errors(req));
        return;
    }
    decide(req, &a, 0, field_text(req, "reason"));
}

/* --- Change requests ----------------------------------------------------- */

void page_bo_address_request_done(struct request *req)
{
    int64_t id;
    static struct bo_change_request r;
    struct staff_scope scope = staff_scope_of(&req->actor);
    int found = parse_id(req->params.values[0], &id) ? store_bo_change_request_get(&scope, id, &r) : 0;
    if (found < 0) {
        response_error(req, 500, "The request cannot be shown right now.");
        return;
    }
    if (found == 0) {
        response_error(req, 404, "There is no such change request.");
        return;
    }
    if (db_begin() != 0) {
        response_error(req, 503, "Please try again in a moment.");
        return;
    }
    int done = store_bo_change_request_done(&scope, r.id);
    if (done == 1) {
        db_rollback();
        response_error(req, 409, "This change request has already been marked done.");
        return;
    }
    struct audit_change change = { "Change request", "Open", "Done" };
    int ok = done == 0
          && audit_record(&req->actor, r.company_id, "address.change_request_done", r.address_label, &change, 1) == 0;
    if (!db_finish(ok, "backoffice addresses: change")) {
        response_error(req, 500, "The request could not be updated. Nothing was changed.");
        return;
    }
    flash_set(req, "success", "Change request marked done.");
    response_redirect(req, "/backoffice/addresses?tab=requests");
}
