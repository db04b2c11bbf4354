//===- uart_board_test.cpp - iCEBreaker top over its UART, vs golden ------===//
//
// Drives the Verilated board top (rtl/boards/icebreaker) only through its
// UART pins, as the host would: loads a core image with 'W' commands, sends
// each step's spikes ('S') and tick ('T'), waits for the step's 'd', and
// checks every output spike ('s') against the golden model; at the end reads
// every weight back with 'R'. Cycle timing is not compared here (the lockstep
// co-simulation does that); this tests the bridge and the protocol.
//
//===----------------------------------------------------------------------===//

#include "sim/golden/core_model.h"
#include "sim/verilator/scenarios.h"

#include "verilated.h"

#include "Vboard.h"

#include <cstdio>
#include <cstdlib>
#include <deque>
#include <memory>
#include <string>
#include <vector>

using namespace plasticc::golden;
using namespace plasticc::cosim;

namespace {

constexpr int kClksPerBit = BOARD_CLKS_PER_BIT;

class Board {
public:
  Board() {
    ctx = std::make_unique<VerilatedContext>();
    top = std::make_unique<Vboard>(ctx.get(), "board");
    top->BTN_N = 1;
    top->RX = 1;
    top->CLK = 0;
    top->eval();
  }
  ~Board() { top->final(); }

  /// One clock; drives RX from the send queue and decodes TX.
  void clock() {
    // Transmit side of the host (board RX).
    if (txBitClk == 0) {
      if (txBits.empty() && !sendQ.empty()) {
        const uint8_t b = sendQ.front();
        sendQ.pop_front();
        txBits.push_back(0);
        for (int k = 0; k < 8; ++k)
          txBits.push_back((b >> k) & 1);
        txBits.push_back(1);
        txBits.push_back(1); // an extra stop bit of idle between bytes
      }
      if (!txBits.empty()) {
        top->RX = txBits.front();
        txBits.pop_front();
      } else {
        top->RX = 1;
      }
    }
    txBitClk = (txBitClk + 1) % kClksPerBit;
    // Receive side of the host (board TX): sample mid-bit.
    top->CLK = 1;
    top->eval();
    top->CLK = 0;
    top->eval();
    ++cycles;
    const int tx = top->TX;
    if (rxState < 0) {
      if (!tx) {
        rxState = 0;
        rxCnt = kClksPerBit + kClksPerBit / 2;
        rxByte = 0;
      }
    } else if (--rxCnt == 0) {
      if (rxState < 8) {
        rxByte |= uint8_t(tx << rxState);
        ++rxState;
        rxCnt = kClksPerBit;
      } else {
        if (tx) {
          recvQ.push_back(rxByte);
          if (std::getenv("UART_DEBUG"))
            std::fprintf(stderr, "[%llu] rx 0x%02x\n", (unsigned long long)cycles, rxByte);
        }
        else
          std::fprintf(stderr, "framing error on TX\n");
        rxState = -1;
      }
    }
  }

  void send(std::initializer_list<uint8_t> bytes) {
    for (uint8_t b : bytes)
      sendQ.push_back(b);
  }
  bool idle() const { return sendQ.empty() && txBits.empty(); }

  std::unique_ptr<VerilatedContext> ctx;
  std::unique_ptr<Vboard> top;
  std::deque<uint8_t> sendQ, recvQ;
  std::deque<int> txBits;
  int txBitClk = 0;
  int rxState = -1, rxCnt = 0;
  uint8_t rxByte = 0;
  uint64_t cycles = 0;
};

void cfgWrite(Board &b, uint32_t region, uint32_t index, uint32_t data) {
  const uint32_t a = region << 16 | (index & 0xffff);
  b.send({'W', uint8_t(a >> 16), uint8_t(a >> 8), uint8_t(a), uint8_t(data >> 8),
          uint8_t(data)});
}

} // namespace

int main(int argc, char **argv) {
  Verilated::commandArgs(argc, argv);
  const uint64_t seed = argc > 1 ? std::strtoull(argv[1], nullptr, 0) : 1;
  Features f{BOARD_N, BOARD_M, true, false, false, true, true};
  CoreImage img;
  SpikeSchedule stim;
  std::string error;
  if (!makeScenario("random", seed, f, img, stim, error)) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 2;
  }
  CoreModel golden(img);
  Board b;

  // Let the power-on reset and the accumulator clear finish first: bytes
  // sent into a board in reset are lost.
  for (int k = 0; k < 200; ++k)
    b.clock();

  // Load the image (registers, weights, state) over the UART.
  const std::vector<uint32_t> regs = parameterRegisters(img);
  for (uint32_t r = 0; r < regs.size(); ++r)
    cfgWrite(b, 0, r, regs[r]);
  for (uint32_t k = 0; k < img.weights.size(); ++k)
    cfgWrite(b, 1, k, uint8_t(img.weights[k]));
  for (uint32_t j = 0; j < img.neurons; ++j) {
    cfgWrite(b, 2, j, uint32_t(img.state[j].u));
    cfgWrite(b, 5, j, uint32_t(img.postTraceMem[j]) << 8 | img.state[j].ref);
  }
  for (uint32_t a = 0; a < img.axons; ++a)
    cfgWrite(b, 6, a, img.preTraceMem[a]);

  auto runUntil = [&](auto done, uint64_t limit) {
    for (uint64_t k = 0; k < limit; ++k) {
      if (done())
        return true;
      b.clock();
    }
    return false;
  };
  if (!runUntil([&] { return b.idle(); }, 50000000)) {
    std::fprintf(stderr, "FAIL: image load did not drain\n");
    return 1;
  }

  // Steps.
  uint64_t spikes = 0;
  for (size_t s = 0; s < stim.size(); ++s) {
    for (uint32_t a : stim[s]) {
      b.send({'S', uint8_t(a >> 8), uint8_t(a)});
      golden.pushInput(a);
    }
    b.send({'T'});
    golden.step();
    if (std::getenv("UART_DEBUG"))
      std::fprintf(stderr, "[%llu] step %zu sent (%zu spikes in)\n", (unsigned long long)b.cycles, s, stim[s].size());
    std::vector<uint32_t> want = golden.outputSpikes();
    // Collect 's' messages until this step's 'd'.
    std::vector<uint32_t> got;
    bool ok = runUntil(
        [&] {
          while (!b.recvQ.empty()) {
            if (b.recvQ.front() == 'd') {
              b.recvQ.pop_front();
              return true;
            }
            if (b.recvQ.front() == 's' && b.recvQ.size() >= 4) {
              const uint32_t t = b.recvQ[1], n = b.recvQ[2] << 8 | b.recvQ[3];
              if (t != (s & 15)) {
                std::fprintf(stderr, "FAIL: spike of step %zu tagged tick %u\n",
                             s, t);
                std::exit(1);
              }
              got.push_back(n);
              b.recvQ.erase(b.recvQ.begin(), b.recvQ.begin() + 4);
            } else if (b.recvQ.front() != 's') {
              std::fprintf(stderr, "FAIL: unexpected byte 0x%02x\n",
                           b.recvQ.front());
              std::exit(1);
            } else {
              return false;
            }
          }
          return false;
        },
        10000000);
    if (!ok || got != want) {
      std::fprintf(stderr, "FAIL: step %zu: %zu spikes expected, %zu received%s\n",
                   s, want.size(), got.size(), ok ? "" : " (no 'd')");
      for (uint32_t n : want)
        std::fprintf(stderr, "  expected neuron %u\n", n);
      for (uint32_t n : got)
        std::fprintf(stderr, "  received neuron %u\n", n);
      return 1;
    }
    spikes += got.size();
  }

  // Read every weight back.
  const CoreImage &g = golden.image();
  for (uint32_t k = 0; k < g.weights.size(); ++k) {
    const uint32_t a = 1u << 16 | k;
    b.send({'R', uint8_t(a >> 16), uint8_t(a >> 8), uint8_t(a)});
    if (!runUntil([&] { return b.recvQ.size() >= 3; }, 1000000) ||
        b.recvQ[0] != 'r') {
      std::fprintf(stderr, "FAIL: no read reply for weight %u\n", k);
      return 1;
    }
    const int32_t w = int8_t(uint8_t(b.recvQ[2]));
    b.recvQ.erase(b.recvQ.begin(), b.recvQ.begin() + 3);
    if (w != g.weights[k]) {
      std::fprintf(stderr, "FAIL: weight %u expected %d read %d\n", k,
                   g.weights[k], w);
      return 1;
    }
  }
  std::printf("PASS board over UART: %zu steps, %" PRIu64
              " output spikes, %zu weights read back, %" PRIu64 " cycles\n",
              stim.size(), spikes, g.weights.size(), b.cycles);
  return 0;
}
