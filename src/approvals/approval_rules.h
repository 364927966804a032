#ifndef BUYERDESK_APPROVAL_RULES_H
#define BUYERDESK_APPROVAL_RULES_H

#include <stddef.h>
#include <stdint.h>

#include "orders/order_draft.h"
#include "base/utf8.h"

/* Approval rules (issue 9), pure: no SQL, no I/O.
 *
 * A rule: conditions combined with AND (all) or OR (any), whom it applies
 * to (everyone, roles, business units with everything below them, members),
 * who approves (any holder of one of some roles, or one of each role in
 * mode "all"; named members, any one or all of them; the buyer's
 * superior), and a level (level 2 is asked only after level 1 said yes).
 *
 * approval_rules_evaluate() turns the order, the buyer and the rules into
 * the approval steps the order needs: one per (level, approver group), so
 * two rules asking the same people at the same level make ONE step that
 * lists both rules and both reasons. approval_rules_resolve() then names
 * the people of one step from the company's directory: separation of
 * duties (the buyer never approves their own order; when nobody else is
 * left it goes to the next superior, else the administrators) and
 * out-of-office delegates. The store loads the data; this decides.
 *
 * The code: approval_rules.c (names, condition parts, periods, checks,
 * parsing), approval_rules_evaluate.c (evaluation, spend needs),
 * approval_rules_resolve.c (who approves), approval_rules_summary.c (rules
 * in words), approval_rules_text.c (their shared text helpers, and ar_copy). */

#define AR_NAME_MAX 128          /* bytes of a role, unit, member or category name (cut at a character) */
#define AR_RULE_NAME_MAX 416     /* bytes of a rule name: 100 characters of any script */
#define AR_CONDITIONS_MAX 8
#define AR_TARGETS_MAX 64        /* roles / units / members a rule applies to */
#define AR_APPROVERS_MAX 32      /* roles or members a rule names as approvers */
#define AR_STEPS_MAX 16
#define AR_SPENDS_MAX 12
#define AR_TEXT_MAX 512          /* a reason, a refusal */
#define AR_LABEL_MAX 256
#define AR_STEP_APPROVERS_MAX 100
#define AR_ADMINISTRATOR_ROLE 1  /* the built-in Administrator */
#define AR_LEVEL_MAX 5
#define AR_DAYS_MAX 3660         /* a rolling period: 1 .. 10 years of days */

enum ar_kind {
    AR_ORDER_TOTAL,
    AR_DISTINCT_SKUS,
    AR_TOTAL_QUANTITY,
    AR_SHIPPING_COST,
    AR_CONTAINS_SKU,
    AR_CONTAINS_CATEGORY,
    AR_PERIOD_SPEND,
    AR_KIND_COUNT
};

enum ar_op { AR_OP_NONE, AR_OP_GT, AR_OP_GE, AR_OP_LT, AR_OP_LE, AR_OP_BETWEEN, AR_OP_COUNT };

enum ar_period { AR_PERIOD_NONE, AR_PERIOD_MONTH, AR_PERIOD_QUARTER, AR_PERIOD_YEAR, AR_PERIOD_ROLLING,
                 AR_PERIOD_COUNT };

enum ar_applies { AR_APPLIES_EVERYONE, AR_APPLIES_ROLES, AR_APPLIES_UNITS, AR_APPLIES_MEMBERS, AR_APPLIES_COUNT };

enum ar_approver_kind { AR_APPROVER_ROLE, AR_APPROVER_MEMBERS, AR_APPROVER_SUPERIOR, AR_APPROVER_COUNT };

/* The database's words for the enums ("order_total", "gt", "month",
 * "roles", "superior"). parse returns 0 and sets *out, or -1. */
const char *ar_kind_name(enum ar_kind k);
int ar_kind_parse(const char *s, enum ar_kind *out);
const char *ar_op_name(enum ar_op op);
int ar_op_parse(const char *s, enum ar_op *out);
const char *ar_period_name(enum ar_period p);
int ar_period_parse(const char *s, enum ar_period *out);
const char *ar_applies_name(enum ar_applies a);
int ar_applies_parse(const char *s, enum ar_applies *out);
const char *ar_approver_kind_name(enum ar_approver_kind k);
int ar_approver_kind_parse(const char *s, enum ar_approver_kind *out);
/* The words in enum order, NULL-terminated, for the forms' declared
 * choices (web/fields.h); the periods' first is AR_PERIOD_NONE's "". */
extern const char *const ar_period_names[];
extern const char *const ar_applies_names[];
extern const char *const ar_approver_kind_names[];

/* 1 when the kind compares money (order total, shipping, period spend). */
int ar_kind_is_money(enum ar_kind k);
/* 1 when the kind takes an operator and amount(s): totals and counts. */
int ar_kind_has_op(enum ar_kind k);

/* The parts of a condition a kind uses, as the editor shows and reads
 * them: a comparison and an amount (totals and counts; the upper end only
 * "between"), an amount and a period (period spend; the days only for
 * "the last N days"), a SKU, or a category. */
enum ar_part {
    AR_PART_OP = 1 << 0,
    AR_PART_AMOUNT = 1 << 1,
    AR_PART_AMOUNT2 = 1 << 2,
    AR_PART_SKU = 1 << 3,
    AR_PART_CATEGORY = 1 << 4,
    AR_PART_PERIOD = 1 << 5,
    AR_PART_DAYS = 1 << 6,
};
/* The AR_PART_* bits a condition of this kind uses with this comparison
 * and period (0 for a kind out of range). */
unsigned ar_condition_parts(enum ar_kind kind, enum ar_op op, enum ar_period period);

struct ar_condition {
    enum ar_kind kind;
    enum ar_op op;                   /* period_spend: always "over" (gt) */
    int64_t amount;                  /* minor units or a count */
    int64_t amount2;                 /* between: the upper end (inclusive) */
    char sku[64];
    int64_t category_id;
    char category_name[AR_NAME_MAX]; /* for the summary and reasons */
    enum ar_period period;
    int period_days;                 /* rolling */
};

/* A role, unit or member a rule names, with its name for the summary
 * ("" when it no longer exists). */
struct ar_ref {
    int64_t id;
    char name[AR_NAME_MAX];
};

struct ar_rule {
    int64_t id;
    char name[AR_RULE_NAME_MAX];
    int active;
    int any;                         /* 0: all conditions (AND), 1: any (OR) */
    int level;                       /* 1 .. AR_LEVEL_MAX */
    enum ar_applies applies_to;
    struct ar_ref targets[AR_TARGETS_MAX];
    int n_targets;
    enum ar_approver_kind approver_kind;
    struct ar_ref approvers[AR_APPROVERS_MAX];   /* roles or members */
    int n_approvers;
    int all;                         /* approver mode: 0 any one, 1 all */
    struct ar_condition conditions[AR_CONDITIONS_MAX];
    int n_conditions;
    int64_t updated_at;
};

/* Sorts refs by id, the order the store gives them back in: groups of
 * approvers compare, and summaries read, the same before and after saving. */
void ar_sort_refs(struct ar_ref *refs, int n);

/* A category and its parent (0: top level), so that "any product of
 * category X" includes X's subcategories. */
struct ar_category {
    int64_t id;
    int64_t parent_id;
};

/* What the buyer spent in one period before this order (orders not
 * rejected or cancelled). */
struct ar_spend {
    enum ar_period period;
    int days;                        /* rolling only */
    int64_t spent;
};

struct ar_buyer {
    int64_t user_id;
    int64_t role_id;
    const int64_t *unit_path;        /* the buyer's unit first, then its parents up to the root */
    int n_unit_path;
    struct ar_spend spends[AR_SPENDS_MAX];
    int n_spends;
};

/* The member's spending limit, and what the company does when an order
 * goes over it: ask the superior (refuse = 0) or refuse the order. */
struct ar_limit {
    int set;
    int64_t amount;
    enum ar_period period;
    int days;
    int refuse;
};

/* Who approves a step. Two rules with the same group at the same level
 * share one step. Roles in mode "all" become one group per role (one
 * holder of each role approves), so a group of roles always means "any
 * holder of any of these roles"; a group of several members may be "all"
 * (each must approve). One role or one member is the same group whatever
 * the rule's mode. */
enum ar_group_kind { AR_GROUP_ROLES, AR_GROUP_MEMBERS, AR_GROUP_SUPERIOR };

struct ar_group {
    enum ar_group_kind kind;
    int all;                         /* members: each must approve */
    struct ar_ref refs[AR_APPROVERS_MAX];   /* sorted by id */
    int n;
};

struct ar_step {
    int level;
    struct ar_group group;
    int64_t rule_id;                 /* the first rule that asked for it; 0: the spending limit */
    char rule_names[AR_LABEL_MAX];   /* "Orders from $10,000, Large orders" */
    char reason[AR_TEXT_MAX];        /* "the order total $12,000.00 is between ..." */
    char label[AR_LABEL_MAX];        /* "a Purchasing manager", "the buyer's superior" */
    int from_limit;                  /* the spending limit asked for it */
};

struct ar_result {
    int refused;                     /* the spending limit refuses the order */
    char refusal[AR_TEXT_MAX];
    int n_steps;
    struct ar_step steps[AR_STEPS_MAX];   /* by level, then in the order asked */
};

/* Which approval steps the order needs. Inactive rules, rules that do not
 * apply to the buyer and rules whose conditions do not hold are skipped;
 * the spending limit adds a step for the superior (or refuses). Returns
 * the number of steps, or -1 when more than AR_STEPS_MAX would be needed
 * (out then holds the first AR_STEPS_MAX). cats may be NULL (0). */
int approval_rules_evaluate(const struct ar_rule *rules, int n_rules, const struct order_draft *order,
                            const struct ar_category *cats, int n_cats, const struct ar_buyer *buyer,
                            const struct ar_limit *limit, struct ar_result *out);

/* The (period, days) pairs whose spend the evaluation needs: those of the
 * active rules' period conditions and of the limit. Returns how many were
 * written (at most max). */
int approval_rules_spend_needs(const struct ar_rule *rules, int n_rules, const struct ar_limit *limit,
                               struct ar_spend *out, int max);

/* Where the current period starts (UTC): the first day of this month,
 * quarter or year, or now - days. */
int64_t ar_period_start(enum ar_period period, int days, int64_t now);

/* "this month", "this quarter", "this year", "in the last 30 days". */
void ar_period_phrase(enum ar_period period, int days, char *out, size_t size);
/* "per month", "per quarter", "per year", "per 30 days". */
void ar_period_per(enum ar_period period, int days, char *out, size_t size);

/* The plain-language summary of a rule:
 * "Orders over $15,000.00 from anyone need approval from a Purchasing
 * manager AND a Finance manager." */
void approval_rule_summary(const struct ar_rule *rule, const char *currency, char *out, size_t size);

/* "a Purchasing manager AND a Finance manager", "Priya Natarajan or Frank
 * Osei", "the buyer's superior". */
void approval_rule_approvers_phrase(const struct ar_rule *rule, char *out, size_t size);

/* One condition in words, as the summary says it ("over $15,000.00"). */
void ar_condition_phrase(const struct ar_condition *c, const char *currency, char *out, size_t size);

/* The checks of a rule that need no database: a name, 1 .. AR_LEVEL_MAX,
 * at least one condition, between with lower <= upper, amounts >= 0,
 * counts, a SKU or category where needed, a rolling period's days, targets
 * when applying to roles/units/members, approvers for role/members.
 * Returns NULL or a message. */
const char *ar_condition_check(const struct ar_condition *c);
const char *ar_rule_check(const struct ar_rule *rule);

/* Text is cut on character boundaries with base/utf8.h (utf8_copy). */

/* Amounts follow the money grammar (base/money.h). */
/* "1,000" / "1000" -> count (0 .. 1e12). 0 or -1. */
int ar_count_parse(const char *text, int64_t *out);

/* --- Who approves -------------------------------------------------------- */

struct ar_member {
    int64_t user_id;
    char name[AR_NAME_MAX];
    char email[256];
    int64_t role_id;
    int64_t unit_id;                 /* 0: none */
};

struct ar_unit {
    int64_t id;
    int64_t parent_id;               /* 0: the root */
    int64_t manager_user_id;         /* 0: none */
    char name[AR_NAME_MAX];
};

/* An out-of-office delegation covering now. */
struct ar_delegation {
    int64_t user_id;
    int64_t delegate_user_id;
};

/* The company's active members, units and current delegations. */
struct ar_directory {
    const struct ar_member *members;
    int n_members;
    const struct ar_unit *units;
    int n_units;
    const struct ar_delegation *delegations;
    int n_delegations;
};

enum ar_via { AR_VIA_ROLE, AR_VIA_MEMBER, AR_VIA_SUPERIOR, AR_VIA_ADMINISTRATOR, AR_VIA_DELEGATE };
const char *ar_via_name(enum ar_via via);   /* the approval_step_approvers.via words */

struct ar_approver {
    int64_t user_id;
    enum ar_via via;
    int64_t on_behalf_of;            /* delegate: the absent approver; else 0 */
};

struct ar_resolved {
    int n;
    struct ar_approver approvers[AR_STEP_APPROVERS_MAX];
    int all;                         /* every approver but delegates must approve */
    char label[AR_LABEL_MAX];        /* who, as the step shows it */
    char note[AR_LABEL_MAX];         /* for the order page and approvers; "" when nothing to say */
    char note_you[AR_LABEL_MAX];     /* the same, said to the buyer at checkout */
};

/* The member with this user id, or NULL. */
const struct ar_member *ar_directory_member(const struct ar_directory *dir, int64_t user_id);

/* The buyer's superior: the manager of the buyer's unit, walking up the
 * tree while a unit has no manager, or the manager is `exclude` (the buyer)
 * or not an active member. Returns the manager's user id (and the unit
 * they manage in *unit, may be NULL), or 0 when there is none. */
int64_t ar_superior(const struct ar_directory *dir, int64_t unit_id, int64_t exclude, const struct ar_unit **unit);

/* Names the approvers of one step. The buyer is never among them; a step
 * left with nobody goes to the buyer's superior, else to the company's
 * administrators (not the buyer), and the notes say so. Each approver
 * with a delegation covering now also brings the delegate (via delegate,
 * on behalf of them). Returns the number of approvers: 0 when nobody but
 * the buyer could approve (the step cannot be asked of anyone). */
int approval_rules_resolve(const struct ar_step *step, int64_t buyer_user_id, int64_t buyer_unit_id,
                           const char *buyer_name, const struct ar_directory *dir, struct ar_resolved *out);

#endif
