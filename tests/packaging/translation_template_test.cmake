cmake_minimum_required(VERSION 3.25)
# Generates the translation template from the sources as `update_translations` does (lupdate on
# the program's, the GUI's and the report layer's sources), into the build folder, and checks it:
# - lupdate reads every source without a warning. A warning such as "lacks Q_OBJECT macro" or
#   "Qualifying with unknown namespace" means some words would be filed under a context the
#   program never looks up, so their translations would never show;
# - known words of the menus, dialogs, item models, printout and command line are there, under
#   the context the program uses, and counts are plural forms (%n).
#   -DLUPDATE=path/to/lupdate -DSOURCES="a.cpp;b.cpp" -DINCLUDES="dir;dir" -DOUT=work/template_en.ts
file(REMOVE "${OUT}")
set(include_args "")
foreach(folder IN LISTS INCLUDES)
  list(APPEND include_args "-I" "${folder}")
endforeach()
execute_process(
  COMMAND "${LUPDATE}" ${include_args} ${SOURCES} -ts "${OUT}"
  RESULT_VARIABLE code
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err)
message("${out}${err}")
if(NOT code EQUAL 0 OR NOT EXISTS "${OUT}")
  message(FATAL_ERROR "lupdate failed (exit ${code}) and wrote no template")
endif()
if("${out}${err}" MATCHES "(^|\n)([^\n]+\\.(cpp|hpp|h):[0-9]+: [^\n]*)")
  message(FATAL_ERROR "lupdate warns: ${CMAKE_MATCH_2}")
endif()

file(READ "${OUT}" template)
string(REGEX MATCHALL "<message[ >]" messages "${template}")
list(LENGTH messages count)
message("The template has ${count} source texts.")

# The <context> block named `context`, or empty.
function(context_block context out)
  set(block "")
  string(FIND "${template}" "<name>${context}</name>" start)
  if(start GREATER -1)
    string(SUBSTRING "${template}" ${start} -1 block)
    string(FIND "${block}" "</context>" end)
    string(SUBSTRING "${block}" 0 ${end} block)
  endif()
  set(${out} "${block}" PARENT_SCOPE)
endfunction()

# Fails unless `context` holds a message with `source` (as written in the .ts: & is &amp;).
function(expect context source)
  context_block("${context}" block)
  if(block STREQUAL "")
    message(FATAL_ERROR "the template has no context ${context}")
  endif()
  string(FIND "${block}" "<source>${source}</source>" found)
  if(found EQUAL -1)
    message(FATAL_ERROR "the template has no \"${source}\" in ${context}")
  endif()
endfunction()

# Fails unless `source` in `context` is a plural message (tr with a count).
function(expect_plural context source)
  expect("${context}" "${source}")
  context_block("${context}" block)
  string(FIND "${block}" "<source>${source}</source>" at)
  string(SUBSTRING "${block}" 0 ${at} before)
  string(FIND "${before}" "<message" start REVERSE)
  string(SUBSTRING "${before}" ${start} -1 head)
  if(NOT head MATCHES "^<message numerus=\"yes\">")
    message(FATAL_ERROR "\"${source}\" in ${context} is not a plural message: tr(\"... %n ...\", nullptr, n)")
  endif()
endfunction()

expect(kinetic::gui::MainWindow "&amp;File")
expect(kinetic::gui::MainWindow "&amp;View")
expect(kinetic::gui::MainWindow "&amp;Help")
expect(kinetic::gui::MainWindow "Likely causes")
expect(kinetic::gui::FileActions "Save changes?")
expect(kinetic::gui::FileActions "Assessments (%1)")
expect(kinetic::gui::CausesModel "Possible cause")
expect(kinetic::gui::LinkedAreasModel "Link (the way pain travels)")
expect(kinetic::gui::SummaryPrinter "Export PDF")
expect(kinetic::gui::ExerciseLabels "Resistance band")
expect(kinetic::report::SummaryWords "Page %1 of %2")
expect(kinetic::report::SummaryWords "Warning signs: see a clinician")
expect(BodyDiagram "Front (facing you)")
expect(PosePainter "Start")
expect(main "Kinetic Chain Explorer")
expect(main "Read the content from DIR.")
expect_plural(kinetic::gui::ExerciseBrowser "%1 of %n exercises shown")
expect_plural(kinetic::report::SummaryWords
              "Weaker links left out of this list: %n. The diagram shows every link, and the app lists them all.")
if(count LESS 300)
  message(FATAL_ERROR "only ${count} source texts: are all the sources scanned?")
endif()
