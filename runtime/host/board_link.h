//===- board_link.h - A learning core on a board, seen from the host -*- C++
//-*-===//
//
// Loads a core image into the board over the bridge protocol (every register
// and memory written, then read back and compared), runs steps (input
// spikes, tick, output spikes) and reads the final weights and state back.
// Speaks only through a Transport, so the same code drives a serial port and
// the Verilated board top. Nothing here throws or aborts: each call returns
// false with a message saying what went wrong on which device.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_RUNTIME_HOST_BOARD_LINK_H
#define PLASTICC_RUNTIME_HOST_BOARD_LINK_H

#include "runtime/host/protocol.h"
#include "runtime/host/transport.h"
#include "sim/golden/config_bus.h"
#include "sim/golden/image.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace plasticc::host {

class BoardLink {
public:
  struct Options {
    /// Longest wait for the board to answer or take bytes.
    int timeoutMs = 2000;
    /// Reads in flight at most: 4 bytes each in the bridge's 256-byte
    /// receive FIFO.
    unsigned readWindow = 32;
    /// Called now and then during long transfers: (what, done, total).
    std::function<void(const char *, uint64_t, uint64_t)> progress;
  };

  BoardLink(Transport &transport, Options options)
      : io(transport), opt(std::move(options)) {}

  /// Brings the bridge's parser to a known state, checks that the board
  /// answers a read, and empties the core's input and recurrent queues of
  /// anything an earlier session left (16 empty steps).
  bool connect(std::string &error);

  /// Reads the core's capability registers (region 7: N, M, the feature
  /// word) into \p caps. Fails for a core that reports none.
  bool readCapabilities(golden::CoreCapabilities &caps, std::string &error);

  /// Checks from the capability registers that the board's core has the
  /// image's numbers of neurons and axons and every feature \p image uses
  /// (golden::imageRunsOn), writes every register and memory of \p image
  /// (golden::imageConfigWrites), then reads each back and compares. Also
  /// clears the step counter and the status bits.
  bool load(const golden::CoreImage &image, std::string &error);

  /// What the last load() read from the capability registers.
  const golden::CoreCapabilities &capabilities() const { return caps; }

  /// Runs one step: queues \p inputs, ticks, and collects the step's output
  /// spikes (ascending neurons) until the board reports the step done.
  bool step(const std::vector<uint32_t> &inputs,
            std::vector<uint32_t> &outputSpikes, std::string &error);

  /// Sets the three-factor modulator M (Q1.7, -128..127) for the steps
  /// from the next one on, as plasticc-sim --modulator does (register 36;
  /// the core takes it while idle, i.e. between steps).
  bool setModulator(int32_t q7, std::string &error);

  /// Reads weights, eligibilities, neuron state, traces and the step
  /// counter back into
  /// \p image (a copy of the loaded image: fields the core does not hold
  /// stay as they were).
  bool readBack(golden::CoreImage &image, uint64_t &tick, std::string &error);

  /// Reads \p count consecutive words from \p region starting at index 0.
  bool readWords(Region region, uint32_t count, std::vector<uint16_t> &words,
                 std::string &error);

  uint64_t stepsRun() const { return steps; }

private:
  bool send(const std::vector<uint8_t> &bytes, std::string &error);
  /// Waits for the next message; a timeout is an error naming \p waitingFor.
  bool receive(Message &message, const char *waitingFor, std::string &error);
  bool readAddresses(const std::vector<uint32_t> &addresses,
                     std::vector<uint16_t> &words, const char *what,
                     std::string &error);

  Transport &io;
  Options opt;
  MessageDecoder decoder;
  uint64_t steps = 0;
  golden::CoreCapabilities caps;
};

} // namespace plasticc::host

#endif // PLASTICC_RUNTIME_HOST_BOARD_LINK_H
