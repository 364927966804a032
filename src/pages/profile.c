/* PLACEHOLDER: being written. */
#include "pages.h"
#include "../response.h"
void page_profile(struct request *req) { response_error(req, 404, "Not yet."); }
void page_profile_details(struct request *req) { response_error(req, 404, "Not yet."); }
void page_profile_email(struct request *req) { response_error(req, 404, "Not yet."); }
void page_profile_password(struct request *req) { response_error(req, 404, "Not yet."); }
void page_profile_sessions(struct request *req) { response_error(req, 404, "Not yet."); }
void page_email_confirm_form(struct request *req) { response_error(req, 404, "Not yet."); }
void page_email_confirm(struct request *req) { response_error(req, 404, "Not yet."); }
