#include "nav.h"

#include <string.h>

#include "permissions.h"

struct nav_item {
    enum realm realm;
    unsigned permissions;
    const char *href;
    const char *label;
};

static const struct nav_item nav_items[] = {
    { REALM_MEMBER, 0, "/account", "Dashboard" },
    { REALM_MEMBER, 0, "/catalog", "Catalog" },
    { REALM_MEMBER, 0, "/account/addresses", "Addresses" },
    { REALM_MEMBER, PERM_MANAGE_MEMBERS, "/account/team", "Team" },
    { REALM_MEMBER, PERM_MANAGE_ROLES, "/account/roles", "Roles" },
    { REALM_MEMBER, PERM_MANAGE_UNITS, "/account/units", "Units" },
    { REALM_MEMBER, PERM_MANAGE_MEMBERS, "/account/activity", "Activity" },
    { REALM_MEMBER, PERM_VIEW_COMPANY_INFO, "/account/company", "Company" },
    { REALM_STAFF, 0, "/backoffice", "Dashboard" },
    { REALM_STAFF, 0, "/backoffice/companies", "Companies" },
    { REALM_STAFF, 0, "/backoffice/applications", "Applications" },
    { REALM_STAFF, 0, "/backoffice/addresses", "Addresses" },
    { REALM_STAFF, 0, "/backoffice/products", "Products" },
    { REALM_STAFF, 0, "/backoffice/price-lists", "Price lists" },
    { REALM_STAFF, 0, "/backoffice/activity", "Activity" },
    { REALM_STAFF, 0, "/backoffice/imports", "Imports" },
    { REALM_STAFF, 0, "/backoffice/mail", "Mail" },
    { REALM_STAFF, 0, "/backoffice/settings", "Settings" },
};

/* An item is current when the path is its href or below it; "/account"
 * itself must not light up on every account page, so it matches exactly. */
static int is_current(const char *href, const char *path)
{
    size_t n = strlen(href);
    if (strcmp(href, "/account") == 0 || strcmp(href, "/backoffice") == 0) return strcmp(path, href) == 0;
    if (strcmp(href, "/catalog") == 0 && strncmp(path, "/product/", 9) == 0) return 1;   /* a product is in the catalog */
    return strncmp(path, href, n) == 0 && (path[n] == '\0' || path[n] == '/');
}

void nav_fill(tpl_dict *layout, const struct session_info *session, const char *current_path)
{
    /* Staff viewing a company as its customer get the customer's menu. */
    enum realm shown = session->viewing_as_customer ? REALM_MEMBER : session->realm;
    for (size_t i = 0; i < sizeof nav_items / sizeof nav_items[0]; i++) {
        const struct nav_item *item = &nav_items[i];
        if (item->realm != shown) continue;
        if (!permissions_allow(session->permissions, item->permissions)) continue;
        tpl_dict *row = tpl_add_section(layout, "NAV_ITEM");
        tpl_set(row, "HREF", item->href);
        tpl_set(row, "LABEL", item->label);
        if (is_current(item->href, current_path)) tpl_show(row, "CURRENT");
    }
}
