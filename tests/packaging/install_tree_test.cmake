cmake_minimum_required(VERSION 3.25)
# Installs the build into a fresh prefix (with a space in its name) and checks the tree: both
# programs, the content, the desktop integration, the man pages and the docs, and nothing
# outside those places. Then runs the INSTALLED `kinetic validate` without --data from another
# folder: it must find the content inside this prefix, not the source tree it was built from.
#   -DBUILD_DIR -DCONFIG -DPREFIX -DSOURCE_DIR -DAPP_ID -DVERSION
#   -DBINDIR -DDATADIR -DMANDIR -DDATA_INSTALL_DIR -DDOC_INSTALL_DIR
function(expect_contains file regex)
  file(READ "${PREFIX}/${file}" text)
  if(NOT text MATCHES "${regex}")
    message(FATAL_ERROR "${file} does not contain '${regex}'")
  endif()
endfunction()

file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" --config "${CONFIG}"
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${code}):\n${out}${err}")
endif()

# What must be there.
set(expected "${BINDIR}/kinetic" "${BINDIR}/kinetic-explorer" "${DATA_INSTALL_DIR}/LICENSE"
             "${DATADIR}/applications/${APP_ID}.desktop" "${DATADIR}/metainfo/${APP_ID}.metainfo.xml"
             "${DATADIR}/mime/packages/${APP_ID}.xml" "${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg"
             "${DOC_INSTALL_DIR}/copyright" "${DOC_INSTALL_DIR}/README.md" "${DOC_INSTALL_DIR}/packaging.md")
foreach(size IN ITEMS 16 24 32 48 64 128 256)
  list(APPEND expected "${DATADIR}/icons/hicolor/${size}x${size}/apps/${APP_ID}.png")
endforeach()
file(GLOB content RELATIVE "${SOURCE_DIR}/data" "${SOURCE_DIR}/data/*.json" "${SOURCE_DIR}/data/schema/*.json")
foreach(file IN LISTS content)
  list(APPEND expected "${DATA_INSTALL_DIR}/${file}")
endforeach()
foreach(page IN ITEMS kinetic kinetic-explorer)
  if(EXISTS "${PREFIX}/${MANDIR}/man1/${page}.1.gz")
    list(APPEND expected "${MANDIR}/man1/${page}.1.gz")
  else()
    list(APPEND expected "${MANDIR}/man1/${page}.1")
  endif()
endforeach()
foreach(file IN LISTS expected)
  if(NOT EXISTS "${PREFIX}/${file}")
    message(FATAL_ERROR "not installed: ${file}")
  endif()
endforeach()
foreach(program IN ITEMS kinetic kinetic-explorer)
  file(READ "${PREFIX}/${BINDIR}/${program}" magic LIMIT 4 HEX)
  if(NOT magic STREQUAL "7f454c46")
    message(FATAL_ERROR "${BINDIR}/${program} is not an executable")
  endif()
endforeach()

# Nothing strays outside the places a package may write to.
set(allowed "${BINDIR}/" "${DATA_INSTALL_DIR}/" "${DATADIR}/applications/" "${DATADIR}/metainfo/"
            "${DATADIR}/mime/packages/" "${DATADIR}/icons/hicolor/" "${MANDIR}/man1/" "${DOC_INSTALL_DIR}/")
file(GLOB_RECURSE installed RELATIVE "${PREFIX}" "${PREFIX}/*")
foreach(file IN LISTS installed)
  set(ok OFF)
  foreach(place IN LISTS allowed)
    string(FIND "${file}" "${place}" at)
    if(at EQUAL 0)
      set(ok ON)
    endif()
  endforeach()
  if(NOT ok)
    message(FATAL_ERROR "unexpected file installed: ${file}")
  endif()
endforeach()

# The metadata names one application id throughout.
expect_contains("${DATADIR}/applications/${APP_ID}.desktop" "\nIcon=${APP_ID}\n")
expect_contains("${DATADIR}/applications/${APP_ID}.desktop" "\nExec=kinetic-explorer %f\n")
expect_contains("${DATADIR}/applications/${APP_ID}.desktop" "\nMimeType=application/x-kinetic-assessment;\n")
expect_contains("${DATADIR}/metainfo/${APP_ID}.metainfo.xml" "<id>${APP_ID}</id>")
expect_contains("${DATADIR}/metainfo/${APP_ID}.metainfo.xml" "<launchable type=\"desktop-id\">${APP_ID}.desktop<")
expect_contains("${DATADIR}/metainfo/${APP_ID}.metainfo.xml" "<release version=\"${VERSION}\"")
expect_contains("${DATADIR}/mime/packages/${APP_ID}.xml" "type=\"application/x-kinetic-assessment\"")
expect_contains("${DATADIR}/mime/packages/${APP_ID}.xml" "<glob pattern=\"\\*\\.kinetic\\.json\"")
expect_contains("${DOC_INSTALL_DIR}/copyright" "MIT License.*CC BY 4.0")

# The MIME database builds from the installed package and maps the glob (when the tool exists).
find_program(update_mime update-mime-database)
if(update_mime)
  file(COPY "${PREFIX}/${DATADIR}/mime/packages" DESTINATION "${PREFIX}.mime")
  execute_process(COMMAND "${update_mime}" "${PREFIX}.mime" RESULT_VARIABLE code ERROR_VARIABLE err)
  file(READ "${PREFIX}.mime/globs2" globs)
  file(REMOVE_RECURSE "${PREFIX}.mime")
  if(NOT code EQUAL 0 OR NOT globs MATCHES "application/x-kinetic-assessment:\\*\\.kinetic\\.json")
    message(FATAL_ERROR "update-mime-database does not map *.kinetic.json (${code}): ${err}")
  endif()
endif()

# The installed programs run, and find their content relative to themselves.
set(work "${PREFIX}.cwd")
file(MAKE_DIRECTORY "${work}")
execute_process(COMMAND "${PREFIX}/${BINDIR}/kinetic" --json validate WORKING_DIRECTORY "${work}"
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "installed kinetic validate exited ${code}:\n${out}${err}")
endif()
string(JSON directory GET "${out}" directory)
file(REAL_PATH "${PREFIX}/${DATA_INSTALL_DIR}" installed_data)
file(REAL_PATH "${directory}" used_data)
if(NOT used_data STREQUAL installed_data)
  message(FATAL_ERROR "installed kinetic read ${used_data}, not the installed content ${installed_data}")
endif()
foreach(program IN ITEMS kinetic kinetic-explorer)
  execute_process(COMMAND "${PREFIX}/${BINDIR}/${program}" --version WORKING_DIRECTORY "${work}"
                  RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code EQUAL 0 OR NOT out MATCHES " ${VERSION}")
    message(FATAL_ERROR "installed ${program} --version exited ${code}: ${out}${err}")
  endif()
endforeach()
file(REMOVE_RECURSE "${work}")
message("installed and checked ${PREFIX}")
