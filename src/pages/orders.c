/* Order history, detail, CSV export and reorder (issue 8).
 * Placeholder: the pages are being built. */
#include "pages.h"

#include "../response.h"

void page_orders(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_orders_csv(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_order(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_order_reorder(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}
