cmake_minimum_required(VERSION 3.25)
# Writes the seed corpora of the fuzz targets into OUT/<target>/ from the content in data/, the
# fixtures in tests/fixtures/ and the assessment seeds in tests/fuzz/seeds/. Used by the replay
# ctest and by scripts/fuzz.
#   cmake -DSOURCE_DIR=<repository> -DOUT=<folder> -P tests/fuzz/seed_corpus.cmake
if(NOT SOURCE_DIR OR NOT OUT)
  message(FATAL_ERROR "usage: cmake -DSOURCE_DIR=<repository> -DOUT=<folder> -P seed_corpus.cmake")
endif()

# In the order of kinetic::contentFiles: the content target's first byte picks the file it
# replaces, and the digit '0' + i is a byte whose value modulo 8 is i.
set(content_files manifest sources regions links conditions exercises red_flags advice)

file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}/content_loader" "${OUT}/json_scan" "${OUT}/quick_json" "${OUT}/assessment")

set(folders data tests/fixtures/minimal tests/fixtures/cli-broken tests/fixtures/broken)
foreach(folder IN LISTS folders)
  file(GLOB files "${SOURCE_DIR}/${folder}/*.json")
  string(REPLACE "/" "_" tag "${folder}")
  foreach(file IN LISTS files)
    get_filename_component(stem "${file}" NAME_WE)
    string(REGEX REPLACE "--.*" "" kind "${stem}") # broken fixtures: <file stem>--<case>
    file(READ "${file}" text)
    file(WRITE "${OUT}/json_scan/${tag}-${stem}" "${text}")
    file(WRITE "${OUT}/quick_json/${tag}-${stem}" "${text}")
    list(FIND content_files "${kind}" index)
    if(index GREATER_EQUAL 0)
      file(WRITE "${OUT}/content_loader/${tag}-${stem}" "${index}${text}")
    endif()
  endforeach()
endforeach()

file(GLOB assessments "${SOURCE_DIR}/tests/fuzz/seeds/assessment/*")
foreach(file IN LISTS assessments)
  get_filename_component(name "${file}" NAME)
  file(READ "${file}" text)
  file(WRITE "${OUT}/assessment/${name}" "${text}")
  file(WRITE "${OUT}/json_scan/assessment-${name}" "${text}")
  file(WRITE "${OUT}/quick_json/assessment-${name}" "${text}")
endforeach()
