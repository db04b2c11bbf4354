//===- cli.h - flags of the command-line tools -------------------*- C++ -*-===//
//
// Part of plasticc. plasticc-sim, plasticc-host and the simulator of
// `plasticc --target=verilator` take the same flag forms.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_GOLDEN_CLI_H
#define PLASTICC_SIM_GOLDEN_CLI_H

#include <string>

namespace plasticc::golden {

/// Matches argv[k] against `flag value` or `flag=value`. On a match stores
/// the value in \p dst, steps \p k past a separate value and returns true; a
/// flag with nothing after it does not match (the caller reports it as an
/// unknown or incomplete option).
inline bool flagValue(int argc, char **argv, int &k, const std::string &flag,
                      std::string &dst) {
  const std::string arg = argv[k];
  if (arg == flag) {
    if (k + 1 >= argc)
      return false;
    dst = argv[++k];
    return true;
  }
  if (arg.rfind(flag + "=", 0) == 0) {
    dst = arg.substr(flag.size() + 1);
    return true;
  }
  return false;
}

} // namespace plasticc::golden

#endif // PLASTICC_SIM_GOLDEN_CLI_H
