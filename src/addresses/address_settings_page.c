/* The company's address approval setting (/account/addresses/settings):
 * whether members' proposed addresses can be used at once, wait for a
 * company administrator, wait for the seller's staff, or follow the
 * seller's default. */
#include "addresses/pages.h"

#include <string.h>

#include "addresses/address_book.h"
#include "addresses/address_rules.h"
#include "audit/audit.h"
#include "base/db.h"
#include "web/response.h"
#include "addresses/addresses_store.h"

static void render_settings(struct request *req, int status, const char *problem)
{
    const struct session_info *s = &req->session;
    char cs[16];
    enum address_approval seller;
    enum address_approval mode = book_effective_mode(s->company_id, cs, sizeof cs, &seller);
    tpl_dict *d = response_page(req, status, "addresses/address_settings.tpl", "Address approval");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set(d, "COMPANY_NAME", s->company_name);
    tpl_set(d, "SELLER_SENTENCE", book_mode_sentence(seller));
    tpl_set(d, "EFFECTIVE_SENTENCE", book_mode_sentence(mode));
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

/* The mode, or none: "" follows the seller's default. */
static const struct field settings_fields[] = {
    { "mode", "Address approval", FIELD_ENUM, 0, 0, 0, address_approval_modes, NULL, "Choose one of the options." },
    { NULL },
};
const struct form_spec form_address_settings = { "address_settings", settings_fields };

void page_address_settings_save(struct request *req)
{
    const struct session_info *s = &req->session;
    if (field_errors(req)->count) {
        render_settings(req, 422, field_errors(req)->items[0].message);
        return;
    }
    const char *mode = field_text(req, "mode");
    char before[16] = "";
    if (store_address_approval_get(s->company_id, before, sizeof before) != 1) {
        book_fail(req);
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
    if (!db_finish(ok, "addresses: change")) {
        book_fail(req);
        return;
    }
    flash_set(req, "success", "The approval setting was saved.");
    response_redirect(req, "/account/addresses/settings");
}
