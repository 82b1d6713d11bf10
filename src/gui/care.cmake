# The exercise browser, the self-care plan and printing the summary.
# Included by src/gui/CMakeLists.txt after add_library(kinetic_gui ...).
target_sources(
  kinetic_gui
  PRIVATE exercise_browser.cpp
          exercise_detail_view.cpp
          exercise_filter_bar.cpp
          exercise_item_delegate.cpp
          exercise_labels.cpp
          exercise_list_model.cpp
          exercise_pose_view.cpp
          plan_dosage_editor.cpp
          plan_model.cpp
          plan_panel.cpp
          print_actions.cpp)
