cmake_minimum_required(VERSION 3.25)
# Runs a validator on a source file, or skips when the tool is not installed.
#   -DTOOL=desktop-file-validate -DPACKAGE=desktop-file-utils -DARGS="a;b"
find_program(tool "${TOOL}")
if(NOT tool)
  message("SKIPPED: ${TOOL} is not installed (Debian package ${PACKAGE})")
  return()
endif()
execute_process(COMMAND "${tool}" ${ARGS} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT code EQUAL 0 OR "${out}${err}" MATCHES "(^|\n)[^\n]*(error|warning|E: |W: )")
  message(FATAL_ERROR "${TOOL} ${ARGS} failed (exit ${code})")
endif()
