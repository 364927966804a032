/* Catalog search, with the ranking of recent searches kept per worker.
 *
 * Ranking is the cost of a search: bm25 is computed for every product
 * that matches, and a short word ("glove") matches thousands, about 12 ms
 * for 5,000 matches, on every page of every buyer. The ranking is the
 * same for everyone (prices are applied afterwards, per company) and
 * changes only when the catalog's version moves (sql/015, sql/024: a
 * product added, withdrawn, renamed, re-described or given another SKU).
 * So a worker keeps the first SEARCH_KEPT_IDS ids and the total of its
 * last SEARCH_KEPT searches with the version they were ranked at, and a
 * page of a kept search reads just its products by id. Pages past the
 * kept ids (or reaching past them) rank again in SQL; a search whose text is too long to keep
 * simply is not kept. */
#include "catalog/search.h"

#include <string.h>

#define SEARCH_KEPT 64
#define SEARCH_KEPT_IDS 240      /* ten pages of 24 */
#define SEARCH_KEY_MAX 256

struct kept_search {
    char match[SEARCH_KEY_MAX];
    int64_t version;
    int64_t total;
    int n;                       /* ids kept: min(total, SEARCH_KEPT_IDS) */
    uint64_t last_used;
    int64_t ids[SEARCH_KEPT_IDS];
};

static struct kept_search kept[SEARCH_KEPT];
static uint64_t uses;

static struct kept_search *kept_ranking(const char *match, int64_t version)
{
    struct kept_search *oldest = &kept[0];
    for (int i = 0; i < SEARCH_KEPT; i++) {
        struct kept_search *k = &kept[i];
        if (k->last_used && k->version == version && strcmp(k->match, match) == 0) {
            k->last_used = ++uses;
            return k;
        }
        if (k->last_used < oldest->last_used) oldest = k;
    }
    oldest->last_used = 0;   /* empty until ranked */
    oldest->n = store_catalog_search_ranked(match, oldest->ids, SEARCH_KEPT_IDS, &oldest->total);
    if (oldest->n < 0) return NULL;
    memcpy(oldest->match, match, strlen(match) + 1);
    oldest->version = version;
    oldest->last_used = ++uses;
    return oldest;
}

int catalog_search(const char *match, int offset, int limit, struct catalog_product *out, int64_t *total)
{
    int64_t version;
    struct kept_search *k = NULL;
    if (strlen(match) < SEARCH_KEY_MAX && store_catalog_version(&version) == 0) k = kept_ranking(match, version);
    if (!k) {
        int64_t ids[1];
        if (store_catalog_search_ranked(match, ids, 1, total) < 0) return -1;
        return store_catalog_search(match, offset, limit, out);
    }
    *total = k->total;
    if (offset + limit > k->n && k->n < k->total) return store_catalog_search(match, offset, limit, out);
    if (offset >= k->n) return 0;
    int n = k->n - offset < limit ? k->n - offset : limit;
    return store_catalog_products_by_id(k->ids + offset, n, out);
}
