#ifndef BUYERDESK_PAGES_H
#define BUYERDESK_PAGES_H

#include "../request.h"

/* Page handlers, one file per area. Each is named in the route table. */

/* pages/login.c */
void page_root(struct request *req);
void page_login_form(struct request *req);
void page_login_submit(struct request *req);
void page_logout(struct request *req);

/* pages/account.c */
void page_account_dashboard(struct request *req);

/* pages/notifications.c */
void page_notifications(struct request *req);
void page_notifications_save(struct request *req);

/* pages/backoffice.c */
void page_backoffice_dashboard(struct request *req);

/* pages/backoffice_mail.c */
void page_backoffice_mail(struct request *req);
void page_backoffice_mail_message(struct request *req);
void page_backoffice_mail_html(struct request *req);
void page_backoffice_mail_retry(struct request *req);
void page_backoffice_mail_test(struct request *req);

#endif
