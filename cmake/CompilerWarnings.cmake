# Warnings as an INTERFACE target, linked PRIVATE by each of our targets.
add_library(kinetic_warnings INTERFACE)
add_library(kinetic::warnings ALIAS kinetic_warnings)
target_compile_options(
  kinetic_warnings
  INTERFACE -Wall
            -Wextra
            -Wpedantic
            -Wshadow
            -Wnon-virtual-dtor
            -Wold-style-cast
            -Wcast-align
            -Woverloaded-virtual
            -Wconversion
            -Wsign-conversion
            -Wnull-dereference
            -Wdouble-promotion
            -Wformat=2
            -Wimplicit-fallthrough)
if(KINETIC_WARNINGS_AS_ERRORS)
  target_compile_options(kinetic_warnings INTERFACE -Werror)
endif()
