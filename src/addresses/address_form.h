#ifndef BUYERDESK_ADDRESSES_ADDRESS_FORM_H
#define BUYERDESK_ADDRESSES_ADDRESS_FORM_H

#include "addresses/address_rules.h"
#include "web/form.h"
#include "web/request.h"

/* The one reader of an address typed into a form: the address book's add
 * and edit forms, checkout's new ship-to and the seller's address pages
 * all read, check and keep an address the same way. */

/* An address as kept after the checks: each field trimmed, the delivery
 * instructions' line breaks as LF. */
struct address_form {
    ADDRESS_TEXT_MEMBERS
};

/* The address fields the request's form sent (label, type, attention,
 * line1, line2, city, region, postal_code, country, phone,
 * delivery_instructions, tax_id), pointing into the request; the type is
 * forced_type when one is given. For checkout's new ship-to, whose form
 * does not declare them (they count only when it is chosen). */
struct address_input address_input_of_form(const struct request *req, const char *forced_type);

/* Checks raw with the address book's rules (address_validate); when it
 * passes, keeps it in f and points *in at f's fields. Returns the number
 * of errors (recorded in errors, by field name). */
int address_read(const struct address_input *raw, struct address_form *f, struct address_input *in,
                 struct form_errors *errors);

/* The address a route's form sent, its fields declared with ADDRESS_FIELDS
 * and checked before the handler: errors holds the declared checks'
 * (field_errors) and gets address_check's; when there are none, keeps the
 * address in f and points *in at f's fields. forced_type: the type a
 * proposal always has. Returns the number of errors. */
int address_read_form(const struct request *req, const char *forced_type, struct address_form *f,
                      struct address_input *in, struct form_errors *errors);

#endif
