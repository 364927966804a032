#ifndef BUYERDESK_APP_H
#define BUYERDESK_APP_H

#include "base/config.h"
#include "base/permissions.h"
#include "web/request.h"

/* Process-wide state, set once at start-up and read-only afterwards. */
struct app {
    struct config cfg;
    unsigned char key[crypto_auth_KEYBYTES];  /* server MAC key */
};

extern struct app app;

struct form_spec;

typedef void (*page_handler)(struct request *req);

/* The route table (routes.c): each route declares who may use it. */
struct route {
    struct route_key key;      /* method + path pattern; first member */
    enum access access;
    unsigned permissions;      /* member routes: every bit required */
    page_handler handler;
    const struct form_spec *form;  /* POST routes: the fields it takes, checked
                                      before the handler (web/fields.h) */
};

extern const struct route routes[];
extern const size_t route_count;

/* Runs one parsed request: session, CSRF, routing, permission check,
 * handler. Fills req's response. */
void app_handle(struct request *req);

/* Opens the database and loads templates in a worker. 0 or -1. */
int app_worker_start(void);
void app_worker_stop(void);

#define COOKIE_SESSION "bd_session"
#define COOKIE_VISITOR "bd_visitor"
#define COOKIE_FLASH "bd_flash"

#endif
