#ifndef BUYERDESK_STORE_UNITS_H
#define BUYERDESK_STORE_UNITS_H

#include <stdint.h>

/* Business units of one company. Every function takes the company and
 * touches only its rows: a unit id of another company is "not found".
 * The tree logic itself is pure (unit_tree.h); this loads the rows. */

#define UNITS_MAX 500
#define UNIT_NAME_MAX 100          /* characters */

struct unit_row {
    int64_t id;
    int64_t parent_id;             /* 0: the company itself (the root) */
    char name[416];                /* UTF-8, up to UNIT_NAME_MAX characters */
    char kind[16];                 /* company, division, branch, department */
    int64_t manager_user_id;       /* 0: none */
    char manager_name[128];
    int members;                   /* active members */
    int inactive_members;          /* deactivated members still assigned */
    int addresses;                 /* addresses of any status */
};

/* Every unit of the company in one query, siblings by name. Returns the
 * number written (at most max) or -1. Other modules use it with
 * unit_tree_subtree() for "my unit and all units below it". */
int store_units_of_company(int64_t company_id, struct unit_row *out, int max);

/* Inside the caller's transaction. */
int store_unit_create(int64_t company_id, int64_t parent_id, const char *name, const char *kind,
                      int64_t now, int64_t *id);
/* manager_user_id 0: none. Returns 1 changed, 0 no such unit, -1. */
int store_unit_update(int64_t company_id, int64_t id, const char *name, const char *kind, int64_t manager_user_id);
int store_unit_move(int64_t company_id, int64_t id, int64_t parent_id);

/* What would be left pointing at a unit if it were deleted. */
struct unit_usage {
    int children;
    int members;                   /* any status */
    int addresses;                 /* any status */
    int invitations;               /* pending */
    int orders;
};
int store_unit_usage(int64_t company_id, int64_t id, struct unit_usage *out);

/* Deletes a unit (the caller has checked it is unused); answered
 * invitations that named it forget it. 1 deleted, 0 no such unit (or the
 * root), -1 error (a constraint: something still refers to it). */
int store_unit_delete(int64_t company_id, int64_t id);

/* Active members of the company, for the manager choice. */
struct unit_member {
    int64_t user_id;
    char name[128];
    char email[256];
};
int store_unit_member_choices(int64_t company_id, struct unit_member *out, int max);

#endif
