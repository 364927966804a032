#ifndef BUYERDESK_MAIL_PAGES_H
#define BUYERDESK_MAIL_PAGES_H

#include <stdint.h>

#include "web/fields.h"
#include "web/form.h"
#include "base/permissions.h"
#include "web/render.h"
#include "web/request.h"

/* The mail pages, each named in the route table (routes.c), and the
 * forms their POST routes take (web/fields.h). */

/* mail/notifications_page.c */
void page_notifications(struct request *req);
void page_notifications_save(struct request *req);
extern const struct form_spec form_notifications;

/* mail/outbox_page.c */
void page_backoffice_mail(struct request *req);
void page_backoffice_mail_message(struct request *req);
void page_backoffice_mail_html(struct request *req);
void page_backoffice_mail_retry(struct request *req);
void page_backoffice_mail_test(struct request *req);
extern const struct form_spec form_mail_test;

#endif
