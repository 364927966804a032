/* Checkout: addresses, shipping, tax, PO number, review, submit (issue 7).
 * Placeholder: the pages are being built. */
#include "pages.h"

#include "../response.h"

void page_checkout(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_checkout_review(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_checkout_submit(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_checkout_done(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}
