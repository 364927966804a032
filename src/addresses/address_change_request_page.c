/* A change request for an address that came from the ERP: it cannot be
 * edited here, so the member writes what should change and the seller's
 * staff are mailed; they update it in the ERP and mark the request done
 * in the back office. */
#include "addresses/pages.h"
#include "base/clock.h"

#include <stdio.h>

#include "addresses/address_book.h"
#include "addresses/address_rules.h"
#include "audit/audit.h"
#include "base/db.h"
#include "web/form.h"
#include "web/response.h"
#include "accounts/accounts_store.h"
#include "addresses/addresses_store.h"

static const struct field change_request_fields[] = {
    { "message", "What should change?", FIELD_LINES, 1, 0, ADDRESS_MESSAGE_MAX, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_address_change_request = { "address_change_request", change_request_fields };

void page_address_change_request(struct request *req)
{
    static struct address_row row;
    static struct person to[BOOK_RECIPIENTS_MAX];
    static struct address_person people[BOOK_RECIPIENTS_MAX];
    const struct session_info *s = &req->session;
    if (!book_load_for_change(req, &row)) return;
    if (!row.erp_address_id[0]) {
        book_render_address(req, 409, &row, BOOK_FORM_NONE, NULL, "This address is not from our ERP; edit it directly.");
        return;
    }
    if (field_errors(req)->count) {
        book_render_address(req, 422, &row, BOOK_FORM_CHANGE, field_errors(req), NULL);
        return;
    }
    const char *message = field_text(req, "message");
    const struct audit_change changes[] = { { "Request", "", message } };
    int ok = db_begin() == 0;
    ok = ok && store_address_change_request_add(s->company_id, row.id, s->user_id, message, clock_now()) > 0;
    ok = ok && audit_record(&req->actor, s->company_id, "address.change_requested", row.label, changes, 1) == 0;
    int n = ok ? store_change_request_recipients(s->company_id, to, BOOK_RECIPIENTS_MAX) : -1;
    if (n >= 0) {
        for (int i = 0; i < n; i++) {
            people[i].user_id = to[i].user_id;
            snprintf(people[i].name, sizeof people[i].name, "%s", to[i].name);
            snprintf(people[i].email, sizeof people[i].email, "%s", to[i].email);
        }
        tpl_dict *v = tpl_dict_new();
        struct address_input in;
        book_input_of_row(&row, &in);
        book_set_mail_address(v, &in, s->company_name);
        tpl_set(v, "ERP_ADDRESS_ID", row.erp_address_id);
        tpl_set(v, "MEMBER_NAME", s->user_name);
        tpl_set(v, "MEMBER_EMAIL", s->email);
        tpl_set(v, "MESSAGE", message);
        ok = book_mail_all("address_change_request", people, n, s->company_id, v) == 0;
        tpl_dict_free(v);
    } else {
        ok = 0;
    }
    if (!db_finish(ok, "addresses: change")) {
        book_fail(req);
        return;
    }
    book_redirect_to(req, row.id, "success", "Thank you. Your change request was sent; we will update the address and let you know.");
}
