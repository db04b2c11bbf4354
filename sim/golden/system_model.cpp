//===- system_model.cpp - Golden model of a multi-core system -------------===//

#include "sim/golden/system_model.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

namespace plasticc::golden {

namespace fs = std::filesystem;

namespace {

constexpr const char *kMagic = "plasticc-system-image";
constexpr unsigned kVersion = 1;
constexpr const char *kSystemFile = "system.txt";

std::vector<std::string> tokens(const std::string &line) {
  std::vector<std::string> out;
  std::istringstream ss(line.substr(0, line.find('#')));
  for (std::string t; ss >> t;)
    out.push_back(t);
  return out;
}

bool validName(const std::string &name) {
  if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0])))
    return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  });
}

bool parseCount(const std::string &text, uint32_t &out) {
  if (text.empty() || text.size() > 9 ||
      !std::all_of(text.begin(), text.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      }))
    return false;
  out = uint32_t(std::stoul(text));
  return true;
}

std::string quoted(const std::string &s) { return "'" + s + "'"; }

/// What is wrong with route \p r of \p sys (cores already checked), or "".
/// \p sourceRoutes is how many routes from r.src the table holds up to and
/// including r.
std::string routeProblem(const SystemImage &sys, const Route &r,
                         uint32_t sourceRoutes, uint32_t routes) {
  const uint32_t k = uint32_t(sys.cores.size());
  if (r.src >= k || r.dst >= k)
    return "route to or from core " + std::to_string(std::max(r.src, r.dst)) +
           ", which does not exist";
  const std::string &src = sys.coreNames[r.src], &dst = sys.coreNames[r.dst];
  if (r.src == r.dst)
    return "route from core " + quoted(src) +
           " to itself (a population's own recurrence stays on its core)";
  if (r.count == 0)
    return "route with count 0 carries no spike";
  if (r.count > sys.cores[r.src].neurons)
    return "route count " + std::to_string(r.count) + " exceeds core " +
           quoted(src) + "'s " + std::to_string(sys.cores[r.src].neurons) +
           " neurons";
  if (uint64_t(r.first) + r.count > sys.cores[r.dst].axons)
    return "route axons " + std::to_string(r.first) + ".." +
           std::to_string(uint64_t(r.first) + r.count - 1) + " exceed core " +
           quoted(dst) + "'s " + std::to_string(sys.cores[r.dst].axons) +
           " axons";
  if (routes > SystemImage::kMaxRoutes)
    return "more than " + std::to_string(SystemImage::kMaxRoutes) +
           " routes in a system";
  if (sourceRoutes > SystemImage::kMaxRoutesPerSource)
    return "more than " + std::to_string(SystemImage::kMaxRoutesPerSource) +
           " routes from core " + quoted(src);
  return "";
}

fs::path systemFile(const std::string &path) {
  std::error_code ec;
  return fs::is_directory(path, ec) ? fs::path(path) / kSystemFile
                                    : fs::path(path);
}

} // namespace

bool checkSystemImage(const SystemImage &sys, std::string &error) {
  if (sys.cores.empty())
    return error = "a system needs at least one core", false;
  if (sys.cores.size() > SystemImage::kMaxCores)
    return error = "more than " + std::to_string(SystemImage::kMaxCores) +
                   " cores (target 15 of the system bus is the router)",
           false;
  if (sys.coreNames.size() != sys.cores.size())
    return error = "a system needs one name per core", false;
  std::map<std::string, uint32_t> seen;
  for (uint32_t k = 0; k < sys.coreNames.size(); ++k) {
    const std::string &name = sys.coreNames[k];
    if (!validName(name))
      return error = quoted(name) + " is not a core name ([A-Za-z_][A-Za-z0-9_]*)",
             false;
    if (!seen.emplace(name, k).second)
      return error = "duplicate core " + quoted(name), false;
  }
  std::vector<uint32_t> perSource(sys.cores.size(), 0);
  for (uint32_t r = 0; r < sys.routes.size(); ++r) {
    const Route &route = sys.routes[r];
    const uint32_t fromSource =
        route.src < sys.cores.size() ? ++perSource[route.src] : 0;
    std::string problem = routeProblem(sys, route, fromSource, r + 1);
    if (!problem.empty())
      return error = "route " + std::to_string(r) + ": " + problem, false;
  }
  return true;
}

bool isSystemImage(const std::string &path) {
  const fs::path file = systemFile(path);
  std::ifstream in(file);
  if (!in)
    return false;
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> t = tokens(line);
    if (!t.empty())
      return t[0] == kMagic;
  }
  return false;
}

bool loadSystemImage(const std::string &path, SystemImage &system,
                     std::string &error) {
  const fs::path file = systemFile(path);
  const std::string fileName = file.string();
  std::ifstream in(file);
  if (!in) {
    error = fileName + ":0: cannot open system image";
    return false;
  }
  SystemImage loaded;
  std::map<std::string, unsigned> coreLine; // name -> line of its `core`
  std::vector<uint32_t> perSource;
  bool haveMagic = false;
  unsigned lineNo = 0;
  auto fail = [&](const std::string &msg) {
    error = fileName + ":" + std::to_string(lineNo) + ": " + msg;
    return false;
  };
  auto coreIndex = [&](const std::string &name, uint32_t &k) {
    auto it = std::find(loaded.coreNames.begin(), loaded.coreNames.end(), name);
    if (it == loaded.coreNames.end())
      return false;
    k = uint32_t(it - loaded.coreNames.begin());
    return true;
  };

  for (std::string raw; std::getline(in, raw);) {
    ++lineNo;
    const std::vector<std::string> t = tokens(raw);
    if (t.empty())
      continue;
    if (!haveMagic) {
      if (t.size() != 2 || t[0] != kMagic)
        return fail(std::string("expected '") + kMagic + " " +
                    std::to_string(kVersion) + "' as the first line");
      if (t[1] != std::to_string(kVersion))
        return fail("unsupported system image version " + t[1]);
      haveMagic = true;
      continue;
    }
    if (t[0] == "core") {
      if (t.size() != 3)
        return fail("expected 'core <name> <path>'");
      if (!validName(t[1]))
        return fail(quoted(t[1]) +
                    " is not a core name ([A-Za-z_][A-Za-z0-9_]*)");
      if (coreLine.count(t[1]))
        return fail("duplicate core " + quoted(t[1]) + " (first on line " +
                    std::to_string(coreLine[t[1]]) + ")");
      if (loaded.cores.size() == SystemImage::kMaxCores)
        return fail("more than " + std::to_string(SystemImage::kMaxCores) +
                    " cores (target 15 of the system bus is the router)");
      fs::path corePath = t[2];
      if (corePath.is_relative())
        corePath = file.parent_path() / corePath;
      CoreImage core;
      if (!loadCoreImage(corePath.string(), core, error))
        return false; // the core loader's own file:line
      coreLine[t[1]] = lineNo;
      loaded.coreNames.push_back(t[1]);
      loaded.cores.push_back(std::move(core));
      perSource.push_back(0);
      continue;
    }
    if (t[0] == "route") {
      if (t.size() != 5)
        return fail("expected 'route <src> <dst> <first> <count>'");
      Route r;
      for (int k : {1, 2})
        if (!coreIndex(t[k], k == 1 ? r.src : r.dst))
          return fail("unknown core " + quoted(t[k]) +
                      " (cores are declared before the routes that name "
                      "them)");
      if (!parseCount(t[3], r.first))
        return fail(quoted(t[3]) + " is not a non-negative integer");
      if (!parseCount(t[4], r.count))
        return fail(quoted(t[4]) + " is not a non-negative integer");
      const std::string problem =
          routeProblem(loaded, r, ++perSource[r.src],
                       uint32_t(loaded.routes.size()) + 1);
      if (!problem.empty())
        return fail(problem);
      loaded.routes.push_back(r);
      continue;
    }
    return fail("unknown directive " + quoted(t[0]) +
                " (expected 'core' or 'route')");
  }
  if (!haveMagic)
    return fail("empty system image");
  if (loaded.cores.empty())
    return fail("no core in the system image");
  system = std::move(loaded);
  return true;
}

bool writeSystemImage(const std::string &dirName, const SystemImage &system,
                      std::string &error) {
  if (!checkSystemImage(system, error))
    return false;
  const fs::path dir = dirName;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec)
    return error = dirName + ":0: cannot create directory: " + ec.message(),
           false;
  for (uint32_t k = 0; k < system.cores.size(); ++k)
    if (!writeCoreImage((dir / system.coreNames[k]).string(), system.cores[k],
                        error))
      return false;
  const fs::path file = dir / kSystemFile;
  std::ofstream out(file);
  if (!out)
    return error = file.string() + ":0: cannot write", false;
  out << kMagic << ' ' << kVersion << "\n";
  for (const std::string &name : system.coreNames)
    out << "core " << name << ' ' << name << "\n";
  for (const Route &r : system.routes)
    out << "route " << system.coreNames[r.src] << ' '
        << system.coreNames[r.dst] << ' ' << r.first << ' ' << r.count
        << "\n";
  if (!out)
    return error = file.string() + ":0: cannot write", false;
  return true;
}

/// checkSystemImage's verdict, thrown: an image that reaches the model
/// unchecked is a programming error, and a bad route must not be run as a
/// FIFO drop that the RTL would never make.
static SystemImage checked(SystemImage image) {
  std::string error;
  if (!checkSystemImage(image, error))
    throw std::invalid_argument("SystemModel: " + error);
  return image;
}

SystemModel::SystemModel(SystemImage unchecked) {
  SystemImage image = checked(std::move(unchecked));
  names = std::move(image.coreNames);
  routeTable = std::move(image.routes);
  cores.reserve(image.cores.size());
  for (CoreImage &core : image.cores)
    cores.emplace_back(std::move(core));
  routesFrom.resize(cores.size());
  for (uint32_t r = 0; r < routeTable.size(); ++r)
    routesFrom[routeTable[r].src].push_back(r);
}

bool SystemModel::pushInput(uint32_t core, uint32_t axon) {
  return core < cores.size() && cores[core].pushInput(axon);
}

void SystemModel::setModulator(uint32_t core, int32_t q7) {
  if (core < cores.size())
    cores[core].setModulator(q7);
}

// The drain of docs/core.md §10.2.2: source cores ascending, each core's
// spikes in FIFO (ascending neuron) order; per spike one offer cycle, then
// one cycle per route of its core in table order. The system output is
// always ready here, so every offer takes exactly one cycle.
void SystemModel::drainOutputs() {
  spikes.clear();
  drain.clear();
  uint64_t slot = 0;
  for (uint32_t k = 0; k < cores.size(); ++k)
    for (uint32_t j : cores[k].outputSpikes()) {
      spikes.push_back({k, j});
      drain.push_back({slot++, RouterEvent::Offer, k, j});
      for (uint32_t r : routesFrom[k]) {
        const Route &route = routeTable[r];
        RouterEvent e{slot++, RouterEvent::NoMatch, k, j, r, route.dst, 0};
        if (j < route.count) {
          e.axon = route.first + j;
          // A full FIFO cannot drain before the next tick: waiting would
          // deadlock, so the push is dropped and remembered.
          if (cores[route.dst].pushInput(e.axon)) {
            e.kind = RouterEvent::Push;
            ++stats.routedPushes;
          } else {
            e.kind = RouterEvent::Dropped;
            ++stats.droppedPushes;
            overflow = true;
          }
        }
        drain.push_back(e);
      }
    }
  stats.drainCycles = slot;
}

const SystemStepStats &
SystemModel::stepAt(uint64_t tickCycle, const std::vector<CommitSink *> &sinks) {
  stats = SystemStepStats();
  stats.tick = currentTick;
  uint64_t start = std::max(tickCycle, idleFrom);
  for (const CoreModel &core : cores)
    start = std::max(start, core.nextTickCycle());
  stats.tickCycle = start;
  for (uint32_t k = 0; k < cores.size(); ++k) {
    const StepStats &s =
        cores[k].stepAt(start, k < sinks.size() ? sinks[k] : nullptr);
    stats.coreCycles = std::max(stats.coreCycles, s.totalCycles());
  }
  drainOutputs();
  idleFrom = start + stats.totalCycles();
  ++currentTick;
  return stats;
}

} // namespace plasticc::golden
