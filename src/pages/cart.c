/* Cart: one per member per company (issue 7).
 * Placeholder: the pages are being built. */
#include "pages.h"

#include "../response.h"

void page_cart(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_cart_add(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_cart_update(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_cart_empty(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_cart_remove(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

int cart_allowed(const struct request *req)
{
    (void)req;
    return 0;
}
