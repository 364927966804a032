#ifndef BUYERDESK_MAIL_TYPES_H
#define BUYERDESK_MAIL_TYPES_H

/* Every kind of mail the portal sends. A type's name is also its template
 * name under templates/mail/messages/. Required types are part of a workflow
 * (someone must act on them) and cannot be switched off. */
struct mail_type {
    const char *name;
    const char *label;        /* for the preferences page */
    const char *description;
    int optional;
    unsigned permission;      /* member permission bits needed to get it (credit mail: "View credit"); 0 any */
};

extern const struct mail_type mail_types[];
extern const int mail_type_count;

const struct mail_type *mail_type_find(const char *name);

#endif
