/* Who approves one step (approval_rules_resolve): the people of its
 * approver group from the company's directory, never the buyer; when
 * nobody is left, the buyer's superior or else the administrators, with a
 * note saying so; and the out-of-office delegate of each approver. Pure:
 * no SQL, no I/O. */
#include "approvals/approval_rules.h"

#include <stdio.h>
#include <string.h>

#include "approvals/approval_rules_text.h"

const struct ar_member *ar_directory_member(const struct ar_directory *dir, int64_t user_id)
{
    if (user_id <= 0) return NULL;
    for (int i = 0; i < dir->n_members; i++)
        if (dir->members[i].user_id == user_id) return &dir->members[i];
    return NULL;
}

static const struct ar_unit *unit_of(const struct ar_directory *dir, int64_t id)
{
    if (id <= 0) return NULL;
    for (int i = 0; i < dir->n_units; i++)
        if (dir->units[i].id == id) return &dir->units[i];
    return NULL;
}

int64_t ar_superior(const struct ar_directory *dir, int64_t unit_id, int64_t exclude, const struct ar_unit **unit)
{
    const struct ar_unit *u = unit_of(dir, unit_id);
    /* A tree of n units has no path longer than n: more means a cycle. */
    for (int steps = 0; u && steps <= dir->n_units; steps++) {
        int64_t m = u->manager_user_id;
        if (m > 0 && m != exclude && ar_directory_member(dir, m)) {
            if (unit) *unit = u;
            return m;
        }
        u = unit_of(dir, u->parent_id);
    }
    if (unit) *unit = NULL;
    return 0;
}

static int has_approver(const struct ar_resolved *r, int64_t user_id)
{
    for (int i = 0; i < r->n; i++)
        if (r->approvers[i].user_id == user_id) return 1;
    return 0;
}

static void add_approver(struct ar_resolved *r, int64_t user_id, enum ar_via via, int64_t on_behalf_of)
{
    if (user_id <= 0 || has_approver(r, user_id) || r->n >= AR_STEP_APPROVERS_MAX) return;
    r->approvers[r->n].user_id = user_id;
    r->approvers[r->n].via = via;
    r->approvers[r->n].on_behalf_of = on_behalf_of;
    r->n++;
}

static int in_refs(const struct ar_group *g, int64_t id)
{
    for (int i = 0; i < g->n; i++)
        if (g->refs[i].id == id) return 1;
    return 0;
}

/* "Alicia Moreno", "Alicia Moreno and Nora Lindqvist", "A, B, C and 2 more". */
static void names_of(const struct ar_directory *dir, const struct ar_resolved *r, char *out, size_t size)
{
    out[0] = '\0';
    int shown = r->n < 3 ? r->n : 3;
    for (int i = 0; i < shown; i++) {
        const struct ar_member *m = ar_directory_member(dir, r->approvers[i].user_id);
        if (i > 0) ar_appendf(out, size, "%s", i == r->n - 1 ? " and " : ", ");
        ar_appendf(out, size, "%s", m ? m->name : "?");
    }
    if (r->n > shown) ar_appendf(out, size, " and %d more", r->n - shown);
}

int approval_rules_resolve(const struct ar_step *step, int64_t buyer_user_id, int64_t buyer_unit_id,
                           const char *buyer_name, const struct ar_directory *dir, struct ar_resolved *out)
{
    memset(out, 0, sizeof *out);
    utf8_copy(out->label, sizeof out->label, step->label);
    const struct ar_group *g = &step->group;
    int buyer_dropped = 0;

    switch (g->kind) {
    case AR_GROUP_ROLES:
        for (int i = 0; i < dir->n_members; i++) {
            if (!in_refs(g, dir->members[i].role_id)) continue;
            if (dir->members[i].user_id == buyer_user_id) buyer_dropped = 1;
            else add_approver(out, dir->members[i].user_id, AR_VIA_ROLE, 0);
        }
        break;
    case AR_GROUP_MEMBERS:
        for (int i = 0; i < g->n; i++) {
            if (!ar_directory_member(dir, g->refs[i].id)) continue;
            if (g->refs[i].id == buyer_user_id) buyer_dropped = 1;
            else add_approver(out, g->refs[i].id, AR_VIA_MEMBER, 0);
        }
        break;
    case AR_GROUP_SUPERIOR: {
        const struct ar_unit *u = NULL;
        int64_t sup = ar_superior(dir, buyer_unit_id, buyer_user_id, &u);
        if (sup) {
            const struct ar_member *m = ar_directory_member(dir, sup);
            add_approver(out, sup, AR_VIA_SUPERIOR, 0);
            snprintf(out->label, sizeof out->label, "%s (superior)", m ? m->name : "?");
        }
        break;
    }
    }

    const char *buyer = buyer_name && buyer_name[0] ? buyer_name : "The buyer";
    if (out->n == 0) {
        /* Nobody else: the buyer's superior, else the administrators. */
        char cause[AR_LABEL_MAX], cause_you[AR_LABEL_MAX], target[AR_LABEL_MAX];
        if (buyer_dropped) {
            snprintf(cause, sizeof cause, "%s placed the order and is the only approver", buyer);
            snprintf(cause_you, sizeof cause_you, "You are the only approver");
        } else if (g->kind == AR_GROUP_SUPERIOR) {
            snprintf(cause, sizeof cause, "%s has no superior in the business units", buyer);
            snprintf(cause_you, sizeof cause_you, "You have no superior in the business units");
        } else {
            snprintf(cause, sizeof cause, "Nobody can approve as %s", step->label);
            snprintf(cause_you, sizeof cause_you, "Nobody can approve as %s", step->label);
        }
        const struct ar_unit *u = NULL;
        int64_t sup = g->kind == AR_GROUP_SUPERIOR ? 0 : ar_superior(dir, buyer_unit_id, buyer_user_id, &u);
        if (sup) {
            const struct ar_member *m = ar_directory_member(dir, sup);
            add_approver(out, sup, AR_VIA_SUPERIOR, 0);
            snprintf(target, sizeof target, "%s, manager of %s", m ? m->name : "?", u ? u->name : "?");
        } else {
            for (int i = 0; i < dir->n_members; i++)
                if (dir->members[i].role_id == AR_ADMINISTRATOR_ROLE && dir->members[i].user_id != buyer_user_id)
                    add_approver(out, dir->members[i].user_id, AR_VIA_ADMINISTRATOR, 0);
            char names[AR_LABEL_MAX];
            names_of(dir, out, names, sizeof names);
            snprintf(target, sizeof target, "the company administrator%s %s", out->n == 1 ? "" : "s", names);
        }
        if (out->n == 0) {
            snprintf(out->note, sizeof out->note, "%s, and nobody else can approve it: this approval is skipped.", cause);
            snprintf(out->note_you, sizeof out->note_you, "%s, and nobody else can approve it: this approval is skipped.",
                     cause_you);
            utf8_tidy(out->note);
            utf8_tidy(out->note_you);
            return 0;
        }
        snprintf(out->note, sizeof out->note, "%s: it goes to %s.", cause, target);
        snprintf(out->note_you, sizeof out->note_you, "%s: this goes to %s.", cause_you, target);
    } else if (buyer_dropped && g->all) {
        snprintf(out->note, sizeof out->note, "%s placed the order and cannot approve it: the other approvers decide.",
                 buyer);
        snprintf(out->note_you, sizeof out->note_you,
                 "You cannot approve your own order: the other approvers must all approve.");
    }
    out->all = g->all && out->n > 1;
    utf8_tidy(out->label);
    utf8_tidy(out->note);
    utf8_tidy(out->note_you);

    /* Out of office: each approver's delegate is asked too. */
    int primary = out->n;
    for (int i = 0; i < primary; i++) {
        for (int d = 0; d < dir->n_delegations; d++) {
            const struct ar_delegation *del = &dir->delegations[d];
            if (del->user_id != out->approvers[i].user_id || del->delegate_user_id == buyer_user_id) continue;
            if (!ar_directory_member(dir, del->delegate_user_id)) continue;
            add_approver(out, del->delegate_user_id, AR_VIA_DELEGATE, del->user_id);
        }
    }
    return out->n;
}
