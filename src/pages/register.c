/* PLACEHOLDER: being written. */
#include "pages.h"
#include "../response.h"
void page_register_form(struct request *req) { response_error(req, 404, "Not yet."); }
void page_register_submit(struct request *req) { response_error(req, 404, "Not yet."); }
void page_register_sent(struct request *req) { response_error(req, 404, "Not yet."); }
void page_register_verify_form(struct request *req) { response_error(req, 404, "Not yet."); }
void page_register_verify(struct request *req) { response_error(req, 404, "Not yet."); }
void page_application_reply_form(struct request *req) { response_error(req, 404, "Not yet."); }
void page_application_reply(struct request *req) { response_error(req, 404, "Not yet."); }
