/* PLACEHOLDER: being written. */
#include "pages.h"
#include "../response.h"
void page_units(struct request *req) { response_error(req, 404, "Not yet."); }
void page_unit_create(struct request *req) { response_error(req, 404, "Not yet."); }
void page_unit(struct request *req) { response_error(req, 404, "Not yet."); }
void page_unit_update(struct request *req) { response_error(req, 404, "Not yet."); }
void page_unit_move(struct request *req) { response_error(req, 404, "Not yet."); }
void page_unit_delete(struct request *req) { response_error(req, 404, "Not yet."); }
