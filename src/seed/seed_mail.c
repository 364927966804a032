/* Demo mail: a few messages so the back office outbox has history on the
 * first visit, including one the receiving server refused. */
#include "seed/seed.h"
#include "seed/seed_store.h"

#include <stdio.h>

#include "base/db.h"
#include "mail/mail.h"

static const struct mail_recipient demo_recipients[] = {
    { "admin@acme.test", "Alicia Moreno", 0, 0 },
    { "purchasing@acme.test", "Priya Natarajan", 0, 0 },
    { "admin@borealis.test", "Nora Lindqvist", 0, 0 },
    { "old.buyer@borealis.test", "", 0, 0 },
};

int seed_demo_mail(void)
{
    tpl_dict *values = tpl_dict_new();
    tpl_set(values, "SENT_BY", "Sam Staffer");
    char err[256] = "";
    int rc = db_begin();
    for (size_t i = 0; rc == 0 && i < sizeof demo_recipients / sizeof demo_recipients[0]; i++)
        if (mail_enqueue("test", &demo_recipients[i], values, err, sizeof err) != MAIL_QUEUED) rc = -1;
    /* The last one bounced: the kind of thing staff come to this page for. */
    if (rc == 0)
        rc = seed_store_mail_failed("old.buyer@borealis.test", 1,
                                    "Failure when receiving data from the peer: 550 5.1.1 mailbox unavailable (SMTP 550)");
    if (rc == 0) rc = db_commit();
    if (rc != 0) {
        db_rollback();
        fprintf(stderr, "seed-demo: demo mail failed: %s\n", err);
    }
    tpl_dict_free(values);
    return rc;
}
