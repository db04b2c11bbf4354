//===- commit.h - Commit events of the core's trace port --------*- C++ -*-===//
//
// What the RTL's trace/commit port reports and what the golden model predicts
// (docs/core.md, "Trace/commit port"), the one-line-per-event log format, and
// the lockstep checker that compares the two.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_GOLDEN_COMMIT_H
#define PLASTICC_SIM_GOLDEN_COMMIT_H

#include <cstdint>
#include <deque>
#include <ostream>
#include <string>
#include <vector>

namespace plasticc::golden {

/// Kinds in the order the port reports events that share one cycle.
enum class CommitKind : uint8_t {
  Spike,     ///< neuron `index` spiked (value 1).
  V,         ///< membrane u of neuron `index` written.
  I,         ///< cuba current of neuron `index` written.
  IInh,      ///< cuba inhibitory current i2 of neuron `index` written.
  Theta,     ///< adaptive threshold of neuron `index` written.
  TracePost, ///< stored post trace y of neuron `index` written.
  TracePre,  ///< stored pre trace x of axon `index` written.
  Eligibility, ///< eligibility [index = axon][index2 = neuron] written.
  Weight,      ///< weight [index = axon][index2 = neuron] written.
};

struct CommitEvent {
  uint64_t cycle = 0;
  uint64_t tick = 0;
  CommitKind kind = CommitKind::Spike;
  uint32_t index = 0;
  uint32_t index2 = 0;
  int32_t value = 0;

  bool operator==(const CommitEvent &o) const {
    return cycle == o.cycle && tick == o.tick && kind == o.kind &&
           index == o.index && index2 == o.index2 && value == o.value;
  }
  bool operator!=(const CommitEvent &o) const { return !(*this == o); }
};

const char *commitKindName(CommitKind kind);

/// "<cycle> <tick> <kind> <index> [<index2>] <value>" (index2 for e and w),
/// e.g.
/// "1042 3 w 17 200 -5" or "812 3 v 9 -311".
std::string formatCommit(const CommitEvent &e);

/// Receives commit events in cycle order.
class CommitSink {
public:
  virtual ~CommitSink() = default;
  virtual void commit(const CommitEvent &event) = 0;
};

/// Writes the commit log, one line per event.
class CommitLogWriter : public CommitSink {
public:
  explicit CommitLogWriter(std::ostream &os) : os(os) {}
  void commit(const CommitEvent &event) override;

private:
  std::ostream &os;
};

/// Collects events (tests, lockstep).
class CommitRecorder : public CommitSink {
public:
  void commit(const CommitEvent &event) override { events.push_back(event); }
  std::vector<CommitEvent> events;
};

/// Lockstep comparison: the golden model feeds expected events (as a sink);
/// the testbench passes each event the RTL reports to check(). Mismatches are
/// collected, not fatal, so a failing run prints all of them.
class CommitChecker : public CommitSink {
public:
  void commit(const CommitEvent &expected) override {
    pending.push_back(expected);
  }
  /// Returns true when \p observed is the next expected event.
  bool check(const CommitEvent &observed);
  /// Reports expected events never observed; call at the end of a run.
  bool finish();
  const std::vector<std::string> &mismatches() const { return errors; }

private:
  std::deque<CommitEvent> pending;
  std::vector<std::string> errors;
};

} // namespace plasticc::golden

#endif // PLASTICC_SIM_GOLDEN_COMMIT_H
