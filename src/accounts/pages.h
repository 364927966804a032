#ifndef BUYERDESK_ACCOUNTS_PAGES_H
#define BUYERDESK_ACCOUNTS_PAGES_H

#include <stdint.h>

#include "web/fields.h"
#include "web/form.h"
#include "base/permissions.h"
#include "base/validate.h"
#include "web/render.h"
#include "web/request.h"

/* The accounts pages, each named in the route table (routes.c), and the
 * forms their POST routes take (web/fields.h). */

/* A password being chosen (registration, reset, profile): as typed, at
 * most VALIDATE_PASSWORD_MAX characters; the least, 12, is checked by
 * accounts_new_password_check or registration_check (a declaration has no
 * minimum for text). */
#define PASSWORD_TOO_SHORT "Use at least 12 characters for the password."
#define PASSWORD_FIELD(name, label) \
    { name, label, FIELD_SECRET, 1, 0, VALIDATE_PASSWORD_MAX, NULL, PASSWORD_TOO_SHORT, \
      "Use at most 128 characters for the password." }
/* The new password and its repetition, as the reset and profile forms
 * name them. */
#define NEW_PASSWORD_FIELDS \
    PASSWORD_FIELD("new_password", "New password"), \
    { "confirm_password", "New password again", FIELD_SECRET, 0, 0, VALIDATE_PASSWORD_MAX, NULL, NULL, \
      "The two passwords do not match." }

/* accounts/login_page.c */
void page_root(struct request *req);
void page_login_form(struct request *req);
void page_login_submit(struct request *req);
void page_logout(struct request *req);
extern const struct form_spec form_login;

/* accounts/register_page.c: applying for an account, verifying, answering the seller */
void page_register_form(struct request *req);
void page_register_submit(struct request *req);
extern const struct form_spec form_register;
void page_register_sent(struct request *req);
void page_register_verify_form(struct request *req);
void page_register_verify(struct request *req);
void page_application_reply_form(struct request *req);
void page_application_reply(struct request *req);
extern const struct form_spec form_application_reply;

/* accounts/password_page.c: forgotten password */
void page_password_forgot_form(struct request *req);
void page_password_forgot(struct request *req);
void page_password_reset_form(struct request *req);
void page_password_reset(struct request *req);
extern const struct form_spec form_password_forgot;
extern const struct form_spec form_password_reset;
/* After the declared checks of NEW_PASSWORD_FIELDS: the least length, and
 * the repetition matching (added to errors). */
void accounts_new_password_check(const struct request *req, struct form_errors *errors);

/* accounts/profile_page.c: the member's own sign-in and details */
void page_profile(struct request *req);
void page_profile_details(struct request *req);
void page_profile_email(struct request *req);
void page_profile_password(struct request *req);
void page_profile_sessions(struct request *req);
extern const struct form_spec form_profile_details;
extern const struct form_spec form_profile_email;
extern const struct form_spec form_profile_password;
void page_email_confirm_form(struct request *req);
void page_email_confirm(struct request *req);

/* accounts/company_page.c: what the seller has on file */
void page_company(struct request *req);
void page_company_change_request(struct request *req);
extern const struct form_spec form_company_change_request;

/* accounts/applications_page.c */
void page_bo_applications(struct request *req);
void page_bo_application(struct request *req);
void page_bo_application_note(struct request *req);
void page_bo_application_approve(struct request *req);
void page_bo_application_reject(struct request *req);
void page_bo_application_request_info(struct request *req);
extern const struct form_spec form_application_note;
extern const struct form_spec form_application_approve;
extern const struct form_spec form_application_reject;
extern const struct form_spec form_application_request_info;

/* accounts/switch_page.c: a person in several companies picks one */
void page_switch_company_form(struct request *req);
void page_switch_company(struct request *req);
extern const struct form_spec form_switch_company;

#endif
