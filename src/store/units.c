#include "units.h"
typedef int placeholder_units;
