/* Declared form fields, checked before the handler (fields.h). */
#include "web/fields.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "base/money.h"
#include "base/utf8.h"
#include "base/validate.h"
#include "web/request.h"

static const struct field no_fields[] = { { NULL } };
const struct form_spec form_none = { "none", no_fields };

/* Room in in->store for a kept text or a formatted message. */
static char *keep(struct form_input *in, size_t size)
{
    if (in->used + size > sizeof in->store) return NULL;
    char *p = in->store + in->used;
    in->used += size;
    return p;
}

static const char *keepf(struct form_input *in, const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    char *p = keep(in, strlen(buf) + 1);
    if (!p) return "This value is not valid.";
    memcpy(p, buf, strlen(buf) + 1);
    return p;
}

static int blank(const char *s)
{
    for (; *s; s++)
        if (!isspace((unsigned char)*s)) return 0;
    return 1;
}

/* A whole number of digits only (blanks around allowed) in [min, max]. */
static int whole_number(const char *text, int64_t min, int64_t max, int64_t *out)
{
    char trimmed[32];
    if (strlen(text) >= sizeof trimmed) return -1;
    text_trim_copy(text, trimmed, sizeof trimmed);
    return parse_count(trimmed, min, max, out);
}

static void range_of(const struct field *f, int64_t *min, int64_t *max)
{
    *min = f->min;
    *max = f->max;
    if (f->min == 0 && f->max == 0) {
        *min = f->type == FIELD_QUANTITY ? 1 : 0;
        *max = f->type == FIELD_QUANTITY ? 1000000 : INT64_C(999999999999);
    }
}

/* The message for a bad value: the field's own, else the type's. */
static const char *invalid(struct form_input *in, const struct field *f, const char *own)
{
    return f->invalid ? f->invalid : own ? own : keepf(in, "Check this value.");
}

/* Checks one sent (non-blank) value into v. NULL, or the message. */
static const char *check_value(struct form_input *in, const struct field *f, struct field_value *v)
{
    int64_t min, max, n;
    const char *problem;
    switch (f->type) {
    case FIELD_ID:
        if (!parse_id(v->raw, &v->number)) return invalid(in, f, "Choose one of the options offered.");
        return NULL;
    case FIELD_MONEY:
    case FIELD_SIGNED_MONEY:
        problem = money_parse(v->raw, f->type == FIELD_SIGNED_MONEY ? MONEY_SIGNED : MONEY_UNSIGNED, &n);
        if (problem) return invalid(in, f, problem);
        range_of(f, &min, &max);
        if ((f->min || f->max) && (n < min || n > max)) {
            char lo[48], hi[48];
            money_plain(min, lo, sizeof lo);
            money_plain(max, hi, sizeof hi);
            return invalid(in, f, keepf(in, "Enter an amount from %s to %s.", lo, hi));
        }
        v->number = n;
        return NULL;
    case FIELD_QUANTITY:
    case FIELD_INT:
        range_of(f, &min, &max);
        if (whole_number(v->raw, min, max, &v->number) != 0)
            return invalid(in, f, keepf(in, "Enter a whole number from %lld to %lld.", (long long)min, (long long)max));
        return NULL;
    case FIELD_DATE: {
        char trimmed[16];
        if (strlen(v->raw) >= 40) return invalid(in, f, "Enter the date as YYYY-MM-DD, for example 2026-03-15.");
        text_trim_copy(v->raw, trimmed, sizeof trimmed);
        if (parse_day_noon(trimmed, &v->number) != 0)
            return invalid(in, f, "Enter the date as YYYY-MM-DD, for example 2026-03-15 (a real day).");
        char *kept = keep(in, strlen(trimmed) + 1);
        if (kept) memcpy(kept, trimmed, strlen(trimmed) + 1);
        v->text = kept ? kept : "";
        return NULL;
    }
    case FIELD_EMAIL: {
        char *kept = keep(in, VALIDATE_EMAIL_MAX + 1);
        if (!kept) return invalid(in, f, NULL);
        problem = validate_email(v->raw, kept, VALIDATE_EMAIL_MAX + 1);
        if (problem) return invalid(in, f, problem);
        v->text = kept;
        return NULL;
    }
    case FIELD_TEXT:
    case FIELD_LINES:
    case FIELD_SECRET: {
        /* Limits count the characters kept (trimmed, a line break once), as a
         * textarea's maxlength counts them in the browser. */
        size_t size = strlen(v->raw) + 1;
        char *kept = keep(in, size);
        if (!kept) return invalid(in, f, NULL);
        if (f->type == FIELD_SECRET) memcpy(kept, v->raw, size);
        else if (f->type == FIELD_LINES) text_trim_lines(v->raw, kept, size);
        else text_trim_copy(v->raw, kept, size);
        size_t most = f->max > 0 ? (size_t)f->max : 200, chars = utf8_chars(kept);
        if (chars > most) return invalid(in, f, keepf(in, "Use at most %zu characters.", most));
        if (f->min > 0 && chars < (size_t)f->min)
            return invalid(in, f, keepf(in, "Use at least %lld characters.", (long long)f->min));
        problem = f->type == FIELD_LINES ? validate_multiline(kept, most, 0)
                : f->type == FIELD_TEXT ? validate_text(v->raw, SIZE_MAX, 0) : NULL;
        if (problem) return invalid(in, f, problem);
        v->text = kept;
        return NULL;
    }
    case FIELD_ENUM:
        for (const char *const *a = f->allowed; a && *a; a++)
            if (strcmp(*a, v->raw) == 0) {
                v->text = *a;
                return NULL;
            }
        return invalid(in, f, "Choose one of the options offered.");
    case FIELD_CHECKBOX:
        v->number = 1;
        return NULL;
    case FIELD_RAW:
        if (f->max > 0 && strlen(v->raw) > (size_t)f->max)
            return invalid(in, f, keepf(in, "Keep it to %lld bytes or fewer.", (long long)f->max));
        v->text = v->raw;
        return NULL;
    case FIELD_IDS:
    case FIELD_CHOICES:
    case FIELD_LIST:
        break;
    }
    return NULL;
}

static const char *missing(const struct field *f)
{
    if (f->missing) return f->missing;
    switch (f->type) {
    case FIELD_ID:
    case FIELD_ENUM:
    case FIELD_IDS:
    case FIELD_CHOICES:
        return "Choose one of the options.";
    case FIELD_MONEY:
    case FIELD_SIGNED_MONEY:
        return "Enter an amount, like 1,234.50.";
    case FIELD_EMAIL:
        return "Enter an email address.";
    default:
        return "This field is required.";
    }
}

static struct field_value *add_value(struct form_input *in, const struct field *f, const char *name, const char *raw)
{
    if (in->count == FIELDS_MAX) return NULL;
    struct field_value *v = &in->values[in->count++];
    memset(v, 0, sizeof *v);
    v->field = f;
    v->name = name;
    v->sent = raw != NULL;
    v->raw = raw ? raw : "";
    v->text = "";
    return v;
}

static void check_one(struct form_input *in, const struct field *f, struct field_value *v)
{
    /* A password of spaces is a password: only an empty one is missing. */
    v->present = f->type == FIELD_SECRET ? v->raw[0] != '\0' : !blank(v->raw);
    if (f->type == FIELD_CHECKBOX) {
        /* A required box is a confirmation ("I understand"): it must be ticked. */
        v->number = v->raw[0] != '\0';
        v->ok = v->number || !f->required;
        if (!v->ok) form_error(&in->errors, v->name, missing(f));
        return;
    }
    if (!v->present) {
        if (f->required) form_error(&in->errors, v->name, missing(f));
        return;
    }
    const char *problem = check_value(in, f, v);
    if (problem) form_error(&in->errors, v->name, problem);
    else v->ok = 1;
}

static void check_ids(struct form_input *in, const struct field *f, const struct http_params *params,
                      struct field_value *v)
{
    v->ids = in->ids + in->n_ids;
    for (size_t i = 0; i < params->count; i++) {
        if (strcmp(params->items[i].name, f->name) != 0) continue;
        int64_t id;
        if (!parse_id(params->items[i].value, &id) || in->n_ids == FIELD_IDS_MAX) {
            form_error(&in->errors, f->name, invalid(in, f, "Choose among the options offered."));
            return;
        }
        in->ids[in->n_ids++] = id;
        v->n_ids++;
    }
    v->present = v->ok = v->n_ids > 0;
    if (!v->present && f->required) form_error(&in->errors, f->name, missing(f));
}

static void check_choices(struct form_input *in, const struct field *f, const struct http_params *params,
                          struct field_value *v)
{
    for (size_t i = 0; i < params->count; i++) {
        if (strcmp(params->items[i].name, f->name) != 0) continue;
        int found = -1;
        for (int k = 0; f->allowed && f->allowed[k] && k < 62; k++)
            if (strcmp(f->allowed[k], params->items[i].value) == 0) found = k;
        if (found < 0) {
            form_error(&in->errors, f->name, invalid(in, f, "Choose among the options offered."));
            return;
        }
        v->number |= INT64_C(1) << found;
    }
    v->present = v->ok = v->number != 0;
    if (!v->present && f->required) form_error(&in->errors, f->name, missing(f));
}

/* "qty_*" matches "qty_12"; "c*_amount" matches "c3_amount": one star,
 * standing for at least one character. */
static int matches(const char *pattern, const char *star, const char *name)
{
    size_t head = (size_t)(star - pattern), tail = strlen(star + 1), len = strlen(name);
    return len > head + tail && strncmp(name, pattern, head) == 0 && strcmp(name + len - tail, star + 1) == 0;
}

static void check_list(struct form_input *in, const struct field *f, const struct http_params *params,
                       struct field_value *v)
{
    v->items = in->items + in->n_items;
    size_t most = f->max > 0 ? (size_t)f->max : 200;
    for (size_t i = 0; i < params->count; i++) {
        if (strcmp(params->items[i].name, f->name) != 0) continue;
        const char *item = params->items[i].value;
        const char *problem = in->n_items == FIELD_IDS_MAX ? "Too many rows." : validate_text(item, most, 0);
        if (problem) {
            form_error(&in->errors, f->name, invalid(in, f, utf8_chars(item) > most
                                                                ? keepf(in, "Use at most %zu characters.", most)
                                                                : problem));
            return;
        }
        in->items[in->n_items++] = item;
        v->n_items++;
    }
    v->present = v->ok = v->n_items > 0;
    if (!v->present && f->required) form_error(&in->errors, f->name, missing(f));
}

int form_check(const struct form_spec *spec, const struct http_params *params, struct form_input *in)
{
    in->spec = spec;
    in->count = 0;
    in->n_ids = 0;
    in->n_items = 0;
    in->used = 0;
    memset(&in->errors, 0, sizeof in->errors);
    for (const struct field *f = spec->fields; f && f->name; f++) {
        const char *star = strchr(f->name, '*');
        if (star) {
            /* every sent field of this shape, in the order sent */
            for (size_t i = 0; i < params->count; i++) {
                if (!matches(f->name, star, params->items[i].name)) continue;
                struct field_value *v = add_value(in, f, params->items[i].name, params->items[i].value);
                if (!v) {
                    form_error(&in->errors, f->name, "Too many values.");
                    break;
                }
                check_one(in, f, v);
            }
            continue;
        }
        struct field_value *v = add_value(in, f, f->name, http_params_get(params, f->name));
        if (!v) break;
        if (f->type == FIELD_IDS) check_ids(in, f, params, v);
        else if (f->type == FIELD_CHOICES) check_choices(in, f, params, v);
        else if (f->type == FIELD_LIST) check_list(in, f, params, v);
        else check_one(in, f, v);
    }
    return in->errors.count;
}

const struct field_value *form_value(const struct form_input *in, const char *name)
{
    for (int i = 0; in && i < in->count; i++)
        if (strcmp(in->values[i].name, name) == 0) return &in->values[i];
    return NULL;
}

void form_names(const struct form_spec *spec, const char **names, const char **labels, int max)
{
    int n = 0;
    for (const struct field *f = spec->fields; f && f->name && n + 1 < max; f++) {
        if (strchr(f->name, '*')) continue;
        names[n] = f->name;
        labels[n] = f->label ? f->label : f->name;
        n++;
    }
    names[n] = labels[n] = NULL;
}

/* --- the request's checked form --- */

static const struct form_errors no_errors;

const struct form_errors *field_errors(const struct request *req)
{
    return req->input ? &req->input->errors : &no_errors;
}

const char *field_text(const struct request *req, const char *name)
{
    const struct field_value *v = form_value(req->input, name);
    return v ? v->text : "";
}

int64_t field_number(const struct request *req, const char *name)
{
    const struct field_value *v = form_value(req->input, name);
    return v && v->ok ? v->number : 0;
}

int field_ok(const struct request *req, const char *name)
{
    const struct field_value *v = form_value(req->input, name);
    return v && v->ok;
}

const int64_t *field_ids(const struct request *req, const char *name, int *n)
{
    const struct field_value *v = form_value(req->input, name);
    *n = v ? v->n_ids : 0;
    return v ? v->ids : NULL;
}

void form_fill_declared(tpl_dict *d, const struct request *req, const struct form_spec *spec,
                        const struct form_errors *errors)
{
    const char *names[FORM_MAX_ERRORS * 2], *labels[FORM_MAX_ERRORS * 2];
    form_names(spec, names, labels, FORM_MAX_ERRORS * 2);
    form_fill_labelled(d, req, names, labels, errors);
}
