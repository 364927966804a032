/* PLACEHOLDER: demo price lists are being written. */
#include "seed.h"
int seed_demo_prices(void) { return 0; }
