#include "addresses/address_rules.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "accounts/registration.h"
#include "base/validate.h"
#include "base/utf8.h"

int address_approval_parse(const char *name, enum address_approval *out)
{
    if (!name) return -1;
    if (strcmp(name, "open") == 0) *out = ADDRESS_APPROVAL_OPEN;
    else if (strcmp(name, "company") == 0) *out = ADDRESS_APPROVAL_COMPANY;
    else if (strcmp(name, "seller") == 0) *out = ADDRESS_APPROVAL_SELLER;
    else return -1;
    return 0;
}

const char *address_approval_name(enum address_approval mode)
{
    switch (mode) {
    case ADDRESS_APPROVAL_OPEN: return "open";
    case ADDRESS_APPROVAL_SELLER: return "seller";
    case ADDRESS_APPROVAL_COMPANY: break;
    }
    return "company";
}

enum address_approval address_approval_effective(const char *company_setting, const char *seller_default)
{
    enum address_approval mode;
    if (address_approval_parse(company_setting, &mode) == 0) return mode;
    if (address_approval_parse(seller_default, &mode) == 0) return mode;
    return ADDRESS_APPROVAL_COMPANY;
}

int address_type_valid(const char *type)
{
    return type && (strcmp(type, "billing") == 0 || strcmp(type, "shipping") == 0 || strcmp(type, "both") == 0);
}

int address_kind_valid(const char *kind)
{
    return kind && (strcmp(kind, "billing") == 0 || strcmp(kind, "shipping") == 0);
}

int address_type_fits(const char *type, const char *kind)
{
    if (!address_type_valid(type) || !address_kind_valid(kind)) return 0;
    return strcmp(type, "both") == 0 || strcmp(type, kind) == 0;
}

int address_usable(const struct address_restriction *restrictions, int n, int64_t user_id,
                   const int64_t *ancestor_units, int m)
{
    if (n <= 0) return 1;
    for (int i = 0; i < n; i++) {
        const struct address_restriction *r = &restrictions[i];
        if (r->user_id > 0 && r->user_id == user_id) return 1;
        if (r->unit_id > 0)
            for (int j = 0; j < m; j++)
                if (ancestor_units[j] == r->unit_id) return 1;
    }
    return 0;
}

int address_like_pattern(const char *q, char *out, size_t size)
{
    size_t n = 0;
    if (size < 3) return -1;
    out[n++] = '%';
    for (const char *p = q; *p; p++) {
        if (*p == '%' || *p == '_' || *p == '\\') {
            if (n + 1 >= size) return -1;
            out[n++] = '\\';
        }
        if (n + 1 >= size) return -1;
        out[n++] = *p;
    }
    if (n + 2 > size) return -1;
    out[n++] = '%';
    out[n] = '\0';
    return 0;
}

const char *const address_fields[] = {
    "label", "type", "attention", "line1", "line2", "city", "region", "postal_code", "country",
    "phone", "delivery_instructions", "tax_id", NULL,
};
const char *const address_labels[] = {
    "Label", "Type", "Company or attention", "Address line 1", "Address line 2", "City",
    "State, province or region", "Postal code", "Country", "Phone", "Delivery instructions",
    "Tax ID or exemption number", NULL,
};

/* Characters (UTF-8 code points) of value without surrounding blanks. */
static size_t trimmed_chars(const char *value, int *empty)
{
    const char *start = value;
    while (isspace((unsigned char)*start)) start++;
    const char *end = start + strlen(start);
    while (end > start && isspace((unsigned char)end[-1])) end--;
    *empty = end == start;
    return utf8_chars_in(start, (size_t)(end - start));
}

static const char *check(const char *value, size_t max, int required, int multiline, char *buf, size_t size)
{
    int empty;
    if (!value) value = "";
    size_t chars = trimmed_chars(value, &empty);
    if (empty) return required ? "This field is required." : NULL;
    if (chars > max) {
        snprintf(buf, size, "Keep it to %zu characters or fewer.", max);
        return buf;
    }
    for (const char *p = value; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == 0x7f || (c < ' ' && c != '\t' && !(multiline && (c == '\n' || c == '\r'))))
            return multiline ? "Remove the control characters." : "Use a single line of text.";
    }
    return NULL;
}

int address_validate(const struct address_input *in, struct form_errors *errors)
{
    /* Messages with a number live here until the form is rendered. */
    static char msgs[12][64];
    int before = errors->count;
    form_error(errors, "label", check(in->label, ADDRESS_LABEL_MAX, 1, 0, msgs[0], sizeof msgs[0]));
    if (!address_type_valid(in->type)) form_error(errors, "type", "Choose billing, shipping or both.");
    form_error(errors, "attention", check(in->attention, ADDRESS_ATTENTION_MAX, 0, 0, msgs[1], sizeof msgs[1]));
    form_error(errors, "line1", check(in->line1, ADDRESS_LINE_MAX, 1, 0, msgs[2], sizeof msgs[2]));
    form_error(errors, "line2", check(in->line2, ADDRESS_LINE_MAX, 0, 0, msgs[3], sizeof msgs[3]));
    form_error(errors, "city", check(in->city, ADDRESS_CITY_MAX, 1, 0, msgs[4], sizeof msgs[4]));
    form_error(errors, "region", check(in->region, ADDRESS_REGION_MAX, 0, 0, msgs[5], sizeof msgs[5]));
    form_error(errors, "postal_code", check(in->postal_code, ADDRESS_POSTAL_MAX, 0, 0, msgs[6], sizeof msgs[6]));
    int country_ok = 0;
    for (int i = 0; in->country && i < registration_country_count; i++)
        if (strcmp(registration_countries[i].code, in->country) == 0) country_ok = 1;
    if (!country_ok) form_error(errors, "country", "Choose a country from the list.");
    form_error(errors, "phone", check(in->phone, ADDRESS_PHONE_MAX, 0, 0, msgs[7], sizeof msgs[7]));
    form_error(errors, "delivery_instructions",
               check(in->delivery_instructions, ADDRESS_INSTRUCTIONS_MAX, 0, 1, msgs[8], sizeof msgs[8]));
    form_error(errors, "tax_id", check(in->tax_id, ADDRESS_TAX_ID_MAX, 0, 0, msgs[9], sizeof msgs[9]));
    return errors->count - before;
}

static void append(char *out, size_t size, size_t *n, const char *sep, const char *part)
{
    if (!part || !*part || *n >= size) return;
    int w = snprintf(out + *n, size - *n, "%s%s", *n ? sep : "", part);
    if (w > 0) *n += (size_t)w < size - *n ? (size_t)w : size - *n - 1;
}

void address_compact(const struct address_input *in, char *out, size_t size)
{
    size_t n = 0;
    if (!size) return;
    out[0] = '\0';
    append(out, size, &n, ", ", in->line1);
    append(out, size, &n, ", ", in->line2);
    append(out, size, &n, ", ", in->city);
    char region_postal[160];
    snprintf(region_postal, sizeof region_postal, "%s%s%s", in->region ? in->region : "",
             in->region && *in->region && in->postal_code && *in->postal_code ? " " : "",
             in->postal_code ? in->postal_code : "");
    append(out, size, &n, ", ", region_postal);
    append(out, size, &n, ", ", in->country);
}
