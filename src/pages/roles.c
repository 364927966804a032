/* PLACEHOLDER: being written. */
#include "pages.h"
#include "../response.h"
void page_roles(struct request *req) { response_error(req, 404, "Not yet."); }
void page_role_new(struct request *req) { response_error(req, 404, "Not yet."); }
void page_role_create(struct request *req) { response_error(req, 404, "Not yet."); }
void page_role(struct request *req) { response_error(req, 404, "Not yet."); }
void page_role_update(struct request *req) { response_error(req, 404, "Not yet."); }
void page_role_delete(struct request *req) { response_error(req, 404, "Not yet."); }
void page_role_duplicate(struct request *req) { response_error(req, 404, "Not yet."); }
