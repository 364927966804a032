#include "pricing.h"
typedef int placeholder_pricing;
