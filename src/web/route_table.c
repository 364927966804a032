#include "web/route_table.h"

#include "web/access.h"
#include "web/app.h"

static const char *access_name(enum access access)
{
    switch (access) {
    case ACCESS_PUBLIC: return "public";
    case ACCESS_MEMBER: return "member";
    case ACCESS_STAFF: return "staff";
    }
    return "unknown";
}

/* Route patterns and role names are plain ASCII without quotes or
 * backslashes (checked here rather than escaped: a pattern that needs
 * escaping is a mistake in the table). */
static int json_safe(const char *s)
{
    for (; *s; s++)
        if (*s == '"' || *s == '\\' || (unsigned char)*s < 0x20 || (unsigned char)*s > 0x7e) return 0;
    return 1;
}

int route_table_print_json(FILE *out)
{
    static const char *const staff_roles[] = { "admin", "account_manager", "customer_service" };
    fputs("{\"routes\": [\n", out);
    for (size_t i = 0; i < route_count; i++) {
        const struct route *r = &routes[i];
        if (!json_safe(r->key.method) || !json_safe(r->key.pattern)) return -1;
        fprintf(out, "  {\"method\": \"%s\", \"path\": \"%s\", \"access\": \"%s\", \"permissions\": %u}%s\n",
                r->key.method, r->key.pattern, access_name(r->access), r->permissions,
                i + 1 < route_count ? "," : "");
    }
    fputs("],\n\"member_roles\": [\n", out);
    for (int i = 0; i < builtin_role_count; i++) {
        if (!json_safe(builtin_roles[i].name)) return -1;
        /* What a member of an approved company holding the role is granted
         * (derived bits such as PERM_USE_CART included). */
        struct access_context member = { .member = 1, .role_permissions = builtin_roles[i].permissions };
        fprintf(out, "  {\"name\": \"%s\", \"permissions\": %u}%s\n", builtin_roles[i].name,
                access_resolve(&member), i + 1 < builtin_role_count ? "," : "");
    }
    fputs("],\n\"staff_roles\": [\n", out);
    size_t n = sizeof staff_roles / sizeof staff_roles[0];
    for (size_t i = 0; i < n; i++)
        fprintf(out, "  {\"role\": \"%s\", \"permissions\": %u}%s\n", staff_roles[i],
                staff_role_permissions(staff_roles[i]), i + 1 < n ? "," : "");
    fputs("]}\n", out);
    return ferror(out) ? -1 : 0;
}
