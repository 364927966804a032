#include "mail/mail.h"
#include "base/clock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web/app.h"
#include "base/db.h"
#include "mail/mail_types.h"
#include "mail/mime.h"
#include "mail/outbox_store.h"

void mail_sender(char *name, size_t name_size, char *address, size_t address_size)
{
    const char *from = app.cfg.mail_from;
    const char *lt = strchr(from, '<');
    const char *gt = lt ? strchr(lt, '>') : NULL;
    if (lt && gt) {
        size_t n = (size_t)(lt - from);
        while (n && from[n - 1] == ' ') n--;
        if (n >= 2 && from[0] == '"' && from[n - 1] == '"') {   /* "Seller Desk" <a@b> */
            from++;
            n -= 2;
        }
        snprintf(name, name_size, "%.*s", (int)n, from);
        snprintf(address, address_size, "%.*s", (int)(gt - lt - 1), lt + 1);
    } else {
        snprintf(name, name_size, "%s", "");
        snprintf(address, address_size, "%s", from);
    }
}

/* Renders mail/messages/<type>.<part>.tpl with the values, then places it in
 * mail/messages/layout.<part>.tpl. (ctemplate's include dictionaries do not see
 * their parent's values, so the body is rendered first and handed to the
 * layout as BODY: already escaped for the HTML part, hence :none there.) */
static char *render_part(const char *type, const char *part, const tpl_dict *values)
{
    char body_name[256], layout_name[64];
    snprintf(body_name, sizeof body_name, "mail/messages/%s.%s.tpl", type, part);
    snprintf(layout_name, sizeof layout_name, "mail/messages/layout.%s.tpl", part);
    char *body = NULL, *out = NULL;
    if (tpl_render(body_name, values, &body, NULL) != 0) return NULL;
    tpl_dict *layout = tpl_dict_copy(values);
    if (layout) {
        tpl_set(layout, "BODY", body);
        if (tpl_render(layout_name, layout, &out, NULL) != 0) out = NULL;
        tpl_dict_free(layout);
    }
    free(body);
    return out;
}

static char *render_subject(const char *type, tpl_dict *values)
{
    char name[256];
    snprintf(name, sizeof name, "mail/messages/%s.subject.tpl", type);
    char *out = NULL;
    if (tpl_render(name, values, &out, NULL) != 0) return NULL;
    /* Templates end with a newline; a subject is one line. */
    out[strcspn(out, "\r\n")] = '\0';
    return out;
}

/* A Message-ID that stays the same across retries: random, at our domain. */
static void new_message_id(char *out, size_t size)
{
    char name[256], address[256];
    mail_sender(name, sizeof name, address, sizeof address);
    const char *domain = strchr(address, '@');
    unsigned char raw[12];
    char hex[sizeof raw * 2 + 1];
    randombytes_buf(raw, sizeof raw);
    sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
    snprintf(out, size, "bd-%s%s", hex, domain ? domain : "@buyerdesk.invalid");
}

static const char *check_recipient(const struct mail_recipient *to)
{
    const char *problem = mime_address_problem(to->address);
    if (problem) return problem;
    return mime_header_value_problem(to->name ? to->name : "");
}

enum mail_result mail_enqueue(const char *type, const struct mail_recipient *to, const tpl_dict *values,
                              char *err, size_t err_len)
{
    const struct mail_type *mt = mail_type_find(type);
    if (!mt) {
        snprintf(err, err_len, "unknown mail type %s", type);
        return MAIL_ERROR;
    }
    if (!db_in_transaction()) {
        snprintf(err, err_len, "mail must be queued inside the transaction of the change");
        return MAIL_ERROR;
    }
    const char *problem = check_recipient(to);
    if (problem) {
        snprintf(err, err_len, "recipient %s", problem);
        return MAIL_ERROR;
    }
    if (mt->optional && to->user_id && !store_notification_enabled(to->user_id, type)) return MAIL_SUPPRESSED;

    /* A copy, so the caller can reuse its values for the next recipient. */
    tpl_dict *d = values ? tpl_dict_copy(values) : tpl_dict_new();
    if (!d) {
        snprintf(err, err_len, "out of memory");
        return MAIL_ERROR;
    }
    char seller[256], address[256];
    mail_sender(seller, sizeof seller, address, sizeof address);
    tpl_set(d, "BASE_URL", app.cfg.base_url);
    tpl_set(d, "RECIPIENT_NAME", to->name && *to->name ? to->name : "there");
    tpl_set(d, "SELLER_NAME", seller[0] ? seller : "buyerdesk");

    char *subject = render_subject(type, d);
    char *text = render_part(type, "txt", d);
    char *html = render_part(type, "html", d);
    enum mail_result result = MAIL_ERROR;
    if (!subject || !text || !html) {
        snprintf(err, err_len, "mail templates for %s failed to render", type);
    } else if ((problem = mime_header_value_problem(subject)) != NULL) {
        snprintf(err, err_len, "subject %s", problem);
    } else {
        char message_id[128];
        new_message_id(message_id, sizeof message_id);
        struct outbox_new row = {
            .message_id = message_id, .template_name = type,
            .to_address = to->address, .to_name = to->name ? to->name : "",
            .user_id = to->user_id, .company_id = to->company_id,
            .subject = subject, .text_body = text, .html_body = html, .now = clock_now(),
        };
        if (store_outbox_insert(&row) == 0) result = MAIL_QUEUED;
        else snprintf(err, err_len, "could not write to the outbox");
    }
    free(subject);
    free(text);
    free(html);
    tpl_dict_free(d);
    return result;
}
