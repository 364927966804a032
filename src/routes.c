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

    { { "GET", "/register" }, ACCESS_PUBLIC, 0, page_register_form },
    { { "POST", "/register" }, ACCESS_PUBLIC, 0, page_register_submit },
    { { "GET", "/register/sent" }, ACCESS_PUBLIC, 0, page_register_sent },
    { { "GET", "/register/verify/:token" }, ACCESS_PUBLIC, 0, page_register_verify_form },
    { { "POST", "/register/verify/:token" }, ACCESS_PUBLIC, 0, page_register_verify },
    { { "GET", "/application/reply/:token" }, ACCESS_PUBLIC, 0, page_application_reply_form },
    { { "POST", "/application/reply/:token" }, ACCESS_PUBLIC, 0, page_application_reply },
    { { "GET", "/password/forgot" }, ACCESS_PUBLIC, 0, page_password_forgot_form },
    { { "POST", "/password/forgot" }, ACCESS_PUBLIC, 0, page_password_forgot },
    { { "GET", "/password/reset/:token" }, ACCESS_PUBLIC, 0, page_password_reset_form },
    { { "POST", "/password/reset/:token" }, ACCESS_PUBLIC, 0, page_password_reset },
    { { "GET", "/invitation/:token" }, ACCESS_PUBLIC, 0, page_invitation_form },
    { { "POST", "/invitation/:token" }, ACCESS_PUBLIC, 0, page_invitation_accept },
    { { "GET", "/email/confirm/:token" }, ACCESS_PUBLIC, 0, page_email_confirm_form },
    { { "POST", "/email/confirm/:token" }, ACCESS_PUBLIC, 0, page_email_confirm },

    { { "GET", "/account" }, ACCESS_MEMBER, 0, page_account_dashboard },
    { { "GET", "/account/notifications" }, ACCESS_MEMBER, 0, page_notifications },
    { { "POST", "/account/notifications" }, ACCESS_MEMBER, 0, page_notifications_save },
    { { "GET", "/account/switch" }, ACCESS_MEMBER, 0, page_switch_company_form },
    { { "POST", "/account/switch" }, ACCESS_MEMBER, 0, page_switch_company },
    { { "GET", "/account/profile" }, ACCESS_MEMBER, 0, page_profile },
    { { "POST", "/account/profile" }, ACCESS_MEMBER, 0, page_profile_details },
    { { "POST", "/account/profile/email" }, ACCESS_MEMBER, 0, page_profile_email },
    { { "POST", "/account/profile/password" }, ACCESS_MEMBER, 0, page_profile_password },
    { { "POST", "/account/profile/sessions" }, ACCESS_MEMBER, 0, page_profile_sessions },
    { { "GET", "/account/company" }, ACCESS_MEMBER, PERM_VIEW_COMPANY_INFO, page_company },
    { { "POST", "/account/company/change-request" }, ACCESS_MEMBER, PERM_VIEW_COMPANY_INFO, page_company_change_request },

    { { "GET", "/backoffice" }, ACCESS_STAFF, 0, page_backoffice_dashboard },
    { { "POST", "/backoffice/change-requests/:id/done" }, ACCESS_STAFF, 0, page_bo_change_request_done },
    { { "GET", "/backoffice/applications" }, ACCESS_STAFF, 0, page_bo_applications },
    { { "GET", "/backoffice/applications/:id" }, ACCESS_STAFF, 0, page_bo_application },
    { { "POST", "/backoffice/applications/:id/notes" }, ACCESS_STAFF, 0, page_bo_application_note },
    { { "POST", "/backoffice/applications/:id/approve" }, ACCESS_STAFF, 0, page_bo_application_approve },
    { { "POST", "/backoffice/applications/:id/reject" }, ACCESS_STAFF, 0, page_bo_application_reject },
    { { "POST", "/backoffice/applications/:id/request-info" }, ACCESS_STAFF, 0, page_bo_application_request_info },
    { { "GET", "/backoffice/companies/new" }, ACCESS_STAFF, 0, page_bo_company_new_form },
    { { "POST", "/backoffice/companies/new" }, ACCESS_STAFF, 0, page_bo_company_new },
    { { "GET", "/backoffice/settings" }, ACCESS_STAFF, 0, page_bo_settings },
    { { "POST", "/backoffice/settings" }, ACCESS_STAFF, 0, page_bo_settings_save },
    { { "GET", "/backoffice/mail" }, ACCESS_STAFF, 0, page_backoffice_mail },
    { { "POST", "/backoffice/mail/test" }, ACCESS_STAFF, 0, page_backoffice_mail_test },
    { { "GET", "/backoffice/mail/:id" }, ACCESS_STAFF, 0, page_backoffice_mail_message },
    { { "GET", "/backoffice/mail/:id/html" }, ACCESS_STAFF, 0, page_backoffice_mail_html },
    { { "POST", "/backoffice/mail/:id/retry" }, ACCESS_STAFF, 0, page_backoffice_mail_retry },
};

const size_t route_count = sizeof routes / sizeof routes[0];
