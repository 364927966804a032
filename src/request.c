#include "request.h"

#include <stdlib.h>
#include <string.h>

void request_init(struct request *req)
{
    memset(req, 0, sizeof *req);
    req->status = 200;
    req->method = req->path = req->query_string = "";
    req->remote_addr = req->user_agent = req->content_type = "";
}

void request_free(struct request *req)
{
    http_params_free(&req->query);
    http_params_free(&req->form);
    http_params_free(&req->cookies);
    multipart_files_free(&req->files);
    free(req->raw_body);
    req->raw_body = NULL;
    free(req->body);
    req->body = NULL;
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
