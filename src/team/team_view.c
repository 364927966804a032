/* The choices and small helpers every team page uses (see team_view.h):
 * the roles and units a form offers, read back by id so another company's
 * id is simply not among them, shown indented in a <select>. */
#include "team/team_view.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"
#include "base/format.h"
#include "base/validate.h"

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
    int64_t id;
    return parse_id(req_form(req, field), &id) ? find_option(opts, n, id) : NULL;
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

void team_date_or(int64_t when, const char *none, char *out, size_t size)
{
    if (when) format_date(when, out, size);
    else snprintf(out, size, "%s", none);
}

int team_can_edit(const struct request *req)
{
    return !req->session.viewing_as_customer;
}

