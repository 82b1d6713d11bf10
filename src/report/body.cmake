# The body diagram: art model and painter (Qt Gui only), shared by the window and the printout.
# Included by src/report/CMakeLists.txt after add_library(kinetic_report ...).
target_sources(
  kinetic_report
  PRIVATE body_art.cpp
          body_arrow_layer.cpp
          body_arrow_painter.cpp
          body_diagram_layers.cpp
          body_diagram_layout.cpp
          body_diagram_legend.cpp
          body_diagram_painter.cpp
          body_diagram_state.cpp
          body_diagram_style.cpp
          body_outline.cpp
          body_path_data.cpp
          body_region_painter.cpp
          body_svg_reader.cpp)
target_include_directories(kinetic_report PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}")
