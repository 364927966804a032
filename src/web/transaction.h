#ifndef BUYERDESK_WEB_TRANSACTION_H
#define BUYERDESK_WEB_TRANSACTION_H

#include "web/request.h"

/* A page's change in one write transaction, answered the same way on every
 * page: tx_begin opens it (1), or answers 503 "try again" when the
 * database is busy (0); tx_commit ends it (db_finish): 1 committed, or 0
 * rolled back with the page answered 500 "nothing was changed". */
int tx_begin(struct request *req);
int tx_commit(struct request *req, int ok, const char *what);

#endif
