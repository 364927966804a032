#ifndef BUYERDESK_ACCOUNTS_PAGES_H
#define BUYERDESK_ACCOUNTS_PAGES_H

#include <stdint.h>

#include "web/form.h"
#include "base/permissions.h"
#include "web/render.h"
#include "web/request.h"

/* The accounts pages, each named in the route table (routes.c). */

/* accounts/login_page.c */
void page_root(struct request *req);
void page_login_form(struct request *req);
void page_login_submit(struct request *req);
void page_logout(struct request *req);

/* accounts/register_page.c: applying for an account, verifying, answering the seller */
void page_register_form(struct request *req);
void page_register_submit(struct request *req);
void page_register_sent(struct request *req);
void page_register_verify_form(struct request *req);
void page_register_verify(struct request *req);
void page_application_reply_form(struct request *req);
void page_application_reply(struct request *req);

/* accounts/password_page.c: forgotten password */
void page_password_forgot_form(struct request *req);
void page_password_forgot(struct request *req);
void page_password_reset_form(struct request *req);
void page_password_reset(struct request *req);

/* accounts/profile_page.c: the member's own sign-in and details */
void page_profile(struct request *req);
void page_profile_details(struct request *req);
void page_profile_email(struct request *req);
void page_profile_password(struct request *req);
void page_profile_sessions(struct request *req);
void page_email_confirm_form(struct request *req);
void page_email_confirm(struct request *req);

/* accounts/company_page.c: what the seller has on file */
void page_company(struct request *req);
void page_company_change_request(struct request *req);

/* accounts/applications_page.c */
void page_bo_applications(struct request *req);
void page_bo_application(struct request *req);
void page_bo_application_note(struct request *req);
void page_bo_application_approve(struct request *req);
void page_bo_application_reject(struct request *req);
void page_bo_application_request_info(struct request *req);

/* accounts/switch_page.c: a person in several companies picks one */
void page_switch_company_form(struct request *req);
void page_switch_company(struct request *req);

#endif
