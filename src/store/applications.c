#include "applications.h"
