/* PLACEHOLDER: being written. */
#include "pages.h"
#include "../response.h"
void page_bo_companies(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_company(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_company_assign_admin(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_company_block(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_company_unblock(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_company_view_as(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_view_as_stop(struct request *req) { response_error(req, 404, "Not yet."); }
