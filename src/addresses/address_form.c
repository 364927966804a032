/* The one address-form reader (address_form.h). */
#include "addresses/address_form.h"

#include <stdio.h>

#include "base/validate.h"

struct address_input address_input_of_form(const struct request *req, const char *forced_type)
{
    return (struct address_input){
        req_form(req, "label"), forced_type ? forced_type : req_form(req, "type"), req_form(req, "attention"),
        req_form(req, "line1"), req_form(req, "line2"), req_form(req, "city"), req_form(req, "region"),
        req_form(req, "postal_code"), req_form(req, "country"), req_form(req, "phone"),
        req_form(req, "delivery_instructions"), req_form(req, "tax_id"),
    };
}

/* src trimmed into f (kept values already are; a raw address is not yet),
 * and *in pointed at f's fields. */
static void keep(const struct address_input *src, struct address_form *f, struct address_input *in)
{
    text_trim_copy(src->label, f->label, sizeof f->label);
    snprintf(f->type, sizeof f->type, "%s", src->type ? src->type : "");
    text_trim_copy(src->attention, f->attention, sizeof f->attention);
    text_trim_copy(src->line1, f->line1, sizeof f->line1);
    text_trim_copy(src->line2, f->line2, sizeof f->line2);
    text_trim_copy(src->city, f->city, sizeof f->city);
    text_trim_copy(src->region, f->region, sizeof f->region);
    text_trim_copy(src->postal_code, f->postal_code, sizeof f->postal_code);
    snprintf(f->country, sizeof f->country, "%s", src->country);
    text_trim_copy(src->phone, f->phone, sizeof f->phone);
    text_trim_lines(src->delivery_instructions, f->delivery_instructions, sizeof f->delivery_instructions);
    text_trim_copy(src->tax_id, f->tax_id, sizeof f->tax_id);
    *in = (struct address_input){ f->label, f->type, f->attention, f->line1, f->line2, f->city, f->region,
                                  f->postal_code, f->country, f->phone, f->delivery_instructions, f->tax_id };
}

int address_read(const struct address_input *raw, struct address_form *f, struct address_input *in,
                 struct form_errors *errors)
{
    int n = address_validate(raw, errors);
    if (n) return n;
    keep(raw, f, in);
    return 0;
}

int address_read_form(const struct request *req, const char *forced_type, struct address_form *f,
                      struct address_input *in, struct form_errors *errors)
{
    struct address_input kept;
    address_kept(req->input, forced_type, &kept);
    address_check(&kept, errors);
    if (errors->count) return errors->count;
    keep(&kept, f, in);
    return 0;
}
