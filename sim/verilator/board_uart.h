//===- board_uart.h - The Verilated board top seen through its UART pins -*- C++
//-*-===//
//
// Clocks the Verilated plasticc_icebreaker_top (class Vboard) and plays the
// other end of its serial line bit by bit at the bridge's divisor, in
// simulation time: bytes queued with send() are shifted into RX (8N1 plus one
// idle bit), bytes the board shifts out on TX are sampled mid-bit and
// collected. BoardTransport puts the host library's Transport on top, so the
// host code (runtime/host) is what talks to the board.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_SIM_VERILATOR_BOARD_UART_H
#define PLASTICC_SIM_VERILATOR_BOARD_UART_H

#include "runtime/host/transport.h"

#include "verilated.h"

#include "Vboard.h"

#include <cstdint>
#include <cstdio>
#include <deque>
#include <memory>

namespace plasticc::cosim {

class BoardUart {
public:
  explicit BoardUart(int clksPerBit) : clksPerBit(clksPerBit) {
    ctx = std::make_unique<VerilatedContext>();
    top = std::make_unique<Vboard>(ctx.get(), "board");
    top->BTN_N = 1;
    top->RX = 1;
    top->CLK = 0;
    top->eval();
    // Let the power-on reset and the accumulator clear finish: bytes sent
    // into a board in reset are lost.
    for (int k = 0; k < 200; ++k)
      clock();
  }
  ~BoardUart() { top->final(); }

  /// One clock cycle of the board and of both serial directions.
  void clock() {
    if (txBitClk == 0) {
      if (txBits.empty() && !sendQ.empty()) {
        const uint8_t b = sendQ.front();
        sendQ.pop_front();
        txBits.push_back(0);
        for (int k = 0; k < 8; ++k)
          txBits.push_back((b >> k) & 1);
        txBits.push_back(1);
        txBits.push_back(1);
      }
      top->RX = txBits.empty() ? 1 : txBits.front();
      if (!txBits.empty())
        txBits.pop_front();
    }
    txBitClk = (txBitClk + 1) % clksPerBit;
    top->CLK = 1;
    top->eval();
    top->CLK = 0;
    top->eval();
    ++cycles;
    const int tx = top->TX;
    if (rxState < 0) {
      if (!tx) {
        rxState = 0;
        rxCnt = clksPerBit + clksPerBit / 2;
        rxByte = 0;
      }
    } else if (--rxCnt == 0) {
      if (rxState < 8) {
        rxByte |= uint8_t(tx << rxState);
        ++rxState;
        rxCnt = clksPerBit;
      } else {
        if (tx)
          recvQ.push_back(rxByte);
        else
          ++framingErrors;
        rxState = -1;
      }
    }
  }

  void send(uint8_t byte) { sendQ.push_back(byte); }
  /// Nothing left to shift into the board.
  bool sendIdle() const { return sendQ.empty() && txBits.empty(); }
  /// Whether the next byte could start now (the line is between bytes).
  bool wantsByte() const { return txBits.empty() && sendQ.empty(); }

  std::deque<uint8_t> recvQ;
  uint64_t cycles = 0;
  uint64_t framingErrors = 0;

private:
  int clksPerBit;
  std::unique_ptr<VerilatedContext> ctx;
  std::unique_ptr<Vboard> top;
  std::deque<uint8_t> sendQ;
  std::deque<int> txBits;
  int txBitClk = 0;
  int rxState = -1, rxCnt = 0;
  uint8_t rxByte = 0;
};

/// The test transport: the host library's byte stream into the board's
/// pins. A read clocks the board until bytes arrive or the timeout has passed
/// in simulated time (at \p cyclesPerMs, 12000 for the board's 12 MHz).
class BoardTransport : public host::Transport {
public:
  BoardTransport(BoardUart &board, uint64_t cyclesPerMs)
      : board(board), cyclesPerMs(cyclesPerMs) {}

  bool write(const uint8_t *data, size_t size, int, std::string &) override {
    for (size_t k = 0; k < size; ++k)
      board.send(data[k]);
    return true;
  }

  long read(uint8_t *data, size_t capacity, int timeoutMs,
            std::string &error) override {
    const uint64_t limit = board.cycles + uint64_t(timeoutMs) * cyclesPerMs;
    while (board.recvQ.empty() && board.cycles < limit)
      board.clock();
    if (board.framingErrors) {
      error = name() + ": framing error on the board's TX line";
      return -1;
    }
    size_t n = 0;
    while (n < capacity && !board.recvQ.empty()) {
      data[n++] = board.recvQ.front();
      board.recvQ.pop_front();
    }
    return long(n);
  }

  std::string name() const override { return "Verilated board"; }

private:
  BoardUart &board;
  uint64_t cyclesPerMs;
};

} // namespace plasticc::cosim

#endif // PLASTICC_SIM_VERILATOR_BOARD_UART_H
