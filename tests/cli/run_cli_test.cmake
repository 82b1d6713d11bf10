# Runs a program once (`kinetic`, or `kinetic-explorer` in tests/gui) and checks what a script
# or a content author relies on: the exit code, words on standard output or error, and values
# in the JSON output.
#   -DPROGRAM=... -DARGS="a;b" -DEXIT=0 [-DSTDOUT=regex] [-DSTDOUT_NOT=regex] [-DSTDERR=regex]
#   [-DJSON_GET="key;0;id"] [-DJSON_EQUALS=value] [-DJSON_LENGTH="key"] [-DLENGTH=n] [-DOUTPUT_FILE=path]
execute_process(
  COMMAND ${PROGRAM} ${ARGS}
  RESULT_VARIABLE code
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err)
if(NOT code STREQUAL EXIT)
  message(FATAL_ERROR "exit code ${code}, expected ${EXIT}\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(DEFINED STDOUT AND NOT out MATCHES "${STDOUT}")
  message(FATAL_ERROR "stdout does not match '${STDOUT}':\n${out}")
endif()
if(DEFINED STDOUT_NOT AND out MATCHES "${STDOUT_NOT}")
  message(FATAL_ERROR "stdout matches '${STDOUT_NOT}', which it must not:\n${out}")
endif()
if(DEFINED STDERR AND NOT err MATCHES "${STDERR}")
  message(FATAL_ERROR "stderr does not match '${STDERR}':\n${err}")
endif()
if(DEFINED JSON_GET)
  string(JSON value ERROR_VARIABLE problem GET "${out}" ${JSON_GET})
  if(problem OR NOT value STREQUAL JSON_EQUALS)
    message(FATAL_ERROR "JSON ${JSON_GET} is '${value}' (${problem}), expected '${JSON_EQUALS}'")
  endif()
endif()
if(DEFINED JSON_LENGTH)
  string(JSON n ERROR_VARIABLE problem LENGTH "${out}" ${JSON_LENGTH})
  if(problem OR NOT n EQUAL LENGTH)
    message(FATAL_ERROR "JSON length of ${JSON_LENGTH} is '${n}' (${problem}), expected ${LENGTH}")
  endif()
endif()
if(DEFINED OUTPUT_FILE AND NOT EXISTS "${OUTPUT_FILE}")
  message(FATAL_ERROR "${OUTPUT_FILE} was not written")
endif()
