#include "base/settings.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"

static const char *const pre_approval_names[] = {
    [PRE_APPROVAL_BROWSE] = "browse",
    [PRE_APPROVAL_CART] = "cart",
    [PRE_APPROVAL_NONE] = "none",
};

int settings_pre_approval_parse(const char *name, enum pre_approval_access *out)
{
    for (size_t i = 0; i < sizeof pre_approval_names / sizeof pre_approval_names[0]; i++) {
        if (strcmp(name, pre_approval_names[i]) == 0) {
            *out = (enum pre_approval_access)i;
            return 0;
        }
    }
    return -1;
}

const char *settings_pre_approval_name(enum pre_approval_access access)
{
    return pre_approval_names[access];
}

enum pre_approval_access settings_pre_approval(void)
{
    char value[32];
    enum pre_approval_access access = PRE_APPROVAL_BROWSE;
    settings_get("pre_approval_access", "browse", value, sizeof value);
    settings_pre_approval_parse(value, &access);
    return access;
}
