#include "base/config.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef BUYERDESK_SOURCE_DIR
#define BUYERDESK_SOURCE_DIR "."
#endif

enum setting_type { SETTING_TEXT, SETTING_INT };

struct setting {
    const char *key;
    enum setting_type type;
    size_t offset;
    size_t size;
};

#define TEXT(field) { #field, SETTING_TEXT, offsetof(struct config, field), sizeof(((struct config *)0)->field) }
#define INT(field) { #field, SETTING_INT, offsetof(struct config, field), sizeof(int) }

static const struct setting settings[] = {
    TEXT(data_dir), TEXT(database), TEXT(socket_path), TEXT(socket_group), TEXT(secrets_file),
    TEXT(templates_dir), TEXT(sql_dir), TEXT(base_url), TEXT(smtp_url), TEXT(mail_from),
    TEXT(smtp_user), TEXT(smtp_password), INT(smtp_starttls), INT(mailer), INT(mailer_poll_ms),
    INT(mail_max_attempts), INT(mail_retry_base_seconds), INT(mail_retry_cap_seconds),
    INT(mail_claim_timeout_seconds),
    INT(workers), INT(session_idle_minutes), INT(session_absolute_hours), INT(hashing_concurrency),
    INT(login_max_failures), INT(login_max_failures_per_ip), INT(login_window_minutes),
    INT(register_max_per_ip), INT(register_window_minutes),
    { "max_body_bytes", SETTING_INT, offsetof(struct config, max_body_bytes), sizeof(long) },
};

static int apply(struct config *cfg, const struct setting *s, const char *value, char *err, size_t err_len)
{
    char *field = (char *)cfg + s->offset;
    if (s->type == SETTING_TEXT) {
        if (strlen(value) >= s->size) {
            snprintf(err, err_len, "%s is too long", s->key);
            return -1;
        }
        memcpy(field, value, strlen(value) + 1);
        return 0;
    }
    char *end = NULL;
    errno = 0;
    long n = strtol(value, &end, 10);
    if (errno || end == value || *end != '\0' || n < 0) {
        snprintf(err, err_len, "%s must be a non-negative whole number", s->key);
        return -1;
    }
    if (s->size == sizeof(long)) *(long *)(void *)field = n;
    else *(int *)(void *)field = (int)n;
    return 0;
}

static const struct setting *find_setting(const char *key)
{
    for (size_t i = 0; i < sizeof settings / sizeof settings[0]; i++)
        if (strcmp(settings[i].key, key) == 0) return &settings[i];
    return NULL;
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s)) s++;
    char *end = s + strlen(s);
    while (end > s && isspace((unsigned char)end[-1])) *--end = '\0';
    return s;
}

static int load_file(const char *path, struct config *cfg, char *err, size_t err_len)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, err_len, "cannot read config %s: %s", path, strerror(errno));
        return -1;
    }
    char line[2048];
    int lineno = 0, rc = 0;
    while (rc == 0 && fgets(line, sizeof line, f)) {
        lineno++;
        char *l = trim(line);
        if (*l == '\0' || *l == '#') continue;
        char *eq = strchr(l, '=');
        if (!eq) {
            snprintf(err, err_len, "%s:%d: expected key = value", path, lineno);
            rc = -1;
            break;
        }
        *eq = '\0';
        const struct setting *s = find_setting(trim(l));
        if (!s) {
            snprintf(err, err_len, "%s:%d: unknown setting '%s'", path, lineno, trim(l));
            rc = -1;
            break;
        }
        rc = apply(cfg, s, trim(eq + 1), err, err_len);
    }
    fclose(f);
    return rc;
}

static int load_environment(struct config *cfg, char *err, size_t err_len)
{
    for (size_t i = 0; i < sizeof settings / sizeof settings[0]; i++) {
        char name[64] = "BUYERDESK_";
        size_t n = strlen(name);
        for (const char *k = settings[i].key; *k && n < sizeof name - 1; k++) name[n++] = (char)toupper((unsigned char)*k);
        name[n] = '\0';
        const char *value = getenv(name);
        if (value && apply(cfg, &settings[i], value, err, err_len) != 0) return -1;
    }
    return 0;
}

/* Paths left empty follow data_dir, so one setting moves everything. */
static void derive_paths(struct config *cfg)
{
    if (!cfg->database[0]) snprintf(cfg->database, sizeof cfg->database, "%.900s/buyerdesk.db", cfg->data_dir);
    if (!cfg->socket_path[0]) snprintf(cfg->socket_path, sizeof cfg->socket_path, "%.900s/run/buyerdesk.sock", cfg->data_dir);
    if (!cfg->secrets_file[0]) snprintf(cfg->secrets_file, sizeof cfg->secrets_file, "%.900s/secrets.key", cfg->data_dir);
    cfg->secure_cookies = strncmp(cfg->base_url, "https://", 8) == 0;
}

int config_load(const char *path, struct config *cfg, char *err, size_t err_len)
{
    memset(cfg, 0, sizeof *cfg);
    strcpy(cfg->data_dir, "var");
    snprintf(cfg->templates_dir, sizeof cfg->templates_dir, "%s/templates", BUYERDESK_SOURCE_DIR);
    snprintf(cfg->sql_dir, sizeof cfg->sql_dir, "%s/sql", BUYERDESK_SOURCE_DIR);
    strcpy(cfg->base_url, "http://127.0.0.1:8080");
    strcpy(cfg->mail_from, "buyerdesk <no-reply@seller.test>");
    cfg->session_idle_minutes = 120;
    cfg->session_absolute_hours = 12;
    cfg->hashing_concurrency = 2;
    cfg->max_body_bytes = 1024 * 1024;
    cfg->login_max_failures = 5;
    cfg->login_max_failures_per_ip = 30;
    cfg->login_window_minutes = 15;
    cfg->register_max_per_ip = 10;
    cfg->register_window_minutes = 60;
    cfg->mailer = 1;
    cfg->mailer_poll_ms = 1000;
    cfg->mail_max_attempts = 8;
    cfg->mail_retry_base_seconds = 60;
    cfg->mail_retry_cap_seconds = 3600;
    cfg->mail_claim_timeout_seconds = 300;

    if (path && load_file(path, cfg, err, err_len) != 0) return -1;
    if (load_environment(cfg, err, err_len) != 0) return -1;
    derive_paths(cfg);
    return 0;
}

static int read_key(const char *path, unsigned char key[crypto_auth_KEYBYTES])
{
    char hex[crypto_auth_KEYBYTES * 2 + 2] = {0};
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    size_t n = fread(hex, 1, sizeof hex - 1, f);
    fclose(f);
    while (n && (hex[n - 1] == '\n' || hex[n - 1] == '\r')) hex[--n] = '\0';
    size_t bin_len = 0;
    if (sodium_hex2bin(key, crypto_auth_KEYBYTES, hex, n, NULL, &bin_len, NULL) != 0 || bin_len != crypto_auth_KEYBYTES) {
        fprintf(stderr, "secrets: %s is not a %d-byte hex key\n", path, crypto_auth_KEYBYTES);
        return -2;
    }
    return 0;
}

int secrets_load_or_create(const char *path, unsigned char key[crypto_auth_KEYBYTES])
{
    int rc = read_key(path, key);
    if (rc == 0) return 0;
    if (rc == -2 || errno != ENOENT) return -1;

    randombytes_buf(key, crypto_auth_KEYBYTES);
    char hex[crypto_auth_KEYBYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, key, crypto_auth_KEYBYTES);
    /* O_EXCL: if another process created it first, use theirs. */
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0) return errno == EEXIST ? read_key(path, key) : -1;
    size_t len = strlen(hex);
    int ok = write(fd, hex, len) == (ssize_t)len && write(fd, "\n", 1) == 1;
    close(fd);
    if (!ok) {
        unlink(path);
        return -1;
    }
    return 0;
}
