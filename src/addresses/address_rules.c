#include "addresses/address_rules.h"

#include <stdio.h>
#include <string.h>

#include "accounts/registration.h"

const char *const address_approval_modes[] = { "open", "company", "seller", NULL };
const char *const address_types[] = { "billing", "shipping", "both", NULL };
const char *const address_kinds[] = { "billing", "shipping", NULL };

/* The index of value in list (NULL-terminated), or -1. */
static int index_in(const char *const *list, const char *value)
{
    for (int i = 0; value && list[i]; i++)
        if (strcmp(list[i], value) == 0) return i;
    return -1;
}

int address_approval_parse(const char *name, enum address_approval *out)
{
    int i = index_in(address_approval_modes, name);
    if (i < 0) return -1;
    *out = (enum address_approval)i;
    return 0;
}

const char *address_approval_name(enum address_approval mode)
{
    return address_approval_modes[(unsigned)mode <= ADDRESS_APPROVAL_SELLER ? mode : ADDRESS_APPROVAL_COMPANY];
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
    return index_in(address_types, type) >= 0;
}

int address_kind_valid(const char *kind)
{
    return index_in(address_kinds, kind) >= 0;
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

#define ADDRESS_NAME(name, label, ...) name,
#define ADDRESS_LABEL(name, label, ...) label,
const char *const address_fields[] = { ADDRESS_FIELD_LIST(ADDRESS_NAME) NULL };
const char *const address_labels[] = { ADDRESS_FIELD_LIST(ADDRESS_LABEL) NULL };
_Static_assert(sizeof address_fields / sizeof address_fields[0] == ADDRESS_FIELD_COUNT + 1, "ADDRESS_FIELD_COUNT");

static const struct field address_declared[] = { ADDRESS_FIELDS { NULL } };
const struct form_spec form_address = { "address", address_declared };

void address_values(const struct address_input *in, const char *out[ADDRESS_FIELD_COUNT])
{
    const char *v[] = { in->label, in->type, in->attention, in->line1, in->line2, in->city, in->region,
                        in->postal_code, in->country, in->phone, in->delivery_instructions, in->tax_id };
    memcpy(out, v, sizeof v);
}

void address_kept(const struct form_input *checked, const char *forced_type, struct address_input *kept)
{
    const char *v[ADDRESS_FIELD_COUNT];
    for (int i = 0; i < ADDRESS_FIELD_COUNT; i++) {
        const struct field_value *value = form_value(checked, address_fields[i]);
        v[i] = value ? value->text : "";
    }
    *kept = (struct address_input){ v[0], forced_type ? forced_type : v[1], v[2], v[3], v[4], v[5], v[6], v[7],
                                    v[8], v[9], v[10], v[11] };
}

static int has_error(const struct form_errors *errors, const char *field)
{
    for (int i = 0; i < errors->count; i++)
        if (strcmp(errors->items[i].field, field) == 0) return 1;
    return 0;
}

int address_check(const struct address_input *kept, struct form_errors *errors)
{
    int before = errors->count;
    if (!has_error(errors, "type") && !address_type_valid(kept->type)) form_error(errors, "type", ADDRESS_TYPE_MESSAGE);
    int country_ok = 0;
    for (int i = 0; i < registration_country_count; i++)
        if (strcmp(registration_countries[i].code, kept->country) == 0) country_ok = 1;
    if (!country_ok && !has_error(errors, "country")) form_error(errors, "country", ADDRESS_COUNTRY_MESSAGE);
    return errors->count - before;
}

int address_validate(const struct address_input *in, struct form_errors *errors)
{
    /* The kept values and messages live here until the next address. */
    static struct form_input checked;
    const char *values[ADDRESS_FIELD_COUNT];
    address_values(in, values);
    struct http_param sent[ADDRESS_FIELD_COUNT];
    for (int i = 0; i < ADDRESS_FIELD_COUNT; i++)   /* form_check only reads them */
        sent[i] = (struct http_param){ (char *)address_fields[i], (char *)(values[i] ? values[i] : "") };
    struct http_params params = { sent, ADDRESS_FIELD_COUNT, ADDRESS_FIELD_COUNT };
    int before = errors->count;
    form_check(&form_address, &params, &checked);
    for (int i = 0; i < checked.errors.count; i++)
        form_error(errors, checked.errors.items[i].field, checked.errors.items[i].message);
    struct address_input kept;
    address_kept(&checked, NULL, &kept);
    address_check(&kept, errors);
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
