# Runs plasticc-sim on the pair image and checks its outputs (ctest driver).
execute_process(
  COMMAND ${SIM} --model=golden ${IMAGE} ${SPIKES} -o ${OUT}
          --commit-log ${OUT}/commit.log
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "plasticc-sim exited with ${rc}")
endif()
file(STRINGS ${OUT}/weights.hex weights)
list(GET weights 0 w00)
if(NOT w00 STREQUAL "19")
  message(FATAL_ERROR "w[0][0] = 0x${w00}, expected 0x19 (25 = 20 + 5)")
endif()
file(STRINGS ${OUT}/spikes.txt spikes REGEX "^[0-9]")
if(NOT spikes STREQUAL "14 0")
  message(FATAL_ERROR "spikes '${spikes}', expected '14 0'")
endif()
file(STRINGS ${OUT}/commit.log wlines REGEX " w 0 0 25$")
if(NOT wlines)
  message(FATAL_ERROR "commit log has no weight write 'w 0 0 25'")
endif()
