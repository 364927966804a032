#include "accounts/registration.h"

#include <string.h>

const char *const registration_fields[] = {
    "company_name", "tax_id", "existing_account", "billing_line1", "billing_line2", "billing_city",
    "billing_region", "billing_postal", "billing_country", "contact_name", "job_title", "email",
    "phone", "password", "terms", NULL,
};

const char *const registration_labels[] = {
    "Legal company name", "Tax or VAT ID", "Customer account number", "Street address", "Suite, floor, building",
    "City", "State, province or region", "Postal code", "Country", "Full name", "Job title", "Work email",
    "Phone", "Password", "Terms of business", NULL,
};

const struct country registration_countries[] = {
    { "US", "United States" }, { "CA", "Canada" }, { "MX", "Mexico" }, { "GB", "United Kingdom" },
    { "IE", "Ireland" }, { "DE", "Germany" }, { "FR", "France" }, { "NL", "Netherlands" },
    { "BE", "Belgium" }, { "AT", "Austria" }, { "CH", "Switzerland" }, { "ES", "Spain" },
    { "IT", "Italy" }, { "PL", "Poland" }, { "SE", "Sweden" }, { "DK", "Denmark" },
    { "NO", "Norway" }, { "FI", "Finland" }, { "AU", "Australia" }, { "NZ", "New Zealand" },
};
const int registration_country_count = (int)(sizeof registration_countries / sizeof registration_countries[0]);

static int known_country(const char *code)
{
    for (int i = 0; i < registration_country_count; i++)
        if (strcmp(registration_countries[i].code, code) == 0) return 1;
    return 0;
}

/* Digits, spaces and the usual phone punctuation; at least 6 digits. */
static const char *phone_problem(const char *phone)
{
    const char *problem = validate_text(phone, 40, 1);
    if (problem) return problem;
    int digits = 0;
    for (const char *p = phone; *p; p++) {
        if (*p >= '0' && *p <= '9') digits++;
        else if (!strchr(" +-().x/", *p)) return "Use digits and + - ( ) only.";
    }
    return digits >= 6 ? NULL : "Enter the full phone number.";
}

int registration_validate(const struct registration *r, char email_out[VALIDATE_EMAIL_MAX + 1],
                          struct form_errors *errors)
{
    int before = errors->count;
    form_error(errors, "company_name", validate_text(r->company_name, 200, 1));
    form_error(errors, "tax_id", validate_text(r->tax_id, 40, 1));
    form_error(errors, "existing_account", validate_text(r->existing_account, 40, 0));
    form_error(errors, "billing_line1", validate_text(r->billing_line1, 200, 1));
    form_error(errors, "billing_line2", validate_text(r->billing_line2, 200, 0));
    form_error(errors, "billing_city", validate_text(r->billing_city, 100, 1));
    form_error(errors, "billing_region", validate_text(r->billing_region, 100, 0));
    form_error(errors, "billing_postal", validate_text(r->billing_postal, 20, 0));
    if (!known_country(r->billing_country)) form_error(errors, "billing_country", "Choose a country from the list.");
    form_error(errors, "contact_name", validate_text(r->contact_name, 120, 1));
    form_error(errors, "job_title", validate_text(r->job_title, 120, 0));
    form_error(errors, "email", validate_email(r->email, email_out, VALIDATE_EMAIL_MAX + 1));
    form_error(errors, "phone", phone_problem(r->phone));
    form_error(errors, "password", validate_password(r->password));
    if (strcmp(r->terms, "yes") != 0) form_error(errors, "terms", "Accept the terms of business to apply.");
    return errors->count - before;
}
