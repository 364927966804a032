#include "import_addresses.h"
typedef int placeholder_import_addresses;
