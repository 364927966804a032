/* The address book (/account/addresses): the company's addresses, who may
 * use them, the company's and the member's defaults, proposals by members
 * without "manage addresses" and their approval, and change requests for
 * addresses that came from the ERP. Every query is scoped to the
 * session's company; an id of another company is a 404 like a missing
 * one. Which addresses a member may use is store_addresses_usable /
 * store_address_usable (the rule is address_usable in address_rules.c). */
#include "addresses/pages.h"
#include "base/clock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "addresses/address_rules.h"
#include "audit/audit.h"
#include "base/db.h"
#include "web/form.h"
#include "web/http.h"
#include "mail/mail.h"
#include "orders/address_wait.h"
#include "base/permissions.h"
#include "accounts/registration.h"
#include "web/response.h"
#include "base/settings.h"
#include "team/unit_tree.h"
#include "base/validate.h"
#include "accounts/accounts_store.h"
#include "addresses/addresses_store.h"
#include "team/units_store.h"

#define RECIPIENTS_MAX 50
#define MEMBERS_MAX 500
#define SEARCH_MAX 100

static const char *const reason_fields[] = { "reason", NULL };
static const char *const message_fields[] = { "message", NULL };

/* ---- small helpers ------------------------------------------------------------ */

static int is_manager(const struct request *req)
{
    return (req->session.permissions & PERM_MANAGE_ADDRESSES) != 0;
}

static int route_id(const struct request *req, int64_t *id)
{
    return req->params.count > 0 && parse_id(req->params.values[0], id);
}

static void input_of_row(const struct address_row *r, struct address_input *in)
{
    *in = (struct address_input){ r->label, r->type, r->attention, r->line1, r->line2, r->city, r->region,
                                  r->postal_code, r->country, r->phone, r->delivery_instructions, r->tax_id };
}

static void compact_of_row(const struct address_row *r, char *out, size_t size)
{
    struct address_input in;
    input_of_row(r, &in);
    address_compact(&in, out, size);
}

static const char *type_label(const char *type)
{
    if (strcmp(type, "billing") == 0) return "Billing";
    if (strcmp(type, "shipping") == 0) return "Shipping";
    return "Billing and shipping";
}

static const char *country_name(const char *code)
{
    for (int i = 0; i < registration_country_count; i++)
        if (strcmp(registration_countries[i].code, code) == 0) return registration_countries[i].name;
    return code;
}

/* The mode that applies to this company now, and the seller's default. */
static enum address_approval effective_mode(int64_t company_id, char *company_setting, size_t cs_size,
                                            enum address_approval *seller_mode)
{
    char seller[32];
    company_setting[0] = '\0';
    store_address_approval_get(company_id, company_setting, cs_size);
    settings_get("address_approval_default", "company", seller, sizeof seller);
    *seller_mode = address_approval_effective("", seller);
    return address_approval_effective(company_setting, seller);
}

static const char *mode_sentence(enum address_approval mode)
{
    switch (mode) {
    case ADDRESS_APPROVAL_OPEN: return "Proposed addresses can be used at once.";
    case ADDRESS_APPROVAL_SELLER: return "Proposed addresses wait until our staff approve them.";
    case ADDRESS_APPROVAL_COMPANY: break;
    }
    return "Proposed addresses wait until a company administrator approves them.";
}

/* The address as it may be shown to this member: managers see every
 * address of the company; others what store_address_visible allows (what
 * they may use, their own open or rejected proposals), like the list.
 * 1 found, 0 not (404), -1 error. */
static int load_visible(struct request *req, int64_t id, struct address_row *row)
{
    const struct session_info *s = &req->session;
    int rc = store_address_get(s->company_id, s->user_id, id, row);
    if (rc != 1 || is_manager(req)) return rc;
    return store_address_visible(s->company_id, s->user_id, id);
}

/* A submitted form's values, trimmed, in buffers that fit every valid value. */
struct address_form {
    char label[ADDRESS_LABEL_MAX * 4 + 1];
    char type[16];
    char attention[ADDRESS_ATTENTION_MAX * 4 + 1];
    char line1[ADDRESS_LINE_MAX * 4 + 1];
    char line2[ADDRESS_LINE_MAX * 4 + 1];
    char city[ADDRESS_CITY_MAX * 4 + 1];
    char region[ADDRESS_REGION_MAX * 4 + 1];
    char postal_code[ADDRESS_POSTAL_MAX * 4 + 1];
    char country[8];
    char phone[ADDRESS_PHONE_MAX * 4 + 1];
    char delivery_instructions[ADDRESS_INSTRUCTIONS_MAX * 4 + 1];
    char tax_id[ADDRESS_TAX_ID_MAX * 4 + 1];
};

/* CRLF -> LF and no surrounding blanks. */
static void normalise_multiline(const char *in, char *out, size_t size)
{
    char tmp[ADDRESS_MESSAGE_MAX * 4 + 1];
    text_trim_copy(in, tmp, sizeof tmp);
    size_t n = 0;
    for (const char *p = tmp; *p && n + 1 < size; p++)
        if (*p != '\r') out[n++] = *p;
    out[n] = '\0';
}

/* Validates the submitted fields (type forced for proposals) and, when
 * they are fine, copies them trimmed into f / in. Returns error count. */
static int read_address_form(const struct request *req, const char *forced_type, struct address_form *f,
                             struct address_input *in, struct form_errors *errors)
{
    struct address_input raw = {
        req_form(req, "label"), forced_type ? forced_type : req_form(req, "type"), req_form(req, "attention"),
        req_form(req, "line1"), req_form(req, "line2"), req_form(req, "city"), req_form(req, "region"),
        req_form(req, "postal_code"), req_form(req, "country"), req_form(req, "phone"),
        req_form(req, "delivery_instructions"), req_form(req, "tax_id"),
    };
    int n = address_validate(&raw, errors);
    if (n) return n;
    text_trim_copy(raw.label, f->label, sizeof f->label);
    snprintf(f->type, sizeof f->type, "%s", raw.type);
    text_trim_copy(raw.attention, f->attention, sizeof f->attention);
    text_trim_copy(raw.line1, f->line1, sizeof f->line1);
    text_trim_copy(raw.line2, f->line2, sizeof f->line2);
    text_trim_copy(raw.city, f->city, sizeof f->city);
    text_trim_copy(raw.region, f->region, sizeof f->region);
    text_trim_copy(raw.postal_code, f->postal_code, sizeof f->postal_code);
    snprintf(f->country, sizeof f->country, "%s", raw.country);
    text_trim_copy(raw.phone, f->phone, sizeof f->phone);
    normalise_multiline(raw.delivery_instructions, f->delivery_instructions, sizeof f->delivery_instructions);
    text_trim_copy(raw.tax_id, f->tax_id, sizeof f->tax_id);
    *in = (struct address_input){ f->label, f->type, f->attention, f->line1, f->line2, f->city, f->region,
                                  f->postal_code, f->country, f->phone, f->delivery_instructions, f->tax_id };
    return 0;
}

/* The address fields (account/address_fields.tpl) into d: the submitted
 * values after an error, else the given values (NULL: an empty form). */
static void fill_fields(tpl_dict *d, const struct request *req, const struct address_input *values,
                        const struct form_errors *errors, int with_type)
{
    const char *country = "US", *type = "shipping";
    if (errors && errors->count) {
        form_fill_labelled(d, req, address_fields, address_labels, errors);
        country = req_form(req, "country");
        if (with_type) type = req_form(req, "type");
    } else if (values) {
        const char *v[] = { values->label, values->type, values->attention, values->line1, values->line2,
                            values->city, values->region, values->postal_code, values->country, values->phone,
                            values->delivery_instructions, values->tax_id };
        char key[64];
        for (int i = 0; address_fields[i]; i++) {
            form_key(address_fields[i], NULL, key, sizeof key);
            tpl_set(d, key, v[i]);
        }
        country = values->country;
        type = values->type;
    }
    if (with_type) {
        tpl_dict *t = tpl_add_section(d, "TYPE_CHOICE");
        static const char *const types[] = { "shipping", "billing", "both" };
        for (int i = 0; i < 3; i++) {
            tpl_dict *o = tpl_add_section(t, "TYPE_OPTION");
            tpl_set(o, "VALUE", types[i]);
            tpl_set(o, "NAME", type_label(types[i]));
            if (strcmp(types[i], type) == 0) tpl_show(o, "SELECTED");
        }
    }
    for (int i = 0; i < registration_country_count; i++) {
        tpl_dict *o = tpl_add_section(d, "COUNTRY_OPTION");
        tpl_set(o, "CODE", registration_countries[i].code);
        tpl_set(o, "NAME", registration_countries[i].name);
        if (strcmp(registration_countries[i].code, country) == 0) tpl_show(o, "SELECTED");
    }
    tpl_set_int(d, "LABEL_MAX", ADDRESS_LABEL_MAX);
    tpl_set_int(d, "INSTRUCTIONS_MAX", ADDRESS_INSTRUCTIONS_MAX);
}

/* Mail to every recipient inside the open transaction. 0 or -1. */
static int mail_all(const char *type, const struct address_person *to, int n, int64_t company_id,
                    const tpl_dict *values)
{
    for (int i = 0; i < n; i++) {
        struct mail_recipient r = { .address = to[i].email, .name = to[i].name, .user_id = to[i].user_id,
                                    .company_id = company_id };
        char why[200] = "";
        if (mail_enqueue(type, &r, values, why, sizeof why) == MAIL_ERROR) {
            fprintf(stderr, "addresses: %s mail to %s not queued: %s\n", type, to[i].email, why);
            return -1;
        }
    }
    return 0;
}

static int commit_or_rollback(int ok)
{
    if (ok && db_commit() == 0) return 1;
    db_rollback();
    return 0;
}

static void fail(struct request *req)
{
    response_error(req, 500, "The address book could not be changed just now. Please try again in a moment.");
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
    int manager = is_manager(req);

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

    tpl_dict *d = response_page(req, 200, "account/addresses.tpl", "Address book");
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
        tpl_set(o, "NAME", type_label(types[i]));
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
        tpl_set(row, "TYPE", type_label(r->type));
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

/* ---- new / propose ---------------------------------------------------------------- */

static void render_new(struct request *req, int status, const struct form_errors *errors)
{
    const struct session_info *s = &req->session;
    int manager = is_manager(req);
    tpl_dict *d = response_page(req, status, "account/address_form.tpl",
                                manager ? "Add an address" : "Propose a shipping address");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set(d, "COMPANY_NAME", s->company_name);
    if (errors && errors->count) {
        tpl_dict *summary = tpl_add_section(d, "SUMMARY");
        tpl_set_int(summary, "COUNT", errors->count);
    }
    if (manager) {
        tpl_show(d, "MANAGER");
    } else {
        char cs[16];
        enum address_approval seller;
        enum address_approval mode = effective_mode(s->company_id, cs, sizeof cs, &seller);
        tpl_dict *p = tpl_add_section(d, "PROPOSAL");
        tpl_set(p, "MODE_SENTENCE", mode_sentence(mode));
        tpl_show(p, mode == ADDRESS_APPROVAL_OPEN ? "MODE_OPEN" : "MODE_PENDING");
    }
    if (s->viewing_as_customer) tpl_show(d, "READ_ONLY");
    tpl_dict *fields = tpl_include(d, "FIELDS", "account/address_fields.tpl");
    fill_fields(fields, req, NULL, errors, manager);
}

void page_address_new(struct request *req)
{
    render_new(req, 200, NULL);
}

static void set_mail_address(tpl_dict *v, const struct address_input *in, const char *company)
{
    char compact[1200];
    address_compact(in, compact, sizeof compact);
    tpl_set(v, "COMPANY_NAME", company);
    tpl_set(v, "ADDRESS_LABEL", in->label);
    tpl_set(v, "ADDRESS_TEXT", compact);
}

void page_address_create(struct request *req)
{
    static struct address_person to[RECIPIENTS_MAX];
    const struct session_info *s = &req->session;
    int manager = is_manager(req);
    struct form_errors errors = { 0 };
    static struct address_form f;
    struct address_input in;
    if (read_address_form(req, manager ? NULL : "shipping", &f, &in, &errors) != 0) {
        render_new(req, 422, &errors);
        return;
    }

    char cs[16];
    enum address_approval seller;
    enum address_approval mode = manager ? ADDRESS_APPROVAL_OPEN : effective_mode(s->company_id, cs, sizeof cs, &seller);
    const char *status = mode == ADDRESS_APPROVAL_OPEN ? "active" : "pending";
    const char *pending_with = mode == ADDRESS_APPROVAL_COMPANY ? "company" : mode == ADDRESS_APPROVAL_SELLER ? "seller" : "";

    char compact[1200];
    address_compact(&in, compact, sizeof compact);
    const struct audit_change changes[] = {
        { "Label", "", in.label }, { "Type", "", type_label(in.type) }, { "Address", "", compact },
        { "Status", "", manager ? "Active" : mode == ADDRESS_APPROVAL_OPEN ? "Active" : "Pending" },
    };

    int64_t id = 0;
    int ok = db_begin() == 0;
    ok = ok && store_address_create(s->company_id, &in, status, pending_with, manager ? 0 : s->user_id,
                                    clock_now(), &id) == 0;
    ok = ok && audit_record(&req->actor, s->company_id, manager ? "address.created" : "address.proposed", in.label,
                            changes, 4) == 0;
    if (ok && mode != ADDRESS_APPROVAL_OPEN) {
        int n = mode == ADDRESS_APPROVAL_COMPANY ? store_address_approvers(s->company_id, to, RECIPIENTS_MAX)
                                                 : store_address_staff_admins(to, RECIPIENTS_MAX);
        tpl_dict *v = tpl_dict_new();
        set_mail_address(v, &in, s->company_name);
        tpl_set(v, "PROPOSER_NAME", s->user_name);
        tpl_set(v, "PROPOSER_EMAIL", s->email);
        char path[64];
        snprintf(path, sizeof path, mode == ADDRESS_APPROVAL_COMPANY ? "/account/addresses/%lld" : "/backoffice/addresses/%lld",
                 (long long)id);
        tpl_set(v, "REVIEW_PATH", path);
        if (mode == ADDRESS_APPROVAL_SELLER) tpl_show(v, "FOR_SELLER");
        ok = n >= 0 && mail_all("address_proposed", to, n, s->company_id, v) == 0;
        tpl_dict_free(v);
    }
    if (!commit_or_rollback(ok)) {
        fail(req);
        return;
    }
    char location[64];
    snprintf(location, sizeof location, "/account/addresses/%lld", (long long)id);
    if (manager) flash_set(req, "success", "The address was added.");
    else if (mode == ADDRESS_APPROVAL_OPEN) flash_set(req, "success", "Thank you. The address can be used right away.");
    else if (mode == ADDRESS_APPROVAL_COMPANY)
        flash_set(req, "success", "Thank you. Your proposal waits for a company administrator's approval; you will hear by email.");
    else flash_set(req, "success", "Thank you. Your proposal waits for our staff's approval; you will hear by email.");
    response_redirect(req, location);
}

/* ---- one address ------------------------------------------------------------------- */

enum which_form { FORM_NONE, FORM_EDIT, FORM_REJECT, FORM_CHANGE, FORM_RESTRICT };

static void fill_restrictions(tpl_dict *d, const struct request *req, const struct address_row *r)
{
    static struct unit_row units[UNITS_MAX];
    static struct unit_node nodes[UNITS_MAX];
    static int order[UNITS_MAX], depth[UNITS_MAX];
    static struct unit_member members[MEMBERS_MAX];
    static struct address_restriction current[ADDRESS_RESTRICTIONS_MAX];
    const struct session_info *s = &req->session;
    int nu = store_units_of_company(s->company_id, units, UNITS_MAX);
    int nm = store_unit_member_choices(s->company_id, members, MEMBERS_MAX);
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

static void render_address(struct request *req, int status, const struct address_row *r, enum which_form which,
                           const struct form_errors *errors, const char *problem)
{
    const struct session_info *s = &req->session;
    int manager = is_manager(req) && !s->viewing_as_customer;
    int active = strcmp(r->status, "active") == 0;
    int pending = strcmp(r->status, "pending") == 0;
    int retired = strcmp(r->status, "retired") == 0;
    tpl_dict *d = response_page(req, status, "account/address.tpl", r->label);
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set_int(d, "ID", r->id);
    tpl_set(d, "V_LABEL", r->label);
    tpl_set(d, "V_TYPE", type_label(r->type));
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
        form_fill(dec, req, reason_fields, which == FORM_REJECT ? errors : NULL);
        if (which != FORM_REJECT) tpl_set(dec, "REASON", "");
    }

    if (!retired) {
        if (r->erp_address_id[0]) {
            tpl_dict *cr = tpl_add_section(d, "CHANGE_FORM");
            tpl_set_int(cr, "MESSAGE_MAX", ADDRESS_MESSAGE_MAX);
            form_fill(cr, req, message_fields, which == FORM_CHANGE ? errors : NULL);
            if (which != FORM_CHANGE) tpl_set(cr, "MESSAGE", "");
        } else {
            tpl_dict *ef = tpl_add_section(d, "EDIT_FORM");
            tpl_dict *fields = tpl_include(ef, "FIELDS", "account/address_fields.tpl");
            struct address_input in;
            input_of_row(r, &in);
            fill_fields(fields, req, &in, which == FORM_EDIT ? errors : NULL, 1);
        }
        fill_restrictions(d, req, r);
        if (which == FORM_RESTRICT && errors && errors->count)
            tpl_set(tpl_add_section(d, "RESTRICT_ERROR"), "TEXT", errors->items[0].message);
        tpl_show(d, "CAN_RETIRE");
    }
}

void page_address(struct request *req)
{
    static struct address_row row;
    int64_t id;
    int rc = route_id(req, &id) ? load_visible(req, id, &row) : 0;
    if (rc < 0) {
        response_error(req, 500, "The address cannot be shown just now. Please try again in a moment.");
        return;
    }
    if (rc == 0) {
        response_error(req, 404, "There is no such address in your company's address book.");
        return;
    }
    render_address(req, 200, &row, FORM_NONE, NULL, NULL);
}

/* For the POSTs that need "manage addresses" (checked by the route table):
 * the company's address or a 404. */
static int load_for_change(struct request *req, struct address_row *row)
{
    int64_t id;
    int rc = route_id(req, &id) ? store_address_get(req->session.company_id, req->session.user_id, id, row) : 0;
    if (rc < 0) fail(req);
    else if (rc == 0) response_error(req, 404, "There is no such address in your company's address book.");
    return rc == 1;
}

static void redirect_to(struct request *req, int64_t id, const char *kind, const char *text)
{
    char location[64];
    snprintf(location, sizeof location, "/account/addresses/%lld", (long long)id);
    flash_set(req, kind, text);
    response_redirect(req, location);
}

void page_address_update(struct request *req)
{
    static struct address_row row;
    static struct address_form f;
    if (!load_for_change(req, &row)) return;
    if (row.erp_address_id[0]) {
        render_address(req, 409, &row, FORM_NONE, NULL,
                       "This address comes from our ERP and cannot be edited here. Request a change instead.");
        return;
    }
    if (strcmp(row.status, "retired") == 0) {
        render_address(req, 409, &row, FORM_NONE, NULL, "This address is retired and can no longer be changed.");
        return;
    }
    struct form_errors errors = { 0 };
    struct address_input in;
    if (read_address_form(req, NULL, &f, &in, &errors) != 0) {
        render_address(req, 422, &row, FORM_EDIT, &errors, NULL);
        return;
    }
    /* A company default must stay of a fitting type. */
    if ((row.default_billing && !address_type_fits(in.type, "billing")) ||
        (row.default_shipping && !address_type_fits(in.type, "shipping"))) {
        form_error(&errors, "type", "This is the company's default for the other kind; choose another default first.");
        render_address(req, 422, &row, FORM_EDIT, &errors, NULL);
        return;
    }
    struct address_input old;
    input_of_row(&row, &old);
    char before[1200], after[1200];
    address_compact(&old, before, sizeof before);
    address_compact(&in, after, sizeof after);
    struct audit_change changes[8];
    size_t nc = 0;
    if (strcmp(old.label, in.label) != 0) changes[nc++] = (struct audit_change){ "Label", old.label, in.label };
    if (strcmp(old.type, in.type) != 0)
        changes[nc++] = (struct audit_change){ "Type", type_label(old.type), type_label(in.type) };
    if (strcmp(old.attention, in.attention) != 0)
        changes[nc++] = (struct audit_change){ "Attention", old.attention, in.attention };
    if (strcmp(before, after) != 0) changes[nc++] = (struct audit_change){ "Address", before, after };
    if (strcmp(old.phone, in.phone) != 0) changes[nc++] = (struct audit_change){ "Phone", old.phone, in.phone };
    if (strcmp(old.delivery_instructions, in.delivery_instructions) != 0)
        changes[nc++] = (struct audit_change){ "Delivery instructions", old.delivery_instructions,
                                               in.delivery_instructions };
    if (strcmp(old.tax_id, in.tax_id) != 0) changes[nc++] = (struct audit_change){ "Tax ID", old.tax_id, in.tax_id };
    if (nc == 0) {
        redirect_to(req, row.id, "info", "Nothing changed.");
        return;
    }
    int ok = db_begin() == 0;
    int rc = ok ? store_address_update(req->session.company_id, row.id, &in, clock_now()) : -1;
    ok = rc == 1 && audit_record(&req->actor, req->session.company_id, "address.updated", in.label, changes, nc) == 0;
    if (!commit_or_rollback(ok)) {
        if (rc == 0) render_address(req, 409, &row, FORM_NONE, NULL, "This address was changed meanwhile. Please try again.");
        else fail(req);
        return;
    }
    redirect_to(req, row.id, "success", "The address was saved.");
}

void page_address_retire(struct request *req)
{
    static struct address_row row;
    if (!load_for_change(req, &row)) return;
    if (strcmp(row.status, "retired") == 0) {
        render_address(req, 409, &row, FORM_NONE, NULL, "This address is retired already.");
        return;
    }
    const struct audit_change changes[] = { { "Status", strcmp(row.status, "pending") == 0 ? "Pending" : "Active", "Retired" } };
    int ok = db_begin() == 0;
    int rc = ok ? store_address_retire(req->session.company_id, row.id, clock_now()) : -1;
    ok = rc == 1 && audit_record(&req->actor, req->session.company_id, "address.retired", row.label, changes, 1) == 0;
    if (!commit_or_rollback(ok)) {
        if (rc == 0) render_address(req, 409, &row, FORM_NONE, NULL, "This address is retired already.");
        else fail(req);
        return;
    }
    redirect_to(req, row.id, "success", "The address was retired. Orders placed with it keep it as it was.");
}

/* Every value of a repeated form field that is an id, into out. Returns
 * how many, or -1 for a value that is not an id or too many. */
static int form_ids(const struct request *req, const char *name, int64_t *out, int max)
{
    int n = 0;
    for (size_t i = 0; i < req->form.count; i++) {
        if (strcmp(req->form.items[i].name, name) != 0) continue;
        int64_t id;
        if (!parse_id(req->form.items[i].value, &id) || n == max) return -1;
        int dup = 0;
        for (int k = 0; k < n; k++) dup |= out[k] == id;
        if (!dup) out[n++] = id;
    }
    return n;
}

void page_address_restrictions(struct request *req)
{
    static struct address_row row;
    static struct unit_row units[UNITS_MAX];
    static struct unit_member members[MEMBERS_MAX];
    static int64_t unit_ids[ADDRESS_RESTRICTIONS_MAX], user_ids[ADDRESS_RESTRICTIONS_MAX];
    if (!load_for_change(req, &row)) return;
    if (strcmp(row.status, "retired") == 0) {
        render_address(req, 409, &row, FORM_NONE, NULL, "This address is retired and can no longer be changed.");
        return;
    }
    const struct session_info *s = &req->session;
    int n_units = form_ids(req, "unit", unit_ids, ADDRESS_RESTRICTIONS_MAX);
    int n_users = form_ids(req, "user", user_ids, ADDRESS_RESTRICTIONS_MAX);
    int nu = store_units_of_company(s->company_id, units, UNITS_MAX);
    int nm = store_unit_member_choices(s->company_id, members, MEMBERS_MAX);
    if (nu < 0 || nm < 0) {
        fail(req);
        return;
    }
    int valid = n_units >= 0 && n_users >= 0;
    for (int i = 0; valid && i < n_units; i++) {
        int found = 0;
        for (int k = 0; k < nu; k++) found |= units[k].id == unit_ids[i];
        valid = found;
    }
    for (int i = 0; valid && i < n_users; i++) {
        int found = 0;
        for (int k = 0; k < nm; k++) found |= members[k].user_id == user_ids[i];
        valid = found;
    }
    if (!valid) {
        struct form_errors errors = { 0 };
        form_error(&errors, "restrictions", "Choose business units and members of your company from the list.");
        render_address(req, 422, &row, FORM_RESTRICT, &errors, NULL);
        return;
    }
    /* The names after the change, for the audit log. */
    char after[512] = "";
    size_t used = 0;
    for (int i = 0; i < n_units; i++)
        for (int k = 0; k < nu; k++)
            if (units[k].id == unit_ids[i] && used < sizeof after)
                used += (size_t)snprintf(after + used, sizeof after - used, "%s%s", used ? ", " : "", units[k].name);
    for (int i = 0; i < n_users; i++)
        for (int k = 0; k < nm; k++)
            if (members[k].user_id == user_ids[i] && used < sizeof after)
                used += (size_t)snprintf(after + used, sizeof after - used, "%s%s", used ? ", " : "", members[k].name);
    const struct audit_change changes[] = {
        { "Restricted to", row.restricted_to[0] ? row.restricted_to : "Everyone", after[0] ? after : "Everyone" },
    };
    int ok = db_begin() == 0;
    ok = ok && store_address_set_restrictions(s->company_id, row.id, unit_ids, n_units, user_ids, n_users) == 0;
    ok = ok && audit_record(&req->actor, s->company_id, "address.restricted", row.label, changes, 1) == 0;
    if (!commit_or_rollback(ok)) {
        fail(req);
        return;
    }
    redirect_to(req, row.id, "success", after[0] ? "Who may use the address was saved." : "Everyone in the company may now use the address.");
}

void page_address_company_default(struct request *req)
{
    static struct address_row row;
    if (!load_for_change(req, &row)) return;
    const char *kind = req_form(req, "kind");
    if (!address_kind_valid(kind)) {
        render_address(req, 422, &row, FORM_NONE, NULL, "Choose billing or shipping.");
        return;
    }
    if (strcmp(row.status, "active") != 0 || !address_type_fits(row.type, kind)) {
        render_address(req, 409, &row, FORM_NONE, NULL,
                       "Only an active address of a fitting type can be the company's default.");
        return;
    }
    int billing = strcmp(kind, "billing") == 0;
    const struct audit_change changes[] = { { billing ? "Company default billing" : "Company default shipping", "", row.label } };
    int ok = db_begin() == 0;
    ok = ok && store_address_set_company_default(req->session.company_id, row.id, kind) == 0;
    ok = ok && audit_record(&req->actor, req->session.company_id, "address.default_set", row.label, changes, 1) == 0;
    if (!commit_or_rollback(ok)) {
        fail(req);
        return;
    }
    redirect_to(req, row.id, "success", billing ? "This is now the company's default billing address."
                                                : "This is now the company's default shipping address.");
}

void page_address_my_default(struct request *req)
{
    static struct address_row row;
    const struct session_info *s = &req->session;
    int64_t id;
    /* Only an address this member may use: anything else is a 404. */
    int rc = route_id(req, &id) ? store_address_usable(s->company_id, s->user_id, id) : 0;
    if (rc == 1) rc = store_address_get(s->company_id, s->user_id, id, &row);
    if (rc < 0) {
        fail(req);
        return;
    }
    if (rc == 0) {
        response_error(req, 404, "There is no such address among those you may use.");
        return;
    }
    const char *kind = req_form(req, "kind");
    if (!address_kind_valid(kind)) {
        render_address(req, 422, &row, FORM_NONE, NULL, "Choose billing or shipping.");
        return;
    }
    if (!address_type_fits(row.type, kind)) {
        render_address(req, 409, &row, FORM_NONE, NULL, "This address cannot be used for that.");
        return;
    }
    int billing = strcmp(kind, "billing") == 0;
    const struct audit_change changes[] = { { billing ? "My default billing" : "My default shipping", "", row.label } };
    int ok = db_begin() == 0;
    ok = ok && store_address_set_my_default(s->company_id, s->user_id, kind, row.id) == 0;
    ok = ok && audit_record(&req->actor, s->company_id, "address.default_set", row.label, changes, 1) == 0;
    if (!commit_or_rollback(ok)) {
        fail(req);
        return;
    }
    redirect_to(req, row.id, "success", billing ? "This is now your default billing address."
                                                : "This is now your default shipping address.");
}

static void decide(struct request *req, int approve)
{
    static struct address_row row;
    static char reason[ADDRESS_REASON_MAX * 4 + 1];
    const struct session_info *s = &req->session;
    if (!load_for_change(req, &row)) return;
    if (strcmp(row.status, "pending") != 0 || strcmp(row.pending_with, "company") != 0) {
        render_address(req, 409, &row, FORM_NONE, NULL, "This address is not waiting for your company's decision.");
        return;
    }
    reason[0] = '\0';
    if (!approve) {
        struct form_errors errors = { 0 };
        const char *raw = req_form(req, "reason");
        if (!form_error(&errors, "reason", validate_multiline(raw, ADDRESS_REASON_MAX, 1))) {
            normalise_multiline(raw, reason, sizeof reason);
            if (!reason[0]) form_error(&errors, "reason", "This field is required.");
        }
        if (errors.count) {
            if (strcmp(errors.items[0].message, "This is too long.") == 0)
                errors.items[0].message = "Keep it to 500 characters or fewer.";
            render_address(req, 422, &row, FORM_REJECT, &errors, NULL);
            return;
        }
    }
    struct address_person proposer;
    int has_proposer = row.proposed_by ? store_address_person(row.proposed_by, &proposer) : 0;
    struct audit_change changes[2] = { { "Status", "Pending", approve ? "Active" : "Rejected" } };
    size_t nc = 1;
    if (!approve) changes[nc++] = (struct audit_change){ "Reason", "", reason };

    int ok = db_begin() == 0;
    int rc = ok ? store_address_decide(s->company_id, row.id, approve, s->user_id, reason, clock_now()) : -1;
    ok = rc == 1 && audit_record(&req->actor, s->company_id, approve ? "address.approved" : "address.rejected", row.label,
                                 changes, nc) == 0;
    /* Orders placed with this address as a new ship-to go on (or are rejected) with it. */
    ok = ok && orders_address_decided(&req->actor, s->company_id, row.id, approve) >= 0;
    if (ok && has_proposer == 1) {
        tpl_dict *v = tpl_dict_new();
        struct address_input in;
        input_of_row(&row, &in);
        set_mail_address(v, &in, s->company_name);
        tpl_set(v, "DECISION", approve ? "approved" : "rejected");
        char path[64];
        snprintf(path, sizeof path, "/account/addresses/%lld", (long long)row.id);
        tpl_set(v, "ADDRESS_PATH", path);
        if (approve) tpl_show(v, "APPROVED");
        else tpl_set(tpl_add_section(v, "REJECTED"), "REASON", reason);
        ok = mail_all("address_decided", &proposer, 1, s->company_id, v) == 0;
        tpl_dict_free(v);
    }
    if (!commit_or_rollback(ok)) {
        if (rc == 0) render_address(req, 409, &row, FORM_NONE, NULL, "This address was decided meanwhile.");
        else fail(req);
        return;
    }
    redirect_to(req, row.id, "success", approve ? "The address was approved and can be used now."
                                                : "The proposal was rejected; the proposer is told why.");
}

void page_address_approve(struct request *req)
{
    decide(req, 1);
}

void page_address_reject(struct request *req)
{
    decide(req, 0);
}

void page_address_change_request(struct request *req)
{
    static struct address_row row;
    static struct person to[RECIPIENTS_MAX];
    static struct address_person people[RECIPIENTS_MAX];
    static char message[ADDRESS_MESSAGE_MAX * 4 + 1];
    const struct session_info *s = &req->session;
    if (!load_for_change(req, &row)) return;
    if (!row.erp_address_id[0]) {
        render_address(req, 409, &row, FORM_NONE, NULL, "This address is not from our ERP; edit it directly.");
        return;
    }
    struct form_errors errors = { 0 };
    const char *raw = req_form(req, "message");
    if (!form_error(&errors, "message", validate_multiline(raw, ADDRESS_MESSAGE_MAX, 1))) {
        normalise_multiline(raw, message, sizeof message);
        if (!message[0]) form_error(&errors, "message", "This field is required.");
    }
    if (errors.count) {
        if (strcmp(errors.items[0].message, "This is too long.") == 0)
            errors.items[0].message = "Keep it to 2,000 characters or fewer.";
        render_address(req, 422, &row, FORM_CHANGE, &errors, NULL);
        return;
    }
    const struct audit_change changes[] = { { "Request", "", message } };
    int ok = db_begin() == 0;
    ok = ok && store_address_change_request_add(s->company_id, row.id, s->user_id, message, clock_now()) > 0;
    ok = ok && audit_record(&req->actor, s->company_id, "address.change_requested", row.label, changes, 1) == 0;
    int n = ok ? store_change_request_recipients(s->company_id, to, RECIPIENTS_MAX) : -1;
    if (n >= 0) {
        for (int i = 0; i < n; i++) {
            people[i].user_id = to[i].user_id;
            snprintf(people[i].name, sizeof people[i].name, "%s", to[i].name);
            snprintf(people[i].email, sizeof people[i].email, "%s", to[i].email);
        }
        tpl_dict *v = tpl_dict_new();
        struct address_input in;
        input_of_row(&row, &in);
        set_mail_address(v, &in, s->company_name);
        tpl_set(v, "ERP_ADDRESS_ID", row.erp_address_id);
        tpl_set(v, "MEMBER_NAME", s->user_name);
        tpl_set(v, "MEMBER_EMAIL", s->email);
        tpl_set(v, "MESSAGE", message);
        ok = mail_all("address_change_request", people, n, s->company_id, v) == 0;
        tpl_dict_free(v);
    } else {
        ok = 0;
    }
    if (!commit_or_rollback(ok)) {
        fail(req);
        return;
    }
    redirect_to(req, row.id, "success", "Thank you. Your change request was sent; we will update the address and let you know.");
}

/* ---- settings ---------------------------------------------------------------------- */

static void render_settings(struct request *req, int status, const char *problem)
{
    const struct session_info *s = &req->session;
    char cs[16];
    enum address_approval seller;
    enum address_approval mode = effective_mode(s->company_id, cs, sizeof cs, &seller);
    tpl_dict *d = response_page(req, status, "account/address_settings.tpl", "Address approval");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set(d, "COMPANY_NAME", s->company_name);
    tpl_set(d, "SELLER_SENTENCE", mode_sentence(seller));
    tpl_set(d, "EFFECTIVE_SENTENCE", mode_sentence(mode));
    if (problem) tpl_set(tpl_add_section(d, "PROBLEM"), "TEXT", problem);
    if (s->viewing_as_customer) tpl_show(d, "READ_ONLY");
    static const char *const values[] = { "", "open", "company", "seller" };
    static const char *const names[] = {
        "Follow the seller's default", "Usable at once", "A company administrator approves",
        "The seller's staff approve",
    };
    for (int i = 0; i < 4; i++) {
        tpl_dict *o = tpl_add_section(d, "MODE");
        tpl_set(o, "VALUE", values[i]);
        tpl_set(o, "NAME", names[i]);
        tpl_set(o, "KEY", values[i][0] ? values[i] : "default");
        if (strcmp(cs, values[i]) == 0) tpl_show(o, "CHECKED");
    }
}

void page_address_settings(struct request *req)
{
    render_settings(req, 200, NULL);
}

void page_address_settings_save(struct request *req)
{
    const struct session_info *s = &req->session;
    const char *mode = req_form(req, "mode");
    enum address_approval parsed;
    if (mode[0] && address_approval_parse(mode, &parsed) != 0) {
        render_settings(req, 422, "Choose one of the options.");
        return;
    }
    char before[16] = "";
    if (store_address_approval_get(s->company_id, before, sizeof before) != 1) {
        fail(req);
        return;
    }
    if (strcmp(before, mode) == 0) {
        flash_set(req, "info", "Nothing changed.");
        response_redirect(req, "/account/addresses/settings");
        return;
    }
    const struct audit_change changes[] = { { "Approval", before[0] ? before : "seller default", mode[0] ? mode : "seller default" } };
    int ok = db_begin() == 0;
    ok = ok && store_address_approval_set(s->company_id, mode) == 0;
    ok = ok && audit_record(&req->actor, s->company_id, "address.approval_mode_changed", s->company_name, changes, 1) == 0;
    if (!commit_or_rollback(ok)) {
        fail(req);
        return;
    }
    flash_set(req, "success", "The approval setting was saved.");
    response_redirect(req, "/account/addresses/settings");
}
