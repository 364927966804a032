#ifndef BUYERDESK_REGISTRATION_H
#define BUYERDESK_REGISTRATION_H

#include <stddef.h>

#include "web/form.h"
#include "base/validate.h"

/* Applying for a customer account: what the declared form (form_register,
 * accounts/register_page.c) cannot check on its own. Pure: no SQL, no I/O. */

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

struct country {
    const char *code;
    const char *name;
};
extern const struct country registration_countries[];
extern const int registration_country_count;
/* The same codes, NULL-terminated: a form's allowed values (FIELD_ENUM). */
extern const char *const registration_country_codes[];

/* The rules beyond each field's declared type and length, for values that
 * passed those (empty ones are skipped: the declaration reported them):
 * the phone's characters and digits, the password's least length. Records
 * a message per bad field in errors; returns the number recorded. */
int registration_check(const struct registration *r, struct form_errors *errors);

#endif
