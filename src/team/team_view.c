/* The choices and small helpers every team page uses (see team_view.h):
 * the roles and units a form offers, read back by id so another company's
 * id is simply not among them, shown indented in a <select>. */
#include "team/team_view.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"
#include "base/format.h"
#include "base/validate.h"
#include "team/team_rules.h"

const struct team_choices *team_load_choices(int64_t company_id)
{
    static struct team_choices c;
    c.n_roles = store_team_roles(company_id, c.roles, TEAM_ROLES_MAX);
    c.n_units = store_team_units(company_id, c.units, TEAM_UNITS_MAX);
    if (c.n_roles < 0) c.n_roles = 0;
    if (c.n_units < 0) c.n_units = 0;
    return &c;
}

static const struct team_option *find_option(const struct team_option *opts, int n, int64_t id)
{
    for (int i = 0; i < n; i++)
        if (opts[i].id == id) return &opts[i];
    return NULL;
}

const struct team_option *team_chosen(const struct request *req, const char *field,
                                      const struct team_option *opts, int n)
{
    return find_option(opts, n, field_number(req, field));   /* 0 (not an id) is no option */
}

void team_chosen_role_unit(const struct request *req, const struct team_choices *c, int64_t current_role,
                           const struct team_option **role, const struct team_option **unit,
                           struct form_errors *errors)
{
    *role = team_chosen(req, "role_id", c->roles, c->n_roles);
    *unit = team_chosen(req, "unit_id", c->units, c->n_units);
    /* A well-formed id (the declaration checked that) must still be one of
     * this company's. */
    if (field_ok(req, "role_id") && !*role) form_error(errors, "role_id", TEAM_CHOOSE_ROLE);
    else if (*role && (*role)->id != current_role && !team_may_grant(req->session.permissions, (*role)->permissions))
        form_error(errors, "role_id", "You can only give a role whose permissions you have yourself.");
    if (field_ok(req, "unit_id") && !*unit) form_error(errors, "unit_id", TEAM_CHOOSE_UNIT);
}

const char *team_role_name(const struct team_choices *c, int64_t id)
{
    const struct team_option *o = find_option(c->roles, c->n_roles, id);
    return o ? o->name : "";
}

/* Units are shown indented under their parents. */
static void option_label(const struct team_option *o, char *out, size_t size)
{
    size_t n = 0;
    out[0] = '\0';
    for (int i = 0; i < o->depth && i < 8 && n + 7 < size; i++) {
        memcpy(out + n, "\xc2\xa0\xc2\xa0\xc2\xa0", 6);   /* no-break spaces survive in <option> */
        n += 6;
    }
    snprintf(out + n, size - n, "%s", o->name);
}

void team_fill_options(tpl_dict *d, const char *section, const struct team_option *opts, int n, int64_t selected)
{
    char label[TEAM_NAME_MAX + 64];
    for (int i = 0; i < n; i++) {
        tpl_dict *o = tpl_add_section(d, section);
        tpl_set_int(o, "ID", opts[i].id);
        option_label(&opts[i], label, sizeof label);
        tpl_set(o, "NAME", label);
        if (opts[i].id == selected) tpl_show(o, "SELECTED");
    }
}

int64_t team_id_or(const char *text, int64_t fallback)
{
    int64_t id;
    return parse_id(text, &id) ? id : fallback;
}

int64_t team_field_id_or(const struct request *req, const char *field, int64_t fallback)
{
    return field_ok(req, field) ? field_number(req, field) : fallback;
}

void team_date_or(int64_t when, const char *none, char *out, size_t size)
{
    if (when) format_date(when, out, size);
    else snprintf(out, size, "%s", none);
}

int team_can_edit(const struct request *req)
{
    return !req->session.viewing_as_customer;
}

