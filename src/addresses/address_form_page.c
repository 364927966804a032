/* The address form: adding an address (a manager) or proposing a
 * shipping address (any other member, waiting for approval as the
 * company's mode says), and editing one that did not come from the ERP.
 * Reading the submitted fields and rendering them back with their errors
 * are here too; the page of one address shows the edit form with
 * book_fill_fields. */
#include "addresses/pages.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "addresses/address_book.h"
#include "addresses/address_rules.h"
#include "audit/audit.h"
#include "base/db.h"
#include "web/form.h"
#include "accounts/registration.h"
#include "web/response.h"
#include "addresses/addresses_store.h"
#include "addresses/address_form.h"

/* The address fields (addresses/address_fields.tpl) into d: the submitted
 * values after an error, else the given values (NULL: an empty form). */
void book_fill_fields(tpl_dict *d, const struct request *req, const struct address_input *values,
                      const struct form_errors *errors, int with_type)
{
    const char *country = "US", *type = "shipping";
    if (errors && errors->count) {
        form_fill_labelled(d, req, address_fields, address_labels, errors);
        country = field_text(req, "country");
        if (with_type) type = field_text(req, "type");
    } else if (values) {
        const char *v[ADDRESS_FIELD_COUNT];
        address_values(values, v);
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
            tpl_set(o, "NAME", book_type_label(types[i]));
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

/* ---- new / propose ---------------------------------------------------------------- */

static void render_new(struct request *req, int status, const struct form_errors *errors)
{
    const struct session_info *s = &req->session;
    int manager = book_is_manager(req);
    tpl_dict *d = response_page(req, status, "addresses/address_form.tpl",
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
        enum address_approval mode = book_effective_mode(s->company_id, cs, sizeof cs, &seller);
        tpl_dict *p = tpl_add_section(d, "PROPOSAL");
        tpl_set(p, "MODE_SENTENCE", book_mode_sentence(mode));
        tpl_show(p, mode == ADDRESS_APPROVAL_OPEN ? "MODE_OPEN" : "MODE_PENDING");
    }
    if (s->viewing_as_customer) tpl_show(d, "READ_ONLY");
    tpl_dict *fields = tpl_include(d, "FIELDS", "addresses/address_fields.tpl");
    book_fill_fields(fields, req, NULL, errors, manager);
}

void page_address_new(struct request *req)
{
    render_new(req, 200, NULL);
}

void page_address_create(struct request *req)
{
    static struct address_person to[BOOK_RECIPIENTS_MAX];
    const struct session_info *s = &req->session;
    int manager = book_is_manager(req);
    struct form_errors errors = *field_errors(req);
    static struct address_form f;
    struct address_input in;
    if (address_read_form(req, manager ? NULL : "shipping", &f, &in, &errors) != 0) {
        render_new(req, 422, &errors);
        return;
    }

    char cs[16];
    enum address_approval seller;
    enum address_approval mode = manager ? ADDRESS_APPROVAL_OPEN : book_effective_mode(s->company_id, cs, sizeof cs, &seller);
    const char *status = mode == ADDRESS_APPROVAL_OPEN ? "active" : "pending";
    const char *pending_with = mode == ADDRESS_APPROVAL_COMPANY ? "company" : mode == ADDRESS_APPROVAL_SELLER ? "seller" : "";

    char compact[1200];
    address_compact(&in, compact, sizeof compact);
    const struct audit_change changes[] = {
        { "Label", "", in.label }, { "Type", "", book_type_label(in.type) }, { "Address", "", compact },
        { "Status", "", manager ? "Active" : mode == ADDRESS_APPROVAL_OPEN ? "Active" : "Pending" },
    };

    int64_t id = 0;
    int ok = db_begin() == 0;
    ok = ok && store_address_create(s->company_id, &in, status, pending_with, manager ? 0 : s->user_id,
                                    clock_now(), &id) == 0;
    ok = ok && audit_record(&req->actor, s->company_id, manager ? "address.created" : "address.proposed", in.label,
                            changes, 4) == 0;
    if (ok && mode != ADDRESS_APPROVAL_OPEN) {
        int n = mode == ADDRESS_APPROVAL_COMPANY ? store_address_approvers(s->company_id, to, BOOK_RECIPIENTS_MAX)
                                                 : store_address_staff_admins(to, BOOK_RECIPIENTS_MAX);
        tpl_dict *v = tpl_dict_new();
        book_set_mail_address(v, &in, s->company_name);
        tpl_set(v, "PROPOSER_NAME", s->user_name);
        tpl_set(v, "PROPOSER_EMAIL", s->email);
        char path[64];
        snprintf(path, sizeof path, mode == ADDRESS_APPROVAL_COMPANY ? "/account/addresses/%lld" : "/backoffice/addresses/%lld",
                 (long long)id);
        tpl_set(v, "REVIEW_PATH", path);
        if (mode == ADDRESS_APPROVAL_SELLER) tpl_show(v, "FOR_SELLER");
        ok = n >= 0 && book_mail_all("address_proposed", to, n, s->company_id, v) == 0;
        tpl_dict_free(v);
    }
    if (!db_finish(ok, "addresses: change")) {
        book_fail(req);
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

/* ---- edit ------------------------------------------------------------------------- */

void page_address_update(struct request *req)
{
    static struct address_row row;
    static struct address_form f;
    if (!book_load_for_change(req, &row)) return;
    if (row.erp_address_id[0]) {
        book_render_address(req, 409, &row, BOOK_FORM_NONE, NULL,
                            "This address comes from our ERP and cannot be edited here. Request a change instead.");
        return;
    }
    if (strcmp(row.status, "retired") == 0) {
        book_render_address(req, 409, &row, BOOK_FORM_NONE, NULL, "This address is retired and can no longer be changed.");
        return;
    }
    struct form_errors errors = *field_errors(req);
    struct address_input in;
    if (address_read_form(req, NULL, &f, &in, &errors) != 0) {
        book_render_address(req, 422, &row, BOOK_FORM_EDIT, &errors, NULL);
        return;
    }
    /* A company default must stay of a fitting type. */
    if ((row.default_billing && !address_type_fits(in.type, "billing")) ||
        (row.default_shipping && !address_type_fits(in.type, "shipping"))) {
        form_error(&errors, "type", "This is the company's default for the other kind; choose another default first.");
        book_render_address(req, 422, &row, BOOK_FORM_EDIT, &errors, NULL);
        return;
    }
    struct address_input old;
    book_input_of_row(&row, &old);
    char before[1200], after[1200];
    address_compact(&old, before, sizeof before);
    address_compact(&in, after, sizeof after);
    struct audit_change changes[8];
    size_t nc = 0;
    if (strcmp(old.label, in.label) != 0) changes[nc++] = (struct audit_change){ "Label", old.label, in.label };
    if (strcmp(old.type, in.type) != 0)
        changes[nc++] = (struct audit_change){ "Type", book_type_label(old.type), book_type_label(in.type) };
    if (strcmp(old.attention, in.attention) != 0)
        changes[nc++] = (struct audit_change){ "Attention", old.attention, in.attention };
    if (strcmp(before, after) != 0) changes[nc++] = (struct audit_change){ "Address", before, after };
    if (strcmp(old.phone, in.phone) != 0) changes[nc++] = (struct audit_change){ "Phone", old.phone, in.phone };
    if (strcmp(old.delivery_instructions, in.delivery_instructions) != 0)
        changes[nc++] = (struct audit_change){ "Delivery instructions", old.delivery_instructions,
                                               in.delivery_instructions };
    if (strcmp(old.tax_id, in.tax_id) != 0) changes[nc++] = (struct audit_change){ "Tax ID", old.tax_id, in.tax_id };
    if (nc == 0) {
        book_redirect_to(req, row.id, "info", "Nothing changed.");
        return;
    }
    int ok = db_begin() == 0;
    int rc = ok ? store_address_update(req->session.company_id, row.id, &in, clock_now()) : -1;
    ok = rc == 1 && audit_record(&req->actor, req->session.company_id, "address.updated", in.label, changes, nc) == 0;
    if (!db_finish(ok, "addresses: change")) {
        if (rc == 0) book_render_address(req, 409, &row, BOOK_FORM_NONE, NULL, "This address was changed meanwhile. Please try again.");
        else book_fail(req);
        return;
    }
    book_redirect_to(req, row.id, "success", "The address was saved.");
}
