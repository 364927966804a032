#include "web/transaction.h"

#include "base/db.h"
#include "web/response.h"

int tx_begin(struct request *req)
{
    if (db_begin() == 0) return 1;
    response_error(req, 503, "Please try again in a moment.");
    return 0;
}

int tx_commit(struct request *req, int ok, const char *what)
{
    if (db_finish(ok, what)) return 1;
    response_error(req, 500, "The change could not be saved. Nothing was changed.");
    return 0;
}
