/* The address book pages' small shared helpers (see address_book.h):
 * who manages, reading an address from the URL, how a type and the
 * approval mode read, mail to a list of people, and ending a write. */
#include "addresses/address_book.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"
#include "base/permissions.h"
#include "base/settings.h"
#include "base/validate.h"
#include "web/form.h"
#include "mail/mail.h"
#include "web/response.h"

int book_is_manager(const struct request *req)
{
    return (req->session.permissions & PERM_MANAGE_ADDRESSES) != 0;
}

int book_route_id(const struct request *req, int64_t *id)
{
    return req->params.count > 0 && parse_id(req->params.values[0], id);
}

void book_input_of_row(const struct address_row *r, struct address_input *in)
{
    *in = (struct address_input){ r->label, r->type, r->attention, r->line1, r->line2, r->city, r->region,
                                  r->postal_code, r->country, r->phone, r->delivery_instructions, r->tax_id };
}

const char *book_type_label(const char *type)
{
    if (strcmp(type, "billing") == 0) return "Billing";
    if (strcmp(type, "shipping") == 0) return "Shipping";
    return "Billing and shipping";
}

enum address_approval book_effective_mode(int64_t company_id, char *company_setting, size_t cs_size,
                                          enum address_approval *seller_mode)
{
    char seller[32];
    company_setting[0] = '\0';
    store_address_approval_get(company_id, company_setting, cs_size);
    settings_get("address_approval_default", "company", seller, sizeof seller);
    *seller_mode = address_approval_effective("", seller);
    return address_approval_effective(company_setting, seller);
}

const char *book_mode_sentence(enum address_approval mode)
{
    switch (mode) {
    case ADDRESS_APPROVAL_OPEN: return "Proposed addresses can be used at once.";
    case ADDRESS_APPROVAL_SELLER: return "Proposed addresses wait until our staff approve them.";
    case ADDRESS_APPROVAL_COMPANY: break;
    }
    return "Proposed addresses wait until a company administrator approves them.";
}

int book_mail_all(const char *type, const struct address_person *to, int n, int64_t company_id,
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

void book_fail(struct request *req)
{
    response_error(req, 500, "The address book could not be changed just now. Please try again in a moment.");
}

void book_set_mail_address(tpl_dict *v, const struct address_input *in, const char *company)
{
    char compact[1200];
    address_compact(in, compact, sizeof compact);
    tpl_set(v, "COMPANY_NAME", company);
    tpl_set(v, "ADDRESS_LABEL", in->label);
    tpl_set(v, "ADDRESS_TEXT", compact);
}

int book_load_for_change(struct request *req, struct address_row *row)
{
    int64_t id;
    int rc = book_route_id(req, &id) ? store_address_get(req->session.company_id, req->session.user_id, id, row) : 0;
    if (rc < 0) book_fail(req);
    else if (rc == 0) response_error(req, 404, "There is no such address in your company's address book.");
    return rc == 1;
}

void book_redirect_to(struct request *req, int64_t id, const char *kind, const char *text)
{
    char location[64];
    snprintf(location, sizeof location, "/account/addresses/%lld", (long long)id);
    flash_set(req, kind, text);
    response_redirect(req, location);
}
