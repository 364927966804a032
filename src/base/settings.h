#ifndef BUYERDESK_SETTINGS_H
#define BUYERDESK_SETTINGS_H

#include <stddef.h>

/* Seller-wide settings kept in the database (seller_settings), changed by
 * staff in the back office. */

/* What an applicant whose company is not approved yet may do. */
enum pre_approval_access {
    PRE_APPROVAL_BROWSE,   /* sign in and browse at public prices */
    PRE_APPROVAL_CART,     /* also fill a cart, but not submit */
    PRE_APPROVAL_NONE,     /* no sign-in until approved */
};

enum pre_approval_access settings_pre_approval(void);
const char *settings_pre_approval_name(enum pre_approval_access access);   /* "browse"... */
/* 0 and *out set for a known name, -1 otherwise. */
int settings_pre_approval_parse(const char *name, enum pre_approval_access *out);

/* Generic access: value of key into out (default when missing). 0 or -1. */
int settings_get(const char *key, const char *fallback, char *out, size_t size);
int settings_set(const char *key, const char *value);

#endif
