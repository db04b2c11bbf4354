/* Embeds a network compiled with --emit=lib through runtime.h. */
#include "plasticc/runtime.h"

#include <stdio.h>

int main(void) {
  if (plasticc_init() != 0)
    return 1;
  plasticc_run(5);
  int64_t done = plasticc_run(3);
  const int64_t *pairs;
  int64_t n = plasticc_probe_spikes("s", &pairs);
  printf("dt %g steps %lld spikes %lld probe %lld first (%lld, %lld)\n",
         plasticc_dt_ms(), (long long)done,
         (long long)plasticc_spike_count(), (long long)n,
         (long long)(n > 0 ? pairs[0] : -1), (long long)(n > 0 ? pairs[1] : -1));
  const double *v;
  int64_t size;
  int64_t samples = plasticc_probe_samples("v", &v, &size);
  printf("samples %lld size %lld last %.4f missing %lld\n", (long long)samples,
         (long long)size, v[samples * size - 1],
         (long long)plasticc_probe_spikes("nothing", &pairs));
  return 0;
}
