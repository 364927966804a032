#include "roles.h"
typedef int placeholder_roles;
