/* PLACEHOLDER: being written. */
#include "pages.h"
#include "../response.h"
void page_activity(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_activity(struct request *req) { response_error(req, 404, "Not yet."); }
