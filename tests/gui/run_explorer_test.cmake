# Runs kinetic-explorer once and checks both its exit code and what it logged, which
# PASS_REGULAR_EXPRESSION alone cannot do (it ignores the exit code, so a crash after the
# message would pass).
#   -DPROGRAM=... -DARGS="a|b" -DEXIT=0 -DSTDERR=regex   (arguments separated by "|")
string(REPLACE "|" ";" ARGS "${ARGS}")
execute_process(
  COMMAND ${PROGRAM} ${ARGS}
  RESULT_VARIABLE code
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err)
if(NOT code STREQUAL EXIT)
  message(FATAL_ERROR "exit code ${code}, expected ${EXIT}\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(NOT err MATCHES "${STDERR}")
  message(FATAL_ERROR "stderr does not match '${STDERR}':\n${err}")
endif()
