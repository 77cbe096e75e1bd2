# Run with cmake -P: writes OUT, a C++ source that holds every file in SHADERS (a ;-list) as a
# string, looked up by file name through render::shaderSource(). Keeps the binary runnable from
# any directory.
set(body "")
set(table "")
foreach(path IN LISTS SHADERS)
  get_filename_component(name "${path}" NAME)
  string(MAKE_C_IDENTIFIER "${name}" ident)
  file(READ "${path}" text)
  string(APPEND body "const char* const k_${ident} = R\"corridor_glsl(${text})corridor_glsl\";\n")
  string(APPEND table "    {\"${name}\", k_${ident}},\n")
endforeach()
file(WRITE "${OUT}.tmp" "// Generated from shaders/ at build time; do not edit.\n#include \"render/shader_sources.h\"\n\n#include <cstring>\n\nnamespace render {\nnamespace {\n${body}\nstruct Entry {\n    const char* name;\n    const char* source;\n};\nconst Entry kShaders[] = {\n${table}};\n}  // namespace\n\nconst char* shaderSource(const char* name) {\n    for (const auto& e : kShaders) {\n        if (std::strcmp(e.name, name) == 0) return e.source;\n    }\n    return nullptr;\n}\n\n}  // namespace render\n")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUT}.tmp" "${OUT}")
file(REMOVE "${OUT}.tmp")
