# adder_tablegen(<output> <generator> <td-file>)
# Runs the project's own TableGen backend on <td-file> and writes
# ${ADDER_GENERATED_DIR}/adder/<output>. A depfile records every included
# .td so edits to any of them regenerate the output.
function(adder_tablegen output generator td)
  get_filename_component(td_abs "${td}" ABSOLUTE)
  set(out "${ADDER_GENERATED_DIR}/adder/${output}")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND adder-tblgen ${generator} -I "${CMAKE_SOURCE_DIR}" "${td_abs}"
            -o "${out}" -d "${out}.d"
    DEPENDS adder-tblgen "${td_abs}"
    DEPFILE "${out}.d"
    COMMENT "adder-tblgen ${generator} ${td}"
    VERBATIM)
  set_property(DIRECTORY APPEND PROPERTY ADDER_TABLEGEN_OUTPUTS "${out}")
endfunction()
