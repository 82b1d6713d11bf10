# AddressSanitizer + UndefinedBehaviorSanitizer as an INTERFACE target, linked PRIVATE by each target.
add_library(kinetic_sanitizers INTERFACE)
add_library(kinetic::sanitizers ALIAS kinetic_sanitizers)
if(KINETIC_SANITIZERS)
  set(_flags -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_compile_options(kinetic_sanitizers INTERFACE ${_flags})
  target_link_options(kinetic_sanitizers INTERFACE ${_flags})
endif()
