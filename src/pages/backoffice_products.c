/* PLACEHOLDER: being written. */
#include "pages.h"
#include "../response.h"
void page_bo_products(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_product_new(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_product_create(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_product(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_product_update(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_price_lists(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_price_list_create(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_price_list(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_price_list_update(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_price_list_item(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_price_list_item_delete(struct request *req) { response_error(req, 404, "Not yet."); }
void page_bo_price_list_assign(struct request *req) { response_error(req, 404, "Not yet."); }
