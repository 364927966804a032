/* Approving or rejecting an address a member proposed, when the company
 * decides (the seller's staff decide theirs in the back office). Orders
 * placed with the proposal as their new ship-to go on, or are rejected,
 * with it (orders_address_decided), and the proposer is told by mail. */
#include "addresses/pages.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "addresses/address_book.h"
#include "addresses/address_rules.h"
#include "audit/audit.h"
#include "base/db.h"
#include "web/form.h"
#include "orders/address_wait.h"
#include "web/response.h"
#include "addresses/addresses_store.h"

/* The reason of a rejection, here and in the back office. */
static const struct field reason_fields[] = {
    { "reason", "Reason", FIELD_LINES, 1, 0, ADDRESS_REASON_MAX, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_address_reason = { "address_reason", reason_fields };

static void decide(struct request *req, int approve)
{
    static struct address_row row;
    const struct session_info *s = &req->session;
    if (!book_load_for_change(req, &row)) return;
    if (strcmp(row.status, "pending") != 0 || strcmp(row.pending_with, "company") != 0) {
        book_render_address(req, 409, &row, BOOK_FORM_NONE, NULL, "This address is not waiting for your company's decision.");
        return;
    }
    if (!approve && field_errors(req)->count) {
        book_render_address(req, 422, &row, BOOK_FORM_REJECT, field_errors(req), NULL);
        return;
    }
    const char *reason = approve ? "" : field_text(req, "reason");
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
        book_input_of_row(&row, &in);
        book_set_mail_address(v, &in, s->company_name);
        tpl_set(v, "DECISION", approve ? "approved" : "rejected");
        char path[64];
        snprintf(path, sizeof path, "/account/addresses/%lld", (long long)row.id);
        tpl_set(v, "ADDRESS_PATH", path);
        if (approve) tpl_show(v, "APPROVED");
        else tpl_set(tpl_add_section(v, "REJECTED"), "REASON", reason);
        ok = book_mail_all("address_decided", &proposer, 1, s->company_id, v) == 0;
        tpl_dict_free(v);
    }
    if (!db_finish(ok, "addresses: change")) {
        if (rc == 0) book_render_address(req, 409, &row, BOOK_FORM_NONE, NULL, "This address was decided meanwhile.");
        else book_fail(req);
        return;
    }
    book_redirect_to(req, row.id, "success", approve ? "The address was approved and can be used now."
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
