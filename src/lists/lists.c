#include "lists/lists.h"

#include <stdio.h>
#include <string.h>

#include "audit/audit.h"
#include "base/clock.h"
#include "base/permissions.h"
#include "team/team_store.h"
#include "team/units_store.h"
#include "lists/list_schedules_store.h"


static int refuse(char *msg, size_t size, const char *text)
{
    snprintf(msg, size, "%s", text);
    return LIST_BAD_INPUT;
}

static int put_lines(const struct actor *who, int64_t list_id, const struct list_new_line *lines, int n)
{
    for (int i = 0; i < n; i++)
        if (store_list_line_add(who->company_id, list_id, lines[i].product_id, lines[i].quantity, lines[i].note) != 0)
            return -1;
    return 0;
}

int list_create(const struct actor *who, const char *name, const char *description, const struct list_new_line *lines,
                int n, int64_t *id, char *msg, size_t size)
{
    if (!name || !name[0]) return refuse(msg, size, "Give the list a name.");
    if (n > LIST_LINES_MAX) {
        snprintf(msg, size, "A list holds at most %d products.", LIST_LINES_MAX);
        return LIST_BAD_INPUT;
    }
    /* One name per owner: a form sent twice (a double click, a reload)
     * makes one list, and the second answers why. */
    int taken = store_list_name_taken(who->company_id, who->user_id, name);
    if (taken < 0) return -1;
    if (taken) {
        snprintf(msg, size, "You already have a list named \xe2\x80\x9c%s\xe2\x80\x9d. Choose another name.", name);
        return LIST_BAD_INPUT;
    }
    if (store_list_create(who->company_id, who->user_id, name, description ? description : "", clock_now(), id) != 0)
        return -1;
    return put_lines(who, *id, lines, n);
}

int list_add_lines(const struct actor *who, const struct list_row *list, const struct list_new_line *lines, int n,
                   char *msg, size_t size)
{
    enum list_sharing sharing = (enum list_sharing)list_sharing_parse(list->sharing);
    if (!list_may_edit(who->user_id, who->permissions, list->owner_user_id, sharing)) return LIST_NOT_ALLOWED;
    int have = store_list_line_count(who->company_id, list->id);
    if (have < 0) return -1;
    if (have + n > LIST_LINES_MAX) {
        snprintf(msg, size, "\xe2\x80\x9c%s\xe2\x80\x9d has %d products; a list holds at most %d.", list->name, have,
                 LIST_LINES_MAX);
        return LIST_BAD_INPUT;
    }
    if (put_lines(who, list->id, lines, n) != 0) return -1;
    return store_list_touch(who->company_id, list->id, clock_now()) < 0 ? -1 : 0;
}

int list_duplicate(const struct actor *who, const struct list_row *list, int64_t *id)
{
    /* "Copy of X", else "Copy of X (2)", (3) ... */
    char name[sizeof list->name + 24];
    char msg[300];
    int r = LIST_BAD_INPUT;
    for (int k = 1; r == LIST_BAD_INPUT && k <= 50; k++) {
        if (k == 1) snprintf(name, sizeof name, "Copy of %s", list->name);
        else snprintf(name, sizeof name, "Copy of %s (%d)", list->name, k);
        r = list_create(who, name, list->description, NULL, 0, id, msg, sizeof msg);
    }
    if (r != 0) return -1;
    return store_list_copy_lines(who->company_id, list->id, *id);
}

int list_share(const struct actor *who, const struct list_row *list, enum list_sharing sharing, int64_t unit_id,
               char *msg, size_t size)
{
    enum list_sharing now_as = (enum list_sharing)list_sharing_parse(list->sharing);
    if (!list_may_manage(who->user_id, who->permissions, list->owner_user_id, now_as)) return LIST_NOT_ALLOWED;
    if (!list_may_share_as(who->permissions, sharing))
        return refuse(msg, size, "Only members who may manage shared shopping lists can share a list for others to edit.");
    const char *unit_name = "";
    if (sharing == LIST_UNIT) {
        static struct team_option units[500];
        int nu = store_team_units(who->company_id, units, 500);
        if (nu < 0) return -1;
        for (int i = 0; i < nu && !unit_name[0]; i++)
            if (units[i].id == unit_id) unit_name = units[i].name;
        if (!unit_name[0]) return refuse(msg, size, "Choose one of your company's business units.");
    } else {
        unit_id = 0;
    }
    if (sharing == now_as && unit_id == list->unit_id) return 0;   /* nothing changes, nothing to record */
    if (store_list_set_sharing(who->company_id, list->id, list_sharing_name(sharing), unit_id, clock_now()) < 0) return -1;
    /* A shared list is the team's order template: the company's activity
     * says who shared, unshared or re-scoped it. */
    char before[200], after[200];
    const char *was_unit = now_as == LIST_UNIT ? list->unit_name : "";
    snprintf(before, sizeof before, "%s%s%s", list_sharing_label(now_as), was_unit[0] ? ": " : "", was_unit);
    snprintf(after, sizeof after, "%s%s%s", list_sharing_label(sharing), unit_name[0] ? ": " : "", unit_name);
    const struct audit_change change = { "Sharing", before, after };
    return audit_record(who, who->company_id, "list.shared", list->name, &change, 1) == 0 ? 0 : -1;
}

int list_hand_over(const struct actor *who, const struct list_row *list, int64_t new_owner, char *msg, size_t size)
{
    enum list_sharing sharing = (enum list_sharing)list_sharing_parse(list->sharing);
    if (!list_may_manage(who->user_id, who->permissions, list->owner_user_id, sharing)) return LIST_NOT_ALLOWED;
    if (new_owner == list->owner_user_id) return refuse(msg, size, "Choose another member: this one owns the list already.");
    struct list_owner o;
    int found = store_list_owner(who->company_id, new_owner, &o);
    if (found < 0) return -1;
    if (found == 0 || !o.active) return refuse(msg, size, "Choose an active member of your company.");
    /* a schedule paused because its owner left goes on for the new owner */
    if (store_list_set_owner(who->company_id, list->id, new_owner, clock_now()) < 0
        || store_list_schedule_resume(who->company_id, list->id, clock_now()) != 0)
        return -1;
    const struct audit_change change = { "Owner", list->owner_name, o.name };
    return audit_record(who, who->company_id, "list.handed_over", list->name, &change, 1) == 0 ? 0 : -1;
}

int list_to_cart(const struct actor *who, int use_list_prices, const struct list_line *lines, int n,
                 const int64_t *only, int n_only, struct cart_fill_result *r)
{
    static struct cart_fill_item items[LIST_LINES_MAX];
    int k = 0;
    for (int i = 0; i < n && k < LIST_LINES_MAX; i++) {
        int wanted = n_only == 0;
        for (int j = 0; j < n_only && !wanted; j++) wanted = only[j] == lines[i].id;
        if (!wanted) continue;
        const struct list_line *l = &lines[i];
        items[k++] = (struct cart_fill_item){ l->product_id, l->sku, l->unit, l->active, l->quantity, l->pack_size,
                                              l->min_order_qty };
    }
    return cart_fill(who, use_list_prices, items, k, r);
}
