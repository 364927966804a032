#include "catalog.h"
typedef int placeholder_catalog;
