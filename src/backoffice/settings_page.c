/* Back office: seller-wide settings: what applicants may do before their
 * company's account is approved (enforced in session.c), and how new
 * addresses members propose are approved for companies that follow the
 * seller's default (companies.address_approval ''). */
#include "backoffice/pages.h"

#include <stdio.h>
#include <string.h>

#include "audit/audit.h"
#include "base/db.h"
#include "web/response.h"
#include "base/settings.h"

struct access_choice {
    enum pre_approval_access access;
    const char *label;
    const char *explanation;
};

static const struct access_choice access_choices[] = {
    { PRE_APPROVAL_BROWSE, "Browse at public prices",
      "Applicants sign in right after confirming their email and see the catalog at list prices. "
      "They cannot fill a cart or order until approved." },
    { PRE_APPROVAL_CART, "Browse and fill a cart",
      "As above, and they can prepare a cart, but not submit it until the account is approved." },
    { PRE_APPROVAL_NONE, "No sign-in until approved",
      "Applicants cannot sign in at all until staff approve the account; anyone signed in is signed out." },
};

#define CHOICE_COUNT (sizeof access_choices / sizeof access_choices[0])

/* The values the form offers, in the order of access_choices. */
static const char *const access_values[] = { "browse", "cart", "none", NULL };

/* The values the form offers, in the order of approval_choices. */
static const char *const approval_values[] = { "open", "company", "seller", NULL };

struct approval_choice {
    const char *label;
    const char *explanation;
};

static const struct approval_choice approval_choices[] = {
    { "Usable at once",
      "A member's new address can be used right away. Administrators see it in the address book and can retire it." },
    { "The company's administrators approve",
      "A new address waits until an administrator of that company (or someone allowed to manage addresses) approves it." },
    { "Our staff approve",
      "A new address waits in the back office under Addresses until one of us approves it, for example after "
      "setting it up in the ERP." },
};

#define APPROVAL_COUNT (sizeof approval_choices / sizeof approval_choices[0])
#define APPROVAL_KEY "address_approval_default"
#define APPROVAL_FALLBACK "company"

#define THREE_OPTIONS "Choose one of the three options."

static const struct field settings_fields[] = {
    { "pre_approval_access", "Before an account is approved", FIELD_ENUM, 1, 0, 0, access_values, THREE_OPTIONS, THREE_OPTIONS },
    /* A post without it (an older form) leaves it as it is. */
    { "address_approval_default", "New addresses members propose", FIELD_ENUM, 0, 0, 0, approval_values, NULL, THREE_OPTIONS },
    { NULL },
};
const struct form_spec form_settings = { "settings", settings_fields };

static const char *known_approval(const char *value)
{
    for (size_t i = 0; i < APPROVAL_COUNT; i++)
        if (strcmp(approval_values[i], value) == 0) return approval_values[i];
    return NULL;
}

static const char *approval_label(const char *value)
{
    for (size_t i = 0; i < APPROVAL_COUNT; i++)
        if (strcmp(approval_values[i], value) == 0) return approval_choices[i].label;
    return value;
}

static void fill_approval(tpl_dict *d, const char *chosen, const char *error)
{
    for (size_t i = 0; i < APPROVAL_COUNT; i++) {
        tpl_dict *c = tpl_add_section(d, "APPROVAL_CHOICE");
        tpl_set(c, "VALUE", approval_values[i]);
        tpl_set(c, "LABEL", approval_choices[i].label);
        tpl_set(c, "EXPLANATION", approval_choices[i].explanation);
        if (strcmp(approval_values[i], chosen) == 0) tpl_show(c, "CHECKED");
        if (error) tpl_show(c, "INVALID");
    }
    if (error) {
        tpl_show(d, "ADDRESS_APPROVAL_DEFAULT_INVALID");
        tpl_set(tpl_add_section(d, "ADDRESS_APPROVAL_DEFAULT_ERROR"), "MESSAGE", error);
    }
}

static void stored_approval(char *out, size_t size)
{
    settings_get(APPROVAL_KEY, APPROVAL_FALLBACK, out, size);
    if (!known_approval(out)) snprintf(out, size, "%s", APPROVAL_FALLBACK);
}

static void render_settings(struct request *req, int status, const char *chosen, const char *error,
                            const char *approval, const char *approval_error)
{
    tpl_dict *d = response_page(req, status, "backoffice/settings.tpl", "Settings");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    for (size_t i = 0; i < CHOICE_COUNT; i++) {
        const char *name = settings_pre_approval_name(access_choices[i].access);
        tpl_dict *c = tpl_add_section(d, "ACCESS_CHOICE");
        tpl_set(c, "VALUE", name);
        tpl_set(c, "LABEL", access_choices[i].label);
        tpl_set(c, "EXPLANATION", access_choices[i].explanation);
        if (strcmp(name, chosen) == 0) tpl_show(c, "CHECKED");
        if (error) tpl_show(c, "INVALID");
    }
    if (error) {
        tpl_show(d, "PRE_APPROVAL_ACCESS_INVALID");
        tpl_set(tpl_add_section(d, "PRE_APPROVAL_ACCESS_ERROR"), "MESSAGE", error);
    }
    fill_approval(d, approval, approval_error);
}

void page_bo_settings(struct request *req)
{
    char approval[32];
    stored_approval(approval, sizeof approval);
    render_settings(req, 200, settings_pre_approval_name(settings_pre_approval()), NULL, approval, NULL);
}

void page_bo_settings_save(struct request *req)
{
    enum pre_approval_access access = settings_pre_approval();
    int access_ok = field_ok(req, "pre_approval_access")
                 && settings_pre_approval_parse(field_text(req, "pre_approval_access"), &access) == 0;
    char stored[32];
    stored_approval(stored, sizeof stored);
    /* Sent empty is refused, not sent at all keeps it. */
    const struct field_value *sent = form_value(req->input, "address_approval_default");
    int approval_sent = sent && sent->sent;
    int approval_ok = !approval_sent || field_ok(req, "address_approval_default");
    const char *approval = approval_ok && approval_sent ? field_text(req, "address_approval_default") : stored;
    if (!access_ok || !approval_ok) {
        render_settings(req, 422, settings_pre_approval_name(access), access_ok ? NULL : THREE_OPTIONS,
                        approval, approval_ok ? NULL : THREE_OPTIONS);
        return;
    }
    int saved = db_begin() == 0;
    saved = saved && settings_set("pre_approval_access", settings_pre_approval_name(access)) == 0
                  && settings_set(APPROVAL_KEY, approval) == 0;
    if (saved && strcmp(stored, approval) != 0) {
        /* Not about one company: it applies to every company that follows
         * the seller's default. */
        struct audit_change change = { "Default address approval", approval_label(stored), approval_label(approval) };
        saved = audit_record(&req->actor, 0, "address.approval_mode_changed", "Seller default for new addresses", &change, 1) == 0;
    }
    if (saved) saved = db_commit() == 0;
    if (!saved) {
        db_rollback();
        render_settings(req, 500, settings_pre_approval_name(access), "The settings could not be saved. Please try again.",
                        approval, NULL);
        return;
    }
    flash_set(req, "success", "Settings saved.");
    response_redirect(req, "/backoffice/settings");
}
