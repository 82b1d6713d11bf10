# Runs `kinetic-bench --quick --json` and checks that it exits 0 and prints JSON with figures.
# No timing is checked: the figures are for people to read.
execute_process(
  COMMAND "${PROGRAM}" --quick --json
  RESULT_VARIABLE result
  OUTPUT_VARIABLE output
  ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "kinetic-bench exited with ${result}:\n${errors}")
endif()
string(JSON count ERROR_VARIABLE problem LENGTH "${output}" figures)
if(problem)
  message(FATAL_ERROR "kinetic-bench --json did not print valid JSON with a figures list (${problem}):\n${output}")
endif()
if(count LESS 10)
  message(FATAL_ERROR "kinetic-bench printed ${count} figures, expected at least 10:\n${output}")
endif()
math(EXPR last "${count} - 1")
foreach(index RANGE ${last})
  string(JSON id GET "${output}" figures ${index} id)
  string(JSON label GET "${output}" figures ${index} label)
  if(id STREQUAL "" OR label STREQUAL "")
    message(FATAL_ERROR "figure ${index} has no id or label:\n${output}")
  endif()
endforeach()
message(STATUS "kinetic-bench printed ${count} figures")
