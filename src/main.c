/* buyerdesk: the B2B "My Account" portal. One binary, several commands. */
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "web/app.h"
#include "base/clock.h"
#include "approvals/approval_reminders.h"
#include "web/auth.h"
#include "base/csv.h"
#include "base/db.h"
#include "erp/import.h"
#include "erp/import_addresses.h"
#include "mail/mailer.h"
#include "accounts/password_reset.h"
#include "web/render.h"
#include "seed/seed.h"
#include "web/route_table.h"
#include "web/server.h"
#include "accounts/staff.h"

static const char usage[] =
    "usage: buyerdesk [--config FILE] COMMAND [ARGS]\n"
    "\n"
    "commands:\n"
    "  serve        run the FastCGI server (pre-forked workers)\n"
    "  migrate      apply the numbered SQL migrations in sql/\n"
    "  seed-demo    load the demo companies, users, catalog and orders\n"
    "  mailer [--once]\n"
    "               deliver queued mail (serve runs one too); --once: what is\n"
    "               due now, then exit\n"
    "  user add-staff EMAIL NAME ROLE\n"
    "               create a seller staff login (ROLE: admin, account_manager,\n"
    "               customer_service); the password is read from standard input\n"
    "  import SHAPE FILE.csv [--dry-run]\n"
    "               import a CSV file from the ERP (addresses, orders): all rows\n"
    "               or none\n"
    "  export addresses [FILE.csv]\n"
    "               write the address book as CSV\n"
    "  routes       print the route table (who may use each page) as JSON\n"
    "  approvals remind\n"
    "               remind approvers of steps waiting too long (the mailer does\n"
    "               this periodically)\n"
    "\n"
    "Settings come from FILE (key = value) and BUYERDESK_<KEY> environment\n"
    "variables; see README.md.\n";

static int load_settings(const char *config_path)
{
    char err[512];
    if (config_load(config_path, &app.cfg, err, sizeof err) != 0) {
        fprintf(stderr, "buyerdesk: %s\n", err);
        return -1;
    }
    if (clock_init(err, sizeof err) != 0) {
        fprintf(stderr, "buyerdesk: %s\n", err);
        return -1;
    }
    mkdir(app.cfg.data_dir, 0755);
    if (auth_init((unsigned)app.cfg.hashing_concurrency) != 0) {
        fprintf(stderr, "buyerdesk: libsodium failed to start\n");
        return -1;
    }
    if (secrets_load_or_create(app.cfg.secrets_file, app.key) != 0) {
        fprintf(stderr, "buyerdesk: cannot read or create the secrets file %s\n", app.cfg.secrets_file);
        return -1;
    }
    return 0;
}

static int with_database(int (*work)(void))
{
    if (db_open_ready(app.cfg.database) != 0) return 1;
    int rc = work();
    db_close();
    return rc;
}

/* Before the schema is there, statements cannot be prepared: migrate
 * opens the database alone. */
static int migrate(void)
{
    if (db_open(app.cfg.database) != 0) return 1;
    int rc = db_migrate(app.cfg.sql_dir) == 0 ? 0 : 1;
    db_close();
    return rc;
}

static int seed(void)
{
    int rc = seed_demo_all(app.cfg.templates_dir);
    if (rc == 1) fprintf(stderr, "seed-demo: the database already has users; nothing changed\n");
    return rc < 0 ? 1 : 0;
}

/* What the mail process does beside delivery. "Forgot your password?"
 * requests become mail there, not in the web request (password_reset.h);
 * approval reminders and escalations are due by the day, so a pass every
 * ten minutes is plenty. */
#ifndef REMINDER_INTERVAL_SECONDS
#define REMINDER_INTERVAL_SECONDS 600
#endif
static const struct mailer_task mailer_tasks[] = {
    { "password reset requests", password_resets_run, 0 },
    { "approval reminders", approval_reminders_run, REMINDER_INTERVAL_SECONDS },
};
#define MAILER_TASK_COUNT ((int)(sizeof mailer_tasks / sizeof mailer_tasks[0]))

static int run_mailer(void)
{
    return mailer_run(mailer_tasks, MAILER_TASK_COUNT);
}

static int serve(void)
{
    /* Every statement compiles against this database, or nothing starts
     * (each worker prepares them again on its own connection). */
    if (db_open_ready(app.cfg.database) != 0) {
        fprintf(stderr, "serve: not starting\n");
        return 1;
    }
    fprintf(stderr, "serve: %d statements prepared\n", db_statement_count());
    db_close();
    if (tpl_load_all(app.cfg.templates_dir) != 0) return 1;
    int rc = server_run(run_mailer);
    tpl_shutdown();
    return rc;
}

static int mailer_once(void)
{
    /* The templates: waiting password reset requests are rendered here. */
    if (tpl_load_all(app.cfg.templates_dir) != 0) return 1;
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != 0) {
        tpl_shutdown();
        return 1;
    }
    int handled = mailer_deliver_due(mailer_tasks, MAILER_TASK_COUNT);
    curl_global_cleanup();
    tpl_shutdown();
    if (handled >= 0) fprintf(stderr, "mailer: %d message%s handled\n", handled, handled == 1 ? "" : "s");
    return handled < 0 ? 1 : 0;
}

static int user_command(int argc, char **argv)
{
    if (argc != 5 || strcmp(argv[1], "add-staff") != 0) {
        fputs(usage, stderr);
        return 2;
    }
    char password[600];
    if (!fgets(password, sizeof password, stdin)) {
        fprintf(stderr, "user: give the password on standard input\n");
        return 2;
    }
    password[strcspn(password, "\r\n")] = '\0';
    if (db_open_ready(app.cfg.database) != 0) return 1;
    char err[256] = "";
    int rc = staff_create(argv[2], argv[3], argv[4], password, err, sizeof err);
    if (rc != 0) fprintf(stderr, "user: %s\n", err);
    else printf("created seller staff %s\n", argv[2]);
    db_close();
    return rc == 0 ? 0 : 1;
}

#define IMPORT_FILE_MAX (256L * 1024 * 1024)

/* The whole file in memory (malloc'd), or NULL with a message. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return NULL;
    }
    size_t cap = 65536, n = 0;
    char *data = malloc(cap);
    size_t got;
    while (data && (got = fread(data + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *bigger = cap * 2 <= (size_t)IMPORT_FILE_MAX ? realloc(data, cap * 2) : NULL;
            if (!bigger) {
                free(data);
                data = NULL;
                fprintf(stderr, "import: %s is larger than %ld MiB\n", path, IMPORT_FILE_MAX / 1048576);
                break;
            }
            data = bigger;
            cap *= 2;
        }
    }
    if (data && ferror(f)) {
        perror(path);
        free(data);
        data = NULL;
    }
    fclose(f);
    *len = n;
    return data;
}

static int import_command(int argc, char **argv)
{
    const char *shape_name = NULL, *path = NULL;
    int dry_run = 0, extra = 0;
    for (int a = 1; a < argc; a++) {
        if (strcmp(argv[a], "--dry-run") == 0) dry_run = 1;
        else if (!shape_name) shape_name = argv[a];
        else if (!path) path = argv[a];
        else extra = 1;
    }
    const struct import_shape *shape = shape_name ? import_shape_find(shape_name) : NULL;
    if (!shape || !path || extra) {
        if (shape_name && !shape) fprintf(stderr, "import: there is no import of '%s' (there is: addresses, orders)\n\n", shape_name);
        fputs(usage, stderr);
        return 2;
    }
    size_t len;
    char *data = read_file(path, &len);
    if (!data) return 2;
    if (db_open_ready(app.cfg.database) != 0) {
        free(data);
        return 1;
    }
    static struct import_report report;
    int rc = import_run(shape, data, len, dry_run, &import_system_actor, &report);
    db_close();
    free(data);
    if (rc != 0) {
        printf("%s: refused, nothing was written: %ld error%s\n", path, report.errors_total,
               report.errors_total == 1 ? "" : "s");
        for (int e = 0; e < report.error_count; e++) {
            char line[512];
            import_error_text(&report.errors[e], line, sizeof line);
            printf("%s\n", line);
        }
        if (report.errors_total > report.error_count)
            printf("... and %ld more\n", report.errors_total - report.error_count);
        fprintf(stderr, "import: %s refused; nothing was written\n", path);
        return 1;
    }
    printf("%s: %ld row%s%s\n", path, report.rows, report.rows == 1 ? "" : "s",
           dry_run ? " checked (dry run: nothing was written)" : " imported");
    printf("%s: %ld created, %ld updated, %ld unchanged, %ld skipped (no erp id)\n",
           dry_run ? "would be" : "done", report.created, report.updated, report.unchanged, report.skipped);
    return 0;
}

static int export_command(int argc, char **argv)
{
    if (argc < 2 || argc > 3 || strcmp(argv[1], "addresses") != 0) {
        fputs(usage, stderr);
        return 2;
    }
    if (db_open_ready(app.cfg.database) != 0) return 1;
    struct csv_out out = { 0 };
    int rc = import_addresses_export(&out);
    db_close();
    if (rc != 0) {
        fprintf(stderr, "export: the addresses could not be read\n");
        csv_out_free(&out);
        return 1;
    }
    FILE *f = argc == 3 ? fopen(argv[2], "wb") : stdout;
    if (!f) {
        perror(argv[2]);
        csv_out_free(&out);
        return 1;
    }
    int bad = fwrite(out.data, 1, out.len, f) != out.len;
    if (f != stdout) bad |= fclose(f) != 0;
    else bad |= fflush(stdout) != 0;
    csv_out_free(&out);
    if (bad) fprintf(stderr, "export: writing failed\n");
    return bad ? 1 : 0;
}

/* Reminds approvers of steps waiting too long (and escalates, per the
 * company's settings); the mailer runs the same pass periodically. */
static int approvals_remind(void)
{
    if (tpl_load_all(app.cfg.templates_dir) != 0) return 1;
    int queued = approval_reminders_run(clock_now());
    tpl_shutdown();
    if (queued >= 0) fprintf(stderr, "approvals: %d reminder%s queued\n", queued, queued == 1 ? "" : "s");
    return queued < 0 ? 1 : 0;
}

int main(int argc, char **argv)
{
    const char *config_path = getenv("BUYERDESK_CONFIG");
    int i = 1;
    if (i + 1 < argc && strcmp(argv[i], "--config") == 0) {
        config_path = argv[i + 1];
        i += 2;
    }
    if (i >= argc || strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
        fputs(usage, i >= argc ? stderr : stdout);
        return i >= argc ? 2 : 0;
    }
    const char *command = argv[i];
    if (strcmp(command, "routes") == 0) return route_table_print_json(stdout) == 0 ? 0 : 1;
    if (strcmp(command, "serve") && strcmp(command, "migrate") && strcmp(command, "seed-demo")
        && strcmp(command, "user") && strcmp(command, "mailer") && strcmp(command, "import")
        && strcmp(command, "export") && strcmp(command, "approvals")) {
        fprintf(stderr, "buyerdesk: unknown command '%s'\n\n%s", command, usage);
        return 2;
    }
    if (load_settings(config_path) != 0) return 1;
    if (strcmp(command, "serve") == 0) return serve();
    if (strcmp(command, "migrate") == 0) return migrate();
    if (strcmp(command, "seed-demo") == 0) return with_database(seed);
    if (strcmp(command, "mailer") == 0) {
        if (i + 1 < argc && strcmp(argv[i + 1], "--once") == 0) return with_database(mailer_once);
        return run_mailer();
    }
    if (strcmp(command, "import") == 0) return import_command(argc - i, argv + i);
    if (strcmp(command, "export") == 0) return export_command(argc - i, argv + i);
    if (strcmp(command, "approvals") == 0) {
        if (i + 1 < argc && strcmp(argv[i + 1], "remind") == 0) return with_database(approvals_remind);
        fprintf(stderr, "usage: buyerdesk approvals remind\n");
        return 2;
    }
    return user_command(argc - i, argv + i);
}
