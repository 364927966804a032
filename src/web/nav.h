#ifndef BUYERDESK_NAV_H
#define BUYERDESK_NAV_H

#include "web/render.h"
#include "web/request.h"

/* The navigation shows only what the signed-in user may use: each item
 * names its realm and the permissions it needs (nav.c). */
void nav_fill(tpl_dict *layout, const struct session_info *session, const char *current_path);

#endif
