/* Back office: seller-wide settings. For now one: what applicants may do
 * before their company's account is approved (enforced in session.c). */
#include "pages.h"

#include <stdio.h>
#include <string.h>

#include "../response.h"
#include "../settings.h"

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

static void render_settings(struct request *req, int status, const char *chosen, const char *error)
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
}

void page_bo_settings(struct request *req)
{
    render_settings(req, 200, settings_pre_approval_name(settings_pre_approval()), NULL);
}

void page_bo_settings_save(struct request *req)
{
    enum pre_approval_access access;
    if (settings_pre_approval_parse(req_form(req, "pre_approval_access"), &access) != 0) {
        render_settings(req, 422, settings_pre_approval_name(settings_pre_approval()),
                        "Choose one of the three options.");
        return;
    }
    if (settings_set("pre_approval_access", settings_pre_approval_name(access)) != 0) {
        render_settings(req, 500, settings_pre_approval_name(access), "The setting could not be saved. Please try again.");
        return;
    }
    flash_set(req, "success", "Settings saved.");
    response_redirect(req, "/backoffice/settings");
}
