#include "products_admin.h"
typedef int placeholder_products_admin;
