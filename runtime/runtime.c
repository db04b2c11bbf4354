/*===- runtime.c - recording, inputs and the run loop -----------*- C -*-===*\
|*                                                                          *|
|* Part of plasticc. Implements runtime/include/plasticc/runtime.h; the     *|
|* file formats are documented in docs/formats.md.                          *|
|*                                                                          *|
\*===----------------------------------------------------------------------===*/

#define _POSIX_C_SOURCE 200809L

#include "plasticc/runtime.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/*===--- Growable arrays -------------------------------------------------===*/

typedef struct {
  void *data;
  int64_t size, capacity; /* in elements */
} Vec;

static void vecAppend(Vec *v, const void *items, int64_t n, size_t elt) {
  if (v->size + n > v->capacity) {
    int64_t cap = v->capacity ? v->capacity : 1024;
    while (cap < v->size + n)
      cap *= 2;
    void *grown = realloc(v->data, (size_t)cap * elt);
    if (!grown) {
      fprintf(stderr, "plasticc: out of memory recording probes\n");
      exit(1);
    }
    v->data = grown;
    v->capacity = cap;
  }
  memcpy((char *)v->data + (size_t)v->size * elt, items, (size_t)n * elt);
  v->size += n;
}

/*===--- State -----------------------------------------------------------===*/

typedef struct {
  char *name;
  int32_t kind;
  int64_t d0, d1, every;
  Vec spikes;   /* int64 (step, index) pairs */
  Vec values;   /* double samples */
  Vec steps;    /* int64 step of each sample */
  Vec synapses; /* int64 (pre, post) pairs of a CSR weights probe */
} Probe;

typedef struct {
  int64_t size;
  int64_t count, cursor;
  int64_t *steps; /* sorted by step, then channel; duplicates removed */
  int32_t *channels;
} SpikeFile;

static char *netName;
static double dtMs;
static Probe *probes;
static int32_t numProbes;
static SpikeFile *files;
static int32_t numFiles;
static char *inputDir;
static int64_t stepsDone;
static int initFailed;

static char *copyString(const char *text, int64_t len) {
  char *s = malloc((size_t)len + 1);
  memcpy(s, text, (size_t)len);
  s[len] = 0;
  return s;
}

static Probe *probeAt(int32_t id) {
  if (id >= numProbes) {
    probes = realloc(probes, sizeof(Probe) * (size_t)(id + 1));
    memset(probes + numProbes, 0, sizeof(Probe) * (size_t)(id + 1 - numProbes));
    numProbes = id + 1;
  }
  return &probes[id];
}

/*===--- Hooks called by the compiled network ----------------------------===*/

void plasticc_rt_network(intptr_t name, int64_t len, double dt) {
  netName = copyString((const char *)name, len);
  dtMs = dt;
}

void plasticc_rt_probe(int32_t id, intptr_t name, int64_t len, int32_t kind,
                       int64_t d0, int64_t d1, int64_t every) {
  Probe *p = probeAt(id);
  p->name = copyString((const char *)name, len);
  p->kind = kind;
  p->d0 = d0;
  p->d1 = d1;
  p->every = every;
}

void plasticc_rt_probe_synapses(int32_t id, intptr_t rowPtr, intptr_t col,
                                int64_t pre) {
  Probe *p = probeAt(id);
  const int32_t *rows = (const int32_t *)rowPtr;
  const int32_t *cols = (const int32_t *)col;
  for (int64_t i = 0; i < pre; ++i)
    for (int32_t s = rows[i]; s < rows[i + 1]; ++s) {
      int64_t pair[2] = {i, cols[s]};
      vecAppend(&p->synapses, pair, 2, sizeof(int64_t));
    }
}

static int compareEvents(const void *a, const void *b) {
  const int64_t *x = a, *y = b;
  if (x[0] != y[0])
    return x[0] < y[0] ? -1 : 1;
  return (x[1] > y[1]) - (x[1] < y[1]);
}

/* Reads `time_ms channel` lines ('#' starts a comment) into per-step lists.
   A spike at time t fires in step round(t / dt); two spikes of one channel
   in one step are one spike. */
void plasticc_rt_spike_file(int32_t source, intptr_t pathPtr, int64_t len,
                            intptr_t baseDir, int64_t baseLen, int64_t size) {
  if (source >= numFiles) {
    files = realloc(files, sizeof(SpikeFile) * (size_t)(source + 1));
    memset(files + numFiles, 0,
           sizeof(SpikeFile) * (size_t)(source + 1 - numFiles));
    numFiles = source + 1;
  }
  SpikeFile *f = &files[source];
  f->size = size;
  char *rel = copyString((const char *)pathPtr, len);
  const char *base = inputDir ? inputDir : NULL;
  char *baseCopy = base ? NULL : copyString((const char *)baseDir, baseLen);
  if (!base)
    base = baseCopy;
  char *path = malloc(strlen(base) + strlen(rel) + 2);
  if (rel[0] == '/')
    strcpy(path, rel);
  else
    sprintf(path, "%s/%s", base, rel);
  FILE *in = fopen(path, "r");
  if (!in) {
    fprintf(stderr, "plasticc: cannot open spike file %s: %s\n", path,
            strerror(errno));
    initFailed = 1;
    goto done;
  }
  Vec events = {0};
  char line[512];
  for (int lineNo = 1; fgets(line, sizeof line, in); ++lineNo) {
    char *hash = strchr(line, '#');
    if (hash)
      *hash = 0;
    double ms;
    long long channel;
    char extra;
    int fields = sscanf(line, "%lf %lld %c", &ms, &channel, &extra);
    if (fields <= 0)
      continue; /* blank or comment */
    if (fields != 2 || channel < 0 || channel >= size || !(ms >= 0)) {
      fprintf(stderr,
              "plasticc: %s:%d: expected `time_ms channel` with 0 <= channel "
              "< %" PRId64 " and time >= 0\n",
              path, lineNo, size);
      initFailed = 1;
      break;
    }
    int64_t ev[2] = {(int64_t)llround(ms / dtMs), (int64_t)channel};
    vecAppend(&events, ev, 2, sizeof(int64_t));
  }
  fclose(in);
  int64_t n = events.size / 2;
  int64_t *ev = events.data;
  if (n)
    qsort(ev, (size_t)n, 2 * sizeof(int64_t), compareEvents);
  f->steps = malloc(sizeof(int64_t) * (size_t)(n ? n : 1));
  f->channels = malloc(sizeof(int32_t) * (size_t)(n ? n : 1));
  for (int64_t k = 0; k < n; ++k) {
    if (f->count && f->steps[f->count - 1] == ev[2 * k] &&
        f->channels[f->count - 1] == ev[2 * k + 1])
      continue;
    f->steps[f->count] = ev[2 * k];
    f->channels[f->count] = (int32_t)ev[2 * k + 1];
    ++f->count;
  }
  free(events.data);
done:
  free(rel);
  free(baseCopy);
  free(path);
}

int32_t plasticc_rt_input(int32_t source, int64_t t, intptr_t out) {
  SpikeFile *f = &files[source];
  int32_t *indices = (int32_t *)out;
  int32_t n = 0;
  while (f->cursor < f->count && f->steps[f->cursor] <= t) {
    if (f->steps[f->cursor] == t)
      indices[n++] = f->channels[f->cursor];
    ++f->cursor;
  }
  return n;
}

void plasticc_rt_spikes(int32_t id, int64_t t, intptr_t indices, int32_t n) {
  Probe *p = &probes[id];
  const int32_t *idx = (const int32_t *)indices;
  for (int32_t k = 0; k < n; ++k) {
    int64_t pair[2] = {t, idx[k]};
    vecAppend(&p->spikes, pair, 2, sizeof(int64_t));
  }
}

void plasticc_rt_sample(int32_t id, int64_t t, intptr_t data, int64_t n) {
  Probe *p = &probes[id];
  /* A traces probe hands over x and y in two calls for one sample. */
  int64_t perSample = p->d0 * (p->d1 ? p->d1 : 1);
  if (p->values.size % perSample == 0)
    vecAppend(&p->steps, &t, 1, sizeof(int64_t));
  vecAppend(&p->values, (const void *)data, n, sizeof(double));
}

void plasticc_rt_spikes_at(int32_t id, int64_t t, intptr_t indices, int32_t n,
                           int64_t offset) {
  Probe *p = &probes[id];
  const int32_t *idx = (const int32_t *)indices;
  for (int32_t k = 0; k < n; ++k) {
    int64_t pair[2] = {t, offset + idx[k]};
    vecAppend(&p->spikes, pair, 2, sizeof(int64_t));
  }
}

void plasticc_rt_sample_columns(int32_t id, int64_t t, intptr_t data,
                                int64_t rows, int64_t cols, int64_t offset) {
  Probe *p = &probes[id];
  int64_t perSample = p->d0 * p->d1;
  if (offset == 0) {
    /* The first slice opens the sample; NaN until every slice has written. */
    vecAppend(&p->steps, &t, 1, sizeof(int64_t));
    for (int64_t k = 0; k < perSample; ++k) {
      double nan = NAN;
      vecAppend(&p->values, &nan, 1, sizeof(double));
    }
  }
  double *sample = (double *)p->values.data + (p->values.size - perSample);
  const double *block = (const double *)data;
  for (int64_t r = 0; r < rows; ++r)
    memcpy(sample + r * p->d1 + offset, block + r * cols,
           sizeof(double) * (size_t)cols);
}

static char *joinPath(const char *dir, const char *name, const char *suffix);

/*===--- Fixed mode: the learning cores' memories ---------------------===*/

/* One core of the compiled design; a system has up to 15 (docs/core.md §10:
   target 15 of the system bus is the router). */
#define MAX_CORES 15
typedef struct {
  char *name;
  const int8_t *weights, *eligibility;
  const int32_t *state, *preTrace;
  const int64_t *status;
  int64_t neurons, axons;
} Core;

static struct {
  Core cores[MAX_CORES];
  int numCores;
  const int64_t *routerStatus; /* [0]: routed pushes dropped at a full FIFO */
  int recordSpikes; /* off unless asked: a long run would keep every spike */
  Vec spikes;       /* int64 (step, core, neuron) triples */
} sys;

void plasticc_record_core_spikes(int on) { sys.recordSpikes = on; }

void plasticc_rt_core(int32_t index, intptr_t name, int64_t len,
                      intptr_t weights, intptr_t eligibility, intptr_t state,
                      intptr_t preTrace, intptr_t status, int64_t neurons,
                      int64_t axons) {
  if (index < 0 || index >= MAX_CORES) {
    fprintf(stderr, "plasticc: core index %d outside 0..%d\n", index,
            MAX_CORES - 1);
    initFailed = 1;
    return;
  }
  Core *c = &sys.cores[index];
  free(c->name);
  c->name = strndup((const char *)name, (size_t)len);
  c->weights = (const int8_t *)weights;
  c->eligibility = (const int8_t *)eligibility;
  c->state = (const int32_t *)state;
  c->preTrace = (const int32_t *)preTrace;
  c->status = (const int64_t *)status;
  c->neurons = neurons;
  c->axons = axons;
  if (index >= sys.numCores)
    sys.numCores = index + 1;
}

void plasticc_rt_router(intptr_t status) {
  sys.routerStatus = (const int64_t *)status;
}

void plasticc_rt_core_spikes(int32_t core, int64_t t, intptr_t indices,
                             int32_t n) {
  if (!sys.recordSpikes)
    return;
  const int32_t *idx = (const int32_t *)indices;
  for (int32_t k = 0; k < n; ++k) {
    int64_t triple[3] = {t, core, idx[k]};
    vecAppend(&sys.spikes, triple, 3, sizeof(int64_t));
  }
}

/* One value per line as `digits` lowercase hex digits, as the golden model's
   image writer does (two's complement, truncated). */
static int writeHex(const char *dir, const char *name, const Core *c,
                    int64_t count, int digits,
                    int64_t (*value)(const Core *, int64_t)) {
  char *path = joinPath(dir, name, "");
  FILE *out = fopen(path, "w");
  int rc = 0;
  if (!out) {
    fprintf(stderr, "plasticc: cannot write %s: %s\n", path, strerror(errno));
    rc = -1;
  } else {
    uint64_t mask = (UINT64_C(1) << (4 * digits)) - 1;
    for (int64_t k = 0; k < count; ++k)
      fprintf(out, "%0*" PRIx64 "\n", digits, (uint64_t)value(c, k) & mask);
    if (fclose(out) != 0)
      rc = -1;
  }
  free(path);
  return rc;
}

static int64_t coreWeight(const Core *c, int64_t k) { return c->weights[k]; }
static int64_t coreEligibility(const Core *c, int64_t k) {
  return c->eligibility[k];
}
static int64_t coreU(const Core *c, int64_t k) { return c->state[k]; }
static int64_t coreI(const Core *c, int64_t k) {
  return c->state[c->neurons + k];
}
static int64_t coreIInh(const Core *c, int64_t k) {
  return c->state[2 * c->neurons + k];
}
static int64_t coreTheta(const Core *c, int64_t k) {
  return c->state[3 * c->neurons + k];
}
/* The state word of docs/core.md: y in the high byte, ref in the low 7 bits. */
static int64_t coreMisc(const Core *c, int64_t k) {
  return (int64_t)c->state[5 * c->neurons + k] << 8 |
         (c->state[4 * c->neurons + k] & 0x7f);
}
static int64_t corePreTrace(const Core *c, int64_t k) {
  return c->preTrace[k];
}

static int makeDir(const char *dir) {
  if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
    fprintf(stderr, "plasticc: cannot create %s: %s\n", dir, strerror(errno));
    return -1;
  }
  return 0;
}

/* spikes.txt: `<step> <neuron>` of core `only`, or, with only < 0,
   `<step> <core> <neuron>` of every core (docs/core.md §7, §10.3). The
   spikes were recorded step by step, cores ascending, neurons ascending. */
static int writeSpikes(const char *dir, int only) {
  char *path = joinPath(dir, "spikes.txt", "");
  FILE *out = fopen(path, "w");
  int rc = 0;
  if (!out) {
    fprintf(stderr, "plasticc: cannot write %s: %s\n", path, strerror(errno));
    rc = -1;
  } else {
    const int64_t *t = sys.spikes.data;
    fprintf(out, only < 0 ? "# step core neuron\n" : "# step neuron\n");
    for (int64_t k = 0; k < sys.spikes.size / 3; ++k, t += 3) {
      if (only < 0)
        fprintf(out, "%" PRId64 " %" PRId64 " %" PRId64 "\n", t[0], t[1], t[2]);
      else if (t[1] == only)
        fprintf(out, "%" PRId64 " %" PRId64 "\n", t[0], t[2]);
    }
    rc |= fclose(out) == 0 ? 0 : -1;
  }
  free(path);
  return rc;
}

/* What plasticc-sim -o writes for core k alone. */
static int writeCore(const char *dir, int k) {
  const Core *c = &sys.cores[k];
  if (makeDir(dir) != 0)
    return -1;
  int rc = writeSpikes(dir, k);
  char *path = joinPath(dir, "state.txt", "");
  FILE *out = fopen(path, "w");
  if (!out) {
    fprintf(stderr, "plasticc: cannot write %s: %s\n", path, strerror(errno));
    rc = -1;
  } else {
    const int64_t n = c->neurons;
    const int32_t *st = c->state;
    fprintf(out,
            "# after %" PRId64 " steps, values in LSB\n"
            "# n <neuron> <u> <i> <i2> <theta> <ref> <y>\n",
            stepsDone);
    for (int64_t j = 0; j < n; ++j)
      fprintf(out, "n %" PRId64 " %d %d %d %d %d %d\n", j, st[j], st[n + j],
              st[2 * n + j], st[3 * n + j], st[4 * n + j], st[5 * n + j]);
    fprintf(out, "# a <axon> <x>\n");
    for (int64_t a = 0; a < c->axons; ++a)
      fprintf(out, "a %" PRId64 " %d\n", a, c->preTrace[a]);
    rc |= fclose(out) == 0 ? 0 : -1;
  }
  free(path);

  const int64_t synapses = c->neurons * c->axons;
  rc |= writeHex(dir, "weights.hex", c, synapses, 2, coreWeight);
  rc |= writeHex(dir, "eligibility.hex", c, synapses, 2, coreEligibility);
  rc |= writeHex(dir, "state_u.hex", c, c->neurons, 4, coreU);
  rc |= writeHex(dir, "state_i.hex", c, c->neurons, 4, coreI);
  rc |= writeHex(dir, "state_theta.hex", c, c->neurons, 4, coreTheta);
  rc |= writeHex(dir, "state_i_inh.hex", c, c->neurons, 4, coreIInh);
  rc |= writeHex(dir, "state_misc.hex", c, c->neurons, 4, coreMisc);
  rc |= writeHex(dir, "trace_pre.hex", c, c->axons, 2, corePreTrace);
  return rc;
}

int plasticc_write_core_state(const char *dir) {
  if (sys.numCores == 0) {
    fprintf(stderr, "plasticc: --core-out needs a network compiled with "
                    "--numerics=fixed\n");
    return -1;
  }
  if (!sys.recordSpikes) {
    fprintf(stderr, "plasticc: the core's spikes were not recorded (call "
                    "plasticc_record_core_spikes(1) before running)\n");
    return -1;
  }
  if (sys.numCores == 1)
    return writeCore(dir, 0) ? -1 : 0;
  /* A system: spikes of every core on top, one directory per core. */
  if (makeDir(dir) != 0)
    return -1;
  int rc = writeSpikes(dir, -1);
  for (int k = 0; k < sys.numCores; ++k) {
    char *sub = joinPath(dir, sys.cores[k].name, "");
    rc |= writeCore(sub, k);
    free(sub);
  }
  return rc ? -1 : 0;
}

/*===--- Embedding API ---------------------------------------------------===*/

int plasticc_init(void) {
  plasticc_net_init();
  return initFailed ? -1 : 0;
}

double plasticc_dt_ms(void) { return dtMs; }

int64_t plasticc_run(int64_t steps) {
  for (int64_t k = 0; k < steps; ++k)
    plasticc_net_step(stepsDone++);
  return stepsDone;
}

int64_t plasticc_spike_count(void) { return plasticc_net_spike_count(); }
int64_t plasticc_event_count(void) { return plasticc_net_event_count(); }

static Probe *findProbe(const char *name) {
  for (int32_t k = 0; k < numProbes; ++k)
    if (probes[k].name && strcmp(probes[k].name, name) == 0)
      return &probes[k];
  return NULL;
}

int64_t plasticc_probe_spikes(const char *name, const int64_t **pairs) {
  Probe *p = findProbe(name);
  if (!p || p->kind != PLASTICC_SPIKES)
    return -1;
  *pairs = p->spikes.data;
  return p->spikes.size / 2;
}

int64_t plasticc_probe_samples(const char *name, const double **values,
                               int64_t *sampleSize) {
  Probe *p = findProbe(name);
  if (!p || p->kind == PLASTICC_SPIKES)
    return -1;
  *values = p->values.data;
  *sampleSize = p->d0 * (p->d1 ? p->d1 : 1);
  return p->steps.size;
}

void plasticc_set_input_dir(const char *dir) {
  free(inputDir);
  inputDir = copyString(dir, (int64_t)strlen(dir));
}

/*===--- Output files ----------------------------------------------------===*/

/* NumPy format 1.0: magic, version, little-endian header length, a Python
   dict literal padded with spaces to a multiple of 64 bytes, then data. */
static int writeNpy(const char *path, const char *descr, const int64_t *shape,
                    int rank, const void *data, size_t bytes) {
  FILE *out = fopen(path, "wb");
  if (!out) {
    fprintf(stderr, "plasticc: cannot write %s: %s\n", path, strerror(errno));
    return -1;
  }
  char dict[256];
  int n = snprintf(dict, sizeof dict,
                   "{'descr': '%s', 'fortran_order': False, 'shape': (", descr);
  for (int k = 0; k < rank; ++k)
    n += snprintf(dict + n, sizeof dict - (size_t)n, "%" PRId64 "%s", shape[k],
                  rank == 1 || k + 1 < rank ? ", " : "");
  n += snprintf(dict + n, sizeof dict - (size_t)n, "), }");
  int total = 10 + n + 1;
  int pad = (64 - total % 64) % 64;
  unsigned char preamble[10] = {0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, 0, 0};
  int headerLen = n + pad + 1;
  preamble[8] = (unsigned char)(headerLen & 0xff);
  preamble[9] = (unsigned char)(headerLen >> 8);
  fwrite(preamble, 1, 10, out);
  fwrite(dict, 1, (size_t)n, out);
  for (int k = 0; k < pad; ++k)
    fputc(' ', out);
  fputc('\n', out);
  if (bytes)
    fwrite(data, 1, bytes, out);
  return fclose(out) == 0 ? 0 : -1;
}

static char *joinPath(const char *dir, const char *name, const char *suffix) {
  char *path = malloc(strlen(dir) + strlen(name) + strlen(suffix) + 2);
  sprintf(path, "%s/%s%s", dir, name, suffix);
  return path;
}

static int writeProbe(const char *dir, Probe *p) {
  int rc = 0;
  char *npy = joinPath(dir, p->name, ".npy");
  char *txt = joinPath(dir, p->name, ".txt");
  FILE *text = fopen(txt, "w");
  if (!text) {
    fprintf(stderr, "plasticc: cannot write %s: %s\n", txt, strerror(errno));
    rc = -1;
    goto done;
  }
  if (p->kind == PLASTICC_SPIKES) {
    int64_t k = p->spikes.size / 2;
    int64_t shape[2] = {k, 2};
    const int64_t *pairs = p->spikes.data;
    rc |=
        writeNpy(npy, "<i8", shape, 2, pairs, sizeof(int64_t) * 2 * (size_t)k);
    fprintf(text, "# step index\n");
    for (int64_t s = 0; s < k; ++s)
      fprintf(text, "%" PRId64 " %" PRId64 "\n", pairs[2 * s],
              pairs[2 * s + 1]);
  } else {
    int64_t samples = p->steps.size;
    int64_t perSample = p->d0 * (p->d1 ? p->d1 : 1);
    int64_t shape[3] = {samples, p->d0, p->d1};
    rc |= writeNpy(npy, "<f8", shape, p->d1 ? 3 : 2, p->values.data,
                   sizeof(double) * (size_t)(samples * perSample));
    char *stepsPath = joinPath(dir, p->name, "_steps.npy");
    rc |= writeNpy(stepsPath, "<i8", &samples, 1, p->steps.data,
                   sizeof(int64_t) * (size_t)samples);
    free(stepsPath);
    if (p->synapses.size) {
      char *synPath = joinPath(dir, p->name, "_synapses.npy");
      int64_t synShape[2] = {p->synapses.size / 2, 2};
      rc |= writeNpy(synPath, "<i8", synShape, 2, p->synapses.data,
                     sizeof(int64_t) * (size_t)p->synapses.size);
      free(synPath);
    }
    fprintf(text, "# step then %" PRId64 " values (%s)\n", perSample,
            p->kind == PLASTICC_VOLTAGE  ? "v in mV per neuron"
            : p->kind == PLASTICC_TRACES ? "pre traces x, then post traces y"
                                         : "weights");
    const double *values = p->values.data;
    const int64_t *steps = p->steps.data;
    for (int64_t s = 0; s < samples; ++s) {
      fprintf(text, "%" PRId64, steps[s]);
      for (int64_t k = 0; k < perSample; ++k)
        fprintf(text, " %.17g", values[s * perSample + k]);
      fputc('\n', text);
    }
  }
  if (fclose(text) != 0)
    rc = -1;
done:
  free(npy);
  free(txt);
  return rc;
}

int plasticc_write_outputs(const char *dir) {
  if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
    fprintf(stderr, "plasticc: cannot create %s: %s\n", dir, strerror(errno));
    return -1;
  }
  int rc = 0;
  for (int32_t k = 0; k < numProbes; ++k)
    if (probes[k].name)
      rc |= writeProbe(dir, &probes[k]);
  return rc ? -1 : 0;
}

/*===--- The standalone program ------------------------------------------===*/

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static void usage(const char *argv0) {
  fprintf(stderr,
          "usage: %s [--duration=MS | --steps=N] [--out DIR] [--inputs DIR]\n"
          "          [--core-out DIR] [--quiet]\n"
          "  --duration=MS  simulated time in ms (default 1000)\n"
          "  --steps=N      simulated time in steps\n"
          "  --out DIR      write every probe as DIR/<probe>.npy and .txt\n"
          "  --inputs DIR   resolve relative spike-file paths against DIR\n"
          "  --core-out DIR (--numerics=fixed) write the core's output spikes\n"
          "                 and final state as plasticc-sim -o does\n"
          "  --quiet        no progress line and no summary\n",
          argv0);
}

/* Accepts `--name=value` and `--name value`. */
static const char *optionValue(int argc, char **argv, int *k,
                               const char *name) {
  size_t len = strlen(name);
  if (strncmp(argv[*k], name, len) != 0)
    return NULL;
  if (argv[*k][len] == '=')
    return argv[*k] + len + 1;
  if (argv[*k][len] == 0 && *k + 1 < argc)
    return argv[++*k];
  return NULL;
}

int plasticc_main(int argc, char **argv) {
  double durationMs = 1000.0;
  int64_t steps = -1;
  const char *outDir = NULL, *coreOutDir = NULL;
  int quiet = 0;
  for (int k = 1; k < argc; ++k) {
    const char *v;
    char *end = NULL;
    if ((v = optionValue(argc, argv, &k, "--duration"))) {
      durationMs = strtod(v, &end);
      if (*end || !(durationMs >= 0)) {
        fprintf(stderr, "plasticc: bad --duration '%s' (ms, >= 0)\n", v);
        return 2;
      }
    } else if ((v = optionValue(argc, argv, &k, "--steps"))) {
      steps = strtoll(v, &end, 10);
      if (*end || steps < 0) {
        fprintf(stderr, "plasticc: bad --steps '%s'\n", v);
        return 2;
      }
    } else if ((v = optionValue(argc, argv, &k, "--out"))) {
      outDir = v;
    } else if ((v = optionValue(argc, argv, &k, "--core-out"))) {
      coreOutDir = v;
    } else if ((v = optionValue(argc, argv, &k, "--inputs"))) {
      plasticc_set_input_dir(v);
    } else if (strcmp(argv[k], "--quiet") == 0) {
      quiet = 1;
    } else if (strcmp(argv[k], "--help") == 0 || strcmp(argv[k], "-h") == 0) {
      usage(argv[0]);
      return 0;
    } else {
      fprintf(stderr, "plasticc: unknown argument '%s'\n", argv[k]);
      usage(argv[0]);
      return 2;
    }
  }

  double t0 = now();
  if (plasticc_init() != 0)
    return 1;
  if (steps < 0)
    steps = (int64_t)llround(durationMs / dtMs);
  if (coreOutDir && sys.numCores == 0) {
    fprintf(stderr, "plasticc: --core-out needs a network compiled with "
                    "--numerics=fixed\n");
    return 2;
  }
  if (coreOutDir)
    plasticc_record_core_spikes(1);

  /* Progress at most once a second, and only once a run takes a while. */
  double loopStart = now(), lastReport = loopStart;
  int reported = 0;
  const int64_t chunk = 1000;
  for (int64_t done = 0; done < steps;) {
    int64_t n = steps - done < chunk ? steps - done : chunk;
    plasticc_run(n);
    done += n;
    double t = now();
    if (!quiet && t - lastReport >= 1.0) {
      fprintf(stderr, "\r%s: step %" PRId64 "/%" PRId64 " (%.0f%%), %.1f s",
              netName, done, steps, 100.0 * (double)done / (double)steps,
              t - loopStart);
      lastReport = t;
      reported = 1;
    }
  }
  double loopSeconds = now() - loopStart;
  if (reported)
    fputc('\n', stderr);

  int rc = 0;
  if (outDir)
    rc = plasticc_write_outputs(outDir) ? 1 : 0;
  if (coreOutDir && plasticc_write_core_state(coreOutDir) != 0)
    rc = 1;
  /* The cores drop what their FIFOs cannot hold, as the hardware does. */
  for (int k = 0; k < sys.numCores; ++k) {
    const Core *c = &sys.cores[k];
    const char *sep = sys.numCores > 1 ? " @" : "";
    const char *name = sys.numCores > 1 ? c->name : "";
    if (c->status && c->status[0])
      fprintf(stderr,
              "%s: warning: %" PRId64 " input spike(s) dropped at the "
              "core%s%s's full input FIFO\n",
              netName, c->status[0], sep, name);
    if (c->status && c->status[1])
      fprintf(stderr,
              "%s: warning: %" PRId64 " recurrent spike(s) dropped at the "
              "core%s%s's full recurrent FIFO\n",
              netName, c->status[1], sep, name);
  }
  if (sys.routerStatus && sys.routerStatus[0])
    fprintf(stderr,
            "%s: warning: %" PRId64 " routed spike(s) dropped at a core's "
            "full input FIFO\n",
            netName, sys.routerStatus[0]);
  if (!quiet) {
    int64_t events = plasticc_event_count();
    printf("%s: %" PRId64 " steps (%.6g ms), %" PRId64 " spikes, %" PRId64
           " synaptic events, loop %.6f s (wall %.6f s), %.4g events/s\n",
           netName, steps, (double)steps * dtMs, plasticc_spike_count(), events,
           loopSeconds, now() - t0,
           loopSeconds > 0 ? (double)events / loopSeconds : 0.0);
    if (outDir)
      printf("%s: %d probe(s) written to %s\n", netName, numProbes, outDir);
  }
  return rc;
}
