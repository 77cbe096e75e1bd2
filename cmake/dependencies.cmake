# Every dependency is a Debian 12 package (scripts/setup.sh installs them); nothing is downloaded.
find_package(PkgConfig REQUIRED)
find_package(PROJ REQUIRED CONFIG)
find_package(GEOS 3.10 REQUIRED CONFIG)
find_package(tomlplusplus REQUIRED CONFIG)
find_package(glm REQUIRED CONFIG)
find_package(SDL2 REQUIRED CONFIG)
find_package(Threads REQUIRED)
pkg_check_modules(SHAPELIB REQUIRED IMPORTED_TARGET shapelib)
pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)
pkg_check_modules(STB REQUIRED IMPORTED_TARGET stb)
pkg_check_modules(PNG REQUIRED IMPORTED_TARGET libpng)
find_package(ZLIB REQUIRED)  # PNG data compressed in parallel parts (png_parallel.cpp)
pkg_check_modules(FONTCONFIG REQUIRED IMPORTED_TARGET fontconfig)
pkg_check_modules(OPENCC REQUIRED IMPORTED_TARGET opencc)  # Traditional -> Simplified names
# PDF and SVG export (render only: nothing below render includes Cairo).
pkg_check_modules(CAIRO REQUIRED IMPORTED_TARGET cairo cairo-ft cairo-pdf cairo-svg)

# glad: an OpenGL 3.3 core loader generated at build time from the Khronos XML that Debian's
# python3-glad ships (--reproducible: no network).
find_program(GLAD_EXECUTABLE glad REQUIRED)
set(GLAD_OUT ${CMAKE_BINARY_DIR}/glad)
add_custom_command(
  OUTPUT ${GLAD_OUT}/src/gl.c ${GLAD_OUT}/include/glad/gl.h
  COMMAND ${GLAD_EXECUTABLE} --quiet --reproducible --api gl:core=3.3 --out-path ${GLAD_OUT} c
  COMMENT "Generating the glad OpenGL 3.3 core loader"
  VERBATIM)
add_library(corridor_glad STATIC ${GLAD_OUT}/src/gl.c)
target_include_directories(corridor_glad SYSTEM PUBLIC ${GLAD_OUT}/include)
target_link_libraries(corridor_glad PUBLIC ${CMAKE_DL_LIBS})
set_target_properties(corridor_glad PROPERTIES POSITION_INDEPENDENT_CODE ON)
