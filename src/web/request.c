#include "web/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void request_init(struct request *req)
{
    memset(req, 0, sizeof *req);
    req->status = 200;
    req->fcgi_fd = -1;
    req->method = req->path = req->query_string = "";
    req->remote_addr = req->user_agent = req->content_type = "";
}

void request_body_drop(struct request *req)
{
    if (!req->body_kept) free(req->body);
    req->body = NULL;
    req->body_len = 0;
    req->body_kept = 0;
}

void request_free(struct request *req)
{
    http_params_free(&req->query);
    http_params_free(&req->form);
    http_params_free(&req->cookies);
    multipart_files_free(&req->files);
    free(req->raw_body);
    req->raw_body = NULL;
    request_body_drop(req);
    tpl_dict_free(req->page);
    req->page = NULL;
}

static const char *or_empty(const char *s) { return s ? s : ""; }

const char *req_form(const struct request *req, const char *name)
{
    return or_empty(http_params_get(&req->form, name));
}

const char *req_query(const struct request *req, const char *name)
{
    return or_empty(http_params_get(&req->query, name));
}

const char *req_cookie(const struct request *req, const char *name)
{
    return or_empty(http_params_get(&req->cookies, name));
}

int req_here(const struct request *req, int with_query, char *out, size_t size)
{
    char path[HTTP_LOCAL_PATH_MAX + 1];
    const char *query = with_query && req->query_string ? req->query_string : "";
    int n = -1;
    if (http_path_encode(req->path, path, sizeof path) == 0)
        n = snprintf(out, size, "%s%s%s", path, *query ? "?" : "", query);
    if (n < 0 || (size_t)n >= size || !http_local_path_safe(out)) {
        if (size) out[0] = '\0';
        return -1;
    }
    return 0;
}
