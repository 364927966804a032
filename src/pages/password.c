/* PLACEHOLDER: being written. */
#include "pages.h"
#include "../response.h"
void page_password_forgot_form(struct request *req) { response_error(req, 404, "Not yet."); }
void page_password_forgot(struct request *req) { response_error(req, 404, "Not yet."); }
void page_password_reset_form(struct request *req) { response_error(req, 404, "Not yet."); }
void page_password_reset(struct request *req) { response_error(req, 404, "Not yet."); }
