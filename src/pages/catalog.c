/* PLACEHOLDER: being written. */
#include "pages.h"
#include "../response.h"
void page_catalog(struct request *req) { response_error(req, 404, "Not yet."); }
void page_catalog_category(struct request *req) { response_error(req, 404, "Not yet."); }
void page_catalog_search(struct request *req) { response_error(req, 404, "Not yet."); }
void page_product(struct request *req) { response_error(req, 404, "Not yet."); }
