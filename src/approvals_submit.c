/* Placeholder until the approval rules land (issue 9): no order needs approval. */
#include "approvals_submit.h"

enum approvals_outcome approvals_preview(const struct order_draft *draft, struct approval_preview_item *out,
                                         int max, int *count, char *refusal, size_t refusal_size)
{
    (void)draft; (void)out; (void)max; (void)refusal; (void)refusal_size;
    *count = 0;
    return APPROVALS_NONE;
}

enum approvals_outcome approvals_on_submit(const struct order_draft *draft, int64_t order_id, const char *order_number,
                                           char *refusal, size_t refusal_size)
{
    (void)draft; (void)order_id; (void)order_number; (void)refusal; (void)refusal_size;
    return APPROVALS_NONE;
}
