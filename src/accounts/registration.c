#include "accounts/registration.h"

#include <string.h>

/* One list, two views: the rows (code and name) and the codes alone. */
#define COUNTRIES(X) \
    X("US", "United States") X("CA", "Canada") X("MX", "Mexico") X("GB", "United Kingdom") \
    X("IE", "Ireland") X("DE", "Germany") X("FR", "France") X("NL", "Netherlands") \
    X("BE", "Belgium") X("AT", "Austria") X("CH", "Switzerland") X("ES", "Spain") \
    X("IT", "Italy") X("PL", "Poland") X("SE", "Sweden") X("DK", "Denmark") \
    X("NO", "Norway") X("FI", "Finland") X("AU", "Australia") X("NZ", "New Zealand")
#define COUNTRY_ROW(code, name) { code, name },
#define COUNTRY_CODE(code, name) code,

const struct country registration_countries[] = { COUNTRIES(COUNTRY_ROW) };
const int registration_country_count = (int)(sizeof registration_countries / sizeof registration_countries[0]);
const char *const registration_country_codes[] = { COUNTRIES(COUNTRY_CODE) NULL };

/* Digits, spaces and the usual phone punctuation; at least 6 digits. */
static const char *phone_problem(const char *phone)
{
    int digits = 0;
    for (const char *p = phone; *p; p++) {
        if (*p >= '0' && *p <= '9') digits++;
        else if (!strchr(" +-().x/", *p)) return "Use digits and + - ( ) only.";
    }
    return digits >= 6 ? NULL : "Enter the full phone number.";
}

int registration_check(const struct registration *r, struct form_errors *errors)
{
    int before = errors->count;
    if (r->phone[0]) form_error(errors, "phone", phone_problem(r->phone));
    if (r->password[0]) form_error(errors, "password", validate_password(r->password));
    return errors->count - before;
}
