#ifndef BUYERDESK_MAIL_PAGES_H
#define BUYERDESK_MAIL_PAGES_H

#include <stdint.h>

#include "web/form.h"
#include "base/permissions.h"
#include "web/render.h"
#include "web/request.h"

/* The mail pages, each named in the route table (routes.c). */

/* mail/notifications_page.c */
void page_notifications(struct request *req);
void page_notifications_save(struct request *req);

/* mail/outbox_page.c */
void page_backoffice_mail(struct request *req);
void page_backoffice_mail_message(struct request *req);
void page_backoffice_mail_html(struct request *req);
void page_backoffice_mail_retry(struct request *req);
void page_backoffice_mail_test(struct request *req);

#endif
