#include "backoffice_addresses.h"
typedef int placeholder_backoffice_addresses;
