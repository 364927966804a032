/* Demo approval steps for the seeded orders waiting for approval. */
#include "seed.h"

int seed_demo_approval_steps(void)
{
    return 0;
}
