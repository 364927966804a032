#include "web/form.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

int form_error(struct form_errors *errors, const char *field, const char *message)
{
    if (!message || errors->count == FORM_MAX_ERRORS) return 0;
    errors->items[errors->count].field = field;
    errors->items[errors->count].message = message;
    errors->count++;
    return 1;
}

void form_key(const char *field, const char *suffix, char *out, size_t size)
{
    size_t n = 0;
    for (const char *p = field; *p && n + 1 < size; p++) out[n++] = (char)toupper((unsigned char)*p);
    out[n] = '\0';
    if (suffix) snprintf(out + n, size - n, "%s", suffix);
}

static int is_secret(const char *field)
{
    return strstr(field, "password") != NULL;
}

static const char *label_of(const char *field, const char *const fields[], const char *const labels[])
{
    for (int i = 0; labels && fields && fields[i]; i++)
        if (strcmp(fields[i], field) == 0) return labels[i];
    return field;
}

void form_fill(tpl_dict *d, const struct request *req, const char *const fields[], const struct form_errors *errors)
{
    form_fill_labelled(d, req, fields, NULL, errors);
}

void form_fill_labelled(tpl_dict *d, const struct request *req, const char *const fields[],
                        const char *const labels[], const struct form_errors *errors)
{
    char key[96];
    for (int i = 0; fields && fields[i]; i++) {
        if (is_secret(fields[i])) continue;
        form_key(fields[i], NULL, key, sizeof key);
        tpl_set(d, key, req_form(req, fields[i]));
    }
    if (!errors || errors->count == 0) return;
    tpl_dict *summary = tpl_add_section(d, "FORM_ERRORS");
    tpl_set_int(summary, "COUNT", errors->count);
    for (int i = 0; i < errors->count; i++) {
        const char *field = errors->items[i].field;
        form_key(field, "_INVALID", key, sizeof key);
        tpl_show(d, key);
        form_key(field, "_ERROR", key, sizeof key);
        tpl_dict *e = tpl_add_section(d, key);
        tpl_set(e, "MESSAGE", errors->items[i].message);
        tpl_dict *item = tpl_add_section(summary, "ITEM");
        tpl_set(item, "FIELD", field);
        tpl_set(item, "LABEL", label_of(field, fields, labels));
        tpl_set(item, "MESSAGE", errors->items[i].message);
    }
}
