#ifndef BUYERDESK_FORM_H
#define BUYERDESK_FORM_H

#include "web/render.h"
#include "web/request.h"

/* Field-level messages for a form that comes back with errors, and the
 * template variables that show them with the user's values kept.
 *
 * For a field named "company_name" the template gets:
 *   {{COMPANY_NAME}}                        the submitted value (escaped)
 *   {{#COMPANY_NAME_INVALID}}...{{/...}}    shown when the field has an error
 *                                           (for is-invalid / aria-invalid)
 *   {{#COMPANY_NAME_ERROR}}{{MESSAGE}}{{/}} the message
 * and a summary: {{#FORM_ERRORS}}{{#ITEM}}{{FIELD}} {{MESSAGE}}{{/ITEM}}{{/FORM_ERRORS}}.
 *
 * COMPANY_NAME_INVALID is shown exactly when COMPANY_NAME_ERROR is filled,
 * so the message's id may be named only inside either section, never
 * unconditionally (an aria-describedby must name ids the page has):
 *   <input ...{{#COMPANY_NAME_INVALID}} aria-invalid="true" aria-describedby="company_name-error"{{/COMPANY_NAME_INVALID}}>
 *   <input ... aria-describedby="tax_id-help{{#TAX_ID_ERROR}} tax_id-error{{/TAX_ID_ERROR}}">
 * The browser tests check every page they see for it (tests/browser/zz_html_check.test.mjs). */

#define FORM_MAX_ERRORS 32

struct form_errors {
    int count;
    struct {
        const char *field;
        const char *message;
    } items[FORM_MAX_ERRORS];
};

/* Records a message for a field (message NULL: nothing to record, which
 * lets validators' results be passed straight in). Returns 1 if recorded. */
int form_error(struct form_errors *errors, const char *field, const char *message);

/* Copies the submitted value of each field (NULL-terminated list) into the
 * dictionary, except those in `secret` (passwords are never echoed), and
 * shows the error sections. */
void form_fill(tpl_dict *d, const struct request *req, const char *const fields[], const struct form_errors *errors);

/* The same, and each summary ITEM also gets LABEL: labels[i] names
 * fields[i] the way the form's <label> does ("Tax or VAT ID"). */
void form_fill_labelled(tpl_dict *d, const struct request *req, const char *const fields[],
                        const char *const labels[], const struct form_errors *errors);

/* "company_name" -> "COMPANY_NAME" (into out). */
void form_key(const char *field, const char *suffix, char *out, size_t size);

#endif
