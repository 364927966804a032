/* What the shopping-list pages share: see list_page_common.h. */
#include "lists/list_page_common.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "base/db.h"
#include "web/response.h"
#include "web/transaction.h"

int list_use_list_prices(const struct request *req)
{
    return req->session.applicant != 0;
}

enum list_sharing list_sharing_of(const struct list_row *l)
{
    int s = list_sharing_parse(l->sharing);
    return s < 0 ? LIST_PRIVATE : (enum list_sharing)s;
}

int list_page_may_edit(const struct request *req, const struct list_row *l)
{
    return !req->session.viewing_as_customer
        && list_may_edit(req->session.user_id, req->session.permissions, l->owner_user_id, list_sharing_of(l));
}

/* The list named by :id when the member may see it; else 404 (answered). */
int list_page_load(struct request *req, struct list_row *l)
{
    int64_t id = 0;
    const char *text = req->params.values[0];
    char *end = NULL;
    long long v = strtoll(text, &end, 10);
    if (text[0] >= '1' && text[0] <= '9' && end && !*end && v > 0) id = v;
    int found = id ? store_list_get(req->session.company_id, req->session.user_id, id, l) : 0;
    return response_found(req, found, "list");
}

int list_page_load_editable(struct request *req, struct list_row *l)
{
    if (!list_page_load(req, l)) return 0;
    if (list_page_may_edit(req, l)) return 1;
    response_error(req, 404, "There is no such list you may change. Duplicate a shared list to make your own copy.");
    return 0;
}

void list_page_done_at(struct request *req, const struct list_row *l, int page, const char *kind, const char *message)
{
    char url[64];
    if (page > 1) snprintf(url, sizeof url, "/account/lists/%" PRId64 "?page=%d", l->id, page);
    else snprintf(url, sizeof url, "/account/lists/%" PRId64, l->id);
    flash_set(req, kind, message);
    response_redirect(req, url);
}

void list_page_done(struct request *req, const struct list_row *l, const char *kind, const char *message)
{
    list_page_done_at(req, l, 1, kind, message);
}

int list_product_for(const struct request *req, const char *sku, struct cart_product *p, char *msg, size_t size)
{
    const char *skus[1] = { sku };
    int n = store_cart_products(req->session.company_id, req->session.user_id, list_use_list_prices(req), 0, skus, 1,
                                p, 1);
    if (n < 0) return -1;
    if (n == 0) snprintf(msg, size, "There is no product with the SKU %s.", sku);
    else if (!p->active) snprintf(msg, size, "%s is no longer sold.", p->sku);
    return n == 1 && p->active ? 1 : 0;
}

void list_field_key(const char *prefix, int64_t id, char *out, size_t size)
{
    snprintf(out, size, "%s_%" PRId64, prefix, id);
}

int list_page_finish(struct request *req, const struct list_row *l, const char *form, int r, const char *msg,
                     const char *what)
{
    if (r > 0) db_rollback();
    if (r == LIST_NOT_ALLOWED) {
        response_error(req, 404, "There is no such list you may change.");
        return 0;
    }
    if (r == LIST_BAD_INPUT) {
        list_page_problem(req, l, form, field_errors(req), msg);
        return 0;
    }
    return tx_commit(req, r == 0, what);
}
