#include "csv.h"
typedef int placeholder_csv;
