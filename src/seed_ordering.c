/* Demo shipping methods, tax rates and payment methods. */
#include "seed.h"

int seed_demo_ordering(void)
{
    return 0;
}
