#include "lists/requisitions.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/clock.h"
#include "cart/cart_store.h"
#include "base/permissions.h"
#include "lists/list_schedules_store.h"
#include "lists/lists.h"
#include "mail/mail.h"

#define CHOICES_MAX 2000

static int refuse(char *msg, size_t size, const char *text)
{
    snprintf(msg, size, "%s", text);
    return LIST_BAD_INPUT;
}

static int mail_to(const char *type, int64_t company_id, const struct requisition_choice *to, const char *from_name,
                   const struct requisition_row *r, int64_t id, const char *list_name, const char *message,
                   const char *outcome)
{
    char path[64], err[256];
    snprintf(path, sizeof path, "/account/requisitions/%" PRId64, id);
    tpl_dict *v = tpl_dict_new();
    tpl_set(v, "FROM_NAME", from_name);
    tpl_set(v, "LIST_NAME", list_name);
    tpl_set(v, "REQUISITION_PATH", path);
    if (message && message[0]) tpl_set(tpl_add_section(v, "MESSAGE"), "TEXT", message);
    if (outcome) tpl_show(v, outcome);
    (void)r;
    struct mail_recipient rc = { to->email, to->name, to->id, company_id };
    enum mail_result m = mail_enqueue(type, &rc, v, err, sizeof err);
    tpl_dict_free(v);
    if (m == MAIL_ERROR) fprintf(stderr, "requisitions: %s to %s not queued: %s\n", type, to->email, err);
    return m == MAIL_ERROR ? -1 : 0;
}

static int find(const struct requisition_choice *c, int n, int64_t id)
{
    for (int i = 0; i < n; i++)
        if (c[i].id == id) return i;
    return -1;
}

int requisition_send(const struct actor *who, const struct list_row *list, const char *to, const char *message,
                     int64_t *id, char *msg, size_t size)
{
    static struct requisition_choice choices[CHOICES_MAX];
    int64_t role = 0, member = 0;
    char *end = NULL;
    if (strncmp(to, "role-", 5) == 0) role = strtoll(to + 5, &end, 10);
    else if (strncmp(to, "member-", 7) == 0) member = strtoll(to + 7, &end, 10);
    if ((!role && !member) || !end || *end || role < 0 || member < 0)
        return refuse(msg, size, "Choose the people to send it to: a role or a colleague.");
    int n = 0, ok = 0;
    if (role) {
        n = store_requisition_roles(who->company_id, choices, CHOICES_MAX);
        if (n < 0) return -1;
        ok = find(choices, n, role) >= 0;
    } else {
        struct list_owner o;
        int found = store_list_owner(who->company_id, member, &o);
        if (found < 0) return -1;
        ok = found == 1 && o.active && (o.permissions & PERM_PLACE_ORDERS);
    }
    if (!ok) return refuse(msg, size, "Choose a role or a colleague who may place orders.");
    if (member == who->user_id) return refuse(msg, size, "Choose someone else: you would send it to yourself.");
    int lines = store_list_line_count(who->company_id, list->id);
    if (lines < 0) return -1;
    if (lines == 0) return refuse(msg, size, "The list is empty: add products before sending it.");
    /* sent twice (a double click, a reload): one requisition */
    int again = store_requisition_open_same(who->company_id, list->name, who->user_id, role, member);
    if (again < 0) return -1;
    if (again) return refuse(msg, size, "You already sent this list to them; it waits for their answer.");
    if (store_requisition_create(who->company_id, list->id, list->name, who->user_id, role, member, message, clock_now(),
                                 id) != 0)
        return -1;
    n = store_requisition_recipients(who->company_id, role, member, choices, CHOICES_MAX);
    if (n < 0) return -1;
    for (int i = 0; i < n; i++) {
        if (choices[i].id == who->user_id) continue;
        if (mail_to("requisition_received", who->company_id, &choices[i], who->label, NULL, *id, list->name, message,
                    NULL) != 0)
            return -1;
    }
    return 0;
}

int requisition_is_recipient(const struct actor *who, int64_t role_id, const struct requisition_row *r)
{
    return (r->to_user_id && r->to_user_id == who->user_id) || (r->to_role_id && r->to_role_id == role_id);
}

static int mail_requester(const struct actor *who, const struct requisition_row *r, const char *outcome,
                          const char *reason)
{
    struct requisition_choice to = { r->requester_user_id, "", "" };
    snprintf(to.name, sizeof to.name, "%s", r->requester);
    snprintf(to.email, sizeof to.email, "%s", r->requester_email);
    return mail_to("requisition_decided", who->company_id, &to, who->label, r, r->id, r->list_name, reason, outcome);
}

int requisition_convert(const struct actor *who, int64_t role_id, const struct requisition_row *r,
                        struct cart_fill_result *fill, char *msg, size_t size)
{
    static struct list_line lines[LIST_LINES_MAX];
    if (!requisition_is_recipient(who, role_id, r)) return LIST_NOT_ALLOWED;
    if (strcmp(r->status, "open") != 0) return refuse(msg, size, "This requisition has been dealt with already.");
    int n = store_requisition_lines(who->company_id, r->id, lines, LIST_LINES_MAX);
    if (n < 0 || list_to_cart(who, 0, lines, n, NULL, 0, fill) != 0) return -1;
    if (fill->added == 0) {
        snprintf(msg, size, "Nothing could be added to your cart: %s.", fill->reasons);
        return LIST_BAD_INPUT;
    }
    int decided = store_requisition_decide(who->company_id, r->id, "converted", who->user_id, "", clock_now());
    if (decided < 0) return -1;
    if (decided == 0) return refuse(msg, size, "This requisition has been dealt with already.");
    if (store_cart_link_requisition(who->company_id, who->user_id, r->id) != 0) return -1;
    return mail_requester(who, r, "CONVERTED", NULL);
}

int requisition_decline(const struct actor *who, int64_t role_id, const struct requisition_row *r, const char *reason,
                        char *msg, size_t size)
{
    if (!requisition_is_recipient(who, role_id, r)) return LIST_NOT_ALLOWED;
    if (!reason || !reason[0]) return refuse(msg, size, "Say why you decline it, so that your colleague knows.");
    int decided = store_requisition_decide(who->company_id, r->id, "declined", who->user_id, reason, clock_now());
    if (decided < 0) return -1;
    if (decided == 0) return refuse(msg, size, "This requisition has been dealt with already.");
    return mail_requester(who, r, "DECLINED", reason);
}
