/* The address book (/account/addresses): the company's addresses with
 * filters and search, and the page of one address with the forms that
 * act on it (the POSTs are in address_form_page.c, address_use_page.c,
 * address_decision_page.c and address_change_request_page.c). Every query
 * is scoped to the session's company; an id of another company is a 404
 * like a missing one. Which addresses a member may use is
 * store_addresses_usable / store_address_usable (the rule is
 * address_usable in address_rules.c). */
#include "addresses/pages.h"

#include <stdio.h>
#include <string.h>

#include "addresses/address_book.h"
#include "addresses/address_rules.h"
#include "web/form.h"
#include "web/http.h"
#include "accounts/registration.h"
#include "web/response.h"
#include "team/unit_tree.h"
#include "base/validate.h"
#include "addresses/addresses_store.h"
#include "team/units_store.h"

#define SEARCH_MAX 100

static const char *const reason_fields[] = { "reason", NULL };
static const char *const message_fields[] = { "message", NULL };

static void compact_of_row(const struct address_row *r, char *out, size_t size)
{
    struct address_input in;
    book_input_of_row(r, &in);
    address_compact(&in, out, size);
}

static const char *country_name(const char *code)
{
    for (int i = 0; i < registration_country_count; i++)
        if (strcmp(registration_countries[i].code, code) == 0) return registration_countries[i].name;
    return code;
}

/* The address as it may be shown to this member: managers see every
 * address of the company; others what store_address_visible allows (what
 * they may use, their own open or rejected proposals), like the list.
 * 1 found, 0 not (404), -1 error. */
static int load_visible(struct request *req, int64_t id, struct address_row *row)
{
    const struct session_info *s = &req->session;
    int rc = store_address_get(s->company_id, s->user_id, id, row);
    if (rc != 1 || book_is_manager(req)) return rc;
    return store_address_visible(s->company_id, s->user_id, id);
}

/* ---- the list -------------------------------------------------------------------- */

static void list_url(const char *q, const char *type, int64_t unit, const char *status, int page, char *out,
                     size_t size)
{
    char eq[SEARCH_MAX * 3 + 1];
    if (http_percent_encode(q, eq, sizeof eq) != 0) eq[0] = '\0';
    int n = snprintf(out, size, "/account/addresses?q=%s&type=%s&unit=%lld&status=%s&page=%d", eq, type,
                     (long long)unit, status, page);
    if (n < 0 || (size_t)n >= size) snprintf(out, size, "/account/addresses");
}

void page_addresses(struct request *req)
{
    static struct address_row rows[ADDRESS_PAGE_SIZE];
    static struct unit_row units[UNITS_MAX];
    const struct session_info *s = &req->session;
    int manager = book_is_manager(req);

    char q[SEARCH_MAX * 4 + 1];
    text_trim_copy(req_query(req, "q"), q, sizeof q);
    const char *type = req_query(req, "type");
    if (!address_type_valid(type)) type = "";
    const char *status = req_query(req, "status");
    if (strcmp(status, "active") != 0 && strcmp(status, "pending") != 0 && strcmp(status, "retired") != 0)
        status = "";
    int64_t unit = 0, page = 1;
    if (!parse_id(req_query(req, "unit"), &unit)) unit = 0;
    if (!parse_id(req_query(req, "page"), &page) || page > 100000) page = 1;

    char like[sizeof q * 2 + 3];
    if (!q[0] || address_like_pattern(q, like, sizeof like) != 0) like[0] = '\0';
    struct address_filter f = { manager, s->user_id, like, type, unit, status,
                                (int)(page - 1) * ADDRESS_PAGE_SIZE };
    int total = 0;
    int n = store_address_list(s->company_id, &f, rows, ADDRESS_PAGE_SIZE, &total);
    int nu = store_units_of_company(s->company_id, units, UNITS_MAX);
    if (n < 0 || nu < 0) {
        response_error(req, 500, "The address book cannot be shown just now. Please try again in a moment.");
        return;
    }

    tpl_dict *d = response_page(req, 200, "addresses/addresses.tpl", "Address book");
    tpl_set(d, "COMPANY_NAME", s->company_name);
    tpl_set(d, "Q", q);
    if (manager) {
        tpl_show(d, "MANAGER");
        if (!s->viewing_as_customer) tpl_show(d, "CAN_ADD");
    } else {
        tpl_show(d, "MEMBER");
        if (!s->viewing_as_customer) tpl_show(d, "CAN_PROPOSE");
    }
    if (s->viewing_as_customer) tpl_show(d, "READ_ONLY");
    static const char *const types[] = { "billing", "shipping", "both" };
    for (int i = 0; i < 3; i++) {
        tpl_dict *o = tpl_add_section(d, "FILTER_TYPE");
        tpl_set(o, "VALUE", types[i]);
        tpl_set(o, "NAME", book_type_label(types[i]));
        if (strcmp(type, types[i]) == 0) tpl_show(o, "SELECTED");
    }
    for (int i = 0; i < nu; i++) {
        tpl_dict *o = tpl_add_section(d, "FILTER_UNIT");
        tpl_set_int(o, "ID", units[i].id);
        tpl_set(o, "NAME", units[i].name);
        if (units[i].id == unit) tpl_show(o, "SELECTED");
    }
    static const char *const statuses[] = { "active", "pending", "retired" };
    static const char *const status_names[] = { "Active", "Pending", "Retired" };
    for (int i = 0; i < 3; i++) {
        tpl_dict *o = tpl_add_section(d, "FILTER_STATUS");
        tpl_set(o, "VALUE", statuses[i]);
        tpl_set(o, "NAME", status_names[i]);
        if (strcmp(status, statuses[i]) == 0) tpl_show(o, "SELECTED");
    }
    int filtered = q[0] || type[0] || unit || status[0];
    if (filtered) tpl_show(d, "FILTERED");
    tpl_set_int(d, "TOTAL", total);
    tpl_set(d, "TOTAL_WORD", total == 1 ? "address" : "addresses");

    if (n == 0) tpl_show(d, "NO_ADDRESSES");
    else tpl_show(d, "HAS_ADDRESSES");
    for (int i = 0; i < n; i++) {
        const struct address_row *r = &rows[i];
        tpl_dict *row = tpl_add_section(d, "ADDRESS");
        char compact[1200];
        compact_of_row(r, compact, sizeof compact);
        tpl_set_int(row, "ID", r->id);
        tpl_set(row, "LABEL", r->label);
        tpl_set(row, "TYPE", book_type_label(r->type));
        tpl_set(row, "COMPACT", compact);
        if (r->attention[0]) tpl_set(tpl_add_section(row, "ATTENTION"), "TEXT", r->attention);
        if (r->erp_address_id[0]) tpl_set(tpl_add_section(row, "ERP"), "ERP_ID", r->erp_address_id);
        tpl_set(row, "RESTRICTED_TO", r->restricted_to[0] ? r->restricted_to : "Everyone");
        if (r->default_billing) tpl_show(row, "DEFAULT_BILLING");
        if (r->default_shipping) tpl_show(row, "DEFAULT_SHIPPING");
        if (r->my_default_billing) tpl_show(row, "MY_DEFAULT_BILLING");
        if (r->my_default_shipping) tpl_show(row, "MY_DEFAULT_SHIPPING");
        if (strcmp(r->status, "active") == 0) tpl_show(row, "ACTIVE");
        else if (strcmp(r->status, "pending") == 0)
            tpl_set(tpl_add_section(row, "PENDING"), "WITH", strcmp(r->pending_with, "seller") == 0 ? "us" : "your company");
        else if (r->reject_reason[0]) tpl_show(row, "REJECTED");
        else tpl_show(row, "RETIRED");
    }

    int pages = (total + ADDRESS_PAGE_SIZE - 1) / ADDRESS_PAGE_SIZE;
    if (pages > 1 || page > 1) {
        char url[600];
        tpl_dict *pager = tpl_add_section(d, "PAGER");
        tpl_set_int(pager, "PAGE", page);
        tpl_set_int(pager, "PAGES", pages < page ? page : pages);
        if (page > 1) {
            list_url(q, type, unit, status, (int)(page > pages ? (pages > 0 ? pages : 1) : page - 1), url, sizeof url);
            tpl_set(tpl_add_section(pager, "PREV"), "URL", url);
        }
        if (page < pages) {
            list_url(q, type, unit, status, (int)page + 1, url, sizeof url);
            tpl_set(tpl_add_section(pager, "NEXT"), "URL", url);
        }
    }
}

/* ---- one address ------------------------------------------------------------------- */

static void fill_restrictions(tpl_dict *d, const struct request *req, const struct address_row *r)
{
    static struct unit_row units[UNITS_MAX];
    static struct unit_node nodes[UNITS_MAX];
    static int order[UNITS_MAX], depth[UNITS_MAX];
    static struct unit_member members[BOOK_MEMBERS_MAX];
    static struct address_restriction current[ADDRESS_RESTRICTIONS_MAX];
    const struct session_info *s = &req->session;
    int nu = store_units_of_company(s->company_id, units, UNITS_MAX);
    int nm = store_unit_member_choices(s->company_id, members, BOOK_MEMBERS_MAX);
    int nc = store_address_restrictions(s->company_id, r->id, current, ADDRESS_RESTRICTIONS_MAX);
    if (nu < 0 || nm < 0 || nc < 0) return;
    tpl_dict *form = tpl_add_section(d, "RESTRICT_FORM");
    for (int i = 0; i < nu; i++) nodes[i] = (struct unit_node){ units[i].id, units[i].parent_id };
    unit_tree_depth_order(nodes, nu, order, depth);
    for (int k = 0; k < nu; k++) {
        const struct unit_row *u = &units[order[k]];
        tpl_dict *o = tpl_add_section(form, "UNIT_CHOICE");
        tpl_set_int(o, "ID", u->id);
        tpl_set(o, "NAME", u->name);
        static const int margin[] = { 0, 3, 4, 5 };   /* Bootstrap ms-N for depth 0, 1, 2, 3+ */
        tpl_set_int(o, "LEVEL", margin[depth[k] < 3 ? depth[k] : 3]);
        for (int i = 0; i < nc; i++)
            if (current[i].unit_id == u->id) tpl_show(o, "CHECKED");
    }
    for (int k = 0; k < nm; k++) {
        tpl_dict *o = tpl_add_section(form, "MEMBER_CHOICE");
        tpl_set_int(o, "ID", members[k].user_id);
        tpl_set(o, "NAME", members[k].name);
        tpl_set(o, "EMAIL", members[k].email);
        for (int i = 0; i < nc; i++)
            if (current[i].user_id == members[k].user_id) tpl_show(o, "CHECKED");
    }
}

void book_render_address(struct request *req, int status, const struct address_row *r, enum book_form which,
                         const struct form_errors *errors, const char *problem)
{
    const struct session_info *s = &req->session;
    int manager = book_is_manager(req) && !s->viewing_as_customer;
    int active = strcmp(r->status, "active") == 0;
    int pending = strcmp(r->status, "pending") == 0;
    int retired = strcmp(r->status, "retired") == 0;
    tpl_dict *d = response_page(req, status, "addresses/address.tpl", r->label);
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set_int(d, "ID", r->id);
    tpl_set(d, "V_LABEL", r->label);
    tpl_set(d, "V_TYPE", book_type_label(r->type));
    if (problem) tpl_set(tpl_add_section(d, "PROBLEM"), "TEXT", problem);
    if (s->viewing_as_customer) tpl_show(d, "READ_ONLY");

    /* The address as on file. */
    if (r->attention[0]) tpl_set(tpl_add_section(d, "V_ATTENTION"), "TEXT", r->attention);
    tpl_set(d, "V_LINE1", r->line1);
    if (r->line2[0]) tpl_set(tpl_add_section(d, "V_LINE2"), "TEXT", r->line2);
    char cityline[400];
    snprintf(cityline, sizeof cityline, "%s%s%s%s%s", r->city, r->region[0] ? ", " : "", r->region,
             r->postal_code[0] ? " " : "", r->postal_code);
    tpl_set(d, "V_CITYLINE", cityline);
    tpl_set(d, "V_COUNTRY", country_name(r->country));
    if (r->phone[0]) tpl_set(tpl_add_section(d, "V_PHONE"), "TEXT", r->phone);
    if (r->tax_id[0]) tpl_set(tpl_add_section(d, "V_TAX_ID"), "TEXT", r->tax_id);
    if (r->delivery_instructions[0]) {
        tpl_dict *di = tpl_add_section(d, "V_INSTRUCTIONS");
        const char *t = r->delivery_instructions;
        char line[ADDRESS_INSTRUCTIONS_MAX * 4 + 1];
        while (*t) {
            size_t n = strcspn(t, "\n");
            snprintf(line, sizeof line, "%.*s", (int)n, t);
            tpl_set(tpl_add_section(di, "LINE"), "TEXT", line);
            t += n;
            if (*t == '\n') t++;
        }
    }
    if (r->erp_address_id[0]) tpl_set(tpl_add_section(d, "V_ERP"), "ERP_ID", r->erp_address_id);
    tpl_set(d, "V_RESTRICTED_TO", r->restricted_to[0] ? r->restricted_to : "Everyone in the company");
    if (r->proposer_name[0]) tpl_set(tpl_add_section(d, "V_PROPOSER"), "NAME", r->proposer_name);
    if (active) tpl_show(d, "ACTIVE");
    if (pending) tpl_set(tpl_add_section(d, "PENDING"), "WITH",
                         strcmp(r->pending_with, "seller") == 0 ? "our staff's" : "a company administrator's");
    if (retired) {
        if (r->reject_reason[0]) tpl_set(tpl_add_section(d, "REJECTED"), "REASON", r->reject_reason);
        else tpl_show(d, "RETIRED");
    }
    if (r->default_billing) tpl_show(d, "DEFAULT_BILLING");
    if (r->default_shipping) tpl_show(d, "DEFAULT_SHIPPING");
    if (r->my_default_billing) tpl_show(d, "MY_DEFAULT_BILLING");
    if (r->my_default_shipping) tpl_show(d, "MY_DEFAULT_SHIPPING");

    /* My defaults: for those who may use it. */
    if (!s->viewing_as_customer && active && store_address_usable(s->company_id, s->user_id, r->id) == 1) {
        static const char *const kinds[] = { "billing", "shipping" };
        const int mine[] = { r->my_default_billing, r->my_default_shipping };
        tpl_dict *my = NULL;
        for (int i = 0; i < 2; i++)
            if (address_type_fits(r->type, kinds[i]) && !mine[i]) {
                if (!my) my = tpl_add_section(d, "MY_DEFAULTS");
                tpl_dict *b = tpl_add_section(my, "MY_KIND");
                tpl_set(b, "KIND", kinds[i]);
            }
    }

    if (!manager) return;
    tpl_show(d, "MANAGE");

    /* Company defaults. */
    if (active) {
        static const char *const kinds[] = { "billing", "shipping" };
        const int is[] = { r->default_billing, r->default_shipping };
        tpl_dict *cd = NULL;
        for (int i = 0; i < 2; i++)
            if (address_type_fits(r->type, kinds[i]) && !is[i]) {
                if (!cd) cd = tpl_add_section(d, "COMPANY_DEFAULTS");
                tpl_set(tpl_add_section(cd, "COMPANY_KIND"), "KIND", kinds[i]);
            }
    }

    /* Approve / reject a proposal pending with the company. */
    if (pending && strcmp(r->pending_with, "company") == 0) {
        tpl_dict *dec = tpl_add_section(d, "DECIDE");
        tpl_set_int(dec, "REASON_MAX", ADDRESS_REASON_MAX);
        form_fill(dec, req, reason_fields, which == BOOK_FORM_REJECT ? errors : NULL);
        if (which != BOOK_FORM_REJECT) tpl_set(dec, "REASON", "");
    }

    if (!retired) {
        if (r->erp_address_id[0]) {
            tpl_dict *cr = tpl_add_section(d, "CHANGE_FORM");
            tpl_set_int(cr, "MESSAGE_MAX", ADDRESS_MESSAGE_MAX);
            form_fill(cr, req, message_fields, which == BOOK_FORM_CHANGE ? errors : NULL);
            if (which != BOOK_FORM_CHANGE) tpl_set(cr, "MESSAGE", "");
        } else {
            tpl_dict *ef = tpl_add_section(d, "EDIT_FORM");
            tpl_dict *fields = tpl_include(ef, "FIELDS", "addresses/address_fields.tpl");
            struct address_input in;
            book_input_of_row(r, &in);
            book_fill_fields(fields, req, &in, which == BOOK_FORM_EDIT ? errors : NULL, 1);
        }
        fill_restrictions(d, req, r);
        if (which == BOOK_FORM_RESTRICT && errors && errors->count)
            tpl_set(tpl_add_section(d, "RESTRICT_ERROR"), "TEXT", errors->items[0].message);
        tpl_show(d, "CAN_RETIRE");
    }
}

void page_address(struct request *req)
{
    static struct address_row row;
    int64_t id;
    int rc = book_route_id(req, &id) ? load_visible(req, id, &row) : 0;
    if (rc < 0) {
        response_error(req, 500, "The address cannot be shown just now. Please try again in a moment.");
        return;
    }
    if (rc == 0) {
        response_error(req, 404, "There is no such address in your company's address book.");
        return;
    }
    book_render_address(req, 200, &row, BOOK_FORM_NONE, NULL, NULL);
}
