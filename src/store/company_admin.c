#include "company_admin.h"
typedef int placeholder_company_admin;
