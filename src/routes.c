#include "app.h"
#include "pages/pages.h"

/* Every route: method, path pattern, who may use it, the permissions a
 * member needs, and its handler. app_handle() enforces the middle two
 * before the handler runs. */
const struct route routes[] = {
    { { "GET", "/" }, ACCESS_PUBLIC, 0, page_root },
    { { "GET", "/login" }, ACCESS_PUBLIC, 0, page_login_form },
    { { "POST", "/login" }, ACCESS_PUBLIC, 0, page_login_submit },
    { { "POST", "/logout" }, ACCESS_PUBLIC, 0, page_logout },

    { { "GET", "/account" }, ACCESS_MEMBER, 0, page_account_dashboard },
    { { "GET", "/account/notifications" }, ACCESS_MEMBER, 0, page_notifications },
    { { "POST", "/account/notifications" }, ACCESS_MEMBER, 0, page_notifications_save },

    { { "GET", "/backoffice" }, ACCESS_STAFF, 0, page_backoffice_dashboard },
    { { "GET", "/backoffice/mail" }, ACCESS_STAFF, 0, page_backoffice_mail },
    { { "POST", "/backoffice/mail/test" }, ACCESS_STAFF, 0, page_backoffice_mail_test },
    { { "GET", "/backoffice/mail/:id" }, ACCESS_STAFF, 0, page_backoffice_mail_message },
    { { "GET", "/backoffice/mail/:id/html" }, ACCESS_STAFF, 0, page_backoffice_mail_html },
    { { "POST", "/backoffice/mail/:id/retry" }, ACCESS_STAFF, 0, page_backoffice_mail_retry },
};

const size_t route_count = sizeof routes / sizeof routes[0];
