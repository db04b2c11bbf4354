/* Machine limits for scripts/bench-cpu: the bandwidth a streaming loop
 * reaches at a given working-set size, and the f64 multiply-add throughput of
 * one core. Best of many short repetitions, so that a loaded machine still
 * shows what one core can do when it gets the CPU.
 *
 *   limits            prints "key value" lines (GB/s, Gflop/s)
 */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + 1e-9 * ts.tv_nsec;
}

/* a = b + s*c over n doubles: 2 reads + 1 write = 24 bytes per element
 * (write-allocate traffic not counted, as STREAM does). */
static double triad(size_t bytes) {
  size_t n = bytes / 24;
  double *a = aligned_alloc(64, n * 8 + 64), *b = aligned_alloc(64, n * 8 + 64),
         *c = aligned_alloc(64, n * 8 + 64);
  for (size_t i = 0; i < n; ++i) a[i] = 0, b[i] = i, c[i] = 2 * i;
  size_t reps = (size_t)(2e8 / bytes) + 1; /* ~0.2 GB per timing */
  double best = 1e30;
  for (int trial = 0; trial < 15; ++trial) {
    double t0 = now();
    for (size_t r = 0; r < reps; ++r) {
      double s = 1.0 + 1e-9 * r;
      for (size_t i = 0; i < n; ++i) a[i] = b[i] + s * c[i];
      __asm__ volatile("" ::"r"(a) : "memory"); /* keep every repetition */
    }
    double t = (now() - t0) / reps;
    if (t < best) best = t;
  }
  volatile double sink = a[n / 2];
  (void)sink;
  free(a), free(b), free(c);
  return 24.0 * n / best / 1e9;
}

/* 128 independent multiply-add chains (mul then add, no contraction, like
 * the generated code): enough vectors in flight to cover the latency of both
 * operations, so the loop measures throughput. */
static double flops(void) {
  enum { K = 128 };
  double x[K], m = 0.999999, d = 1e-7;
  for (int k = 0; k < K; ++k) x[k] = k;
  long iters = 2000000;
  double best = 1e30;
  for (int trial = 0; trial < 7; ++trial) {
    double t0 = now();
    for (long it = 0; it < iters; ++it)
      for (int k = 0; k < K; ++k) x[k] = x[k] * m + d;
    __asm__ volatile("" ::"r"(x) : "memory");
    double t = now() - t0;
    if (t < best) best = t;
  }
  double sum = 0;
  for (int k = 0; k < K; ++k) sum += x[k];
  volatile double sink = sum;
  (void)sink;
  return 2.0 * K * iters / best / 1e9;
}

int main(void) {
  printf("triad_L1_GBps %.1f\n", triad(24 << 10));
  printf("triad_L2_GBps %.1f\n", triad(192 << 10));
  printf("triad_DRAM_GBps %.1f\n", triad((size_t)384 << 20));
  printf("f64_muladd_Gflops %.1f\n", flops());
  return 0;
}
