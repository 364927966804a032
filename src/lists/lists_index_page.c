/* The member's shopping lists (issue 21): their own lists and those shared
 * with them, newest change first, 50 a page, with the count, a filter by
 * name and by whose lists they are (?q=, ?show=mine|shared, ?page=), and
 * the form for a new list. */
#include "lists/list_page_common.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"
#include "base/validate.h"
#include "team/team_rules.h"
#include "web/http.h"
#include "web/pager.h"
#include "web/response.h"
#include "web/transaction.h"

#define LISTS_PAGE_SIZE 50

#define DESCRIPTION_FIELD { "description", "Description", FIELD_LINES, 0, 0, LIST_DESCRIPTION_MAX, NULL, NULL, NULL }

static const struct field list_fields[] = { LIST_NAME_FIELD, DESCRIPTION_FIELD, { NULL } };
const struct form_spec form_list = { "list", list_fields };

static const char *const shows[] = { "", "mine", "shared" };   /* by enum list_whose */
static const char *const show_labels[] = { "All lists", "Your lists", "Shared with you" };

static void fill_row(tpl_dict *row, const struct list_row *l, const struct request *req)
{
    tpl_set_int(row, "ID", l->id);
    tpl_set(row, "NAME", l->name);
    tpl_set_int(row, "LINES", l->line_count);
    tpl_set(row, "LINE_WORD", l->line_count == 1 ? "product" : "products");
    tpl_set(row, "SHARING", list_sharing_label(list_sharing_of(l)));
    tpl_set(row, "SHARING_BADGE", list_sharing_of(l) == LIST_PRIVATE ? "light" : "info");
    if (l->unit_name[0]) tpl_set(tpl_add_section(row, "UNIT"), "UNIT_NAME", l->unit_name);
    if (l->owner_user_id != req->session.user_id) tpl_set(tpl_add_section(row, "SHARED"), "OWNER", l->owner_name);
    tpl_set_date(row, "UPDATED", l->updated_at);
}

/* The filter of the lists page from ?q= and ?show=: 0, or a sentence
 * saying why q cannot be searched for. */
static const char *read_filter(const struct request *req, char *q, size_t q_size, char *like, size_t like_size,
                               struct lists_filter *f)
{
    const char *raw = req_query(req, "q");
    while (*raw == ' ' || *raw == '\t') raw++;
    size_t n = strlen(raw);
    while (n > 0 && (raw[n - 1] == ' ' || raw[n - 1] == '\t')) n--;
    f->whose = LISTS_ALL;
    for (int i = 1; i < 3; i++)
        if (strcmp(req_query(req, "show"), shows[i]) == 0) f->whose = (enum list_whose)i;
    f->like = "";
    like[0] = q[0] = '\0';
    if (n >= q_size) return "Search for at most 100 characters, on one line.";
    memcpy(q, raw, n);
    q[n] = '\0';
    if (validate_text(q, LIST_NAME_MAX, 0)) {
        q[0] = '\0';
        return "Search for at most 100 characters, on one line.";
    }
    if (q[0] && team_like_pattern(q, like, like_size) == 0) f->like = like;
    return NULL;
}

static void render_lists(struct request *req, int status, const struct form_errors *errors)
{
    static struct list_row rows[LISTS_PAGE_SIZE];
    char q[LIST_NAME_MAX * 4 + 1], like[sizeof q * 2 + 3];
    struct lists_filter f;
    const char *refused = read_filter(req, q, sizeof q, like, sizeof like, &f);
    int total = refused ? 0 : store_lists_count(req->session.company_id, req->session.user_id, &f);
    int pages = total > 0 ? (total + LISTS_PAGE_SIZE - 1) / LISTS_PAGE_SIZE : 1;
    int page = page_number(req);
    if (page > pages) page = pages;   /* past the end: the last page */
    int n = total > 0 ? store_lists_page(req->session.company_id, req->session.user_id, &f,
                                         (page - 1) * LISTS_PAGE_SIZE, LISTS_PAGE_SIZE, rows) : 0;
    if (total < 0 || n < 0) {
        response_error(req, 500, "Your lists cannot be shown right now. Please try again.");
        return;
    }
    tpl_dict *d = response_page(req, refused && status == 200 ? 422 : status, "lists/index.tpl", "Shopping lists");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set(d, "Q", refused ? req_query(req, "q") : q);
    if (refused) tpl_set(tpl_add_section(d, "Q_ERROR"), "MESSAGE", refused);
    for (int i = 0; i < 3; i++) {
        tpl_dict *o = tpl_add_section(d, "SHOW");
        tpl_set(o, "VALUE", shows[i]);
        tpl_set(o, "LABEL", show_labels[i]);
        if ((int)f.whose == i) tpl_show(o, "SELECTED");
    }
    int filtered = q[0] || f.whose != LISTS_ALL;
    tpl_set_int(d, "COUNT", total);
    tpl_set(d, "COUNT_WORD", total == 1 ? (filtered ? "list matches" : "list") : (filtered ? "lists match" : "lists"));
    if (n == 0) tpl_show(d, filtered || refused ? "NO_MATCH" : "NO_LISTS");
    tpl_dict *box = n > 0 ? tpl_add_section(d, "HAS_LISTS") : NULL;
    for (int i = 0; i < n; i++) fill_row(tpl_add_section(box, "LIST"), &rows[i], req);
    char encoded[sizeof q * 3] = "", query[sizeof encoded + 32] = "";
    if (http_percent_encode(q, encoded, sizeof encoded) != 0) encoded[0] = '\0';
    snprintf(query, sizeof query, "%s%s%s%s", encoded[0] ? "q=" : "", encoded, encoded[0] && f.whose ? "&" : "",
             f.whose == LISTS_OWN ? "show=mine" : f.whose == LISTS_SHARED ? "show=shared" : "");
    pager_fill(d, "/account/lists", query, page, total, LISTS_PAGE_SIZE);
    if (!req->session.viewing_as_customer) {
        tpl_dict *c = tpl_add_section(d, "CREATE");
        tpl_set(c, "CSRF_TOKEN", req->csrf_token);
        if (errors) form_fill_declared(c, req, &form_list, errors);
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
