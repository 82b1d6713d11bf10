cmake_minimum_required(VERSION 3.25)
# The committed translation template is current: updating a copy of it from the sources, as
# `update_translations` does, changes nothing but line numbers. When it fails, words were added,
# changed or removed in the sources: run `cmake --build <build folder> --target
# update_translations` and commit the .ts with the change, so translators see the new words.
#   -DLUPDATE=path/to/lupdate -DSOURCES="a.cpp;b.cpp" -DINCLUDES="dir;dir" -DTS=translations/x_en.ts
#   -DWORK=folder
if(NOT EXISTS "${TS}")
  message(FATAL_ERROR "${TS} is missing: run the update_translations target to create it")
endif()
get_filename_component(name "${TS}" NAME)
set(copy "${WORK}/${name}")
file(REMOVE "${copy}")
file(COPY_FILE "${TS}" "${copy}")
set(include_args "")
foreach(folder IN LISTS INCLUDES)
  list(APPEND include_args "-I" "${folder}")
endforeach()
execute_process(
  COMMAND "${LUPDATE}" ${include_args} ${SOURCES} -ts "${copy}"
  RESULT_VARIABLE code
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "lupdate failed (exit ${code}): ${out}${err}")
endif()

# The messages without their locations: <location> lines name source lines, which move with
# every edit, and are written relative to the .ts file's folder.
function(messages file out)
  file(READ "${file}" text)
  string(REGEX REPLACE "\n *<location [^>]*/>" "" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()
messages("${TS}" committed)
messages("${copy}" updated)
if(NOT committed STREQUAL updated)
  message(FATAL_ERROR "${TS} is out of date with the sources (lupdate: ${out}; the updated copy is ${copy}). "
                      "Run `cmake --build <build folder> --target update_translations` and commit the .ts.")
endif()
message("${name} is current: ${out}")
