/* Numbered pages of a list: which page ?page= asks for, and the pager
 * under the list (previous / "Page 2 of 7" / next) that keeps the filters. */
#include "web/pager.h"

#include <stdio.h>

#include "base/validate.h"

/* Page numbers from ?page= (1 when absent or not a number). */
int page_number(const struct request *req)
{
    int64_t page;
    if (!parse_id(req_query(req, "page"), &page) || page > 100000) return 1;
    return (int)page;
}

void pager_fill(tpl_dict *d, const char *path, const char *query, int page, int total, int page_size)
{
    int pages = total > 0 ? (total + page_size - 1) / page_size : 1;
    if (pages <= 1 && page <= 1) return;
    tpl_dict *p = tpl_add_section(d, "PAGER");
    tpl_set_int(p, "PAGE", page);
    tpl_set_int(p, "PAGES", pages);
    char href[1600];
    const char *sep = query[0] ? "&" : "";
    if (page > 1) {
        int prev = page - 1 < pages ? page - 1 : pages;
        snprintf(href, sizeof href, "%s?%s%spage=%d", path, query, sep, prev);
        tpl_set(tpl_add_section(p, "PREV"), "HREF", href);
    } else {
        tpl_show(p, "NO_PREV");
    }
    if (page < pages) {
        snprintf(href, sizeof href, "%s?%s%spage=%d", path, query, sep, page + 1);
        tpl_set(tpl_add_section(p, "NEXT"), "HREF", href);
    } else {
        tpl_show(p, "NO_NEXT");
    }
}
