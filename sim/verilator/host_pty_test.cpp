//===- host_pty_test.cpp - plasticc-host end to end over a pseudo-terminal ===//
//
// Runs the real plasticc-host as a child process on the slave side of a
// pseudo-terminal while this process plays the board on the master side: the
// Verilated iCEBreaker top, its serial line simulated bit by bit at the
// bridge's divisor. The tool's output files must equal plasticc-sim's on the
// same image and inputs. Negative modes check that the tool fails cleanly
// (exit 1, a clear message, within seconds) on a missing device, a device
// that never answers and a corrupt image, and refuse an image the board's
// core cannot run (a feature it lacks, too many neurons, M = 6 on its
// M = 8), which it learns from the core's capability registers.
//
// usage: host-pty-test --host=PATH --sim=PATH [--no-readback]
//                      (--e2e=SEED | --no-device | --silent | --corrupt-image
//                       | --refuse=3f|big|m6)
//   --no-readback: the tool runs without the read-back and must write only
//                  spikes.txt, equal to plasticc-sim's.
//
//===----------------------------------------------------------------------===//

#include "sim/golden/image.h"
#include "sim/verilator/board_uart.h"
#include "sim/verilator/scenarios.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <vector>

using namespace plasticc::golden;
using namespace plasticc::cosim;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

int fail(const std::string &msg) {
  std::fprintf(stderr, "FAIL: %s\n", msg.c_str());
  return 1;
}

std::string slurp(const fs::path &path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// Starts \p argv with stdout and stderr into \p logBase.{out,err}.
pid_t spawn(const std::vector<std::string> &argv, const fs::path &logBase) {
  const pid_t pid = fork();
  if (pid != 0)
    return pid;
  const int out = open((logBase.string() + ".out").c_str(),
                       O_WRONLY | O_CREAT | O_TRUNC, 0644);
  const int err = open((logBase.string() + ".err").c_str(),
                       O_WRONLY | O_CREAT | O_TRUNC, 0644);
  dup2(out, 1);
  dup2(err, 2);
  std::vector<char *> args;
  for (const std::string &a : argv)
    args.push_back(const_cast<char *>(a.c_str()));
  args.push_back(nullptr);
  execv(args[0], args.data());
  std::perror("execv");
  _exit(127);
}

/// Waits for \p pid at most \p seconds (then kills it); returns the exit
/// status, or -1 if it had to be killed or did not exit normally.
int waitFor(pid_t pid, double seconds) {
  const auto until = Clock::now() + std::chrono::duration<double>(seconds);
  int status = 0;
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (Clock::now() > until) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      return -1;
    }
    usleep(10000);
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/// A pseudo-terminal whose slave stays open here too, so that the master
/// never sees a hang-up while the child opens and closes its side.
struct Pty {
  int master = -1, slave = -1;
  std::string slaveName;
  bool open(std::string &error) {
    master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) {
      error = std::string("posix_openpt: ") + std::strerror(errno);
      return false;
    }
    slaveName = ptsname(master);
    slave = ::open(slaveName.c_str(), O_RDWR | O_NOCTTY | O_CLOEXEC);
    termios tio;
    if (slave < 0 || tcgetattr(slave, &tio) != 0) {
      error = slaveName + ": " + std::strerror(errno);
      return false;
    }
    cfmakeraw(&tio); // no echo of the board's bytes back into the board
    tcsetattr(slave, TCSANOW, &tio);
    fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
    return true;
  }
  ~Pty() {
    if (slave >= 0)
      close(slave);
    if (master >= 0)
      close(master);
  }
};

bool writeSpikes(const fs::path &path, const SpikeSchedule &stim) {
  std::ofstream out(path);
  out << "# step axon...\n";
  for (size_t s = 0; s < stim.size(); ++s) {
    if (stim[s].empty())
      continue;
    out << s;
    for (uint32_t a : stim[s])
      out << ' ' << a;
    out << '\n';
  }
  return bool(out);
}

/// The board's build (host-pty-test runs on the 8 x 8 STDP board).
Features boardFeatures() {
  return {BOARD_N, BOARD_M, true, false, false, true, true};
}

/// A scenario image and its stimulus, written as files.
bool makeFiles(uint64_t seed, const fs::path &dir, size_t &steps,
               std::string &error, const std::string &scenario = "random",
               const Features &f = boardFeatures()) {
  CoreImage img;
  SpikeSchedule stim;
  if (!makeScenario(scenario, seed, f, img, stim, error) ||
      !writeCoreImage((dir / "image").string(), img, error))
    return false;
  steps = stim.size();
  if (!writeSpikes(dir / "spikes_in.txt", stim)) {
    error = "cannot write the input spikes";
    return false;
  }
  return true;
}

/// Runs plasticc-host (\p hostArgs) against the Verilated board on \p pty,
/// serving the serial line until the tool exits (\p status, as waitpid) or
/// 120 s pass (false, \p error says so).
bool serveHost(const std::vector<std::string> &hostArgs, const fs::path &dir,
               Pty &pty, BoardUart &board, int &status, std::string &error) {
  const pid_t child = spawn(hostArgs, dir / "host");
  const auto deadline = Clock::now() + std::chrono::seconds(120);
  std::vector<uint8_t> fromHost;
  size_t fromHostHead = 0;
  for (uint64_t k = 0;; ++k) {
    if ((k & 7) == 0 && fromHostHead == fromHost.size()) {
      uint8_t buf[256];
      const ssize_t n = read(pty.master, buf, sizeof buf);
      if (n > 0) {
        fromHost.assign(buf, buf + n);
        fromHostHead = 0;
      }
    }
    if (board.wantsByte() && fromHostHead < fromHost.size())
      board.send(fromHost[fromHostHead++]);
    board.clock();
    while (!board.recvQ.empty()) {
      const uint8_t b = board.recvQ.front();
      if (write(pty.master, &b, 1) != 1)
        break; // the pty is full: try again next cycle
      board.recvQ.pop_front();
    }
    if ((k & 0xfff) == 0) {
      if (waitpid(child, &status, WNOHANG) == child)
        return true;
      if (Clock::now() > deadline) {
        kill(child, SIGKILL);
        waitpid(child, &status, 0);
        error = "plasticc-host did not finish within 120 s; stderr: " +
                slurp(dir / "host.err");
        return false;
      }
    }
  }
}

int endToEnd(const std::string &host, const std::string &sim, uint64_t seed,
             bool readBack, const fs::path &dir) {
  std::string error;
  size_t steps = 0;
  if (!makeFiles(seed, dir, steps, error))
    return fail(error);
  const std::string image = (dir / "image").string(),
                    spikes = (dir / "spikes_in.txt").string(),
                    stepsArg = "--steps=" + std::to_string(steps);
  const int simStatus = waitFor(spawn({sim, "--model=golden", image, spikes,
                                       stepsArg, "-o", (dir / "sim").string()},
                                      dir / "sim"),
                                60);
  if (simStatus != 0)
    return fail("plasticc-sim exited with " + std::to_string(simStatus) + ": " +
                slurp(dir / "sim.err"));

  Pty pty;
  if (!pty.open(error))
    return fail(error);
  BoardUart board(BOARD_CLKS_PER_BIT);
  std::vector<std::string> hostArgs = {host,
                                       image,
                                       spikes,
                                       "--device=" + pty.slaveName,
                                       stepsArg,
                                       "-o",
                                       (dir / "host").string()};
  if (!readBack)
    hostArgs.push_back("--no-readback");
  int status = 0;
  if (!serveHost(hostArgs, dir, pty, board, status, error))
    return fail(error);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return fail("plasticc-host failed: " + slurp(dir / "host.err"));
  if (board.framingErrors)
    return fail("framing errors on the board's TX line");
  // The tool reports the core it found (its capability registers).
  const std::string found =
      "board core: " + std::to_string(BOARD_N) + " neurons x " +
      std::to_string(BOARD_M) +
      " axons, built with EnStdp EnMultiplicative EnRecurrent "
      "EnStaticRows\n";
  if (slurp(dir / "host.out").find(found) == std::string::npos)
    return fail("plasticc-host did not report '" + found +
                "': " + slurp(dir / "host.out"));

  // Every file plasticc-sim wrote, byte for byte (only the spikes without
  // the read-back, and then nothing else).
  size_t files = 0;
  if (!readBack) {
    for (const auto &entry : fs::directory_iterator(dir / "host"))
      if (entry.path().filename() != "spikes.txt")
        return fail("--no-readback wrote " + entry.path().string());
  }
  for (const auto &entry : fs::directory_iterator(dir / "sim")) {
    if (!readBack && entry.path().filename() != "spikes.txt")
      continue;
    const fs::path other = dir / "host" / entry.path().filename();
    if (!fs::exists(other))
      return fail("plasticc-host did not write " + other.string());
    if (slurp(entry.path()) != slurp(other))
      return fail(other.string() + " differs from " + entry.path().string());
    ++files;
  }
  std::printf("PASS plasticc-host over %s, seed %llu: %zu steps, %zu output "
              "files equal to plasticc-sim's, %llu board cycles\n%s",
              pty.slaveName.c_str(), (unsigned long long)seed, steps, files,
              (unsigned long long)board.cycles,
              slurp(dir / "host.out").c_str());
  return 0;
}

/// Runs the tool with an image the board's core cannot run (\p kind: 3f,
/// an image using three-factor learning the board lacks; big, 16 neurons
/// on the 8 x 8 core; m6, 6 axons on its 8): it must exit 1 with the
/// message naming what is missing or of another size, which it can only
/// know from the capability registers it reads over the line.
int refused(const std::string &host, const std::string &kind,
            const fs::path &dir) {
  Features f = boardFeatures();
  std::string scenario = "random", expect;
  if (kind == "3f") {
    f.stdp = false;
    f.threeFactor = true;
    scenario = "random-3f";
    expect = "the board's core was built without three-factor learning "
             "(EnThreeFactor = 0), which the image uses";
  } else if (kind == "big") {
    f.neurons = 16;
    expect = "the board's core is too small: it has fewer neurons (8 neurons "
             "x 8 axons) than the image (16 x 8)";
  } else if (kind == "m6") {
    f.axons = 6;
    expect = "the board's core is not the image's size: it has more axons (8 "
             "neurons x 8 axons) than the image (8 x 6)";
  } else {
    return fail("--refuse needs 3f, big or m6");
  }
  std::string error;
  size_t steps = 0;
  if (!makeFiles(1, dir, steps, error, scenario, f))
    return fail(error);
  Pty pty;
  if (!pty.open(error))
    return fail(error);
  BoardUart board(BOARD_CLKS_PER_BIT);
  int status = 0;
  if (!serveHost({host, (dir / "image").string(),
                  (dir / "spikes_in.txt").string(),
                  "--device=" + pty.slaveName, "-o", (dir / "host").string()},
                 dir, pty, board, status, error))
    return fail(error);
  const std::string err = slurp(dir / "host.err");
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 1)
    return fail("expected exit status 1; stderr: " + err);
  if (err.find(expect) == std::string::npos)
    return fail("stderr lacks '" + expect + "': " + err);
  if (fs::exists(dir / "host" / "spikes.txt"))
    return fail("a refused image still produced spikes.txt");
  std::printf("PASS (refused after %llu board cycles): %s",
              (unsigned long long)board.cycles, err.c_str());
  return 0;
}

/// Runs the tool on a failing setup; it must exit 1 within \p seconds with
/// a message matching \p expect on stderr.
int expectFailure(const std::vector<std::string> &argv, const fs::path &dir,
                  const std::string &expect, double seconds) {
  const auto t0 = Clock::now();
  const int status = waitFor(spawn(argv, dir / "host"), seconds + 5);
  const double took = std::chrono::duration<double>(Clock::now() - t0).count();
  const std::string err = slurp(dir / "host.err");
  if (status != 1)
    return fail("expected exit status 1, got " + std::to_string(status) +
                "; stderr: " + err);
  if (took > seconds)
    return fail("took " + std::to_string(took) + " s, more than " +
                std::to_string(seconds));
  if (err.find(expect) == std::string::npos)
    return fail("stderr lacks '" + expect + "': " + err);
  std::printf("PASS (%.2f s): %s", took, err.c_str());
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  std::string host, sim, mode;
  uint64_t seed = 1;
  bool readBack = true;
  std::string refuseKind;
  for (int k = 1; k < argc; ++k) {
    const std::string a = argv[k];
    if (a.rfind("--host=", 0) == 0)
      host = a.substr(7);
    else if (a.rfind("--sim=", 0) == 0)
      sim = a.substr(6);
    else if (a.rfind("--e2e=", 0) == 0) {
      mode = "e2e";
      seed = std::strtoull(a.c_str() + 6, nullptr, 0);
    } else if (a == "--no-readback")
      readBack = false;
    else if (a == "--no-device" || a == "--silent" || a == "--corrupt-image")
      mode = a.substr(2);
    else if (a.rfind("--refuse=", 0) == 0) {
      mode = "refuse";
      refuseKind = a.substr(9);
    }
    else {
      std::fprintf(stderr,
                   "usage: host-pty-test --host=PATH --sim=PATH "
                   "[--no-readback] (--e2e=SEED | --no-device | --silent | "
                   "--corrupt-image | --refuse=3f|big|m6)\n");
      return 2;
    }
  }
  if (host.empty() || sim.empty() || mode.empty())
    return fail("need --host, --sim and a mode");
  char tmpl[] = "/tmp/plasticc-pty-XXXXXX";
  if (!mkdtemp(tmpl))
    return fail("mkdtemp failed");
  const fs::path dir = tmpl;
  int rc;
  std::string error;
  size_t steps = 0;
  if (mode == "e2e") {
    rc = endToEnd(host, sim, seed, readBack, dir);
  } else if (mode == "refuse") {
    rc = refused(host, refuseKind, dir);
  } else if (!makeFiles(seed, dir, steps, error)) {
    rc = fail(error);
  } else if (mode == "no-device") {
    rc = expectFailure({host, (dir / "image").string(),
                        "--device=" + (dir / "no-such-tty").string(), "-o",
                        (dir / "out").string()},
                       dir, "no-such-tty: cannot open: No such file", 5);
  } else if (mode == "silent") {
    // A terminal nobody serves: the tool must give up after its timeout.
    Pty pty;
    rc = !pty.open(error)
             ? fail(error)
             : expectFailure({host, (dir / "image").string(),
                              "--device=" + pty.slaveName, "--timeout=1000",
                              "-o", (dir / "out").string()},
                             dir, ": no answer within 1000 ms", 5);
  } else {
    // Line 3 of the weights is not a hex word.
    const fs::path weights = dir / "image" / "weights.hex";
    std::string text = slurp(weights);
    size_t line3 = text.find('\n', text.find('\n') + 1) + 1;
    text.replace(line3, 2, "0g");
    std::ofstream(weights) << text;
    rc = expectFailure({host, (dir / "image").string(), "--device=/dev/null",
                        "-o", (dir / "out").string()},
                       dir, "weights.hex:3: '0g' is not a hex word", 5);
  }
  if (rc == 0)
    fs::remove_all(dir);
  else
    std::fprintf(stderr, "files kept in %s\n", dir.c_str());
  return rc;
}
