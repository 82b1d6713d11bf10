# Installation, desktop integration and the Debian package. Included last by the top-level
# CMakeLists.txt. Paths are relative to the prefix (GNUInstallDirs), so a relocated prefix works:
# the programs find the content at ${KINETIC_BIN_TO_DATA} from their own folder.
#
#   cmake --install build/release --prefix /tmp/kce     # a tree under any prefix
#   cd build/release && cpack -G DEB                    # kinetic-chain-explorer_<version>_<arch>.deb
#
# The programs themselves are installed next to their targets (src/app, src/cli).

set(KINETIC_APP_ID "org.kineticchain.Explorer")
set(KINETIC_PACKAGE_NAME "kinetic-chain-explorer")
set(KINETIC_DOC_INSTALL_DIR "${CMAKE_INSTALL_DATAROOTDIR}/doc/${KINETIC_PACKAGE_NAME}")
set(desktop_dir "${PROJECT_SOURCE_DIR}/resources/desktop")
set(icon_dir "${PROJECT_SOURCE_DIR}/resources/icons/hicolor")

# The content: data/*.json, data/schema/ and the content licence.
install(
  DIRECTORY "${PROJECT_SOURCE_DIR}/data/"
  DESTINATION "${KINETIC_DATA_INSTALL_DIR}"
  FILES_MATCHING
  PATTERN "*.json"
  PATTERN "LICENSE")

# Launcher, AppStream metadata and the MIME type of saved assessments (*.kinetic.json).
install(FILES "${desktop_dir}/${KINETIC_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${desktop_dir}/${KINETIC_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(
  FILES "${desktop_dir}/${KINETIC_APP_ID}.mime.xml"
  DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages"
  RENAME "${KINETIC_APP_ID}.xml")

# The icon: scalable plus rendered sizes (resources/icons/README.md says how they are made).
install(FILES "${icon_dir}/scalable/apps/${KINETIC_APP_ID}.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
foreach(size IN ITEMS 16 24 32 48 64 128 256)
  install(FILES "${icon_dir}/${size}x${size}/apps/${KINETIC_APP_ID}.png"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
endforeach()

# Man pages, compressed as Debian policy asks (gzip -n: no name or time stamp, reproducible).
find_program(KINETIC_GZIP gzip)
foreach(page IN ITEMS kinetic.1 kinetic-explorer.1)
  set(source "${PROJECT_SOURCE_DIR}/docs/man/${page}")
  if(KINETIC_GZIP)
    set(copy "${PROJECT_BINARY_DIR}/man/${page}")
    add_custom_command(
      OUTPUT "${copy}.gz"
      COMMAND "${CMAKE_COMMAND}" -E copy "${source}" "${copy}"
      COMMAND "${KINETIC_GZIP}" -9 -n -f "${copy}"
      DEPENDS "${source}"
      COMMENT "Compressing the man page ${page}"
      VERBATIM)
    list(APPEND man_pages "${copy}.gz")
  else()
    list(APPEND man_pages "${source}")
  endif()
endforeach()
add_custom_target(kinetic_man_pages ALL DEPENDS ${man_pages})
install(FILES ${man_pages} DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

# Documentation and licences; Debian looks for the licences in doc/<package>/copyright.
set(copyright "${PROJECT_BINARY_DIR}/copyright")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/LICENSE"
                                                             "${PROJECT_SOURCE_DIR}/data/LICENSE")
file(READ "${PROJECT_SOURCE_DIR}/LICENSE" code_licence)
file(READ "${PROJECT_SOURCE_DIR}/data/LICENSE" content_licence)
file(
  WRITE "${copyright}"
  "Kinetic Chain Explorer ${PROJECT_VERSION}\n${PROJECT_HOMEPAGE_URL}\n\n"
  "The programs, body art, exercise illustrations and icon are under the MIT licence; the content\n"
  "in share/${KINETIC_PACKAGE_NAME}/ is under CC BY 4.0.\n\n"
  "--- MIT (LICENSE) ---\n\n${code_licence}\n"
  "--- CC BY 4.0 (share/${KINETIC_PACKAGE_NAME}/LICENSE) ---\n\n${content_licence}")
install(FILES "${copyright}" "${PROJECT_SOURCE_DIR}/LICENSE" "${PROJECT_SOURCE_DIR}/README.md"
        DESTINATION "${KINETIC_DOC_INSTALL_DIR}")
install(
  DIRECTORY "${PROJECT_SOURCE_DIR}/docs/"
  DESTINATION "${KINETIC_DOC_INSTALL_DIR}"
  FILES_MATCHING
  PATTERN "*.md"
  PATTERN "man" EXCLUDE
  PATTERN "images" EXCLUDE)

# The Debian package: `cpack -G DEB` in the build folder (scripts/package does it all).
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "${KINETIC_PACKAGE_NAME}")
set(CPACK_PACKAGE_VENDOR "The Kinetic Chain Explorer developers")
set(CPACK_PACKAGE_CONTACT "Kinetic Chain Explorer maintainers <maintainers@kinetic-chain-explorer.example>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "see how back, hip and knee pain are linked, with self-care to print")
set(CPACK_PACKAGE_DESCRIPTION
    "Kinetic Chain Explorer shows how painful areas of the back, hip and knee\n"
    "are linked through the kinetic chain and nerve referral, which causes\n"
    "commonly fit and why, which warning signs need a clinician, and which\n"
    "stretches and strengthening exercises help. It prints or saves a PDF\n"
    "self-care summary. The kinetic command answers the same questions from a\n"
    "terminal. It is general education, not a diagnosis.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")

set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_SECTION "education")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the platform plugins (xcb, wayland,
# offscreen), the SVG icon engine and image plugin (in libqt6svg6), and the printout's fonts.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
