#include "address_rules.h"
typedef int placeholder_address_rules;
