/* Back office: every order, its lifecycle and shipments (issue 8).
 * Placeholder: the pages are being built. */
#include "pages.h"

#include "../response.h"

void page_bo_orders(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_bo_order(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_bo_order_status(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_bo_order_cancel(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_bo_order_shipment(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}
