#ifndef BUYERDESK_STORE_OUTBOX_H
#define BUYERDESK_STORE_OUTBOX_H

#include <stdint.h>

#include "base/staff_scope.h"

struct outbox_new {
    const char *message_id;
    const char *template_name;
    const char *to_address;
    const char *to_name;
    int64_t user_id;
    int64_t company_id;
    const char *subject;
    const char *text_body;
    const char *html_body;
    int64_t now;
};

int store_outbox_insert(const struct outbox_new *m);

/* 1 unless the user switched this notification type off. */
int store_notification_enabled(int64_t user_id, const char *type);
int store_notification_set(int64_t user_id, const char *type, int enabled);

/* A message claimed for delivery; the strings are malloc'd. */
struct outbox_message {
    int64_t id;
    char *message_id;
    char *to_address;
    char *to_name;
    char *subject;
    char *text_body;
    char *html_body;
    int attempts;          /* including this one */
    int64_t created_at;
};
void outbox_message_free(struct outbox_message *m);

/* Claims up to `max` of the oldest due messages (status queued/retrying,
 * due by now) for delivery in one statement, so two mailers never claim
 * the same one and a batch costs one commit, not one a message. Fills
 * out[0..n) oldest first; returns n (0: nothing due) or -1 on an error. */
int store_outbox_claim(int64_t now, struct outbox_message *out, int max);

/* Puts back messages claimed longer than `older_than` seconds ago by a
 * mailer that died mid-delivery. Returns how many, or -1. */
int store_outbox_reclaim(int64_t now, int64_t older_than);

/* A claimed message not tried after all (the batch stopped): back as it
 * was before the claim, still due. */
int store_outbox_unclaim(int64_t id);
/* Whether a mailer has anything to do now: a message due, or a claim
 * older than `older_than` seconds to take back. 1, 0, or -1 on an error.
 * Reads only. */
int store_outbox_has_work(int64_t now, int64_t older_than);

int store_outbox_mark_sent(int64_t id, int64_t now);
int store_outbox_mark_retry(int64_t id, int64_t next_attempt_at, const char *error);
int store_outbox_mark_failed(int64_t id, const char *error);

/* The back office's outbox (store_bo_*) is that of the companies the staff
 * scope reaches (base/staff_scope.h), by the company a message is about
 * (outbox.company_id); messages about no company (sign-up, passwords,
 * test mail) are in a scope of every company only. */

/* A failed or retrying message is queued again now. Returns 1 when it
 * was, 0 when the message is not in a retryable state (or outside the
 * scope), -1 on error. */
int store_bo_outbox_retry_now(const struct staff_scope *scope, int64_t id, int64_t now);

struct outbox_row {
    int64_t id;
    char to_address[256];
    char to_name[128];
    char subject[256];
    char template_name[64];
    char status[16];
    int attempts;
    char last_error[256];
    int64_t created_at;
    int64_t sent_at;
    int64_t next_attempt_at;
};

/* Newest first; status "" for all. Returns rows written, or -1. */
int store_bo_outbox_list(const struct staff_scope *scope, const char *status, int offset, struct outbox_row *out,
                         int max);
int store_bo_outbox_count(const struct staff_scope *scope, const char *status);

/* One message with its bodies; strings malloc'd (free with
 * outbox_message_free) and meta in row. 1 found, 0 not (or outside the
 * scope), -1 error. */
int store_bo_outbox_get(const struct staff_scope *scope, int64_t id, struct outbox_row *row,
                        struct outbox_message *bodies);

#endif
