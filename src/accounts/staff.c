#include "accounts/staff.h"
#include "base/clock.h"

#include <stdio.h>

#include "web/auth.h"
#include "accounts/staff_store.h"
#include "base/db.h"
#include "web/access.h"
#include "base/validate.h"

int staff_create(const char *email, const char *name, const char *role, const char *password,
                 char *err, size_t err_len)
{
    char normalised[VALIDATE_EMAIL_MAX + 1];
    const char *problem = validate_email(email, normalised, sizeof normalised);
    if (!problem && !*name) problem = "the name is empty";
    if (!problem && !staff_role_permissions(role)) problem = "the role must be admin, account_manager or customer_service";
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
    if (db_begin() != 0) {
        snprintf(err, err_len, "the database is busy");
        return -1;
    }
    int rc = store_staff_insert(normalised, hash, name, role, clock_now());
    if (rc == STAFF_STORE_TAKEN) {
        db_rollback();
        snprintf(err, err_len, "%s is already registered", normalised);
        return -1;
    }
    if (!db_finish(rc == 0, "staff login")) {
        snprintf(err, err_len, "the login could not be saved");
        return -1;
    }
    return 0;
}
