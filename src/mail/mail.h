#ifndef BUYERDESK_MAIL_H
#define BUYERDESK_MAIL_H

#include <stddef.h>
#include <stdint.h>

#include "web/render.h"

/* Queues one mail inside the caller's open write transaction, so the mail
 * exists exactly when the change that caused it commits.
 *
 * type names a mail_types entry and its templates: templates/mail/messages/<type>.
 * subject.tpl, .txt.tpl (plain text, not escaped) and .html.tpl (escaped),
 * all rendered now with `values` plus BASE_URL (for absolute links),
 * RECIPIENT_NAME and SELLER_NAME. values may be NULL.
 *
 * Returns MAIL_QUEUED, MAIL_SUPPRESSED (the member switched this optional
 * type off), or MAIL_ERROR with a reason in err (invalid address, a line
 * break in a header value, no open transaction, unknown template...). */
enum mail_result { MAIL_ERROR = -1, MAIL_QUEUED = 0, MAIL_SUPPRESSED = 1 };

struct mail_recipient {
    const char *address;
    const char *name;       /* may be "" */
    int64_t user_id;        /* 0 when not a portal user (e.g. an applicant) */
    int64_t company_id;     /* 0 when none */
};

enum mail_result mail_enqueue(const char *type, const struct mail_recipient *to, const tpl_dict *values,
                              char *err, size_t err_len);

/* The address part of the configured sender ("Name <a@b>" or "a@b"). */
void mail_sender(char *name, size_t name_size, char *address, size_t address_size);

#endif
