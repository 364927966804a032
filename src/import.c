#include "import.h"
typedef int placeholder_import;
