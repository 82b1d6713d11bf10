cmake_minimum_required(VERSION 3.25)
# Runs a libFuzzer program once over each file of a corpus folder, without fuzzing.
#   cmake -DPROGRAM=<fuzz target> -DCORPUS=<folder> -P replay_corpus.cmake
file(GLOB inputs "${CORPUS}/*")
list(LENGTH inputs count)
if(count EQUAL 0)
  message(FATAL_ERROR "no inputs in ${CORPUS}")
endif()
execute_process(COMMAND "${PROGRAM}" ${inputs} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} failed (${result})")
endif()
message(STATUS "${count} inputs replayed")
