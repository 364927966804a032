/* The member's shopping lists (issue 21): their own lists and those shared
 * with them, newest change first, and the form for a new list. */
#include "lists/list_page_common.h"

#include <string.h>

#include "base/db.h"
#include "web/response.h"
#include "web/transaction.h"

#define DESCRIPTION_FIELD { "description", "Description", FIELD_LINES, 0, 0, LIST_DESCRIPTION_MAX, NULL, NULL, NULL }

static const struct field list_fields[] = { LIST_NAME_FIELD, DESCRIPTION_FIELD, { NULL } };
const struct form_spec form_list = { "list", list_fields };

static struct list_row rows[LISTS_MAX];

static void fill_row(tpl_dict *row, const struct list_row *l, const struct request *req)
{
    tpl_set_int(row, "ID", l->id);
    tpl_set(row, "NAME", l->name);
    tpl_set(row, "OWNER", l->owner_name);
    tpl_set_int(row, "LINES", l->line_count);
    tpl_set(row, "LINE_WORD", l->line_count == 1 ? "product" : "products");
    tpl_set(row, "SHARING", list_sharing_label(list_sharing_of(l)));
    tpl_set(row, "SHARING_BADGE", list_sharing_of(l) == LIST_PRIVATE ? "light" : "info");
    if (l->unit_name[0]) tpl_set(tpl_add_section(row, "UNIT"), "UNIT_NAME", l->unit_name);
    if (l->owner_user_id == req->session.user_id) tpl_show(row, "MINE");
    else tpl_show(row, "SHARED");
    tpl_set_date(row, "UPDATED", l->updated_at);
}

static void render_lists(struct request *req, int status, const struct form_errors *errors)
{
    tpl_dict *d = response_page(req, status, "lists/index.tpl", "Shopping lists");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    int n = store_lists_visible(req->session.company_id, req->session.user_id, rows, LISTS_MAX);
    if (n < 0) {
        response_error(req, 500, "Your lists cannot be shown right now. Please try again.");
        return;
    }
    tpl_dict *mine = NULL, *shared = NULL;
    for (int i = 0; i < n; i++) {
        int own = rows[i].owner_user_id == req->session.user_id;
        tpl_dict **box = own ? &mine : &shared;
        if (!*box) *box = tpl_add_section(d, own ? "MY_LISTS" : "SHARED_LISTS");
        fill_row(tpl_add_section(*box, "LIST"), &rows[i], req);
    }
    if (!mine) tpl_show(d, "NO_LISTS");
    if (!req->session.viewing_as_customer) {
        tpl_dict *f = tpl_add_section(d, "CREATE");
        tpl_set(f, "CSRF_TOKEN", req->csrf_token);
        if (errors) form_fill_declared(f, req, &form_list, errors);
    }
}

void page_lists(struct request *req)
{
    render_lists(req, 200, NULL);
}

void page_list_create(struct request *req)
{
    const struct form_errors *errors = field_errors(req);
    if (req->session.viewing_as_customer) {
        response_error(req, 403, "You are viewing this account read-only.");
        return;
    }
    if (errors->count) {
        render_lists(req, 422, errors);
        return;
    }
    char msg[LIST_MSG_MAX] = "";
    int64_t id = 0;
    if (!tx_begin(req)) return;
    int r = list_create(&req->actor, field_text(req, "name"), field_text(req, "description"), NULL, 0, &id, msg,
                        sizeof msg);
    if (r > 0) {   /* a name the member already uses (a form sent twice) */
        db_rollback();
        static struct form_errors named;
        memset(&named, 0, sizeof named);
        form_error(&named, "name", msg);
        render_lists(req, 422, &named);
        return;
    }
    if (!tx_commit(req, r == 0, "list create")) return;
    struct list_row l = { .id = id };
    list_page_done(req, &l, "success", "Your list is ready. Add products from the catalog, your cart or an order.");
}
