#include "pages.h"

#include "../db.h"
#include "../format.h"
#include "../response.h"
#include "../store/companies.h"
#include "../store/orders.h"

#define COMPANIES_SHOWN 50

static void fill_company_rows(tpl_dict *d)
{
    static struct company_overview rows[COMPANIES_SHOWN];
    int n = store_companies_overview(rows, COMPANIES_SHOWN);
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(d, "COMPANY");
        tpl_set(row, "NAME", rows[i].name);
        tpl_set(row, "ERP", rows[i].erp_account_no[0] ? rows[i].erp_account_no : "\xe2\x80\x94");
        tpl_set(row, "STATUS", rows[i].status);
        tpl_set(row, "BADGE", rows[i].status[0] == 'a' ? "success" : rows[i].status[0] == 'p' ? "warning" : "danger");
        tpl_set_int(row, "MEMBERS", rows[i].active_members);
        char date[32] = "\xe2\x80\x94";
        if (rows[i].last_order_at) format_date(rows[i].last_order_at, date, sizeof date);
        tpl_set(row, "LAST_ORDER", date);
    }
}

void page_backoffice_dashboard(struct request *req)
{
    tpl_dict *d = response_page(req, 200, "backoffice/dashboard.tpl", "Back office");
    tpl_set(d, "USER_NAME", req->session.user_name);
    tpl_set_int(d, "ACTIVE_COMPANIES", store_companies_count("active"));
    tpl_set_int(d, "PENDING_COMPANIES", store_companies_count("pending"));
    struct order_totals totals = { 0 };
    store_orders_totals_since(db_now() - 30 * 86400, &totals);
    char money[48];
    format_money(totals.total_cents, "USD", money, sizeof money);
    tpl_set_int(d, "ORDERS_30D", totals.count);
    tpl_set(d, "REVENUE_30D", money);
    fill_company_rows(d);
}
