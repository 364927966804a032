/* PLACEHOLDER: being written. */
#include "pages.h"
#include "../response.h"
void page_invitation_form(struct request *req) { response_error(req, 404, "Not yet."); }
void page_invitation_accept(struct request *req) { response_error(req, 404, "Not yet."); }
