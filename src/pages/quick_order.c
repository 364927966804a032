/* Quick order: SKU, quantity lines into the cart (issue 7).
 * Placeholder: the pages are being built. */
#include "pages.h"

#include "../response.h"

void page_quick_order_form(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_quick_order(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}
