/* PLACEHOLDER: being written. */
#include "pages.h"
#include "../response.h"
void page_bo_addresses(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_address(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_address_update(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_address_approve(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_address_reject(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_address_request_done(struct request *req) { response_error(req, 404, "Not yet."); }
