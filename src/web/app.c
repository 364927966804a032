#include "web/app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/db.h"
#include "web/render.h"
#include "web/response.h"
#include "web/session.h"
#include "web/fields.h"

struct app app;

int app_worker_start(void)
{
    return db_open_ready(app.cfg.database);
}

void app_worker_stop(void)
{
    db_close();
}

/* Reads and clears the flash cookie when its MAC is good. */
static void flash_take(struct request *req)
{
    const char *cookie = req_cookie(req, COOKIE_FLASH);
    if (!*cookie) return;
    response_cookie(req, COOKIE_FLASH, "", 0);
    const char *dot = strchr(cookie, '.');
    if (!dot) return;
    unsigned char plain[600], mac[crypto_auth_BYTES];
    size_t plain_len = 0, mac_len = 0;
    if (sodium_base642bin(plain, sizeof plain - 1, cookie, (size_t)(dot - cookie), NULL, &plain_len, NULL,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0
        || sodium_base642bin(mac, sizeof mac, dot + 1, strlen(dot + 1), NULL, &mac_len, NULL,
                             sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0
        || mac_len != sizeof mac || crypto_auth_verify(mac, plain, plain_len, app.key) != 0)
        return;
    plain[plain_len] = '\0';
    char *text = strchr((char *)plain, '\n');
    if (!text) return;
    *text++ = '\0';
    snprintf(req->flash_kind, sizeof req->flash_kind, "%s", (char *)plain);
    snprintf(req->flash_text, sizeof req->flash_text, "%s", text);
}

/* "/login?next=<the page asked for, with its query>", which sign-in
 * returns to. A query that cannot come back (too long, odd characters) is
 * left out, and a page that cannot come back at all: sign-in then lands
 * at home. */
static const char *login_target(const struct request *req)
{
    static char target[sizeof "/login?next=" + 3 * HTTP_LOCAL_PATH_MAX];
    char here[HTTP_LOCAL_PATH_MAX + 1];
    if (req_here(req, 1, here, sizeof here) != 0 && req_here(req, 0, here, sizeof here) != 0) return "/login";
    size_t used = sizeof "/login?next=" - 1;
    memcpy(target, "/login?next=", used);
    if (http_percent_encode(here, target + used, sizeof target - used) != 0) return "/login";
    return target;
}

/* Signed-out visitors asking for a protected page are sent to sign in and
 * brought back afterwards; a signed-in user of the wrong kind gets 403. */
static int access_allowed(struct request *req, const struct route *route)
{
    const struct session_info *s = &req->session;
    if (route->access == ACCESS_PUBLIC) return 1;
    if (s->realm == REALM_NONE) {
        if (strcmp(req->method, "GET") == 0 || strcmp(req->method, "HEAD") == 0) {
            response_redirect(req, login_target(req));
        } else {
            response_error(req, 403, "Your session has ended. Please sign in again.");
        }
        return 0;
    }
    /* Staff viewing a company as its customer see the member pages, but
     * change nothing there. */
    int viewing = route->access == ACCESS_MEMBER && s->viewing_as_customer;
    if (viewing && strcmp(req->method, "GET") != 0 && strcmp(req->method, "HEAD") != 0) {
        response_error(req, 403, "You are viewing this account read-only, as the customer sees it.");
        return 0;
    }
    int realm_ok = (route->access == ACCESS_MEMBER && (s->realm == REALM_MEMBER || viewing))
                || (route->access == ACCESS_STAFF && s->realm == REALM_STAFF);
    unsigned granted = route->access == ACCESS_STAFF ? s->staff_permissions : s->permissions;
    if (!realm_ok || !permissions_allow(granted, route->permissions)) {
        if (realm_ok && s->applicant)
            response_error(req, 403, "Your company's account is not approved yet. You can look around "
                                     "(and fill a cart, if we allow it) now; placing orders and this page "
                                     "open as soon as we approve the account.");
        else if (realm_ok && !permissions_allow(granted, route->permissions & PERM_USE_CART))
            response_error(req, 403, "Your role cannot order. Ask your company's administrator for a role that "
                                     "may place orders.");
        else
            response_error(req, 403, "You do not have permission to open this page.");
        return 0;
    }
    return 1;
}

void app_handle(struct request *req)
{
    session_resolve(req);
    csrf_prepare(req);
    flash_take(req);

    if (req->input_error != HTTP_PARSE_OK) {
        response_error(req, 400, "The request could not be read: it holds malformed characters.");
        return;
    }

    size_t index = 0;
    enum router_result found = router_find(&routes[0].key, route_count, sizeof routes[0],
                                           req->method, req->path, &index, &req->params);
    if (found == ROUTER_NOT_FOUND) {
        response_error(req, 404, "There is no page at this address.");
        return;
    }
    if (found == ROUTER_METHOD_NOT_ALLOWED) {
        response_header(req, "Allow", "GET, POST");
        response_error(req, 405, "This page does not accept that kind of request.");
        return;
    }
    const struct route *route = &routes[index];
    if (strcmp(req->method, "POST") == 0 && !csrf_check(req)) {
        response_error(req, 403, "This form has expired or was not sent from this site. "
                                 "Go back, reload the page and try again.");
        return;
    }
    if (!access_allowed(req, route)) return;
    if (route->form) {
        /* One per worker: requests run one at a time (no heap per request). */
        static struct form_input input;
        form_check(route->form, &req->form, &input);
        req->input = &input;
    }
    route->handler(req);
}
