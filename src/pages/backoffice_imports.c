/* PLACEHOLDER: being written. */
#include "pages.h"
#include "../response.h"
void page_bo_imports(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_import(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_export_addresses(struct request *req) { response_error(req, 404, "Not yet."); }
