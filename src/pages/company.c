/* PLACEHOLDER: being written. */
#include "pages.h"
#include "../response.h"
void page_company(struct request *req) { response_error(req, 404, "Not yet."); }
void page_company_change_request(struct request *req) { response_error(req, 404, "Not yet."); }
