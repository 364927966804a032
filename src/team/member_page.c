/* One member of the company's team (/account/team/:id): their page, and
 * the changes to them: role and unit, deactivate, reactivate, remove, and
 * handing the administrator role over. Each change re-reads the member
 * inside the write lock and asks team_rules.c (the last administrator,
 * what one may grant) before it is made. */
#include "team/pages.h"

#include <stdio.h>
#include <string.h>

#include "audit/audit.h"
#include "base/db.h"
#include "web/form.h"
#include "base/format.h"
#include "web/response.h"
#include "team/team_store.h"
#include "team/team_rules.h"
#include "team/team_view.h"
#include "base/validate.h"

static const char *const member_fields[] = { "role_id", "unit_id", "my_role_id", "limit_amount", "limit_period",
                                            "limit_days", NULL };
static const char *const member_labels[] = { "Role", "Business unit", "Your role afterwards", "Spending limit",
                                            "Limit period", "Days", NULL };

static const struct field member_update_fields[] = { TEAM_ROLE_FIELD, TEAM_UNIT_FIELD, { NULL } };
const struct form_spec form_team_member_update = { "team_member_update", member_update_fields };

/* Blank: the actor keeps their own role. */
static const struct field hand_over_fields[] = {
    { "my_role_id", "Your role afterwards", FIELD_ID, 0, 0, 0, NULL, NULL, TEAM_CHOOSE_ROLE },
    { NULL },
};
const struct form_spec form_team_hand_over = { "team_hand_over", hand_over_fields };

/* The member is the one signed in (never so for staff viewing as them). */
static int is_self(const struct request *req, int64_t user_id)
{
    return req->session.realm == REALM_MEMBER && req->session.user_id == user_id;
}

/* The member named by :id (a user id) in this company, or 404. */
static int load_member(struct request *req, struct team_member *m)
{
    int64_t id;
    if (parse_id(req->params.values[0], &id) && store_team_member(req->session.company_id, id, m) == 1) return 1;
    response_error(req, 404, "There is no such member in your company.");
    return 0;
}

/* The acting member's own role (0 when the actor is not a member here,
 * e.g. staff viewing as the customer). */
static int64_t actor_role(const struct request *req)
{
    struct team_member me;
    if (req->session.realm != REALM_MEMBER) return 0;
    return store_team_member(req->session.company_id, req->session.user_id, &me) == 1 ? me.role_id : 0;
}

static void render_member(struct request *req, int status, const struct team_member *m,
                          const struct form_errors *errors, const char *problem)
{
    const struct team_choices *c = team_load_choices(req->session.company_id);
    tpl_dict *d = response_page(req, status, "team/team_member.tpl", m->name);
    char joined[32], last[32];
    format_date(m->joined_at, joined, sizeof joined);
    team_date_or(m->last_sign_in_at, "Never", last, sizeof last);
    tpl_set_int(d, "ID", m->user_id);
    tpl_set(d, "NAME", m->name);
    tpl_set(d, "EMAIL", m->email);
    tpl_set(d, "JOB_TITLE", m->job_title[0] ? m->job_title : "\xe2\x80\x94");
    tpl_set(d, "PHONE", m->phone[0] ? m->phone : "\xe2\x80\x94");
    tpl_set(d, "ROLE", m->role);
    tpl_set(d, "UNIT", m->unit[0] ? m->unit : "\xe2\x80\x94");
    tpl_set(d, "JOINED", joined);
    tpl_set(d, "LAST_SIGN_IN", last);
    tpl_set(d, "COMPANY_NAME", req->session.company_name);
    tpl_show(d, m->active ? "ACTIVE" : "DEACTIVATED");
    if (problem) tpl_set(tpl_add_section(d, "PROBLEM"), "TEXT", problem);
    form_fill_labelled(d, req, member_fields, member_labels, errors);
    int self = is_self(req, m->user_id);
    if (self) tpl_show(d, "SELF");
    if (m->active) team_member_card(d, req, m->user_id, errors);
    if (!team_can_edit(req)) {
        tpl_show(d, "READ_ONLY");
        return;
    }
    tpl_dict *e = tpl_add_section(d, "EDIT");
    tpl_set(e, "CSRF_TOKEN", req->csrf_token);
    tpl_set_int(e, "ID", m->user_id);
    form_fill_labelled(e, req, member_fields, member_labels, errors);
    team_fill_options(e, "ROLE", c->roles, c->n_roles, team_field_id_or(req, "role_id", m->role_id));
    team_fill_options(e, "UNIT", c->units, c->n_units, team_field_id_or(req, "unit_id", m->unit_id));
    if (!m->unit_id) tpl_show(e, "NO_UNIT");

    tpl_dict *s = tpl_add_section(d, "STATUS_ACTIONS");
    tpl_set(s, "CSRF_TOKEN", req->csrf_token);
    tpl_set_int(s, "ID", m->user_id);
    tpl_set(s, "NAME", m->name);
    tpl_set(s, "COMPANY_NAME", req->session.company_name);
    /* Nobody deactivates or removes themselves (the POSTs refuse it too). */
    if (self) {
        tpl_show(s, "SELF_NOTE");
    } else {
        tpl_show(s, m->active ? "CAN_DEACTIVATE" : "CAN_REACTIVATE");
        tpl_show(s, "CAN_REMOVE");
    }

    int64_t mine = actor_role(req);
    if (!self && m->active && team_is_admin(mine, 1) && m->role_id != TEAM_ADMIN_ROLE_ID) {
        tpl_dict *h = tpl_add_section(d, "HAND_OVER");
        tpl_set(h, "CSRF_TOKEN", req->csrf_token);
        tpl_set_int(h, "ID", m->user_id);
        tpl_set(h, "NAME", m->name);
        form_fill_labelled(h, req, member_fields, member_labels, errors);
        int64_t keep = team_field_id_or(req, "my_role_id", 0);
        for (int i = 0; i < c->n_roles; i++) {
            if (c->roles[i].id == TEAM_ADMIN_ROLE_ID) continue;
            tpl_dict *o = tpl_add_section(h, "MY_ROLE");
            tpl_set_int(o, "ID", c->roles[i].id);
            tpl_set(o, "NAME", c->roles[i].name);
            if (c->roles[i].id == keep) tpl_show(o, "SELECTED");
        }
    }
}

void page_team_member(struct request *req)
{
    struct team_member m;
    if (load_member(req, &m)) render_member(req, 200, &m, NULL, NULL);
}

/* The member page again with the spending-limit form's errors. */
void team_member_page(struct request *req, int status, int64_t user_id, const struct form_errors *errors)
{
    struct team_member m;
    if (store_team_member(req->session.company_id, user_id, &m) == 1) render_member(req, status, &m, errors, NULL);
    else response_error(req, 404, "There is no such member in your company.");
}

/* Everything a change to a member needs, read inside the write lock so
 * the rule is checked against the state the change is made on. */
struct member_tx {
    struct team_member m;
    struct team_change change;
};

/* Begins the transaction and re-reads the member and the administrators.
 * On failure the response is set and 0 returned (nothing open). */
static int begin_member_change(struct request *req, int64_t user_id, enum team_action action, int64_t new_role,
                               struct member_tx *tx)
{
    if (db_begin() != 0) {
        response_error(req, 503, "Please try again in a moment.");
        return 0;
    }
    int found = store_team_member(req->session.company_id, user_id, &tx->m);
    int admins = store_team_admin_count(req->session.company_id);
    if (found != 1 || admins < 0) {
        db_rollback();
        if (found == 0) response_error(req, 404, "There is no such member in your company.");
        else response_error(req, 500, "Something went wrong. Nothing was changed.");
        return 0;
    }
    struct team_change c = {
        .action = action, .active_admins = admins, .target_role_id = tx->m.role_id, .target_active = tx->m.active,
        .self = is_self(req, user_id), .new_role_id = new_role, .actor_role_id = actor_role(req),
    };
    tx->change = c;
    return 1;
}

/* Checks the rules; when refused, rolls back and shows why (422, or 409
 * when someone else already made the change). Returns 1 when allowed. */
static int rules_allow(struct request *req, struct member_tx *tx)
{
    /* Only members whose role the actor could have given them: a custom
     * role that manages members cannot deactivate an administrator. */
    unsigned target_permissions = 0;
    if (store_team_role_permissions(req->session.company_id, tx->m.role_id, &target_permissions) != 1
        || !team_may_grant(req->session.permissions, target_permissions)) {
        db_rollback();
        render_member(req, 403, &tx->m, NULL,
                      "You can only change members whose role has no permissions beyond your own.");
        return 0;
    }
    enum team_verdict v = team_check(&tx->change);
    if (v == TEAM_ALLOWED) return 1;
    db_rollback();
    char msg[TEAM_MESSAGE_MAX];
    team_verdict_message(v, req->session.company_name, msg, sizeof msg);
    render_member(req, v == TEAM_ALREADY ? 409 : 422, &tx->m, NULL, msg);
    return 0;
}

static void back_to_member(struct request *req, int64_t user_id, const char *message)
{
    char url[64];
    snprintf(url, sizeof url, "/account/team/%lld", (long long)user_id);
    flash_set(req, "success", message);
    response_redirect(req, url);
}

/* After changing their own role a member may no longer manage the team:
 * send them home rather than to a page they cannot open. */
static void back_after_role_change(struct request *req, int64_t user_id, unsigned my_new_permissions,
                                   int changed_self, const char *message)
{
    if (changed_self && !permissions_allow(my_new_permissions, PERM_MANAGE_MEMBERS)) {
        flash_set(req, "success", message);
        response_redirect(req, "/account");
        return;
    }
    back_to_member(req, user_id, message);
}

void page_team_member_update(struct request *req)
{
    struct team_member m;
    if (!load_member(req, &m)) return;
    const struct team_choices *c = team_load_choices(req->session.company_id);
    struct form_errors errors = *field_errors(req);
    const struct team_option *role, *unit;
    team_chosen_role_unit(req, c, m.role_id, &role, &unit, &errors);
    if (errors.count) {
        render_member(req, 422, &m, &errors, NULL);
        return;
    }
    struct member_tx tx;
    if (!begin_member_change(req, m.user_id, TEAM_SET_ROLE, role->id, &tx)) return;
    if (!rules_allow(req, &tx)) return;
    if (tx.m.role_id == role->id && tx.m.unit_id == unit->id) {
        db_rollback();
        back_to_member(req, m.user_id, "Nothing changed.");
        return;
    }
    struct audit_change changes[2];
    size_t n = 0;
    if (tx.m.role_id != role->id) changes[n++] = (struct audit_change){ "Role", tx.m.role, role->name };
    if (tx.m.unit_id != unit->id) changes[n++] = (struct audit_change){ "Business unit", tx.m.unit, unit->name };
    int ok = store_team_member_set(req->session.company_id, m.user_id, role->id, unit->id) == 0
          && audit_record(&req->actor, req->session.company_id, "member.updated", tx.m.name, changes, n) == 0;
    if (!db_finish(ok, "member update")) {
        response_error(req, 500, "The change could not be saved. Nothing was changed.");
        return;
    }
    char msg[TEAM_MESSAGE_MAX];
    snprintf(msg, sizeof msg, "%s is now %s in %s.", tx.m.name, role->name, unit->name);
    back_after_role_change(req, m.user_id, role->permissions, tx.change.self, msg);
}

/* Deactivate or reactivate. */
static void set_active(struct request *req, int active)
{
    struct team_member m;
    if (!load_member(req, &m)) return;
    struct member_tx tx;
    if (!begin_member_change(req, m.user_id, active ? TEAM_REACTIVATE : TEAM_DEACTIVATE, 0, &tx)) return;
    if (!rules_allow(req, &tx)) return;
    const char *from = active ? "deactivated" : "active", *to = active ? "active" : "deactivated";
    int changed = store_team_member_set_status(req->session.company_id, m.user_id, from, to);
    const struct audit_change changes[] = {
        { "Status", active ? "Deactivated" : "Active", active ? "Active" : "Deactivated" },
    };
    /* A deactivated member's sessions in this company end now, not at
     * their next expiry; their other companies are not affected. */
    int ok = changed == 1 && (active || store_team_end_sessions(req->session.company_id, m.user_id) == 0)
          && audit_record(&req->actor, req->session.company_id, active ? "member.reactivated" : "member.deactivated",
                          tx.m.name, changes, 1) == 0;
    if (!db_finish(ok, active ? "reactivate" : "deactivate")) {
        response_error(req, 500, "The change could not be saved. Nothing was changed.");
        return;
    }
    char msg[TEAM_MESSAGE_MAX];
    if (active) snprintf(msg, sizeof msg, "%s is active again and can sign in to %s.", tx.m.name, req->session.company_name);
    else snprintf(msg, sizeof msg, "%s is deactivated: they were signed out and cannot sign in to %s.", tx.m.name,
                  req->session.company_name);
    back_to_member(req, m.user_id, msg);
}

void page_team_member_deactivate(struct request *req)
{
    set_active(req, 0);
}

void page_team_member_reactivate(struct request *req)
{
    set_active(req, 1);
}

void page_team_member_remove(struct request *req)
{
    struct team_member m;
    if (!load_member(req, &m)) return;
    struct member_tx tx;
    if (!begin_member_change(req, m.user_id, TEAM_REMOVE, 0, &tx)) return;
    if (!rules_allow(req, &tx)) return;
    const struct audit_change changes[] = {
        { "Email", tx.m.email, "" }, { "Role", tx.m.role, "" }, { "Business unit", tx.m.unit, "" },
    };
    int ok = store_team_member_delete(req->session.company_id, m.user_id) == 0
          && store_team_end_sessions(req->session.company_id, m.user_id) == 0
          && audit_record(&req->actor, req->session.company_id, "member.removed", tx.m.name, changes, 3) == 0;
    if (!db_finish(ok, "remove")) {
        response_error(req, 500, "The member could not be removed. Nothing was changed.");
        return;
    }
    char msg[TEAM_MESSAGE_MAX];
    snprintf(msg, sizeof msg, "%s was removed from %s. Their login and any other companies they work for stay as they are.",
             tx.m.name, req->session.company_name);
    flash_set(req, "success", msg);
    response_redirect(req, "/account/team");
}

void page_team_member_hand_over(struct request *req)
{
    struct team_member m;
    if (!load_member(req, &m)) return;
    const struct team_choices *c = team_load_choices(req->session.company_id);
    struct form_errors errors = *field_errors(req);
    const struct team_option *mine = team_chosen(req, "my_role_id", c->roles, c->n_roles);
    if (field_ok(req, "my_role_id") && !mine) form_error(&errors, "my_role_id", TEAM_CHOOSE_ROLE);
    if (errors.count) {
        render_member(req, 422, &m, &errors, NULL);
        return;
    }
    struct member_tx tx;
    int64_t my_new = mine ? mine->id : 0;
    if (!begin_member_change(req, m.user_id, TEAM_HAND_OVER, my_new, &tx)) return;
    if (!rules_allow(req, &tx)) return;
    int64_t my_old = tx.change.actor_role_id;
    int step_down = my_new && my_new != my_old;
    const char *admin = team_role_name(c, TEAM_ADMIN_ROLE_ID);
    const struct audit_change given[] = { { "Role", tx.m.role, admin } };
    int ok = (tx.m.role_id == TEAM_ADMIN_ROLE_ID
              || store_team_member_set(req->session.company_id, m.user_id, TEAM_ADMIN_ROLE_ID, tx.m.unit_id) == 0)
          && audit_record(&req->actor, req->session.company_id, "member.admin_handed_over", tx.m.name, given, 1) == 0;
    if (ok && step_down) {
        struct team_member me;
        ok = store_team_member(req->session.company_id, req->session.user_id, &me) == 1
          && store_team_member_set(req->session.company_id, me.user_id, my_new, me.unit_id) == 0;
        const struct audit_change mine_changed[] = { { "Role", me.role, mine->name } };
        ok = ok && audit_record(&req->actor, req->session.company_id, "member.updated", me.name, mine_changed, 1) == 0;
    }
    if (!db_finish(ok, "hand-over")) {
        response_error(req, 500, "The change could not be saved. Nothing was changed.");
        return;
    }
    char msg[TEAM_MESSAGE_MAX];
    if (step_down) snprintf(msg, sizeof msg, "%s is now an administrator of %s, and you are %s.", tx.m.name,
                            req->session.company_name, mine->name);
    else snprintf(msg, sizeof msg, "%s is now an administrator of %s.", tx.m.name, req->session.company_name);
    back_after_role_change(req, m.user_id, step_down ? mine->permissions : PERM_ALL, step_down, msg);
}
