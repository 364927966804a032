#include "team.h"
typedef int placeholder_team;
