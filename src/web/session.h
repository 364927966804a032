#ifndef BUYERDESK_SESSION_H
#define BUYERDESK_SESSION_H

#include "web/request.h"

/* Finds the signed-in user from the session cookie and fills req->session
 * (realm REALM_NONE when there is none or it has expired) and req->actor. */
void session_resolve(struct request *req);

/* Signs a user in: a fresh token (never reuse one from before sign-in),
 * stored as a digest, sent as the session cookie; the session the request
 * came with, if any, is deleted. 0 or -1. */
int session_start(struct request *req, int64_t user_id, enum realm realm, int64_t company_id);

/* Deletes the session server-side and clears the cookie. */
void session_end(struct request *req);

/* Sets req->csrf_token for forms on this page: bound to the session, or to
 * a random visitor cookie before sign-in (issued here when missing). */
void csrf_prepare(struct request *req);
int csrf_check(const struct request *req);

#endif
