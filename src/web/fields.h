#ifndef BUYERDESK_WEB_FIELDS_H
#define BUYERDESK_WEB_FIELDS_H

#include <stddef.h>
#include <stdint.h>

#include "web/form.h"
#include "web/http.h"

/* Form fields declared once, in the spirit of kcgi's validators: each POST
 * route names the form it takes (routes.c), the form lists its fields with
 * a type and limits, and app_handle checks them before the handler runs.
 * The handler gets typed values (field_number, field_text, ...) and the
 * errors, and answers 422 with its page, the errors and every value kept
 * (form_fill shows what was sent). A declared field is never read with
 * req_form. tests/unit/web/test_fields.c checks every type; a POST route
 * without a declared form fails tests/unit/web/test_routes_declared.c. */

enum field_type {
    FIELD_ID,            /* a positive whole number id (parse_id) */
    FIELD_MONEY,         /* an amount, not negative (base/money.h) */
    FIELD_SIGNED_MONEY,  /* an amount that may be negative (credit notes, adjustments) */
    FIELD_QUANTITY,      /* a whole number from 1 (or min) to max */
    FIELD_INT,           /* a whole number from min to max (digits only) */
    FIELD_DATE,          /* YYYY-MM-DD, a real day: number = Unix seconds at noon UTC */
    FIELD_EMAIL,         /* an address, kept trimmed and lower-cased */
    FIELD_TEXT,          /* one line of at most max characters, kept trimmed */
    FIELD_LINES,         /* text of several lines, at most max characters, kept trimmed with LF */
    FIELD_SECRET,        /* a password: min to max characters, kept as typed (spaces too), never echoed */
    FIELD_ENUM,          /* one of allowed[] */
    FIELD_CHECKBOX,      /* sent (any value) or not: number 1 or 0 */
    FIELD_IDS,           /* repeated (name=1&name=2): every value an id */
    FIELD_RAW,           /* text exactly as sent (a pasted list read line by line):
                            at most max bytes, not trimmed, not copied */
    FIELD_CHOICES,       /* repeated boxes (name=a&name=b), every value one of allowed[]
                            (at most 62): number = bit i set for allowed[i] */
    FIELD_LIST,          /* repeated one-line texts (rows of a table), each at most max
                            characters, kept as sent in order: items, n_items */
};

struct field {
    const char *name;            /* "qty_*", "c*_amount": every field of that shape (one star,
                                    for at least one character) */
    const char *label;           /* as the form's <label> says it, for the error summary */
    enum field_type type;
    int required;
    int64_t min, max;            /* numbers: the range (both 0: the type's own);
                                    TEXT, LINES, SECRET: the fewest and most characters
                                    (counted as kept: trimmed, a line break once); RAW: bytes */
    const char *const *allowed;  /* ENUM: the values, NULL-terminated */
    const char *missing;         /* the message when a required field is empty (NULL: the type's own) */
    const char *invalid;         /* the message when the value is not one (NULL: the type's own) */
};

/* A form: its fields, ended by a field whose name is NULL. */
struct form_spec {
    const char *name;            /* "role", for messages and tests */
    const struct field *fields;
};

/* A POST that sends nothing but its CSRF token (sign out, resend, ...). */
extern const struct form_spec form_none;

#define FIELDS_MAX 1100          /* values one checked form holds (prefix fields count each match:
                                    a shipment of an order's ORDER_LINES_MAX lines has one
                                    quantity each) */
#define FIELD_IDS_MAX 500

struct field_value {
    const struct field *field;
    const char *name;            /* as sent (a prefix field: the full name) */
    const char *raw;             /* as sent; "" when absent */
    const char *text;            /* kept: trimmed TEXT/LINES, lower-cased EMAIL, SECRET/ENUM as sent; "" absent */
    int64_t number;              /* ID, MONEY, QUANTITY, INT, DATE (noon UTC); CHECKBOX 0/1 */
    int sent;                    /* in the request at all, even empty */
    int present;                 /* sent and not blank */
    int ok;                      /* present and valid */
    const int64_t *ids;          /* IDS */
    int n_ids;
    const char *const *items;    /* LIST */
    int n_items;
};

struct form_input {
    const struct form_spec *spec;
    struct field_value values[FIELDS_MAX];
    int count;
    struct form_errors errors;
    int64_t ids[FIELD_IDS_MAX];
    int n_ids;
    const char *items[FIELD_IDS_MAX];
    int n_items;
    char store[32768];           /* the kept texts and formatted messages */
    size_t used;
};

/* Checks params against spec into in (which it resets). Every field is
 * checked, so every problem is reported at once. Returns the number of
 * errors (in->errors, by field name). Pure: no request, no database. */
int form_check(const struct form_spec *spec, const struct http_params *params, struct form_input *in);

/* The value of the field called name (a prefix field: its full name), or
 * NULL when the form declares no such field or it was not sent. */
const struct field_value *form_value(const struct form_input *in, const char *name);

/* --- what handlers use: the route's form, checked before they run --- */

struct request;

/* The errors the declared checks found (count 0: every field is fine). */
const struct form_errors *field_errors(const struct request *req);

/* The kept text of a field ("" when absent or not declared). */
const char *field_text(const struct request *req, const char *name);

/* The number of a valid ID, MONEY, QUANTITY, INT, DATE or CHECKBOX field;
 * 0 when absent or invalid. */
int64_t field_number(const struct request *req, const char *name);

/* 1 when the field was sent and is valid (for optional fields). */
int field_ok(const struct request *req, const char *name);

/* The ids of an IDS field (count in *n). */
const int64_t *field_ids(const struct request *req, const char *name, int *n);

/* The declared fields' names and labels in the order declared (for
 * form_fill_labelled), prefix fields left out. */
void form_names(const struct form_spec *spec, const char **names, const char **labels, int max);

/* form_fill_labelled over the declared fields: each sent value kept (never
 * a SECRET's), the errors at their fields and in the summary, labelled as
 * declared. */
void form_fill_declared(tpl_dict *d, const struct request *req, const struct form_spec *spec,
                        const struct form_errors *errors);

#endif
