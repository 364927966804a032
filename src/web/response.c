#include "web/response.h"

#include <errno.h>
#include <fcgiapp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

#include "web/app.h"
#include "web/nav.h"
#include "web/access.h"
#include "base/format.h"

const char *status_reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 303: return "See Other";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 413: return "Payload Too Large";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "";
    }
}

static int has_line_break(const char *s)
{
    return strpbrk(s, "\r\n") != NULL;
}

void response_header(struct request *req, const char *name, const char *value)
{
    if (has_line_break(name) || has_line_break(value)) return;
    size_t room = sizeof req->headers - req->headers_len;
    int n = snprintf(req->headers + req->headers_len, room, "%s: %s\r\n", name, value);
    if (n > 0 && (size_t)n < room) req->headers_len += (size_t)n;
}

void response_cookie(struct request *req, const char *name, const char *value, long max_age)
{
    char cookie[1024], age[48] = "";
    if (max_age >= 0) snprintf(age, sizeof age, "; Max-Age=%ld", max_age);
    snprintf(cookie, sizeof cookie, "%s=%s; Path=/; HttpOnly; SameSite=Lax%s%s",
             name, value, age, app.cfg.secure_cookies ? "; Secure" : "");
    response_header(req, "Set-Cookie", cookie);
}

void response_redirect(struct request *req, const char *location)
{
    /* Only local paths: a redirect target never leaves the site, and a
     * 303 always carries its Location. */
    if (!http_local_path_safe(location)) location = "/";
    req->status = 303;
    response_header(req, "Location", location);
}

tpl_dict *response_page(struct request *req, int status, const char *page, const char *title)
{
    req->status = status;
    if (!req->page) req->page = tpl_dict_new();
    tpl_set(req->page, "TITLE", title);
    return tpl_include(req->page, "CONTENT", page);
}

void response_raw(struct request *req, int status, const char *content_type, const char *body, size_t len)
{
    req->status = status;
    request_body_drop(req);
    req->body = malloc(len + 1);
    req->body_len = req->body ? len : 0;
    if (req->body) {
        memcpy(req->body, body, len);
        req->body[len] = '\0';
    }
    response_header(req, "Content-Type", content_type);
}

void response_error(struct request *req, int status, const char *message)
{
    if (req->page) {          /* drop whatever the handler had started */
        tpl_dict_free(req->page);
        req->page = NULL;
    }
    tpl_dict *d = response_page(req, status, "web/error.tpl", status_reason(status));
    tpl_set_int(d, "STATUS", status);
    tpl_set(d, "REASON", status_reason(status));
    tpl_set(d, "MESSAGE", message);
    tpl_set(d, "HOME", req->session.realm == REALM_STAFF ? "/backoffice"
                       : req->session.realm == REALM_MEMBER ? "/account" : "/login");
}

int response_found(struct request *req, int found, const char *what)
{
    char message[160];
    if (found == 1) return 1;
    if (found < 0) {
        snprintf(message, sizeof message, "The %s cannot be shown right now. Please try again.", what);
        response_error(req, 500, message);
    } else {
        snprintf(message, sizeof message, "There is no such %s.", what);
        response_error(req, 404, message);
    }
    return 0;
}

/* The flash cookie carries "kind\ntext" and a MAC, so nobody can make the
 * site display words of their choosing. */
void flash_set(struct request *req, const char *kind, const char *text)
{
    char plain[600];
    int n = snprintf(plain, sizeof plain, "%s\n%s", kind, text);
    if (n < 0 || (size_t)n >= sizeof plain) return;
    unsigned char mac[crypto_auth_BYTES];
    crypto_auth(mac, (const unsigned char *)plain, (size_t)n, app.key);
    char value[1024], mac_text[64];
    sodium_bin2base64(value, sizeof value, (const unsigned char *)plain, (size_t)n,
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    sodium_bin2base64(mac_text, sizeof mac_text, mac, sizeof mac, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    size_t len = strlen(value);
    snprintf(value + len, sizeof value - len, ".%s", mac_text);
    response_cookie(req, COOKIE_FLASH, value, -1);
}

static void fill_layout(struct request *req)
{
    tpl_dict *d = req->page;
    const struct session_info *s = &req->session;
    if (s->realm != REALM_NONE) {
        tpl_dict *user = tpl_add_section(d, "SIGNED_IN");
        tpl_set(user, "USER_NAME", s->user_name);
        tpl_set(user, "USER_EMAIL", s->email);
        tpl_set(user, "ROLE_NAME", s->realm == REALM_MEMBER ? s->role_name : staff_role_label(s->role_name));
        tpl_set(user, "CSRF_TOKEN", req->csrf_token);
        if (s->realm == REALM_MEMBER) {
            tpl_set(user, "COMPANY_NAME", s->company_name);
            tpl_show(user, "MEMBER");
            if (s->membership_count > 1) tpl_show(user, "CAN_SWITCH");
        } else {
            tpl_show(user, "STAFF");
        }
        int member_view = s->realm == REALM_MEMBER || s->viewing_as_customer;
        tpl_set(d, "HOME_HREF", member_view ? "/account" : "/backoffice");
        tpl_set(d, "AREA_NAME", member_view ? "My Account" : "Back office");
        if (s->viewing_as_customer) {
            tpl_dict *banner = tpl_add_section(d, "VIEWING_AS");
            tpl_set(banner, "COMPANY_NAME", s->company_name);
            tpl_set(banner, "CSRF_TOKEN", req->csrf_token);
        }
        nav_fill(d, s, req->path);
    } else {
        tpl_set(d, "HOME_HREF", "/login");
        tpl_set(d, "AREA_NAME", "My Account");
        tpl_show(d, "SIGNED_OUT");
    }
    if (req->flash_text[0]) {
        tpl_dict *f = tpl_add_section(d, "FLASH");
        tpl_set(f, "FLASH_KIND", req->flash_kind);
        tpl_set(f, "FLASH_TEXT", req->flash_text);
    }
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
}

int response_finish(struct request *req)
{
    if (!req->page) return 0;
    fill_layout(req);
    request_body_drop(req);
    if (tpl_render_kept("web/layout.tpl", req->page, &req->body, &req->body_len) != 0) {
        req->status = 500;
        req->body = strdup("Internal Server Error\n");
        req->body_len = req->body ? strlen(req->body) : 0;
        return -1;
    }
    req->body_kept = 1;
    response_header(req, "Content-Type", "text/html; charset=utf-8");
    return 0;
}

static int put_head(struct request *req)
{
    FCGX_Stream *out = req->out;
    char head[128];
    snprintf(head, sizeof head, "Status: %d %s\r\n", req->status, status_reason(req->status));
    if (FCGX_PutS(head, out) < 0 || FCGX_PutStr(req->headers, (int)req->headers_len, out) < 0
        || FCGX_PutS("Cache-Control: no-store\r\n\r\n", out) < 0)
        return -1;
    return 0;
}

/* FastCGI's framing (the FastCGI specification, section 3.3): an 8-byte
 * header before each record of at most 65535 bytes of stream content. */
#define FCGI_END_REQUEST_TYPE 3
#define FCGI_STDOUT_TYPE 6
#define FCGI_RECORD_MAX 65535

static size_t put_header(unsigned char *at, int type, int request_id, size_t length)
{
    at[0] = 1;                                   /* version */
    at[1] = (unsigned char)type;
    at[2] = (unsigned char)((request_id >> 8) & 0xff);
    at[3] = (unsigned char)(request_id & 0xff);
    at[4] = (unsigned char)((length >> 8) & 0xff);
    at[5] = (unsigned char)(length & 0xff);
    at[6] = 0;                                   /* padding */
    at[7] = 0;
    return 8;
}

static size_t put_record_header(unsigned char *at, int request_id, size_t length)
{
    return put_header(at, FCGI_STDOUT_TYPE, request_id, length);
}

/* What ends a request (sections 5.3 and 6.1): an empty stdout record (the
 * end of the stream), then FCGI_END_REQUEST with application status 0 and
 * FCGI_REQUEST_COMPLETE. libfcgi would write these 24 bytes with a write
 * of their own when the request is finished; they go in the response's. */
static void put_end_records(unsigned char at[24], int request_id)
{
    put_header(at, FCGI_STDOUT_TYPE, request_id, 0);
    put_header(at + 8, FCGI_END_REQUEST_TYPE, request_id, 8);
    memset(at + 16, 0, 8);
}

/* Writes every byte of the vectors, moving past what a short write took. */
static int writev_all(int fd, struct iovec *iov, int count)
{
    while (count > 0) {
        ssize_t n = writev(fd, iov, count);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return -1;   /* nginx went away: nothing to tell it */
        size_t done = (size_t)n;
        while (count > 0 && done >= iov->iov_len) {
            done -= iov->iov_len;
            iov++;
            count--;
        }
        if (count > 0) {
            iov->iov_base = (char *)iov->iov_base + done;
            iov->iov_len -= done;
        }
    }
    return 0;
}

/* The whole response in one system call. libfcgi's stream goes out
 * through a fixed 8 KB buffer, so a 48 KB page took seven writes (each
 * one a wake-up of nginx); here the head and the body go out as records
 * in one writev, the body straight from where it was rendered: each
 * record's 8-byte header is a vector of its own. A body of more records
 * than one call takes (a few MB) goes out in several. FCGX_Finish_r then
 * closes the stream and the request (one small write of its own). */
#define FRAMED_RECORDS 32

static int write_framed(struct request *req, const char *head, size_t head_len, const char *body, size_t body_len)
{
    unsigned char headers[FRAMED_RECORDS + 1][8];
    struct iovec iov[2 * (FRAMED_RECORDS + 1) + 1];   /* + the end records */
    int count = 0, records = 0;
    put_record_header(headers[records], req->fcgi_request_id, head_len);
    iov[count++] = (struct iovec){ headers[records++], 8 };
    iov[count++] = (struct iovec){ (void *)head, head_len };
    for (;;) {
        while (body_len > 0 && records <= FRAMED_RECORDS) {
            size_t n = body_len < FCGI_RECORD_MAX ? body_len : FCGI_RECORD_MAX;
            put_record_header(headers[records], req->fcgi_request_id, n);
            iov[count++] = (struct iovec){ headers[records++], 8 };
            iov[count++] = (struct iovec){ (void *)body, n };
            body += n;
            body_len -= n;
        }
        if (body_len == 0) {
            unsigned char end[24];
            put_end_records(end, req->fcgi_request_id);
            iov[count++] = (struct iovec){ end, sizeof end };
            if (writev_all(req->fcgi_fd, iov, count) != 0) return -1;
            req->fcgi_ended = 1;
            return 0;
        }
        if (writev_all(req->fcgi_fd, iov, count) != 0) return -1;
        count = records = 0;
    }
}

void response_write(struct request *req)
{
    if (req->streamed || !req->out) return;
    int with_body = req->body && strcmp(req->method, "HEAD") != 0;
    if (req->fcgi_fd >= 0) {
        static char head[sizeof req->headers + 128];
        int n = snprintf(head, sizeof head, "Status: %d %s\r\n%.*sCache-Control: no-store\r\n\r\n", req->status,
                         status_reason(req->status), (int)req->headers_len, req->headers);
        if (n > 0 && (size_t)n < sizeof head) {
            write_framed(req, head, (size_t)n, with_body ? req->body : "", with_body ? req->body_len : 0);
            return;
        }
    }
    if (put_head(req) != 0) return;
    if (with_body) FCGX_PutStr(req->body, (int)req->body_len, req->out);
}

int response_stream_begin(struct request *req, int status, const char *content_type)
{
    if (!req->out || req->streamed) return -1;
    if (req->page) {
        tpl_dict_free(req->page);
        req->page = NULL;
    }
    req->status = status;
    response_header(req, "Content-Type", content_type);
    req->streamed = 1;
    return put_head(req);
}

int response_stream_write(struct request *req, const char *data, size_t len)
{
    if (!req->streamed || !req->out) return -1;
    if (strcmp(req->method, "HEAD") == 0) return 0;
    while (len > 0) {
        int part = len > 65536 ? 65536 : (int)len;
        if (FCGX_PutStr(data, part, req->out) != part) return -1;
        data += part;
        len -= (size_t)part;
    }
    return 0;
}

void tpl_set_date_as(tpl_dict *d, const char *key, const char *iso_key, int64_t when)
{
    char text[32], iso[32];
    format_date(when, text, sizeof text);
    format_iso_date(when, iso, sizeof iso);
    tpl_set(d, key, text);
    tpl_set(d, iso_key, iso);
}
