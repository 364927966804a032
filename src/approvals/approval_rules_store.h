#ifndef BUYERDESK_STORE_APPROVAL_RULES_H
#define BUYERDESK_STORE_APPROVAL_RULES_H

#include <stddef.h>
#include <stdint.h>

#include "approvals/approval_rules.h"

/* Approval rules SQL: the rules with their conditions, targets and
 * approvers; the company's approval settings; spending limits; what the
 * evaluation needs at checkout (members, units, delegations, categories,
 * period spends); and the approval steps an order gets at submit. Every
 * function takes the company: another company's rule, role, unit or
 * member is "not found". Writes expect the caller's open transaction.
 * Lookups return 1 found, 0 not found, -1 on error; lists the rows
 * written (at most max) or -1. */

#define APPROVAL_RULES_MAX 64
#define APPROVAL_CHOICES_MAX 500
#define APPROVAL_MEMBERS_MAX 1000
#define APPROVAL_UNITS_MAX 500
#define APPROVAL_CATEGORIES_MAX 2000
#define APPROVAL_DELEGATIONS_MAX 200
#define APPROVAL_LIMITS_MAX 500

/* --- Rules ------------------------------------------------------------------ */

/* The company's rules by level, then name, each with its conditions,
 * targets and approvers (names filled; "" for ones deleted since), in four
 * queries. rule_id 0: every rule, else that one; active_only: skip
 * inactive ones. */
int store_approval_rules_load(int64_t company_id, int64_t rule_id, int active_only, struct ar_rule *out, int max);
int store_approval_rule_get(int64_t company_id, int64_t id, struct ar_rule *out);
/* 1 when another rule of the company (not except_id) has this name, ignoring case. */
int store_approval_rule_name_taken(int64_t company_id, const char *name, int64_t except_id);
/* Writes the rule and its children. create sets *id; update returns 1
 * changed, 0 no such rule of the company; both -1 on error. */
int store_approval_rule_create(int64_t company_id, const struct ar_rule *r, int64_t now, int64_t *id);
int store_approval_rule_update(int64_t company_id, const struct ar_rule *r, int64_t now);
/* The rule and its children; approval steps already made keep their
 * snapshot. 1 deleted, 0 no such rule, -1. */
int store_approval_rule_delete(int64_t company_id, int64_t id);

/* --- What the editor offers ------------------------------------------------------ */

struct approval_choice {
    int64_t id;
    int64_t parent_id;               /* units, categories: 0 at the top */
    char name[AR_NAME_MAX];
    char detail[AR_NAME_MAX];        /* members: their role */
    int builtin;                     /* roles */
};

/* Built-in roles, then the company's own by name. */
int store_approval_choice_roles(int64_t company_id, struct approval_choice *out, int max);
/* The company's units (parent_id 0 for the root), siblings by name. */
int store_approval_choice_units(int64_t company_id, struct approval_choice *out, int max);
/* Active members by name, with their role. */
int store_approval_choice_members(int64_t company_id, struct approval_choice *out, int max);
/* Every category, by name (the page orders them as a tree). */
int store_approval_choice_categories(struct approval_choice *out, int max);
/* Whether a product with this SKU exists (any case); its SKU as the
 * catalog writes it goes to canonical. */
int store_approval_sku_known(const char *sku, char *canonical, size_t size);

/* --- Company settings and spending limits -------------------------------------------- */

struct approval_settings {
    int refuse;                      /* over a spending limit: 1 refuse, 0 ask the superior */
    int reminder_days;               /* 0: never */
    int escalate;
};
int store_approval_settings_get(int64_t company_id, struct approval_settings *out);
int store_approval_settings_set(int64_t company_id, const struct approval_settings *s);

struct spending_limit {
    int64_t user_id;
    char name[AR_NAME_MAX];
    int64_t amount;
    enum ar_period period;
    int days;
    int64_t updated_at;
};
int store_spending_limit_get(int64_t company_id, int64_t user_id, struct spending_limit *out);
/* Members of the company with a limit, by name. */
int store_spending_limits_list(int64_t company_id, struct spending_limit *out, int max);
int store_spending_limit_set(int64_t company_id, int64_t user_id, int64_t amount, enum ar_period period, int days,
                             int64_t now);
/* 1 removed, 0 there was none, -1. */
int store_spending_limit_clear(int64_t company_id, int64_t user_id);

/* --- What an evaluation needs ------------------------------------------------------- */

int store_approval_categories(struct ar_category *out, int max);
/* Active members of the company (active logins) who hold one of the
 * roles or are one of the users, by name. */
#define AR_MEMBER_IDS_MAX 2048   /* roles or users asked for, each */
int store_approval_members(int64_t company_id, const int64_t *role_ids, int n_roles, const int64_t *user_ids,
                           int n_users, struct ar_member *out, int max);
int store_approval_units(int64_t company_id, struct ar_unit *out, int max);
/* Delegations of the company covering now. */
int store_approval_delegations(int64_t company_id, int64_t now, struct ar_delegation *out, int max);
/* Fills spends[i].spent: the buyer's orders placed in each period (up to
 * now), not rejected or cancelled, except the order exclude_order_id (the
 * one being submitted; 0: none). One query. 0 or -1. */
int store_approval_spends(int64_t company_id, int64_t user_id, int64_t exclude_order_id, int64_t now,
                          struct ar_spend *spends, int n);
/* The company's name (for mail). */
int store_approval_company_name(int64_t company_id, char *out, size_t size);
/* The member's limit and the company's action. 0 or -1 (out->set 0: none). */
int store_approval_limit(int64_t company_id, int64_t user_id, struct ar_limit *out);

/* --- Steps -------------------------------------------------------------------------- */

struct approval_step_new {
    int64_t order_id;
    int64_t company_id;
    int level;
    int64_t rule_id;                 /* 0: the spending limit (NULL) */
    const char *rule_name;
    const char *reason;
    const char *approver_label;
    int all;
    const char *note;
    const char *status;              /* waiting, queued */
    int64_t requested_at;            /* 0: NULL */
};
/* The step's id, or -1. */
int64_t store_approval_step_insert(const struct approval_step_new *s);
int store_approval_step_approver_insert(int64_t step_id, int64_t company_id, const struct ar_approver *a);

#endif
