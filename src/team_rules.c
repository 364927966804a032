#include "team_rules.h"
typedef int placeholder_team_rules;
