// The header holds the one function, inline; SwiftPM wants a source file in a C target.
#include "CHeapSettings.h"
