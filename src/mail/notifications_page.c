/* A member's notification preferences: optional mail can be switched off;
 * mail a workflow depends on cannot. */
#include "mail/pages.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"
#include "mail/mail_types.h"
#include "web/response.h"
#include "mail/outbox_store.h"

static void field_name(const char *type, char *out, size_t size)
{
    snprintf(out, size, "notify_%s", type);
}

/* Mail about what the member may not see (a company's credit) is not theirs to choose. */
static int offered(const struct request *req, const struct mail_type *t)
{
    return !t->permission || (req->session.permissions & t->permission) == t->permission;
}

void page_notifications(struct request *req)
{
    tpl_dict *d = response_page(req, 200, "mail/notifications.tpl", "Notifications");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    for (int i = 0; i < mail_type_count; i++) {
        const struct mail_type *t = &mail_types[i];
        if (strcmp(t->name, "test") == 0 || !offered(req, t)) continue;
        tpl_dict *row = tpl_add_section(d, t->optional ? "OPTIONAL" : "REQUIRED");
        char field[96];
        field_name(t->name, field, sizeof field);
        tpl_set(row, "FIELD", field);
        tpl_set(row, "LABEL", t->label);
        tpl_set(row, "DESCRIPTION", t->description);
        if (!t->optional || store_notification_enabled(req->session.user_id, t->name)) tpl_show(row, "CHECKED");
    }
}

/* One box per optional mail type (notify_<type>): ticked, it is sent. */
static const struct field notification_fields[] = {
    { "notify_*", "Notification", FIELD_CHECKBOX, 0, 0, 0, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_notifications = { "notifications", notification_fields };

void page_notifications_save(struct request *req)
{
    int ok = db_begin() == 0;
    for (int i = 0; ok && i < mail_type_count; i++) {
        const struct mail_type *t = &mail_types[i];
        if (!t->optional || !offered(req, t)) continue;
        char field[96];
        field_name(t->name, field, sizeof field);
        int enabled = field_number(req, field) == 1;
        ok = store_notification_set(req->session.user_id, t->name, enabled) == 0;
    }
    if (!ok || db_commit() != 0) {
        db_rollback();
        response_error(req, 500, "Your choices could not be saved. Please try again.");
        return;
    }
    flash_set(req, "success", "Your notification settings are saved.");
    response_redirect(req, "/account/notifications");
}
