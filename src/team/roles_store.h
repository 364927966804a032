#ifndef BUYERDESK_STORE_ROLES_H
#define BUYERDESK_STORE_ROLES_H

#include <stdint.h>

/* Roles a company may use: the built-in ones (company_id NULL, shared,
 * never changed) and its own. Every function takes the company: a role of
 * another company is "not found". Writes expect the caller's transaction. */

#define ROLES_MAX 200
#define ROLE_NAME_MAX 60            /* characters */
#define ROLE_DESCRIPTION_MAX 200    /* characters */

struct role_row {
    int64_t id;
    int builtin;
    char name[256];
    char description[832];
    unsigned permissions;
    int members;                    /* active members of this company */
    int inactive_members;           /* deactivated members still holding it */
    int invitations;                /* pending invitations offering it */
};

/* Built-in roles (by id), then the company's own (by name), with this
 * company's counts, in one query. Rows written, or -1. */
int store_roles_list(int64_t company_id, struct role_row *out, int max);

/* A built-in role or one of the company's. 1 found, 0 not, -1. */
int store_role_get(int64_t company_id, int64_t id, struct role_row *out);

/* 1 when a built-in role or another of the company's roles (not
 * except_id) has this name, ignoring case; 0 when free; -1. */
int store_role_name_taken(int64_t company_id, const char *name, int64_t except_id);

int store_role_create(int64_t company_id, const char *name, const char *description, unsigned permissions,
                      int64_t *id);
/* Custom roles of the company only. 1 changed, 0 no such role, -1. */
int store_role_update(int64_t company_id, int64_t id, const char *name, const char *description,
                      unsigned permissions);

/* Deletes one of the company's custom roles that no member or pending
 * invitation uses (the caller checked, in the same transaction). Answered
 * invitations that offered it keep pointing at a valid role: the built-in
 * one given as fallback_role_id. 1 deleted, 0 no such role, -1 (a
 * constraint: something still refers to it). */
int store_role_delete(int64_t company_id, int64_t id, int64_t fallback_role_id);

#endif
