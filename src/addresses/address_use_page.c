/* Who may use an address, and for what: restricting it to business
 * units and members, making it the company's or the member's own default
 * billing or shipping address, and retiring it (no new order can use it;
 * orders placed with it keep it as it was). */
#include "addresses/pages.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "addresses/address_book.h"
#include "addresses/address_rules.h"
#include "audit/audit.h"
#include "base/db.h"
#include "web/form.h"
#include "web/response.h"
#include "addresses/addresses_store.h"
#include "team/units_store.h"

void page_address_retire(struct request *req)
{
    static struct address_row row;
    if (!book_load_for_change(req, &row)) return;
    if (strcmp(row.status, "retired") == 0) {
        book_render_address(req, 409, &row, BOOK_FORM_NONE, NULL, "This address is retired already.");
        return;
    }
    const struct audit_change changes[] = { { "Status", strcmp(row.status, "pending") == 0 ? "Pending" : "Active", "Retired" } };
    int ok = db_begin() == 0;
    int rc = ok ? store_address_retire(req->session.company_id, row.id, clock_now()) : -1;
    ok = rc == 1 && audit_record(&req->actor, req->session.company_id, "address.retired", row.label, changes, 1) == 0;
    if (!db_finish(ok, "addresses: change")) {
        if (rc == 0) book_render_address(req, 409, &row, BOOK_FORM_NONE, NULL, "This address is retired already.");
        else book_fail(req);
        return;
    }
    book_redirect_to(req, row.id, "success", "The address was retired. Orders placed with it keep it as it was.");
}

static const struct field restriction_fields[] = {
    { "unit", "Business units", FIELD_IDS, 0, 0, 0, NULL, NULL, NULL },
    { "user", "Members", FIELD_IDS, 0, 0, 0, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_address_restrictions = { "address_restrictions", restriction_fields };

static const struct field kind_fields[] = {
    { "kind", "Default for", FIELD_ENUM, 1, 0, 0, address_kinds, "Choose billing or shipping.",
      "Choose billing or shipping." },
    { NULL },
};
const struct form_spec form_address_default = { "address_default", kind_fields };

/* The ids of a repeated field, each once, into out. Returns how many, or
 * -1 when there are more than max. */
static int distinct_ids(const struct request *req, const char *name, int64_t *out, int max)
{
    int n = 0, sent;
    const int64_t *ids = field_ids(req, name, &sent);
    for (int i = 0; i < sent; i++) {
        int dup = 0;
        for (int k = 0; k < n; k++) dup |= out[k] == ids[i];
        if (dup) continue;
        if (n == max) return -1;
        out[n++] = ids[i];
    }
    return n;
}

void page_address_restrictions(struct request *req)
{
    static struct address_row row;
    static struct unit_row units[UNITS_MAX];
    static struct unit_member members[BOOK_MEMBERS_MAX];
    static int64_t unit_ids[ADDRESS_RESTRICTIONS_MAX], user_ids[ADDRESS_RESTRICTIONS_MAX];
    if (!book_load_for_change(req, &row)) return;
    if (strcmp(row.status, "retired") == 0) {
        book_render_address(req, 409, &row, BOOK_FORM_NONE, NULL, "This address is retired and can no longer be changed.");
        return;
    }
    const struct session_info *s = &req->session;
    int n_units = distinct_ids(req, "unit", unit_ids, ADDRESS_RESTRICTIONS_MAX);
    int n_users = distinct_ids(req, "user", user_ids, ADDRESS_RESTRICTIONS_MAX);
    int nu = store_units_of_company(s->company_id, units, UNITS_MAX);
    int nm = store_unit_member_choices(s->company_id, members, BOOK_MEMBERS_MAX);
    if (nu < 0 || nm < 0) {
        book_fail(req);
        return;
    }
    int valid = !field_errors(req)->count && n_units >= 0 && n_users >= 0;
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
        book_render_address(req, 422, &row, BOOK_FORM_RESTRICT, &errors, NULL);
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
    if (!db_finish(ok, "addresses: change")) {
        book_fail(req);
        return;
    }
    book_redirect_to(req, row.id, "success", after[0] ? "Who may use the address was saved." : "Everyone in the company may now use the address.");
}

/* The kind of default the form chose, or NULL after answering 422. */
static const char *chosen_kind(struct request *req, const struct address_row *row)
{
    if (!field_errors(req)->count) return field_text(req, "kind");
    book_render_address(req, 422, row, BOOK_FORM_NONE, NULL, field_errors(req)->items[0].message);
    return NULL;
}

void page_address_company_default(struct request *req)
{
    static struct address_row row;
    if (!book_load_for_change(req, &row)) return;
    const char *kind = chosen_kind(req, &row);
    if (!kind) return;
    if (strcmp(row.status, "active") != 0 || !address_type_fits(row.type, kind)) {
        book_render_address(req, 409, &row, BOOK_FORM_NONE, NULL,
                            "Only an active address of a fitting type can be the company's default.");
        return;
    }
    int billing = strcmp(kind, "billing") == 0;
    const struct audit_change changes[] = { { billing ? "Company default billing" : "Company default shipping", "", row.label } };
    int ok = db_begin() == 0;
    ok = ok && store_address_set_company_default(req->session.company_id, row.id, kind) == 0;
    ok = ok && audit_record(&req->actor, req->session.company_id, "address.default_set", row.label, changes, 1) == 0;
    if (!db_finish(ok, "addresses: change")) {
        book_fail(req);
        return;
    }
    book_redirect_to(req, row.id, "success", billing ? "This is now the company's default billing address."
                                                     : "This is now the company's default shipping address.");
}

void page_address_my_default(struct request *req)
{
    static struct address_row row;
    const struct session_info *s = &req->session;
    int64_t id;
    /* Only an address this member may use: anything else is a 404. */
    int rc = book_route_id(req, &id) ? store_address_usable(s->company_id, s->user_id, id) : 0;
    if (rc == 1) rc = store_address_get(s->company_id, s->user_id, id, &row);
    if (rc < 0) {
        book_fail(req);
        return;
    }
    if (rc == 0) {
        response_error(req, 404, "There is no such address among those you may use.");
        return;
    }
    const char *kind = chosen_kind(req, &row);
    if (!kind) return;
    if (!address_type_fits(row.type, kind)) {
        book_render_address(req, 409, &row, BOOK_FORM_NONE, NULL, "This address cannot be used for that.");
        return;
    }
    int billing = strcmp(kind, "billing") == 0;
    const struct audit_change changes[] = { { billing ? "My default billing" : "My default shipping", "", row.label } };
    int ok = db_begin() == 0;
    ok = ok && store_address_set_my_default(s->company_id, s->user_id, kind, row.id) == 0;
    ok = ok && audit_record(&req->actor, s->company_id, "address.default_set", row.label, changes, 1) == 0;
    if (!db_finish(ok, "addresses: change")) {
        book_fail(req);
        return;
    }
    book_redirect_to(req, row.id, "success", billing ? "This is now your default billing address."
                                                     : "This is now your default shipping address.");
}
