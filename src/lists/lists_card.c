/* The dashboard's "Shopping lists" card: the member's newest lists (their
 * own and those shared with them), each linked, and a link to all. */
#include "lists/pages.h"

#include "lists/lists_rules.h"
#include "lists/lists_store.h"

#define CARD_LISTS 5

void lists_card_fill(tpl_dict *d, const struct request *req)
{
    struct list_row rows[CARD_LISTS];
    static const struct lists_filter all = { LISTS_ALL, "" };
    int n = store_lists_page(req->session.company_id, req->session.user_id, &all, 0, CARD_LISTS, rows);
    if (n < 0) return;
    tpl_dict *card = tpl_add_section(d, "LISTS");
    if (n == 0) {
        tpl_show(card, "NO_LISTS");
        return;
    }
    tpl_dict *has = tpl_add_section(card, "HAS_LISTS");
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(has, "LIST");
        tpl_set_int(row, "ID", rows[i].id);
        tpl_set(row, "NAME", rows[i].name);
        tpl_set_int(row, "LINES", rows[i].line_count);
        tpl_set(row, "LINE_WORD", rows[i].line_count == 1 ? "product" : "products");
        int s = list_sharing_parse(rows[i].sharing);
        if (rows[i].owner_user_id != req->session.user_id) tpl_set(tpl_add_section(row, "SHARED_BY"), "OWNER", rows[i].owner_name);
        else if (s > 0) tpl_set(tpl_add_section(row, "SHARING"), "LABEL", list_sharing_label((enum list_sharing)s));
    }
}
