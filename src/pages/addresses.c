/* PLACEHOLDER: being written. */
#include "pages.h"
#include "../response.h"
void page_addresses(struct request *req) { response_error(req, 404, "Not yet."); }
void page_address_new(struct request *req) { response_error(req, 404, "Not yet."); }
void page_address_create(struct request *req) { response_error(req, 404, "Not yet."); }
void page_address(struct request *req) { response_error(req, 404, "Not yet."); }
void page_address_update(struct request *req) { response_error(req, 404, "Not yet."); }
void page_address_retire(struct request *req) { response_error(req, 404, "Not yet."); }
void page_address_restrictions(struct request *req) { response_error(req, 404, "Not yet."); }
void page_address_company_default(struct request *req) { response_error(req, 404, "Not yet."); }
void page_address_my_default(struct request *req) { response_error(req, 404, "Not yet."); }
void page_address_approve(struct request *req) { response_error(req, 404, "Not yet."); }
void page_address_reject(struct request *req) { response_error(req, 404, "Not yet."); }
void page_address_change_request(struct request *req) { response_error(req, 404, "Not yet."); }
void page_address_settings(struct request *req) { response_error(req, 404, "Not yet."); }
void page_address_settings_save(struct request *req) { response_error(req, 404, "Not yet."); }
