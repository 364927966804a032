#ifndef BUYERDESK_REGISTRATION_H
#define BUYERDESK_REGISTRATION_H

#include <stddef.h>

#include "web/form.h"
#include "base/validate.h"

/* Applying for a customer account: the form's fields and their rules.
 * Pure: no SQL, no I/O. */

struct registration {
    const char *company_name;
    const char *tax_id;
    const char *existing_account;   /* optional: the seller's customer number */
    const char *billing_line1;
    const char *billing_line2;
    const char *billing_city;
    const char *billing_region;
    const char *billing_postal;
    const char *billing_country;    /* ISO 3166 alpha-2, from registration_countries */
    const char *contact_name;
    const char *job_title;
    const char *email;
    const char *phone;
    const char *password;
    const char *terms;              /* "yes" when accepted */
};

/* The field names, in form order (NULL-terminated), for form_fill(). */
extern const char *const registration_fields[];
extern const char *const registration_labels[];   /* same order */

struct country {
    const char *code;
    const char *name;
};
extern const struct country registration_countries[];
extern const int registration_country_count;

/* Checks every field; records a message per bad field in errors. On
 * success (no errors) email_out holds the normalised email. Returns the
 * number of errors. */
int registration_validate(const struct registration *r, char email_out[VALIDATE_EMAIL_MAX + 1],
                          struct form_errors *errors);

#endif
