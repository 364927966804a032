/* buyerdesk: the B2B "My Account" portal. One binary, several commands. */
#include "credit/credit.h"
#include "erp/import_credit.h"
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
#include "jobs/job_view.h"
#include "jobs/jobs.h"
#include "lists/list_reorders.h"
#include "mail/mailer.h"
#include "accounts/password_reset.h"
#include "mail/outbox_store.h"
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
    "  jobs list    each periodic job: its last run (start, duration, outcome,\n"
    "               error) and its next run\n"
    "  jobs run NAME [--once]\n"
    "               run the job NAME on its schedule (serve's jobs runner runs\n"
    "               them all); --once: now, under its lease, then exit (status\n"
    "               75 when another runner holds the lease)\n"
    "  mailer [--once]\n"
    "               alias of `jobs run mail [--once]`: deliver queued mail\n"
    "  user add-staff EMAIL NAME ROLE\n"
    "               create a seller staff login (ROLE: admin, account_manager,\n"
    "               customer_service); the password is read from standard input\n"
    "  import SHAPE FILE.csv [--dry-run]\n"
    "               import a CSV file from the ERP (addresses, orders, credit): all rows\n"
    "               or none\n"
    "  export addresses [FILE.csv]\n"
    "  export credit [FILE.csv]\n"
    "               write the address book as CSV\n"
    "  routes       print the route table (who may use each page) as JSON\n"
    "  statements [--plan]\n"
    "               print every prepared SQL statement (with --plan, SQLite's\n"
    "               query plan of each on this database)\n"
    "  approvals remind\n"
    "               alias of `jobs run approval-reminders --once`: remind\n"
    "               approvers of steps waiting too long\n"
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

static int statements_with_plan;

static int print_statements(void)
{
    int n = db_statements_print(stdout, statements_with_plan);
    fprintf(stderr, "%d statements\n", n);
    return n > 0 ? 0 : 1;
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

/* --- periodic jobs ---------------------------------------------------------
 * Every periodic job, declared here, run by the jobs runner (jobs/jobs.h)
 * that `serve` starts. A job must be safe to repeat: a run cut short (a
 * crash, a lost lease) is done again by the next. */

/* "Forgot your password?" requests become mail here, not in the web
 * request (password_reset.h), before delivery, so their mail goes out in
 * the same run. */
static int mail_job(struct job_run *run)
{
    int resets = password_resets_run(run->started_at);
    db_release();
    int handled = mailer_deliver_due(run);
    if (handled >= 0 && resets < 0) return job_run_fail(run, "the password reset requests could not be handled");
    return handled < 0 ? -1 : 0;
}

static int mail_has_work(int64_t now)
{
    int resets = password_resets_waiting();
    int mail = store_outbox_has_work(now, app.cfg.mail_claim_timeout_seconds);
    return resets < 0 || mail < 0 ? -1 : resets || mail;
}

/* Temporary credit increases end by themselves after their last day
 * (credit.h): the limit goes back, a ledger row and an audit entry say so. */
static int credit_temporary_job(struct job_run *run)
{
    struct actor who = actor_system("Credit job");
    if (db_begin() != 0) return job_run_fail(run, "the database is busy");
    int n = credit_temporary_expire(&who, run->started_at);
    if (!db_finish(n >= 0, "credit-temporary")) return job_run_fail(run, "ending temporary credit increases failed (see the log)");
    return 0;
}

/* Invoice mails: due in the company's reminder days, overdue; once each. */
static int credit_reminders_job(struct job_run *run)
{
    if (db_begin() != 0) return job_run_fail(run, "the database is busy");
    int n = credit_invoice_reminders(run->started_at);
    if (!db_finish(n >= 0, "credit-reminders")) return job_run_fail(run, "the invoice reminders failed (see the log)");
    return 0;
}

static int approval_reminders_job(struct job_run *run)
{
    if (approval_reminders_run(run->started_at) < 0) return job_run_fail(run, "the reminder pass failed (see the log)");
    return 0;
}

static int list_reorders_job(struct job_run *run)
{
    if (list_reorders_run(run->started_at) < 0) return job_run_fail(run, "no scheduled reorder could be handled (see the log)");
    return 0;
}

/* Reminders and escalations are due by the day: every ten minutes is
 * plenty. The mailer renews its lease between messages once half of it
 * has passed, and half (75 s) outlasts one send at libcurl's limits (10 s
 * to connect, 60 s in all); a runner killed mid-run holds mail up for at
 * most 150 s. */
#ifndef REORDER_INTERVAL_SECONDS
#define REORDER_INTERVAL_SECONDS 300   /* scheduled reorders are due by the day */
#endif
#ifndef REMINDER_INTERVAL_SECONDS
#define REMINDER_INTERVAL_SECONDS 600
#endif
static const struct job job_table[] = {
    /* name                  interval                   catch up  lease  run, has work */
    { "mail",                0,                         1,        150,   mail_job, mail_has_work },
    { "approval-reminders",  REMINDER_INTERVAL_SECONDS, 1,        0,     approval_reminders_job, NULL },
    { "list-reorders",       REORDER_INTERVAL_SECONDS,  1,        0,     list_reorders_job, NULL },
    { "credit-temporary",    REMINDER_INTERVAL_SECONDS, 1,        0,     credit_temporary_job, NULL },
    { "credit-reminders",    REMINDER_INTERVAL_SECONDS, 1,        0,     credit_reminders_job, NULL },
};
#define JOB_TABLE_COUNT ((int)(sizeof job_table / sizeof job_table[0]))

/* Around jobs in a process of their own: libcurl for the mail, and the
 * process's own connection. */
static int jobs_begin(void)
{
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != 0) return -1;
    if (db_open_ready(app.cfg.database) == 0) return 0;
    curl_global_cleanup();
    return -1;
}

static void jobs_end(void)
{
    db_close();
    curl_global_cleanup();
}

static int run_runner(const struct job *const *jobs, int count, long previous_pid)
{
    if (jobs_begin() != 0) return 1;
    int rc = jobs_runner(jobs, count, app.cfg.mailer_poll_ms, previous_pid);
    jobs_end();
    return rc;
}

#define EXIT_LEASE_HELD 75   /* EX_TEMPFAIL: another runner runs the job now */

static int run_once(const struct job *job)
{
    if (jobs_begin() != 0) return 1;
    enum job_once r = jobs_run_once(job);
    jobs_end();
    return r == JOB_ONCE_OK ? 0 : r == JOB_ONCE_BUSY ? EXIT_LEASE_HELD : 1;
}

/* serve's runner: every job, mail only where `mailer` is on (an operator
 * may run `buyerdesk mailer` elsewhere instead). */
static int serve_jobs(long previous_pid)
{
    const struct job *mine[JOBS_MAX];
    int n = 0;
    for (int i = 0; i < jobs_count(); i++)
        if (app.cfg.mailer || strcmp(jobs_at(i)->name, "mail") != 0) mine[n++] = jobs_at(i);
    return run_runner(mine, n, previous_pid);
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
    int rc = server_run(serve_jobs);
    tpl_shutdown();
    return rc;
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
    int credit = argc >= 2 && strcmp(argv[1], "credit") == 0;
    if (argc < 2 || argc > 3 || (strcmp(argv[1], "addresses") != 0 && !credit)) {
        fputs(usage, stderr);
        return 2;
    }
    if (db_open_ready(app.cfg.database) != 0) return 1;
    struct csv_out out = { 0 };
    int rc = credit ? import_credit_export(&out) : import_addresses_export(&out);
    db_close();
    if (rc != 0) {
        fprintf(stderr, "export: the %s could not be read\n", credit ? "invoices" : "addresses");
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

/* `jobs run NAME [--once]`, and the older names for two of them. The
 * templates: jobs render mail (`serve` loaded them before forking). */
static int job_command(const char *name, int once)
{
    const struct job *job = jobs_find(name);
    if (!job) {
        fprintf(stderr, "jobs: there is no job '%s' (see buyerdesk jobs list)\n", name);
        return 2;
    }
    if (tpl_load_all(app.cfg.templates_dir) != 0) return 1;
    int rc = once ? run_once(job) : run_runner(&job, 1, 0);
    tpl_shutdown();
    return rc;
}

static void print_job_row(const char *name, const char *every, const char *last_run, const char *duration,
                          const char *outcome, const char *next_run)
{
    printf("%-20s %-14s %-24s %-10s %-8s %s\n", name, every, last_run, duration, outcome, next_run);
}

static int jobs_list(void)
{
    int64_t now = clock_now();
    int rc = 0;
    print_job_row("job", "interval", "last run", "duration", "outcome", "next run");
    for (int i = 0; i < jobs_count(); i++) {
        struct job_view v;
        if (job_view_get(i, now, &v) < 0) {
            fprintf(stderr, "jobs: %s could not be read\n", jobs_at(i)->name);
            rc = 1;
            continue;
        }
        print_job_row(v.name, v.every, v.last_run, v.duration[0] ? v.duration : "-", v.outcome[0] ? v.outcome : "-",
                      v.next_run);
        if (v.error[0]) printf("%-20s error: %s\n", "", v.error);
        if (v.running_on[0]) printf("%-20s running on %s, lease until %s\n", "", v.running_on, v.lease_until);
    }
    return rc;
}

static int jobs_command(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "list") == 0) return with_database(jobs_list);
    int once = argc == 4 && strcmp(argv[3], "--once") == 0;
    if (argc >= 3 && strcmp(argv[1], "run") == 0 && (argc == 3 || once)) return job_command(argv[2], once);
    fputs(usage, stderr);
    return 2;
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
        && strcmp(command, "export") && strcmp(command, "approvals") && strcmp(command, "jobs")
        && strcmp(command, "statements")) {
        fprintf(stderr, "buyerdesk: unknown command '%s'\n\n%s", command, usage);
        return 2;
    }
    if (load_settings(config_path) != 0) return 1;
    jobs_declare(job_table, JOB_TABLE_COUNT);
    if (strcmp(command, "serve") == 0) return serve();
    if (strcmp(command, "migrate") == 0) return migrate();
    if (strcmp(command, "seed-demo") == 0) return with_database(seed);
    if (strcmp(command, "jobs") == 0) return jobs_command(argc - i, argv + i);
    if (strcmp(command, "statements") == 0) {
        statements_with_plan = i + 1 < argc && strcmp(argv[i + 1], "--plan") == 0;
        return with_database(print_statements);
    }
    if (strcmp(command, "mailer") == 0) return job_command("mail", i + 1 < argc && strcmp(argv[i + 1], "--once") == 0);
    if (strcmp(command, "import") == 0) return import_command(argc - i, argv + i);
    if (strcmp(command, "export") == 0) return export_command(argc - i, argv + i);
    if (strcmp(command, "approvals") == 0) {
        if (i + 1 < argc && strcmp(argv[i + 1], "remind") == 0) return job_command("approval-reminders", 1);
        fprintf(stderr, "usage: buyerdesk approvals remind\n");
        return 2;
    }
    return user_command(argc - i, argv + i);
}
