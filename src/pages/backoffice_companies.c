/* PLACEHOLDER: being written. */
#include "pages.h"
#include "../response.h"
void page_bo_company_new_form(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_company_new(struct request *req) { response_error(req, 404, "Not yet."); }
