#include "multipart.h"
typedef int placeholder_multipart;
