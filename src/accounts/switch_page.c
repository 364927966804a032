/* A person who belongs to several companies picks the one to work in. */
#include "accounts/pages.h"

#include <stdio.h>

#include "web/response.h"
#include "web/sessions_store.h"

#define COMPANIES_MAX 50

void page_switch_company_form(struct request *req)
{
    static struct user_membership rows[COMPANIES_MAX];
    int n = store_memberships_of_user(req->session.user_id, rows, COMPANIES_MAX);
    tpl_dict *d = response_page(req, 200, "accounts/switch.tpl", "Choose a company");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(d, "COMPANY");
        tpl_set_int(row, "ID", rows[i].company_id);
        tpl_set(row, "NAME", rows[i].company_name);
        tpl_set(row, "ROLE", rows[i].role_name);
        tpl_set(row, "CSRF_TOKEN", req->csrf_token);
        if (rows[i].company_id == req->session.company_id) tpl_show(row, "CURRENT");
        if (rows[i].pending) tpl_show(row, "PENDING");
    }
}

static const struct field switch_fields[] = {
    { "company_id", "Company", FIELD_ID, 1, 0, 0, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_switch_company = { "switch_company", switch_fields };

void page_switch_company(struct request *req)
{
    int64_t company_id = field_number(req, "company_id");
    static struct user_membership rows[COMPANIES_MAX];
    int n = field_ok(req, "company_id") ? store_memberships_of_user(req->session.user_id, rows, COMPANIES_MAX) : 0;
    /* Only a company the person belongs to; anything else is a 404 like a
     * company that does not exist. */
    const struct user_membership *chosen = NULL;
    for (int i = 0; i < n; i++)
        if (rows[i].company_id == company_id) chosen = &rows[i];
    if (!chosen) {
        response_error(req, 404, "You are not a member of that company.");
        return;
    }
    if (store_session_set_company(req->session.id, company_id) != 0) {
        response_error(req, 500, "Switching failed. Please try again.");
        return;
    }
    char msg[400];
    snprintf(msg, sizeof msg, "You are now working in %s.", chosen->company_name);
    flash_set(req, "success", msg);
    response_redirect(req, "/account");
}
