#ifndef BUYERDESK_PAGES_H
#define BUYERDESK_PAGES_H

#include "../form.h"
#include "../permissions.h"
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

/* pages/register.c: applying for an account, verifying, answering the seller */
void page_register_form(struct request *req);
void page_register_submit(struct request *req);
void page_register_sent(struct request *req);
void page_register_verify_form(struct request *req);
void page_register_verify(struct request *req);
void page_application_reply_form(struct request *req);
void page_application_reply(struct request *req);

/* pages/password.c: forgotten password */
void page_password_forgot_form(struct request *req);
void page_password_forgot(struct request *req);
void page_password_reset_form(struct request *req);
void page_password_reset(struct request *req);

/* pages/profile.c: the member's own sign-in and details */
void page_profile(struct request *req);
void page_profile_details(struct request *req);
void page_profile_email(struct request *req);
void page_profile_password(struct request *req);
void page_profile_sessions(struct request *req);
void page_email_confirm_form(struct request *req);
void page_email_confirm(struct request *req);

/* pages/company.c: what the seller has on file */
void page_company(struct request *req);
void page_company_change_request(struct request *req);

/* pages/invitation.c: setting a password from an invitation */
void page_invitation_form(struct request *req);
void page_invitation_accept(struct request *req);

/* pages/backoffice_applications.c */
void page_bo_applications(struct request *req);
void page_bo_application(struct request *req);
void page_bo_application_note(struct request *req);
void page_bo_application_approve(struct request *req);
void page_bo_application_reject(struct request *req);
void page_bo_application_request_info(struct request *req);

/* pages/backoffice_companies.c: seller-created accounts */
void page_bo_company_new_form(struct request *req);
void page_bo_company_new(struct request *req);

/* pages/backoffice_settings.c */
void page_bo_settings(struct request *req);
void page_bo_settings_save(struct request *req);

/* pages/switch.c: a person in several companies picks one */
void page_switch_company_form(struct request *req);
void page_switch_company(struct request *req);

/* pages/team.c: members and invitations */
/* The member page again with another form's errors (the spending limit). */
void team_member_page(struct request *req, int status, int64_t user_id, const struct form_errors *errors);
void page_team(struct request *req);
void page_team_invite(struct request *req);
void page_team_invitation_resend(struct request *req);
void page_team_invitation_revoke(struct request *req);
void page_team_member(struct request *req);
void page_team_member_update(struct request *req);
void page_team_member_deactivate(struct request *req);
void page_team_member_reactivate(struct request *req);
void page_team_member_remove(struct request *req);
void page_team_member_hand_over(struct request *req);
void page_join_form(struct request *req);
void page_join(struct request *req);

/* pages/roles.c */
void page_roles(struct request *req);
void page_role_new(struct request *req);
void page_role_create(struct request *req);
void page_role(struct request *req);
void page_role_update(struct request *req);
void page_role_delete(struct request *req);
void page_role_duplicate(struct request *req);

/* pages/units.c: the business unit tree */
void page_units(struct request *req);
void page_unit_create(struct request *req);
void page_unit(struct request *req);
void page_unit_update(struct request *req);
void page_unit_move(struct request *req);
void page_unit_delete(struct request *req);

/* pages/backoffice_company.c: customer companies in the back office */
void page_bo_companies(struct request *req);
void page_bo_company(struct request *req);
void page_bo_company_assign_admin(struct request *req);
void page_bo_company_block(struct request *req);
void page_bo_company_unblock(struct request *req);
void page_bo_company_view_as(struct request *req);
void page_bo_view_as_stop(struct request *req);

/* pages/activity.c: the audit log */
void page_activity(struct request *req);
void page_bo_activity(struct request *req);
/* shared with the back-office company page */
struct audit_entry;
int page_number(const struct request *req);            /* ?page=, 1 when absent or bad */
void pager_fill(tpl_dict *d, const char *path, const char *query, int page, int total, int page_size);
void activity_fill_entries(tpl_dict *d, const struct audit_entry *rows, int n, int with_company);

/* pages/addresses.c */
void page_addresses(struct request *req);
void page_address_new(struct request *req);
void page_address_create(struct request *req);
void page_address(struct request *req);
void page_address_update(struct request *req);
void page_address_retire(struct request *req);
void page_address_restrictions(struct request *req);
void page_address_company_default(struct request *req);
void page_address_my_default(struct request *req);
void page_address_approve(struct request *req);
void page_address_reject(struct request *req);
void page_address_change_request(struct request *req);
void page_address_settings(struct request *req);
void page_address_settings_save(struct request *req);

/* pages/backoffice_addresses.c */
void page_bo_addresses(struct request *req);
void page_bo_address(struct request *req);
void page_bo_address_update(struct request *req);
void page_bo_address_approve(struct request *req);
void page_bo_address_reject(struct request *req);
void page_bo_address_request_done(struct request *req);

/* pages/backoffice_imports.c */
void page_bo_imports(struct request *req);
void page_bo_import(struct request *req);
void page_bo_export_addresses(struct request *req);

/* pages/catalog.c */
void page_catalog(struct request *req);
void page_catalog_category(struct request *req);
void page_catalog_search(struct request *req);
void page_product(struct request *req);

/* pages/backoffice_products.c */
void page_bo_products(struct request *req);
void page_bo_product_new(struct request *req);
void page_bo_product_create(struct request *req);
void page_bo_product(struct request *req);
void page_bo_product_update(struct request *req);
void page_bo_price_lists(struct request *req);
void page_bo_price_list_create(struct request *req);
void page_bo_price_list(struct request *req);
void page_bo_price_list_update(struct request *req);
void page_bo_price_list_item(struct request *req);
void page_bo_price_list_item_delete(struct request *req);
void page_bo_price_list_assign(struct request *req);

/* pages/backoffice.c */
void page_backoffice_dashboard(struct request *req);
void page_bo_change_request_done(struct request *req);

/* pages/backoffice_mail.c */
void page_backoffice_mail(struct request *req);
void page_backoffice_mail_message(struct request *req);
void page_backoffice_mail_html(struct request *req);
void page_backoffice_mail_retry(struct request *req);
void page_backoffice_mail_test(struct request *req);

/* pages/cart.c */
/* 1 when this session may have a cart: members who may place orders, and
 * applicants while the pre-approval policy is "cart". */
int cart_allowed(const struct request *req);
void page_cart(struct request *req);
void page_cart_add(struct request *req);
void page_cart_update(struct request *req);
void page_cart_empty(struct request *req);
void page_cart_remove(struct request *req);

/* pages/quick_order.c */
void page_quick_order_form(struct request *req);
void page_quick_order(struct request *req);

/* pages/checkout.c */
void page_checkout(struct request *req);
void page_checkout_review(struct request *req);
void page_checkout_submit(struct request *req);
void page_checkout_done(struct request *req);

/* pages/backoffice_shipping.c */
void page_bo_shipping(struct request *req);
void page_bo_shipping_method_create(struct request *req);
void page_bo_shipping_method(struct request *req);
void page_bo_shipping_method_update(struct request *req);
void page_bo_tax_rate_save(struct request *req);
void page_bo_tax_rate_delete(struct request *req);
void page_bo_payment_methods_save(struct request *req);
void page_bo_company_ordering(struct request *req);

/* pages/orders.c */
void page_orders(struct request *req);
void page_orders_csv(struct request *req);
void page_order(struct request *req);
void page_order_reorder(struct request *req);

/* pages/backoffice_orders.c */
void page_bo_orders(struct request *req);
void page_bo_order(struct request *req);
void page_bo_order_status(struct request *req);
void page_bo_order_cancel(struct request *req);
void page_bo_order_shipment(struct request *req);

/* pages/approval_rules.c */
/* The spending-limit card of a member's page (shown to viewers who may
 * manage approval rules; the form only when not viewing as the customer). */
void spending_limit_fill(tpl_dict *d, const struct request *req, int64_t user_id, const struct form_errors *errors);
void page_approval_rules(struct request *req);
void page_approval_rule_new(struct request *req);
void page_approval_rule_create(struct request *req);
void page_approval_settings_save(struct request *req);
void page_approval_rule(struct request *req);
void page_approval_rule_update(struct request *req);
void page_approval_rule_delete(struct request *req);
void page_team_member_spending_limit(struct request *req);

/* pages/approvals.c */
/* The approval trail of an order (steps, approvers, decisions, comments)
 * as {{>APPROVAL_TRAIL}} in d; nothing when the order had no steps. */
void approval_trail_fill(tpl_dict *d, int64_t company_id, int64_t order_id);
void page_approvals(struct request *req);
void page_approvals_bulk(struct request *req);
void page_approval_step(struct request *req);
void page_approval_decide(struct request *req);
void page_out_of_office(struct request *req);
void page_out_of_office_save(struct request *req);
void page_bo_company_approval_rules(struct request *req);

#endif
