#include "web/company_picker.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "base/validate.h"

#define MATCHES_SHOWN 5

static void name_matches(struct company_picker *p, const struct company_choice *m, int n, const char *typed)
{
    if (n == 0) {
        snprintf(p->error, sizeof p->error, "No company\u2019s name contains \u201c%s\u201d.", typed);
        return;
    }
    size_t len = (size_t)snprintf(p->error, sizeof p->error, "Several companies match: ");
    for (int i = 0; i < n && i < MATCHES_SHOWN && len < sizeof p->error; i++)
        len += (size_t)snprintf(p->error + len, sizeof p->error - len, "%s%s", i ? ", " : "", m[i].name);
    if (len < sizeof p->error)
        snprintf(p->error + len, sizeof p->error - len, "%s. Type the whole name.", n > MATCHES_SHOWN ? " and more" : "");
}

int company_picker_read(const struct request *req, const struct staff_scope *scope, struct company_picker *p)
{
    memset(p, 0, sizeof *p);
    int count = store_bo_company_count(scope, COMPANY_PICKER_LISTED + 1);
    if (count < 0) return -1;
    p->by_name = count > COMPANY_PICKER_LISTED;
    if (!p->by_name && (p->n = store_bo_company_choices(scope, p->listed, COMPANY_PICKER_LISTED)) < 0) return -1;

    const char *id_text = req_query(req, "company");
    int64_t id = 0;
    if (id_text[0] && !parse_id(id_text, &id)) id = 0;
    if (id > 0) {
        struct company_choice c;
        int found = store_bo_company_choice(scope, id, &c);
        if (found < 0) return -1;
        if (found) {
            p->id = c.id;
            snprintf(p->name, sizeof p->name, "%s", c.name);
        }
        return 0;
    }
    const char *typed = req_query(req, "company_name");
    if (!p->by_name || !typed[0]) return 0;
    char text[sizeof p->name];
    snprintf(text, sizeof text, "%s", typed);
    snprintf(p->name, sizeof p->name, "%s", text);
    struct company_choice m[MATCHES_SHOWN + 1];
    int n = store_bo_company_choices_named(scope, text, m, MATCHES_SHOWN + 1);
    if (n < 0) return -1;
    if (n == 1 || (n > 1 && strcasecmp(m[0].name, text) == 0 && strcasecmp(m[1].name, text) != 0)) {
        p->id = m[0].id;
        snprintf(p->name, sizeof p->name, "%s", m[0].name);
        return 0;
    }
    name_matches(p, m, n, text);
    return 0;
}

void company_picker_fill(tpl_dict *d, const struct company_picker *p)
{
    tpl_dict *part;
    if (p->by_name) {
        part = tpl_add_section(d, "COMPANY_SEARCH");
        tpl_set(part, "NAME", p->name);
    } else {
        part = tpl_add_section(d, "COMPANY_LIST");
        for (int i = 0; i < p->n; i++) {
            tpl_dict *c = tpl_add_section(part, "COMPANY_CHOICE");
            tpl_set_int(c, "ID", p->listed[i].id);
            tpl_set(c, "NAME", p->listed[i].name);
            if (p->listed[i].id == p->id) tpl_show(c, "SELECTED");
        }
    }
    if (p->error[0]) {
        tpl_show(part, "COMPANY_INVALID");
        tpl_set(tpl_add_section(part, "COMPANY_ERROR"), "MESSAGE", p->error);
    }
}
