#include "addresses.h"
typedef int placeholder_addresses;
