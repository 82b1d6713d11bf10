# Start-up code in one stretch (docs/performance.md, "The code start-up runs, in one place").
#
# The kernel maps a program's code 64 KiB at a time around each page it runs, so the few hundred
# functions start-up runs, scattered over 1.7 MiB, made nearly all of the program's code
# resident. Release builds compile each function into its own section and link with gold, which
# lays out the sections named in src/app/startup-code-order.txt first, in one stretch. The list is
# made by scripts/update-startup-order; a list gone stale only lays out less of start-up together.
#
#   kinetic_order_startup_code(TARGET)   # in the target's CMakeLists, after it is defined

option(KINETIC_ORDER_STARTUP_CODE "Release builds: lay out the code start-up runs in one stretch (needs gold)" ON)
set(KINETIC_STARTUP_ORDER_FILE "${PROJECT_SOURCE_DIR}/src/app/startup-code-order.txt")

set(_kinetic_order_startup OFF)
if(KINETIC_ORDER_STARTUP_CODE
   AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU"
   AND CMAKE_BUILD_TYPE MATCHES "^(Release|RelWithDebInfo|MinSizeRel)$")
  include(CheckLinkerFlag)
  check_linker_flag(CXX "-fuse-ld=gold;LINKER:--section-ordering-file,${KINETIC_STARTUP_ORDER_FILE}"
                    KINETIC_HAVE_GOLD_SECTION_ORDERING)
  if(KINETIC_HAVE_GOLD_SECTION_ORDERING)
    set(_kinetic_order_startup ON)
    # Every target's functions, so that the libraries' start-up code can be placed too.
    add_compile_options(-ffunction-sections)
  else()
    message(STATUS "Start-up code is not laid out together: the gold linker is missing")
  endif()
endif()

function(kinetic_order_startup_code target)
  if(_kinetic_order_startup)
    target_link_options(${target} PRIVATE -fuse-ld=gold
                        "LINKER:--section-ordering-file,${KINETIC_STARTUP_ORDER_FILE}")
    set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS "${KINETIC_STARTUP_ORDER_FILE}")
  endif()
endfunction()
