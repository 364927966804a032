/* Demo approval rules and spending limits (Acme reference rules). */
#include "seed.h"

int seed_demo_approval_rules(void)
{
    return 0;
}
