/* PLACEHOLDER: being written. */
#include "pages.h"
#include "../response.h"
void page_bo_applications(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_application(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_application_note(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_application_approve(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_application_reject(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_application_request_info(struct request *req) { response_error(req, 404, "Not yet."); }
