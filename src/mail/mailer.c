#include "mail/mailer.h"
#include "base/clock.h"

#include <curl/curl.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "web/app.h"
#include "base/db.h"
#include "mail/mail.h"
#include "mail/mime.h"
#include "mail/outbox_store.h"

enum delivery { DELIVERED, TRY_AGAIN, GIVE_UP };

struct upload {
    const char *data;
    size_t len;
    size_t pos;
};

static size_t read_message(char *buf, size_t size, size_t count, void *arg)
{
    struct upload *u = arg;
    size_t room = size * count, left = u->len - u->pos;
    size_t n = left < room ? left : room;
    memcpy(buf, u->data + u->pos, n);
    u->pos += n;
    return n;
}

static enum delivery send_smtp(const struct outbox_message *m, const char *raw, size_t len,
                               const char *from_address, char *error, size_t error_size)
{
    CURL *curl = curl_easy_init();
    if (!curl) {
        snprintf(error, error_size, "libcurl could not start");
        return TRY_AGAIN;
    }
    char from[300], to[300], curl_error[CURL_ERROR_SIZE] = "";
    snprintf(from, sizeof from, "<%s>", from_address);
    snprintf(to, sizeof to, "<%s>", m->to_address);
    struct curl_slist *rcpt = curl_slist_append(NULL, to);
    struct upload body = { raw, len, 0 };

    curl_easy_setopt(curl, CURLOPT_URL, app.cfg.smtp_url);
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from);
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_message);
    curl_easy_setopt(curl, CURLOPT_READDATA, &body);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, (curl_off_t)len);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, curl_error);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    /* Certificates are always verified (libcurl's default, stated here so
     * nobody "fixes" it); STARTTLS is mandatory when configured. */
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_USE_SSL, app.cfg.smtp_starttls ? (long)CURLUSESSL_ALL : (long)CURLUSESSL_TRY);
    if (app.cfg.smtp_user[0]) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, app.cfg.smtp_user);
        curl_easy_setopt(curl, CURLOPT_PASSWORD, app.cfg.smtp_password);
    }

    CURLcode rc = curl_easy_perform(curl);
    long smtp_code = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &smtp_code);
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(curl);
    if (rc == CURLE_OK) return DELIVERED;

    snprintf(error, error_size, "%s%s%s (SMTP %ld)", curl_easy_strerror(rc),
             curl_error[0] ? ": " : "", curl_error, smtp_code);
    /* 5xx is the server's final word (unknown mailbox, refused sender):
     * retrying would only annoy it. Everything else may pass. */
    return smtp_code >= 500 && smtp_code < 600 ? GIVE_UP : TRY_AGAIN;
}

/* The demo's stand-in for SMTP: one .eml file per message. */
static enum delivery write_spool(const struct outbox_message *m, const char *raw, size_t len,
                                 char *error, size_t error_size)
{
    char dir[CONFIG_PATH_MAX + 16], path[CONFIG_PATH_MAX + 200];
    snprintf(dir, sizeof dir, "%s/mail-spool", app.cfg.data_dir);
    mkdir(dir, 0755);
    snprintf(path, sizeof path, "%s/%lld-%s.eml", dir, (long long)m->id, m->message_id);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0 || write(fd, raw, len) != (ssize_t)len) {
        snprintf(error, error_size, "cannot write %s: %s", path, strerror(errno));
        if (fd >= 0) close(fd);
        return TRY_AGAIN;
    }
    close(fd);
    return DELIVERED;
}

static enum delivery deliver(const struct outbox_message *m, char *error, size_t error_size)
{
    char from_name[256], from_address[256];
    mail_sender(from_name, sizeof from_name, from_address, sizeof from_address);
    struct mime_message mime = {
        .from_name = from_name, .from_address = from_address,
        .to_name = m->to_name, .to_address = m->to_address,
        .subject = m->subject, .message_id = m->message_id,
        .date = m->created_at, .text_body = m->text_body, .html_body = m->html_body,
    };
    char *raw = NULL;
    size_t len = 0;
    if (mime_build(&mime, &raw, &len, error, error_size) != 0) return GIVE_UP;
    enum delivery d = app.cfg.smtp_url[0] ? send_smtp(m, raw, len, from_address, error, error_size)
                                          : write_spool(m, raw, len, error, error_size);
    free(raw);
    return d;
}

static void record(const struct outbox_message *m, enum delivery d, const char *error, int64_t now)
{
    if (d == DELIVERED) {
        store_outbox_mark_sent(m->id, now);
    } else if (d == GIVE_UP || m->attempts >= app.cfg.mail_max_attempts) {
        store_outbox_mark_failed(m->id, error);
        fprintf(stderr, "mailer: message %lld to %s failed: %s\n", (long long)m->id, m->to_address, error);
    } else {
        double fraction = (double)randombytes_uniform(10001) / 10000.0;
        int64_t delay = mime_retry_delay(m->attempts, app.cfg.mail_retry_base_seconds,
                                         app.cfg.mail_retry_cap_seconds, fraction);
        store_outbox_mark_retry(m->id, now + (delay > 0 ? delay : 1), error);
        fprintf(stderr, "mailer: message %lld to %s will be retried in %llds: %s\n",
                (long long)m->id, m->to_address, (long long)delay, error);
    }
}

/* Messages are claimed and their outcomes recorded a batch at a time:
 * each claim and each record is a commit, and every commit makes the web
 * workers read again the pages they had cached. One message at a time,
 * the mailer's two commits a message cost more than the order that
 * queued it (the write benchmark: 248 orders/s with the mailer running,
 * 366 without). A batch is small, so a mailer that dies between sending
 * and recording sends at most this many again (after
 * mail_claim_timeout_seconds), as it always could send one again. */
#define MAIL_BATCH 16

int mailer_deliver_due(struct job_run *run)
{
    int handled = 0;
    if (store_outbox_reclaim(clock_now(), app.cfg.mail_claim_timeout_seconds) < 0)
        return job_run_fail(run, "the outbox could not be read");
    while (job_run_continue(run)) {
        struct outbox_message batch[MAIL_BATCH];
        enum delivery outcome[MAIL_BATCH];
        char error[MAIL_BATCH][512];
        int claimed = store_outbox_claim(clock_now(), batch, MAIL_BATCH);
        if (claimed < 0) return job_run_fail(run, "the outbox could not be read");
        if (claimed == 0) break;
        /* Between messages the lease is renewed (while this runner holds
         * it, no other takes back these claims, however slow the server),
         * and a batch stops when the runner is stopping or lost the lease:
         * the messages not tried go back as they were, due now. */
        int tried = 0;
        for (; tried < claimed; tried++) {
            if (tried > 0 && !job_run_continue(run)) break;
            error[tried][0] = '\0';
            outcome[tried] = deliver(&batch[tried], error[tried], sizeof error[tried]);
        }
        /* One transaction for the batch's outcomes; if it cannot begin
         * (the database busy past its timeout), each is recorded alone. */
        int in_transaction = db_begin() == 0;
        int64_t now = clock_now();
        for (int i = 0; i < tried; i++) record(&batch[i], outcome[i], error[i], now);
        for (int i = tried; i < claimed; i++) store_outbox_unclaim(batch[i].id);
        if (in_transaction) db_finish(1, "mail outcomes");
        for (int i = 0; i < claimed; i++) outbox_message_free(&batch[i]);
        if (tried < claimed) return handled + tried;
        handled += tried;
        if (claimed < MAIL_BATCH) break;
    }
    return handled;
}
