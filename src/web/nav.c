#include "web/nav.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/permissions.h"
#include "base/settings.h"

struct nav_item {
    enum realm realm;
    unsigned permissions;
    const char *href;
    const char *label;
    const char *also;     /* another path prefix that belongs to this item */
    int admin;            /* 1: under the "Administration" menu, not the bar */
};

static const struct nav_item nav_items[] = {
    { REALM_MEMBER, 0, "/account", "Dashboard", NULL, 0 },
    { REALM_MEMBER, 0, "/catalog", "Catalog", "/product", 0 },
    { REALM_MEMBER, PERM_PLACE_ORDERS, "/cart", "Cart", "/checkout", 0 },
    { REALM_MEMBER, PERM_VIEW_OWN_ORDERS, "/account/orders", "Orders", NULL, 0 },
    /* Requisitions are a tab of Lists: the bar has room for so many
     * items before it wraps out of its band at 1280 px */
    { REALM_MEMBER, 0, "/account/lists", "Lists", "/account/requisitions", 0 },
    { REALM_MEMBER, PERM_APPROVE_ORDERS, "/account/approvals", "Approvals", NULL, 0 },
    { REALM_MEMBER, PERM_VIEW_CREDIT, "/account/credit", "Credit", NULL, 0 },
    { REALM_MEMBER, 0, "/account/addresses", "Addresses", NULL, 0 },
    { REALM_MEMBER, PERM_MANAGE_MEMBERS, "/account/team", "Team", NULL, 1 },
    { REALM_MEMBER, PERM_MANAGE_ROLES, "/account/roles", "Roles", NULL, 1 },
    { REALM_MEMBER, PERM_MANAGE_UNITS, "/account/units", "Units", NULL, 1 },
    { REALM_MEMBER, PERM_MANAGE_APPROVAL_RULES, "/account/approval-rules", "Approval rules", NULL, 1 },
    { REALM_MEMBER, PERM_MANAGE_MEMBERS, "/account/activity", "Activity", NULL, 1 },
    { REALM_MEMBER, PERM_VIEW_COMPANY_INFO, "/account/company", "Company", NULL, 0 },
    { REALM_STAFF, 0, "/backoffice", "Dashboard", NULL, 0 },
    { REALM_STAFF, STAFF_ORDERS, "/backoffice/orders", "Orders", NULL, 0 },
    { REALM_STAFF, STAFF_COMPANIES, "/backoffice/companies", "Companies", NULL, 0 },
    { REALM_STAFF, STAFF_CREDIT, "/backoffice/credit", "Credit", NULL, 0 },
    { REALM_STAFF, STAFF_APPLICATIONS, "/backoffice/applications", "Applications", NULL, 0 },
    { REALM_STAFF, STAFF_ADDRESSES, "/backoffice/addresses", "Addresses", "/backoffice/imports", 0 },
    { REALM_STAFF, STAFF_CATALOG, "/backoffice/products", "Products", "/backoffice/price-lists", 0 },
    { REALM_STAFF, STAFF_COMPANIES, "/backoffice/activity", "Activity", NULL, 0 },
    { REALM_STAFF, STAFF_MAIL, "/backoffice/mail", "Mail", NULL, 0 },
    { REALM_STAFF, STAFF_SETTINGS, "/backoffice/settings", "Settings", "/backoffice/shipping", 0 },
};

/* An item is current when the path is its href or below it; "/account"
 * itself must not light up on every account page, so it matches exactly. */
static int is_current(const char *href, const char *path)
{
    size_t n = strlen(href);
    if (strcmp(href, "/account") == 0 || strcmp(href, "/backoffice") == 0) return strcmp(path, href) == 0;
    return strncmp(path, href, n) == 0 && (path[n] == '\0' || path[n] == '/');
}

/* Applicants hold no permissions, but the pre-approval policy may let them
 * fill a cart (not submit it): they get the Cart item then. */
static int applicant_cart(const struct nav_item *item, const struct session_info *session)
{
    return session->applicant && strcmp(item->href, "/cart") == 0 && settings_pre_approval() == PRE_APPROVAL_CART;
}

/* The menu is the same text for everyone who sees the same items with
 * the same one lit, so each worker renders it once per such pair and keeps
 * the HTML: 14 section dictionaries and their expansion on every page were
 * a tenth of a small page's work. Rendered by ctemplate with the layout's
 * auto-escaping (web/nav.tpl); the layout inserts the result as it is
 * ({{NAV_HTML:none}}). Which items a user sees depends on the session and
 * on the pre-approval setting, both read on every request: only the
 * rendering is kept, never who may see what. */
#define NAV_KEPT 32

struct kept_nav {
    uint32_t visible;     /* bit i: nav_items[i] shown */
    uint32_t current;     /* bit i: nav_items[i] lit */
    char *html;
};

static struct kept_nav kept[NAV_KEPT];
static unsigned kept_next;

_Static_assert(sizeof nav_items / sizeof nav_items[0] <= 32, "nav_items must fit a 32-bit mask");

static char *render_nav(uint32_t visible, uint32_t current)
{
    tpl_dict *d = tpl_dict_new();
    if (!d) return NULL;
    tpl_dict *admin_menu = NULL;
    for (size_t i = 0; i < sizeof nav_items / sizeof nav_items[0]; i++) {
        if (!(visible & (UINT32_C(1) << i))) continue;
        const struct nav_item *item = &nav_items[i];
        int lit = (current & (UINT32_C(1) << i)) != 0;
        if (item->admin && !admin_menu) admin_menu = tpl_add_section(d, "ADMIN_MENU");
        tpl_dict *row = tpl_add_section(item->admin ? admin_menu : d, "NAV_ITEM");
        tpl_set(row, "HREF", item->href);
        tpl_set(row, "LABEL", item->label);
        if (lit) tpl_show(row, "CURRENT");
        if (lit && item->admin) tpl_show(admin_menu, "MENU_CURRENT");
    }
    char *html = NULL;
    if (tpl_render("web/nav.tpl", d, &html, NULL) != 0) html = NULL;
    tpl_dict_free(d);
    return html;
}

void nav_fill(tpl_dict *layout, const struct session_info *session, const char *current_path)
{
    /* Staff viewing a company as its customer get the customer's menu. */
    enum realm shown = session->viewing_as_customer ? REALM_MEMBER : session->realm;
    uint32_t visible = 0, current = 0;
    for (size_t i = 0; i < sizeof nav_items / sizeof nav_items[0]; i++) {
        const struct nav_item *item = &nav_items[i];
        if (item->realm != shown) continue;
        unsigned granted = item->realm == REALM_STAFF ? session->staff_permissions : session->permissions;
        if (!permissions_allow(granted, item->permissions) && !applicant_cart(item, session)) continue;
        visible |= UINT32_C(1) << i;
        if (is_current(item->href, current_path) || (item->also && is_current(item->also, current_path)))
            current |= UINT32_C(1) << i;
    }
    for (unsigned k = 0; k < NAV_KEPT; k++) {
        if (kept[k].html && kept[k].visible == visible && kept[k].current == current) {
            tpl_set_lasting(layout, "NAV_HTML", kept[k].html);
            return;
        }
    }
    char *html = render_nav(visible, current);
    if (!html) return;   /* the page without its menu, rather than no page */
    struct kept_nav *slot = &kept[kept_next++ % NAV_KEPT];
    free(slot->html);
    *slot = (struct kept_nav){ visible, current, html };
    tpl_set_lasting(layout, "NAV_HTML", html);
}
