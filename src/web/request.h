#ifndef BUYERDESK_REQUEST_H
#define BUYERDESK_REQUEST_H

#include <stddef.h>
#include <stdint.h>

#include "base/actor.h"
#include "web/auth.h"
#include "web/http.h"
#include "web/multipart.h"
#include "web/render.h"
#include "web/router.h"

/* One HTTP request and the response being built for it. Handlers read the
 * inputs, call domain and store functions, and fill the response through
 * the functions in response.h; they never touch FastCGI. */

enum realm { REALM_NONE = 0, REALM_MEMBER, REALM_STAFF };

struct session_info {
    int64_t id;
    int64_t user_id;
    enum realm realm;
    int64_t company_id;              /* members only */
    unsigned permissions;            /* members only: from the role */
    unsigned staff_permissions;      /* staff only: from the staff role (enum staff_permission) */
    int managed_companies_only;      /* staff only: an account manager, limited to the
                                        companies they manage (base/staff_scope.h) */
    uint8_t token_digest[AUTH_DIGEST_BYTES];
    char user_name[128];
    char email[256];
    char company_name[256];
    char role_name[128];             /* member role, or staff role */
    int applicant;                   /* member of a company not approved yet:
                                        no permissions; see settings.h */
    int viewing_as_customer;         /* staff looking at company_id's My
                                        Account pages, read-only */
    int membership_count;            /* companies this person may switch to */
};

struct form_input;

struct request {
    /* input */
    const char *method;
    const char *path;
    const char *query_string;
    const char *remote_addr;
    const char *user_agent;
    const char *content_type;
    struct http_params query;
    struct http_params form;         /* urlencoded or multipart text fields */
    struct multipart_files files;    /* multipart file parts, into raw_body */
    char *raw_body;                  /* kept for multipart bodies only */
    size_t raw_body_len;
    struct http_params cookies;
    struct route_match params;       /* :captures from the route pattern */
    enum http_parse_result input_error;
    const struct form_input *input;  /* the route's declared form, checked
                                        (web/fields.h); NULL for GET routes */

    /* who is asking */
    struct session_info session;
    struct actor actor;              /* the same person as the domain sees them
                                        (session_resolve): what handlers pass
                                        to audit_record, order_move, ... */
    char csrf_token[AUTH_TOKEN_TEXT];

    /* output */
    int status;
    char headers[4096];
    size_t headers_len;
    char *body;
    size_t body_len;
    int body_kept;                   /* 1: body is the renderer's kept buffer,
                                        not ours to free (tpl_render_kept) */
    tpl_dict *page;                  /* the layout dictionary */
    char flash_kind[16];
    char flash_text[512];
    void *out;                       /* the FastCGI output stream (FCGX_Stream *) */
    int fcgi_fd;                     /* its connection, and the request's id on it */
    int fcgi_request_id;             /* (-1: none; response_write frames the records) */
    int fcgi_ended;                  /* 1: response_write also sent the records that
                                        end the request; libfcgi must send none */
    int streamed;                    /* 1: head and body already went out */
};

void request_init(struct request *req);
void request_free(struct request *req);
/* Lets go of the response body (freed unless it is the kept buffer). */
void request_body_drop(struct request *req);

/* Form field, query parameter or cookie; never NULL (empty when absent). */
const char *req_form(const struct request *req, const char *name);
const char *req_query(const struct request *req, const char *name);
const char *req_cookie(const struct request *req, const char *name);

/* The address of the page being answered, to come back to it later (after
 * signing in, after adding to the cart): its path (decoded by server.c, so
 * encoded again) and, with with_query, its query as sent. 0 when it is a
 * safe local path (http_local_path_safe) that fits in size; -1 otherwise,
 * out then "". */
int req_here(const struct request *req, int with_query, char *out, size_t size);

#endif
