#ifndef BUYERDESK_RESPONSE_H
#define BUYERDESK_RESPONSE_H

#include "web/request.h"

/* Adds a response header. Values holding CR or LF are dropped (never a
 * header injection). */
void response_header(struct request *req, const char *name, const char *value);

/* Session-style cookie: Path=/, HttpOnly, SameSite=Lax, Secure behind
 * https. max_age < 0 leaves it a browser-session cookie; 0 deletes it. */
void response_cookie(struct request *req, const char *name, const char *value, long max_age);

/* 303 See Other to a local path. */
void response_redirect(struct request *req, const char *location);

/* Renders templates/<page> inside the shared layout with the given status.
 * The handler fills req->page's CONTENT include (returned) beforehand or
 * after; the body is produced when the response is sent. */
tpl_dict *response_page(struct request *req, int status, const char *page, const char *title);

/* A body that is not a page (a file, a mail preview): sent as given. */
void response_raw(struct request *req, int status, const char *content_type, const char *body, size_t len);

/* A plain error page (403, 404, 405, 413, 429, 500...) with a message. */
void response_error(struct request *req, int status, const char *message);

/* The outcome of looking up the thing a URL names (a store function's
 * 1 found / 0 missing / -1 error): 1 when found; otherwise answers 404 with
 * "There is no such <what>." (or 500) and returns 0. Another company's row
 * reads as missing, so it gets the same 404. */
int response_found(struct request *req, int found, const char *what);

/* A message shown once on the next page (after a redirect). kind is
 * success, info, warning or danger. */
void flash_set(struct request *req, const char *kind, const char *text);

/* Produces req->body from the layout when a page was set up. 0 or -1. */
int response_finish(struct request *req);

/* Streaming a large body (CSV exports) without holding it in memory:
 * begin sends the status and the headers set so far at once; write sends
 * each chunk as it is produced. After begin the handler renders no page
 * and cannot change status or headers. Both return 0, or -1 when the
 * client is gone (stop producing). A HEAD request gets the head only. */
int response_stream_begin(struct request *req, int status, const char *content_type);
int response_stream_write(struct request *req, const char *data, size_t len);

/* Sends the response (head and body) unless it was streamed. */
void response_write(struct request *req);

const char *status_reason(int status);

/* A day on a page: KEY as "Mar 4, 2026" and KEY_ISO as "2026-03-04" (for
 * <time datetime>). */
/* The key names a string literal (it is pasted to key "_ISO"), so both
 * names are hashed once per process (render.cc) rather than per call. */
#define tpl_set_date(d, key, when) tpl_set_date_as((d), key, key "_ISO", (when))
void tpl_set_date_as(tpl_dict *d, const char *key, const char *iso_key, int64_t when);

#endif
