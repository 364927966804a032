#include "unit_tree.h"
typedef int placeholder_unit_tree;
