#ifndef BUYERDESK_RULE_FORM_H
#define BUYERDESK_RULE_FORM_H

/* The rule editor's form (rule_form.c), private to the approvals area:
 * what it offers to choose from, the form as text (kept as typed, so that a
 * form with errors comes back unchanged), reading it from a saved rule or
 * from a request, and checking it into an ar_rule. The page that shows it
 * and saves the rule is rule_editor_page.c. */

#include <stdint.h>

#include "approvals/approval_rules.h"
#include "approvals/approval_rules_store.h"
#include "team/unit_tree.h"
#include "web/fields.h"
#include "web/form.h"
#include "web/request.h"

#define ROWS 4                       /* at most this many conditions on the form */
#define TICKS_MAX APPROVAL_CHOICES_MAX

/* --- What the editor offers ------------------------------------------------------ */

struct tree_choices {
    struct approval_choice rows[APPROVAL_CATEGORIES_MAX];
    int n;
    struct unit_node nodes[APPROVAL_CATEGORIES_MAX];
    int order[APPROVAL_CATEGORIES_MAX];
    int depth[APPROVAL_CATEGORIES_MAX];
};

struct choices {
    struct approval_choice roles[APPROVAL_CHOICES_MAX];
    int n_roles;
    struct approval_choice members[APPROVAL_CHOICES_MAX];
    int n_members;
    struct tree_choices units;
    struct tree_choices categories;
};

/* The company's choices for this request, filled by load_choices before
 * the form is checked or shown (both look ids up in it). */
extern struct choices choices;

int rule_load_choices(int64_t company_id, struct choices *c);

/* --- The form as text ---------------------------------------------------------------- */

struct cond_view {
    char kind[32];
    char op[16];
    char amount[40];
    char amount2[40];
    char sku[96];
    char category[24];
    char period[16];
    char days[16];
};

struct id_set {
    int64_t ids[TICKS_MAX];
    int n;
};

struct rule_view {
    int posted;                      /* from a request: its texts come back as sent (form_fill) */
    char name[512];
    int active;
    char level[8];
    int any;
    struct cond_view rows[ROWS];
    int n_rows;                      /* condition blocks on the form, 1..ROWS */
    int focus_row;                   /* 1..n_rows: autofocus its "Looks at" (0: none) */
    char applies_to[16];
    struct id_set at_role, at_unit, at_member;
    char approver_kind[16];
    struct id_set ap_role, ap_member;
    int all;
};

/* Field names of the form and their labels, for the error summary. */
extern const char *const rule_fields[];
extern const char *const rule_labels[];

int rule_set_has(const struct id_set *s, int64_t id);

void rule_view_from_rule(const struct ar_rule *r, struct rule_view *v);
/* The form of a new rule: active, level 1, for everyone, approved by a
 * role, with one "order total is over" condition to fill in. */
void rule_view_new(struct rule_view *v);
/* The form as posted: the condition blocks posted, numbered again from 1;
 * of each, only the parts its kind uses. */
void rule_view_from_request(const struct request *req, struct rule_view *v);

/* The parts (AR_PART_*) the condition as typed uses: none while its kind
 * is not one of the list. */
unsigned rule_row_parts(const struct cond_view *row);

/* The field name of row i's part (a static string from rule_fields). */
const char *rule_row_field_name(int row, const char *what);

/* Checks the submitted form into r; errors starts with the declared
 * checks' (field_errors). Returns the number of errors. */
int rule_check(const struct rule_view *v, struct ar_rule *r, struct form_errors *errors);

#endif
