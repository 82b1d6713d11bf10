cmake_minimum_required(VERSION 3.25)
# Checks the Debian package that `cpack -G DEB` (scripts/package) left in the build folder: its
# control fields, its files under /usr, and that the programs unpacked from it find their content.
# Skipped when there is no dpkg-deb or no package of this version.
#   -DBUILD_DIR -DWORK_DIR -DPACKAGE_NAME -DAPP_ID -DVERSION -DBINDIR -DDATADIR -DMANDIR
#   -DDATA_INSTALL_DIR -DDOC_INSTALL_DIR
find_program(dpkg_deb dpkg-deb)
if(NOT dpkg_deb)
  message("SKIPPED: dpkg-deb is not installed")
  return()
endif()
file(GLOB debs "${BUILD_DIR}/${PACKAGE_NAME}_${VERSION}_*.deb")
if(NOT debs)
  message("SKIPPED: no ${PACKAGE_NAME}_${VERSION}_*.deb in ${BUILD_DIR}: build one with scripts/package")
  return()
endif()
list(GET debs 0 deb)
message("checking ${deb}")

function(field name regex)
  execute_process(COMMAND "${dpkg_deb}" --field "${deb}" "${name}" OUTPUT_VARIABLE value RESULT_VARIABLE code)
  if(NOT code EQUAL 0 OR NOT value MATCHES "${regex}")
    message(FATAL_ERROR "control field ${name} is '${value}', expected '${regex}'")
  endif()
endfunction()
field(Package "^${PACKAGE_NAME}\n$")
field(Version "^${VERSION}\n$")
field(Section "^education\n$")
field(Maintainer "<[^@>]+@[^>]+>")
field(Description "not a diagnosis")
# Explicit run-time dependencies, and those dpkg-shlibdeps found in the binaries.
field(Depends "qt6-qpa-plugins")
field(Depends "fonts-dejavu-core")
field(Depends "libqt6widgets6")
field(Depends "libc6")

execute_process(COMMAND "${dpkg_deb}" --contents "${deb}" OUTPUT_VARIABLE listing RESULT_VARIABLE code)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "dpkg-deb --contents failed")
endif()
set(expected "${BINDIR}/kinetic" "${BINDIR}/kinetic-explorer" "${DATA_INSTALL_DIR}/manifest.json"
             "${DATA_INSTALL_DIR}/schema/regions.schema.json" "${DATA_INSTALL_DIR}/LICENSE"
             "${DATADIR}/applications/${APP_ID}.desktop" "${DATADIR}/metainfo/${APP_ID}.metainfo.xml"
             "${DATADIR}/mime/packages/${APP_ID}.xml" "${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg"
             "${DATADIR}/icons/hicolor/48x48/apps/${APP_ID}.png" "${MANDIR}/man1/kinetic.1.gz"
             "${MANDIR}/man1/kinetic-explorer.1.gz" "${DOC_INSTALL_DIR}/copyright")
foreach(file IN LISTS expected)
  string(REPLACE "." "\\." pattern " ./usr/${file}\n")
  if(NOT listing MATCHES "${pattern}")
    message(FATAL_ERROR "the package lacks /usr/${file}:\n${listing}")
  endif()
endforeach()
if(listing MATCHES " \\./(usr/local|home|root|tmp|work)/")
  message(FATAL_ERROR "the package holds files outside /usr:\n${listing}")
endif()

# Unpacked anywhere, the packaged program finds the packaged content.
file(REMOVE_RECURSE "${WORK_DIR}")
execute_process(COMMAND "${dpkg_deb}" --extract "${deb}" "${WORK_DIR}" RESULT_VARIABLE code)
execute_process(COMMAND "${WORK_DIR}/usr/${BINDIR}/kinetic" --json validate WORKING_DIRECTORY "${WORK_DIR}"
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "the packaged kinetic validate exited ${code}:\n${out}${err}")
endif()
string(JSON directory GET "${out}" directory)
file(REAL_PATH "${directory}" used)
file(REAL_PATH "${WORK_DIR}/usr/${DATA_INSTALL_DIR}" packaged)
if(NOT used STREQUAL packaged)
  message(FATAL_ERROR "the packaged kinetic read ${used}, not ${packaged}")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
