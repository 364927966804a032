#ifndef BUYERDESK_ADDRESS_RULES_H
#define BUYERDESK_ADDRESS_RULES_H

#include <stddef.h>
#include <stdint.h>

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

/* How a member's proposed address joins the address book. */
enum address_approval {
    ADDRESS_APPROVAL_OPEN,      /* usable at once */
    ADDRESS_APPROVAL_COMPANY,   /* a company administrator approves */
    ADDRESS_APPROVAL_SELLER,    /* seller staff approve */
};

/* "open", "company", "seller" -> 0 and *out; anything else -1. */
int address_approval_parse(const char *name, enum address_approval *out);
const char *address_approval_name(enum address_approval mode);

/* The mode that applies: the company's own setting, or when it is ""
 * (or unknown) the seller's default, or when that is unknown too
 * "company" (the safe choice: someone looks at it). */
enum address_approval address_approval_effective(const char *company_setting, const char *seller_default);

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

/* The editable fields, in form order (NULL-terminated), and their labels. */
extern const char *const address_fields[];
extern const char *const address_labels[];

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

/* Checks every field; records one message per bad field. Returns the
 * number of errors. */
int address_validate(const struct address_input *in, struct form_errors *errors);

/* One line for lists and mail: "4520 S Kilbourn Ave, Building C, Chicago, IL 60632, US". */
void address_compact(const struct address_input *in, char *out, size_t size);

#endif
