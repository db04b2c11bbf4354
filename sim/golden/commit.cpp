//===- commit.cpp - Commit log formatting and lockstep checker -------------===//

#include "sim/golden/commit.h"

namespace plasticc::golden {

const char *commitKindName(CommitKind kind) {
  switch (kind) {
  case CommitKind::Spike:
    return "spike";
  case CommitKind::V:
    return "v";
  case CommitKind::I:
    return "i";
  case CommitKind::IInh:
    return "i2";
  case CommitKind::Theta:
    return "th";
  case CommitKind::TracePost:
    return "y";
  case CommitKind::TracePre:
    return "x";
  case CommitKind::Eligibility:
    return "e";
  case CommitKind::Weight:
    return "w";
  }
  return "?";
}

std::string formatCommit(const CommitEvent &e) {
  std::string s = std::to_string(e.cycle) + " " + std::to_string(e.tick) +
                  " " + commitKindName(e.kind) + " " +
                  std::to_string(e.index);
  if (e.kind == CommitKind::Weight || e.kind == CommitKind::Eligibility)
    s += " " + std::to_string(e.index2);
  return s + " " + std::to_string(e.value);
}

void CommitLogWriter::commit(const CommitEvent &event) {
  os << formatCommit(event) << '\n';
}

bool CommitChecker::check(const CommitEvent &observed) {
  if (pending.empty()) {
    errors.push_back("unexpected event: got '" + formatCommit(observed) +
                     "', golden model expected nothing");
    return false;
  }
  CommitEvent expected = pending.front();
  pending.pop_front();
  if (expected == observed)
    return true;
  errors.push_back("mismatch at cycle " + std::to_string(observed.cycle) +
                   ": expected '" + formatCommit(expected) + "', got '" +
                   formatCommit(observed) + "'");
  return false;
}

bool CommitChecker::finish() {
  for (const CommitEvent &e : pending)
    errors.push_back("missing event: expected '" + formatCommit(e) + "'");
  pending.clear();
  return errors.empty();
}

} // namespace plasticc::golden
