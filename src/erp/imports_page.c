/* Back office: ERP imports (a CSV upload checked row by row, all or
 * nothing, with a dry run) and the addresses export. */
#include "erp/pages.h"

#include <stdio.h>
#include <string.h>

#include "web/app.h"
#include "base/csv.h"
#include "web/form.h"
#include "erp/import.h"
#include "erp/import_addresses.h"
#include "web/response.h"

static void fill_page(struct request *req, tpl_dict *d, const struct import_shape *chosen, int dry_run,
                      const struct form_errors *errors)
{
    static const char *const fields[] = { "shape", "file", NULL };
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    form_fill(d, req, fields, errors);
    for (int i = 0; import_shapes[i]; i++) {
        const struct import_shape *s = import_shapes[i];
        tpl_dict *o = tpl_add_section(d, "SHAPE");
        tpl_set(o, "NAME", s->name);
        tpl_set(o, "TITLE", s->title);
        if (s == chosen) tpl_show(o, "SELECTED");
        tpl_dict *c = tpl_add_section(d, "SHAPE_COLUMNS");
        tpl_set(c, "TITLE", s->title);
        tpl_set(c, "NAME", s->name);
        /* what the columns mean, per shape (ABOUT_ADDRESSES, ABOUT_ORDERS) */
        char about[64];
        form_key(s->name, NULL, about, sizeof about);
        char key[80];
        snprintf(key, sizeof key, "ABOUT_%s", about);
        tpl_show(c, key);
        for (int k = 0; k < s->column_count; k++) {
            tpl_dict *col = tpl_add_section(c, "COLUMN");
            tpl_set(col, "NAME", s->columns[k]);
            if (k + 1 < s->column_count) tpl_show(col, "COMMA");
        }
    }
    if (dry_run) tpl_show(d, "DRY_RUN_CHECKED");
    char limit[32];
    long kib = app.cfg.max_body_bytes / 1024;
    if (kib >= 1024) snprintf(limit, sizeof limit, "%ld MiB", kib / 1024);
    else snprintf(limit, sizeof limit, "%ld KiB", kib);
    tpl_set(d, "BODY_LIMIT", limit);
}

void page_bo_imports(struct request *req)
{
    const struct import_shape *chosen = import_shape_find(req_query(req, "shape"));
    tpl_dict *d = response_page(req, 200, "erp/admin_imports.tpl", "Imports");
    fill_page(req, d, chosen ? chosen : import_shapes[0], 1, NULL);
}

static void fill_report(tpl_dict *d, const struct import_report *r, const char *filename,
                        const struct import_shape *shape)
{
    tpl_dict *rep = tpl_add_section(d, "REPORT");
    tpl_set(rep, "FILENAME", filename);
    /* orders come one row per line: the counts are of lines */
    int orders = strcmp(shape->name, "orders") == 0;
    tpl_set(rep, "ROW_NOUN", orders ? "order lines" : "rows");
    tpl_set_int(rep, "ROWS", r->rows);
    if (r->refused) {
        tpl_dict *x = tpl_add_section(rep, "REFUSED");
        tpl_set_int(x, "ERRORS", r->errors_total);
        tpl_set(x, "S", r->errors_total == 1 ? "" : "s");
        if (r->errors_total > r->error_count) tpl_set_int(tpl_add_section(x, "MORE"), "COUNT", r->errors_total - r->error_count);
        for (int i = 0; i < r->error_count; i++) {
            tpl_dict *e = tpl_add_section(x, "ERROR");
            if (r->errors[i].line > 0) tpl_set_int(e, "LINE", r->errors[i].line);
            else tpl_set(e, "LINE", "file");
            tpl_set(e, "COLUMN", r->errors[i].column[0] ? r->errors[i].column : "\xe2\x80\x94");
            tpl_set(e, "MESSAGE", r->errors[i].message);
        }
        return;
    }
    tpl_dict *ok = tpl_add_section(rep, r->dry_run ? "DRY_RUN" : "IMPORTED");
    tpl_set_int(ok, "ROWS", r->rows);
    tpl_set_int(rep, "CREATED", r->created);
    tpl_set_int(rep, "UPDATED", r->updated);
    tpl_set_int(rep, "UNCHANGED", r->unchanged);
    tpl_set_int(rep, "SKIPPED", r->skipped);
    tpl_show(rep, "COUNTS");
    tpl_show(rep, orders ? "LINES_NOTE" : "SKIPPED_COUNT");
    tpl_set(rep, "CREATED_LABEL", r->dry_run ? "Would be created" : "Created");
    tpl_set(rep, "UPDATED_LABEL", r->dry_run ? "Would be updated" : "Updated");
}

/* The text fields of the upload; the file part is checked by the handler. */
static const struct field import_fields[] = {
    { "shape", "The file holds", FIELD_ENUM, 1, 0, 0, import_shape_names, "Choose what the file holds.",
      "Choose what the file holds." },
    { "dry_run", "Dry run", FIELD_CHECKBOX, 0, 0, 0, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_import = { "import", import_fields };

void page_bo_import(struct request *req)
{
    struct form_errors errors = *field_errors(req);
    const struct import_shape *shape = import_shape_find(field_text(req, "shape"));
    int dry_run = field_number(req, "dry_run") == 1;
    const struct multipart_file *file = multipart_file_get(&req->files, "file");
    if (!file || !file->filename[0]) form_error(&errors, "file", "Choose a CSV file to upload.");
    else if (file->len == 0) form_error(&errors, "file", "The file is empty.");
    if (errors.count) {
        tpl_dict *d = response_page(req, 422, "erp/admin_imports.tpl", "Imports");
        fill_page(req, d, shape ? shape : import_shapes[0], dry_run, &errors);
        return;
    }
    static struct import_report report;
    int rc = import_run(shape, file->data, file->len, dry_run, &req->actor, &report);
    tpl_dict *d = response_page(req, rc == 0 ? 200 : 422, "erp/admin_imports.tpl", "Imports");
    fill_page(req, d, shape, dry_run, NULL);
    fill_report(d, &report, file->filename, shape);
}

void page_bo_export_addresses(struct request *req)
{
    struct csv_out out = { 0 };
    if (import_addresses_export(&out) != 0) {
        csv_out_free(&out);
        response_error(req, 500, "The addresses could not be exported. Try again.");
        return;
    }
    response_header(req, "Content-Disposition", "attachment; filename=\"addresses.csv\"");
    response_raw(req, 200, "text/csv; charset=utf-8", out.data ? out.data : "", out.len);
    csv_out_free(&out);
}
