// The one place the OpenGL loader is included from, so every render file sees the same API.
#pragma once

#include <glad/gl.h>
