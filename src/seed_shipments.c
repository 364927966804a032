/* Demo shipments, tracking and status timelines for the seeded orders. */
#include "seed.h"

int seed_demo_shipments(void)
{
    return 0;
}
