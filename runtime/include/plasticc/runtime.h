/*===- runtime.h - C ABI of compiled plasticc networks ----------*- C -*-===*\
|*                                                                          *|
|* Part of plasticc. A network compiled with `plasticc --target=cpu` is an  *|
|* object file that defines the four plasticc_net_* functions below and     *|
|* calls the plasticc_rt_* hooks; this runtime implements the hooks, the    *|
|* recording of probes and the command line of the standalone program.      *|
|*                                                                          *|
|* Embedding (`plasticc NET.mlir --target=cpu --emit=lib -o libnet.so`):    *|
|*                                                                          *|
|*   #include "plasticc/runtime.h"                                          *|
|*   plasticc_init();                  // once per process                  *|
|*   plasticc_run(10000);              // advance 10000 steps               *|
|*   const int64_t *s; int64_t k = plasticc_probe_spikes("raster", &s);     *|
|*   plasticc_write_outputs("out");    // the files of docs/formats.md      *|
|*                                                                          *|
|* The network's state lives in the library's globals: one network per      *|
|* process, one run from step 0 onward (steps continue across calls).       *|
\*===----------------------------------------------------------------------===*/

#ifndef PLASTICC_RUNTIME_H
#define PLASTICC_RUNTIME_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/*===--- Embedding API ---------------------------------------------------===*/

/// Registers the network's probes and inputs (reads spike files). Returns 0,
/// or -1 after printing why to stderr (e.g. a missing input file).
int plasticc_init(void);

/// Simulates `steps` more time steps. Returns the number of steps done so far.
int64_t plasticc_run(int64_t steps);

/// The network's time step in ms (valid after plasticc_init).
double plasticc_dt_ms(void);

/// Totals so far: spikes of neuron populations (input sources excluded) and
/// synaptic events (one per synapse a delivered spike reaches).
int64_t plasticc_spike_count(void);
int64_t plasticc_event_count(void);

/// Spikes recorded by a `spikes` probe: `*pairs` points at (step, index)
/// int64 pairs; returns their number, or -1 if there is no such probe.
int64_t plasticc_probe_spikes(const char *probe, const int64_t **pairs);

/// Samples of a voltage/traces/weights probe: `*values` points at
/// samples x sample_size doubles (shapes in docs/formats.md); returns the
/// number of samples, or -1 if there is no such probe.
int64_t plasticc_probe_samples(const char *probe, const double **values,
                               int64_t *sample_size);

/// Writes every probe as .npy and .txt into `dir` (created if missing).
/// Returns 0, or -1 after printing why.
int plasticc_write_outputs(const char *dir);

/// Fixed mode only (--numerics=fixed): writes the learning core's output
/// spikes and final memories into `dir` in the files and formats of
/// `plasticc-sim -o` (docs/formats.md), so the two runs diff directly; for
/// a system of several cores, as docs/core.md §10.3 says (spikes.txt with
/// `<step> <core> <neuron>`, one directory per core).
/// Returns 0, or -1 after printing why (also for a float-mode network, or
/// when the spikes were not recorded).
int plasticc_write_core_state(const char *dir);

/// Fixed mode: keep the core's output spikes from now on, for
/// plasticc_write_core_state (off by default, as a long run would keep every
/// spike in memory; the program's --core-out turns it on).
void plasticc_record_core_spikes(int on);

/// Relative spike-file paths are resolved against `dir` instead of the
/// directory of the .mlir file. Call before plasticc_init.
void plasticc_set_input_dir(const char *dir);

/// The standalone program: parses the command line documented in
/// docs/formats.md, runs, writes outputs, prints a summary. `main` of a
/// compiled network calls this.
int plasticc_main(int argc, char **argv);

/*===--- Defined by the compiled network ---------------------------------===*/

void plasticc_net_init(void);
void plasticc_net_step(int64_t t);
int64_t plasticc_net_spike_count(void);
int64_t plasticc_net_event_count(void);

/*===--- Hooks the compiled network calls (addresses passed as intptr_t) -===*/

void plasticc_rt_network(intptr_t name, int64_t len, double dt_ms);
void plasticc_rt_probe(int32_t id, intptr_t name, int64_t len, int32_t kind,
                       int64_t d0, int64_t d1, int64_t every);
void plasticc_rt_probe_synapses(int32_t id, intptr_t row_ptr, intptr_t col,
                                int64_t pre);
void plasticc_rt_spike_file(int32_t source, intptr_t path, int64_t len,
                            intptr_t base_dir, int64_t base_len, int64_t size);
int32_t plasticc_rt_input(int32_t source, int64_t t, intptr_t out);
void plasticc_rt_spikes(int32_t id, int64_t t, intptr_t indices, int32_t n);
void plasticc_rt_sample(int32_t id, int64_t t, intptr_t data, int64_t n);
/* A slice core of a split population (docs/core.md §10.7): its spikes are
   the population's neurons offset + index; its weights sample is the block
   rows x cols at column offset of the probe's rows x d1 sample (offset 0
   starts the step's sample). */
void plasticc_rt_spikes_at(int32_t id, int64_t t, intptr_t indices, int32_t n,
                           int64_t offset);
void plasticc_rt_sample_columns(int32_t id, int64_t t, intptr_t data,
                                int64_t rows, int64_t cols, int64_t offset);

/// Fixed mode: the memories of core `index` (0 .. 15), named `name` (its
/// directory under --core-out for a system). `state` is 6 x neurons int32
/// (u, i, i2, theta, refractory count, post trace y), `pre_trace` axons
/// int32, `status` two int64 counters (input spikes dropped at the full input
/// FIFO, recurrent spikes dropped at the full recurrent FIFO).
void plasticc_rt_core(int32_t index, intptr_t name, int64_t len,
                      intptr_t weights, intptr_t eligibility, intptr_t state,
                      intptr_t pre_trace, intptr_t status, int64_t neurons,
                      int64_t axons);
/// Fixed mode, systems: the router's status, one int64 counter (routed
/// spikes dropped at a destination's full input FIFO).
void plasticc_rt_router(intptr_t status);
/// Fixed mode: all neurons of core `core` that spiked in step t, ascending.
void plasticc_rt_core_spikes(int32_t core, int64_t t, intptr_t indices,
                             int32_t n);

/// Probe kinds of plasticc_rt_probe.
enum {
  PLASTICC_SPIKES = 0,
  PLASTICC_VOLTAGE = 1,
  PLASTICC_TRACES = 2,
  PLASTICC_WEIGHTS = 3
};

#ifdef __cplusplus
}
#endif

#endif /* PLASTICC_RUNTIME_H */
