#ifndef BUYERDESK_ADDRESS_RULES_H
#define BUYERDESK_ADDRESS_RULES_H

#include <stddef.h>
#include <stdint.h>

#include "web/fields.h"
#include "web/form.h"

/* The address book's rules: who may use an address, how a proposed
 * address joins the list, which address may be a default, and what a
 * valid address is. Pure: no SQL, no I/O. */

#define ADDRESS_LABEL_MAX 80
#define ADDRESS_LINE_MAX 200
#define ADDRESS_CITY_MAX 100
#define ADDRESS_REGION_MAX 100
#define ADDRESS_POSTAL_MAX 20
#define ADDRESS_ATTENTION_MAX 120
#define ADDRESS_PHONE_MAX 40
#define ADDRESS_INSTRUCTIONS_MAX 500
#define ADDRESS_TAX_ID_MAX 40
#define ADDRESS_REASON_MAX 500
#define ADDRESS_MESSAGE_MAX 2000

/* An address's own fields as text, declared once for every struct that
 * holds them: kept after the checks (address_form), read from the address
 * book (address_row), shown to the seller (bo_address). Sized for 4-byte
 * characters. */
#define ADDRESS_TEXT_MEMBERS \
    char label[ADDRESS_LABEL_MAX * 4 + 1]; \
    char type[16]; /* billing, shipping, both */ \
    char attention[ADDRESS_ATTENTION_MAX * 4 + 1]; \
    char line1[ADDRESS_LINE_MAX * 4 + 1]; \
    char line2[ADDRESS_LINE_MAX * 4 + 1]; \
    char city[ADDRESS_CITY_MAX * 4 + 1]; \
    char region[ADDRESS_REGION_MAX * 4 + 1]; \
    char postal_code[ADDRESS_POSTAL_MAX * 4 + 1]; \
    char country[8]; \
    char phone[ADDRESS_PHONE_MAX * 4 + 1]; \
    char delivery_instructions[ADDRESS_INSTRUCTIONS_MAX * 4 + 1]; \
    char tax_id[ADDRESS_TAX_ID_MAX * 4 + 1];

/* How a member's proposed address joins the address book. */
enum address_approval {
    ADDRESS_APPROVAL_OPEN,      /* usable at once */
    ADDRESS_APPROVAL_COMPANY,   /* a company administrator approves */
    ADDRESS_APPROVAL_SELLER,    /* seller staff approve */
};

/* "open", "company", "seller" in enum order, NULL-terminated. */
extern const char *const address_approval_modes[];

/* "open", "company", "seller" -> 0 and *out; anything else -1. */
int address_approval_parse(const char *name, enum address_approval *out);
const char *address_approval_name(enum address_approval mode);

/* The mode that applies: the company's own setting, or when it is ""
 * (or unknown) the seller's default, or when that is unknown too
 * "company" (the safe choice: someone looks at it). */
enum address_approval address_approval_effective(const char *company_setting, const char *seller_default);

/* The address types (billing, shipping, both) and the default kinds
 * (billing, shipping), NULL-terminated. */
extern const char *const address_types[];
extern const char *const address_kinds[];

/* 1 for billing, shipping, both. */
int address_type_valid(const char *type);
/* 1 for the default kinds billing and shipping. */
int address_kind_valid(const char *kind);
/* Whether an address of this type may serve as a default (or be chosen)
 * for kind: billing for billing, shipping for shipping, both for either. */
int address_type_fits(const char *type, const char *kind);

/* One restriction row: exactly one of unit_id and user_id is set. */
struct address_restriction {
    int64_t unit_id;
    int64_t user_id;
};

/* THE rule: an (active, same-company) address with no restrictions is for
 * everyone; otherwise for the members it names and the members of the
 * units it names and of the units below them. ancestor_units holds the
 * member's unit and every unit above it (the member is "below" a named
 * unit exactly when that unit is among them). 1 usable, 0 not. */
int address_usable(const struct address_restriction *restrictions, int n, int64_t user_id,
                   const int64_t *ancestor_units, int m);

/* A LIKE pattern "%q%" with %, _ and \ escaped by \ (use ESCAPE '\').
 * 0, or -1 when it does not fit. */
int address_like_pattern(const char *q, char *out, size_t size);

/* The address fields, declared once: name, label (as the form's <label>
 * says it), type, required, the most characters, the allowed values and
 * the message when missing or not valid (NULL: the type's own), in form
 * order and in the order of struct address_input. ADDRESS_FIELDS is their
 * declaration for a form's field list (web/fields.h); address_fields and
 * address_labels are their names and labels. What one field alone cannot
 * say is address_check. */
#define ADDRESS_TYPE_MESSAGE "Choose billing, shipping or both."
#define ADDRESS_COUNTRY_MESSAGE "Choose a country from the list."
#define ADDRESS_FIELD_LIST(X) \
    X("label", "Label", FIELD_TEXT, 1, ADDRESS_LABEL_MAX, NULL, NULL) \
    X("type", "Type", FIELD_ENUM, 0, 0, address_types, ADDRESS_TYPE_MESSAGE) \
    X("attention", "Company or attention", FIELD_TEXT, 0, ADDRESS_ATTENTION_MAX, NULL, NULL) \
    X("line1", "Address line 1", FIELD_TEXT, 1, ADDRESS_LINE_MAX, NULL, NULL) \
    X("line2", "Address line 2", FIELD_TEXT, 0, ADDRESS_LINE_MAX, NULL, NULL) \
    X("city", "City", FIELD_TEXT, 1, ADDRESS_CITY_MAX, NULL, NULL) \
    X("region", "State, province or region", FIELD_TEXT, 0, ADDRESS_REGION_MAX, NULL, NULL) \
    X("postal_code", "Postal code", FIELD_TEXT, 0, ADDRESS_POSTAL_MAX, NULL, NULL) \
    X("country", "Country", FIELD_TEXT, 1, 2, NULL, ADDRESS_COUNTRY_MESSAGE) \
    X("phone", "Phone", FIELD_TEXT, 0, ADDRESS_PHONE_MAX, NULL, NULL) \
    X("delivery_instructions", "Delivery instructions", FIELD_LINES, 0, ADDRESS_INSTRUCTIONS_MAX, NULL, NULL) \
    X("tax_id", "Tax ID or exemption number", FIELD_TEXT, 0, ADDRESS_TAX_ID_MAX, NULL, NULL)
#define ADDRESS_FIELD_DECLARATION(name, label, type, required, max, allowed, message) \
    { name, label, type, required, 0, max, allowed, message, message },
#define ADDRESS_FIELDS ADDRESS_FIELD_LIST(ADDRESS_FIELD_DECLARATION)
#define ADDRESS_FIELD_COUNT 12

extern const char *const address_fields[];
extern const char *const address_labels[];

/* The form of the address book's add and edit forms: the address fields
 * alone. address_validate checks an address from elsewhere with it too. */
extern const struct form_spec form_address;

struct address_input {
    const char *label;
    const char *type;
    const char *attention;
    const char *line1;
    const char *line2;
    const char *city;
    const char *region;
    const char *postal_code;
    const char *country;
    const char *phone;
    const char *delivery_instructions;
    const char *tax_id;
};

/* in's fields in the order of address_fields (pointers into in). */
void address_values(const struct address_input *in, const char *out[ADDRESS_FIELD_COUNT]);

/* The address fields' kept values in a checked form (web/fields.h; ""
 * when absent or not valid), the type forced_type when one is given (a
 * proposal's, whose form has no type). */
void address_kept(const struct form_input *checked, const char *forced_type, struct address_input *kept);

/* What the fields' declaration cannot say, on the kept values: a type from
 * the list, a country from the seller's list, no DEL character (the
 * declared text types let it through). A field with a message in errors
 * already gets no second one. Returns the number of errors added. */
int address_check(const struct address_input *kept, struct form_errors *errors);

/* Checks an address that did not come with a route's form (checkout's new
 * ship-to, the ERP import) with the same declaration and address_check;
 * records one message per bad field. Returns the number of errors. */
int address_validate(const struct address_input *in, struct form_errors *errors);

/* One line for lists and mail: "4520 S Kilbourn Ave, Building C, Chicago, IL 60632, US". */
void address_compact(const struct address_input *in, char *out, size_t size);

#endif
