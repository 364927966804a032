/* The page values of an order (see order_view.h), in one place for the
 * member's and the back office's order pages. */
#include "orders/order_view.h"

#include <stdio.h>
#include <time.h>

#include "base/format.h"
#include "orders/order_status.h"

void order_set_when_as(tpl_dict *d, const char *date_key, const char *time_key, const char *iso_key, int64_t when)
{
    char date[32], time_of_day[32], iso[32];
    format_date(when, date, sizeof date);
    format_time_of_day(when, time_of_day, sizeof time_of_day);
    format_iso_datetime(when, iso, sizeof iso);
    tpl_set(d, date_key, date);
    tpl_set(d, time_key, time_of_day);
    tpl_set(d, iso_key, iso);
}

void order_set_money(tpl_dict *d, const char *key, int64_t cents, const char *currency)
{
    char money[48];
    format_money(cents, currency, money, sizeof money);
    tpl_set(d, key, money);
}

void order_set_totals(tpl_dict *d, const struct order_header *o)
{
    order_set_money(d, "SUBTOTAL", o->subtotal, o->currency);
    order_set_money(d, "SHIPPING", o->shipping, o->currency);
    order_set_money(d, "TAX", o->tax, o->currency);
    order_set_money(d, "TOTAL", o->total, o->currency);
}

void order_set_line(tpl_dict *row, const struct order_line_row *l, const char *currency)
{
    tpl_set_int(row, "LINE_NO", l->line_no);
    tpl_set(row, "SKU", l->sku);
    tpl_set(row, "NAME", l->name);
    tpl_set(row, "UNIT", l->unit);
    tpl_set_int(row, "QUANTITY", l->quantity);
    tpl_set_int(row, "SHIPPED", l->quantity_shipped);
    order_set_money(row, "UNIT_PRICE", l->unit_price, currency);
    order_set_money(row, "LINE_TOTAL", l->line_total, currency);
}

void order_set_status(tpl_dict *d, const char *status)
{
    tpl_set(d, "STATUS", order_status_label(status));
    tpl_set(d, "STATUS_CODE", status);
    tpl_set(d, "BADGE", order_status_badge(status));
}

int order_list_href(const char *path, const struct order_filter *f, int with_cursor, char *out, size_t size)
{
    char query[2048];
    int rc = order_filter_query(f, with_cursor, query, sizeof query);
    int n = snprintf(out, size, "%s%s%s", path, query[0] ? "?" : "", query);
    if (rc == 0 && n >= 0 && (size_t)n < size) return 0;
    snprintf(out, size, "%s", path);
    return -1;
}

void order_set_page_link(tpl_dict *d, const char *section, const char *path, const struct order_filter *f,
                         enum order_page_dir dir, const struct order_list_row *row)
{
    struct order_filter at = *f;
    at.cursor = order_list_cursor(f, dir, row);
    char href[2100];
    if (order_list_href(path, &at, 1, href, sizeof href) == 0) tpl_set(tpl_add_section(d, section), "HREF", href);
}
