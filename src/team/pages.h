#ifndef BUYERDESK_TEAM_PAGES_H
#define BUYERDESK_TEAM_PAGES_H

#include <stdint.h>

#include "web/fields.h"
#include "web/form.h"
#include "base/permissions.h"
#include "web/render.h"
#include "web/request.h"

/* The team pages, each named in the route table (routes.c) with the form
 * it takes (form_...; the POSTs that send nothing else take form_none). */

/* team/invitation_page.c: accepting an invitation from its mailed link,
 * setting a password (/invitation) or joining a team (/join) */
void page_invitation_form(struct request *req);
void page_invitation_accept(struct request *req);
extern const struct form_spec form_invitation_accept;
void page_join_form(struct request *req);
void page_join(struct request *req);
extern const struct form_spec form_join;

/* team/team_page.c: the member list and invitations */
void page_team(struct request *req);
void page_team_invite(struct request *req);
extern const struct form_spec form_team_invite;
void page_team_invitation_resend(struct request *req);
void page_team_invitation_revoke(struct request *req);

/* team/member_page.c: one member and the changes to them */
/* The member page again with another form's errors (the spending limit). */
void team_member_page(struct request *req, int status, int64_t user_id, const struct form_errors *errors);
/* The card another area adds to an active member's page (the approvals
 * area's spending limit), with that form's errors when it came back with
 * some. Wired in routes.c, so the team area needs no header of the area
 * above it. */
extern void (*const team_member_card)(tpl_dict *d, const struct request *req, int64_t user_id,
                                      const struct form_errors *errors);
void page_team_member(struct request *req);
void page_team_member_update(struct request *req);
extern const struct form_spec form_team_member_update;
void page_team_member_deactivate(struct request *req);
void page_team_member_reactivate(struct request *req);
void page_team_member_remove(struct request *req);
void page_team_member_hand_over(struct request *req);
extern const struct form_spec form_team_hand_over;

/* team/roles_page.c */
void page_roles(struct request *req);
void page_role_new(struct request *req);
extern const struct form_spec form_role;   /* create and update */
void page_role_create(struct request *req);
void page_role(struct request *req);
void page_role_update(struct request *req);
void page_role_delete(struct request *req);
void page_role_duplicate(struct request *req);

/* team/units_page.c: the business unit tree */
void page_units(struct request *req);
void page_unit_create(struct request *req);
extern const struct form_spec form_unit_create;
void page_unit(struct request *req);
void page_unit_update(struct request *req);
extern const struct form_spec form_unit_update;
void page_unit_move(struct request *req);
extern const struct form_spec form_unit_move;
void page_unit_delete(struct request *req);

#endif
