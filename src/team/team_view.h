#ifndef BUYERDESK_TEAM_VIEW_H
#define BUYERDESK_TEAM_VIEW_H

/* What the team's pages share (team_page.c, member_page.c,
 * invitation_page.c; units_page.c fills its forms with team_form_fill):
 * the roles and units a form offers, how a choice is read back and shown,
 * and how a write ends. Private to the team area. */

#include <stddef.h>
#include <stdint.h>

#include "team/team_store.h"
#include "web/fields.h"
#include "web/form.h"
#include "web/render.h"
#include "web/request.h"

#define TEAM_ROLES_MAX 64
#define TEAM_UNITS_MAX 200
#define TEAM_NAME_CHARS_MAX 120     /* a person's name as typed */
#define TEAM_MESSAGE_MAX 400        /* a flash or problem sentence */

#define TEAM_CHOOSE_ROLE "Choose a role from the list."
#define TEAM_CHOOSE_UNIT "Choose a business unit from the list."

/* The role and unit of a member or an invitation, as forms declare them
 * (the invitation and the member's page); the id must also be among the
 * company's choices (team_chosen). */
#define TEAM_ROLE_FIELD { "role_id", "Role", FIELD_ID, 1, 0, 0, NULL, TEAM_CHOOSE_ROLE, TEAM_CHOOSE_ROLE }
#define TEAM_UNIT_FIELD { "unit_id", "Business unit", FIELD_ID, 1, 0, 0, NULL, TEAM_CHOOSE_UNIT, TEAM_CHOOSE_UNIT }

struct team_choices {
    struct team_option roles[TEAM_ROLES_MAX];
    int n_roles;
    struct team_option units[TEAM_UNITS_MAX];
    int n_units;
};

/* Built-in roles plus the company's own; the company's units. Static: the
 * arrays are large and one request runs at a time in a worker. */
const struct team_choices *team_load_choices(int64_t company_id);

/* The option a declared id field names, or NULL for anything else: an id
 * of another company's role or unit is simply not among the choices. */
const struct team_option *team_chosen(const struct request *req, const char *field,
                                      const struct team_option *opts, int n);

/* The role and unit a form chose (TEAM_ROLE_FIELD, TEAM_UNIT_FIELD) among
 * the choices, NULL when not, adding the error: an id that is not one of
 * this company's, or a role with permissions the actor lacks (unless it
 * is current_role, the one the member has now; 0 for none). */
void team_chosen_role_unit(const struct request *req, const struct team_choices *c, int64_t current_role,
                           const struct team_option **role, const struct team_option **unit,
                           struct form_errors *errors);

/* The role's name among the choices, "" when it is not one of them. */
const char *team_role_name(const struct team_choices *c, int64_t id);

/* The options of a <select> as rows of section, units indented under
 * their parents; selected gets SELECTED. */
void team_fill_options(tpl_dict *d, const char *section, const struct team_option *opts, int n, int64_t selected);

/* The id a query parameter holds, or fallback when empty/invalid. */
int64_t team_id_or(const char *text, int64_t fallback);

/* The id a declared form field holds, or fallback when it was not sent
 * or is not an id (a page shown by GET: always fallback). */
int64_t team_field_id_or(const struct request *req, const char *field, int64_t fallback);

/* The day of when, or none when it is 0. */
void team_date_or(int64_t when, const char *none, char *out, size_t size);

/* Staff viewing as the customer see the team but change nothing. */
int team_can_edit(const struct request *req);

#endif
