/* Embeds a fixed-mode network (--numerics=fixed --emit=lib): the core state
   is written only if its spikes were recorded from the start of the run. */
#include "plasticc/runtime.h"

#include <stdio.h>

int main(int argc, char **argv) {
  if (argc != 3 || plasticc_init() != 0)
    return 1;
  plasticc_run(4);
  /* Not recorded: refused rather than written without the spikes. */
  int unrecorded = plasticc_write_core_state(argv[1]);
  plasticc_record_core_spikes(1);
  plasticc_run(6);
  int recorded = plasticc_write_core_state(argv[2]);
  printf("unrecorded %d recorded %d\n", unrecorded, recorded);
  return 0;
}
