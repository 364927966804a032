#ifndef BUYERDESK_CONFIG_H
#define BUYERDESK_CONFIG_H

#include <sodium.h>
#include <stddef.h>

#define CONFIG_PATH_MAX 1024

/* Settings come from defaults, then a `key = value` file, then
 * BUYERDESK_<KEY> environment variables (highest priority). */
struct config {
    char data_dir[CONFIG_PATH_MAX];      /* default for the paths below */
    char database[CONFIG_PATH_MAX];
    char socket_path[CONFIG_PATH_MAX];
    char socket_group[64];               /* group nginx's workers run as */
    char secrets_file[CONFIG_PATH_MAX];
    char templates_dir[CONFIG_PATH_MAX];
    char sql_dir[CONFIG_PATH_MAX];
    char base_url[512];                  /* e.g. http://127.0.0.1:8080 */
    char smtp_url[512];                  /* empty: mail goes to the spool */
    char mail_from[256];
    char smtp_user[256];
    char smtp_password[256];
    int smtp_starttls;                   /* 1: refuse to send without TLS */
    int mailer;                          /* 1: serve also runs the mailer */
    int mailer_poll_ms;
    int mail_max_attempts;
    int mail_retry_base_seconds;
    int mail_retry_cap_seconds;
    int mail_claim_timeout_seconds;      /* a claim older than this is stale */
    int workers;                         /* 0: one per CPU */
    int session_idle_minutes;
    int session_absolute_hours;
    int hashing_concurrency;             /* argon2id runs at once */
    long max_body_bytes;
    int login_max_failures;              /* per account in the window */
    int login_max_failures_per_ip;
    int login_window_minutes;
    int register_max_per_ip;             /* applications per client address in the window */
    int register_window_minutes;
    int secure_cookies;                  /* derived: base_url is https */
};

/* Loads the config. path may be NULL (defaults + environment). Returns 0,
 * or -1 with a message in err. */
int config_load(const char *path, struct config *cfg, char *err, size_t err_len);

/* The 32-byte server key for MACs (CSRF, flash, signed links). Created with
 * libsodium randomness, mode 0600, on first use. Returns 0 or -1. */
int secrets_load_or_create(const char *path, unsigned char key[crypto_auth_KEYBYTES]);

#endif
