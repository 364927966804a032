/* Back office: shipping methods, tax rates, payment methods, per-company ordering settings (issue 7).
 * Placeholder: the pages are being built. */
#include "pages.h"

#include "../response.h"

void page_bo_shipping(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_bo_shipping_method_create(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_bo_shipping_method(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_bo_shipping_method_update(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_bo_tax_rate_save(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_bo_tax_rate_delete(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_bo_payment_methods_save(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_bo_company_ordering(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}
