#include "accounts/staff.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "web/auth.h"
#include "base/db.h"
#include "base/validate.h"

static int valid_role(const char *role)
{
    return strcmp(role, "admin") == 0 || strcmp(role, "account_manager") == 0
        || strcmp(role, "customer_service") == 0;
}

int staff_create(const char *email, const char *name, const char *role, const char *password,
                 char *err, size_t err_len)
{
    char normalised[VALIDATE_EMAIL_MAX + 1];
    const char *problem = validate_email(email, normalised, sizeof normalised);
    if (!problem && !*name) problem = "the name is empty";
    if (!problem && !valid_role(role)) problem = "the role must be admin, account_manager or customer_service";
    if (!problem) problem = validate_password(password);
    if (problem) {
        snprintf(err, err_len, "%s", problem);
        return -1;
    }
    char hash[AUTH_HASH_MAX];
    if (auth_password_hash(password, hash) != 0) {
        snprintf(err, err_len, "out of memory while hashing");
        return -1;
    }
    sqlite3 *db = db_handle();
    sqlite3_stmt *user = NULL, *staff = NULL;
    int rc = db_begin();
    if (rc == 0)
        rc = sqlite3_prepare_v2(db, "INSERT INTO users (email, password_hash, name, created_at, email_verified_at) VALUES (?, ?, ?, ?4, ?4)",
                                -1, &user, NULL) == SQLITE_OK ? 0 : -1;
    if (rc == 0) {
        db_bind_text(user, 1, normalised);
        db_bind_text(user, 2, hash);
        db_bind_text(user, 3, name);
        sqlite3_bind_int64(user, 4, clock_now());
        rc = sqlite3_step(user) == SQLITE_DONE ? 0 : -1;
        if (rc != 0) snprintf(err, err_len, "%s is already registered", normalised);
    }
    if (rc == 0)
        rc = sqlite3_prepare_v2(db, "INSERT INTO seller_staff (user_id, staff_role, created_at) VALUES (?, ?, ?)",
                                -1, &staff, NULL) == SQLITE_OK ? 0 : -1;
    if (rc == 0) {
        sqlite3_bind_int64(staff, 1, sqlite3_last_insert_rowid(db));
        db_bind_text(staff, 2, role);
        sqlite3_bind_int64(staff, 3, clock_now());
        rc = sqlite3_step(staff) == SQLITE_DONE ? 0 : -1;
    }
    sqlite3_finalize(user);
    sqlite3_finalize(staff);
    if (rc == 0) rc = db_commit();
    if (rc != 0) db_rollback();
    return rc;
}
