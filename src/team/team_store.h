#ifndef BUYERDESK_STORE_TEAM_H
#define BUYERDESK_STORE_TEAM_H

#include <stddef.h>
#include <stdint.h>

/* SQL for a company's team: members, invitations, joining. Everything a
 * page asks about a company's people is scoped to that company here, so an
 * id of another company is simply not found. Functions that write expect
 * the caller's open transaction (db_begin). Lookups return 1 found, 0 not
 * found, -1 on a database error unless said otherwise. */

/* The purpose of the one-time tokens mailed with team invitations. Their
 * ref_id is the invitation; user_id stays NULL (the person may have no
 * login), so earlier links are revoked by invitation, not by user. */
#define TOKEN_TEAM_INVITATION "team_invitation"

#define TEAM_PAGE_SIZE 50
#define TEAM_NAME_MAX 128
#define TEAM_EMAIL_MAX 256

/* --- What can be chosen ------------------------------------------------------ */

/* A role (built-in or the company's own) or a business unit. */
struct team_option {
    int64_t id;
    char name[TEAM_NAME_MAX];
    unsigned permissions;       /* roles */
    int depth;                  /* units: 0 for the root */
};

/* Built-in roles, then the company's own, by name. Rows written, or -1. */
int store_team_roles(int64_t company_id, struct team_option *out, int max);
/* The permissions of a role the company may use (built-in or its own):
 * 1 found (*permissions set), 0 not, -1. */
int store_team_role_permissions(int64_t company_id, int64_t role_id, unsigned *permissions);
/* The company's units in tree order (parents before children). */
int store_team_units(int64_t company_id, struct team_option *out, int max);

/* --- Members ---------------------------------------------------------------- */

struct team_filter {
    int64_t unit_id;            /* 0: any */
    int64_t role_id;            /* 0: any */
    const char *status;         /* "", "active", "deactivated" */
    const char *like;           /* LIKE pattern (escaped with \) on name or email, "" for all */
    int offset;
};

struct team_row {
    int64_t user_id;
    char name[TEAM_NAME_MAX];
    char email[TEAM_EMAIL_MAX];
    int64_t role_id;
    char role[TEAM_NAME_MAX];
    char unit[TEAM_NAME_MAX];   /* "" when none */
    int active;
    int64_t last_sign_in_at;    /* 0: never */
};

/* One page of members matching the filter, by name, in one query; *total
 * is the number of matches over all pages. Rows written, or -1. */
int store_team_list(int64_t company_id, const struct team_filter *f, struct team_row *out, int max, int *total);

struct team_member {
    int64_t user_id;
    char name[TEAM_NAME_MAX];
    char email[TEAM_EMAIL_MAX];
    char job_title[TEAM_NAME_MAX];
    char phone[64];
    int64_t role_id;
    char role[TEAM_NAME_MAX];
    int64_t unit_id;            /* 0: none */
    char unit[TEAM_NAME_MAX];
    int active;
    int64_t joined_at;
    int64_t last_sign_in_at;
};

/* The member with this user id in this company (any status). */
int store_team_member(int64_t company_id, int64_t user_id, struct team_member *out);

/* Active members holding the built-in Administrator role. -1 on error. */
int store_team_admin_count(int64_t company_id);

/* Writes return 0, or -1. */
int store_team_member_set(int64_t company_id, int64_t user_id, int64_t role_id, int64_t unit_id);
/* Changes status `from` -> `to`: 1 when changed, 0 when it was not `from`, -1. */
int store_team_member_set_status(int64_t company_id, int64_t user_id, const char *from, const char *to);
int store_team_member_delete(int64_t company_id, int64_t user_id);
/* Signs the user out of this company (their other companies' sessions stay). */
int store_team_end_sessions(int64_t company_id, int64_t user_id);

/* --- Invitations ---------------------------------------------------------- */

struct team_invitation {
    int64_t id;
    int64_t company_id;
    char company[256];
    char company_status[16];
    char email[TEAM_EMAIL_MAX];
    char name[TEAM_NAME_MAX];
    int64_t role_id;
    char role[TEAM_NAME_MAX];
    int64_t unit_id;
    char unit[TEAM_NAME_MAX];
    char invited_by[TEAM_NAME_MAX];
    char status[16];            /* pending, accepted, revoked */
    int64_t sent_at;            /* the latest mail */
    int64_t expires_at;
};

/* Pending invitations of the company (expired ones too), newest first. */
int store_team_invitations_pending(int64_t company_id, struct team_invitation *out, int max);
/* One invitation of this company. */
int store_team_invitation(int64_t company_id, int64_t id, struct team_invitation *out);
/* Any invitation, for the link in its mail (the token names it). */
int store_team_invitation_any(int64_t id, struct team_invitation *out);

/* What the company already has to do with this (lower-case) email:
 * TEAM_EMAIL_FREE, _MEMBER (active), _DEACTIVATED, _INVITED (a pending
 * invitation), or -1. */
enum { TEAM_EMAIL_FREE = 0, TEAM_EMAIL_MEMBER, TEAM_EMAIL_DEACTIVATED, TEAM_EMAIL_INVITED, TEAM_EMAIL_STAFF };
int store_team_email_state(int64_t company_id, const char *email);

struct new_invitation {
    int64_t company_id;
    const char *email;
    const char *name;
    int64_t role_id;
    int64_t unit_id;
    int64_t invited_by;
    int64_t now;
    int64_t expires_at;
};
int64_t store_team_invitation_create(const struct new_invitation *inv);

/* Marks every unused link of the invitation used (resend, revoke). */
int store_team_invitation_tokens_revoke(int64_t invitation_id, int64_t now);
/* A pending invitation gets a new expiry. 1 changed, 0 not pending, -1. */
int store_team_invitation_renew(int64_t company_id, int64_t id, int64_t expires_at);
/* pending -> revoked. 1 changed, 0 not pending, -1. */
int store_team_invitation_revoke(int64_t company_id, int64_t id);
/* pending (and not expired at now) -> accepted. 1 changed, 0 not, -1. */
int store_team_invitation_accept(int64_t id, int64_t now);

/* --- Joining ----------------------------------------------------------------- */

struct team_login {
    int64_t user_id;
    char name[TEAM_NAME_MAX];
    int active;
    int staff;
};
/* The login with this (lower-case) email. */
int store_team_login(const char *email, struct team_login *out);

/* A new login with a verified email. Sets *user_id. 0 or -1. */
int store_team_user_create(const char *email, const char *name, const char *password_hash, int64_t now,
                           int64_t *user_id);

/* A new active membership with this role and unit: 1 created, 0 when the
 * person already has one here (active or deactivated: left as it is, so an
 * old invitation can neither demote an administrator nor undo a
 * deactivation), -1 on error. A removed member has no row and joins anew. */
int store_team_membership_join(int64_t company_id, int64_t user_id, int64_t role_id, int64_t unit_id, int64_t now);

#endif
