//===- protocol.h - The iCEBreaker UART bridge's byte protocol --*- C++ -*-===//
//
// Encoder and decoder of the messages of rtl/boards/icebreaker/
// plasticc_uart_bridge.sv (docs/host.md). Pure byte manipulation: no I/O,
// so the same code serves the serial port and the Verilated board.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_RUNTIME_HOST_PROTOCOL_H
#define PLASTICC_RUNTIME_HOST_PROTOCOL_H

#include "sim/golden/config_bus.h"

#include <cstdint>
#include <string>
#include <vector>

namespace plasticc::host {

// The configuration regions and addresses are the core's, shared with
// every other bus driver (sim/golden/config_bus.h).
using golden::configAddress;
using golden::Region;

/// Host -> board. Each appends one command to \p out.
void encodeWrite(std::vector<uint8_t> &out, uint32_t address, uint16_t data);
void encodeRead(std::vector<uint8_t> &out, uint32_t address);
void encodeSpike(std::vector<uint8_t> &out, uint32_t axon);
void encodeTick(std::vector<uint8_t> &out);

/// Bytes that complete any command the bridge may be half way through
/// (the longest has five argument bytes) and are otherwise ignored.
std::vector<uint8_t> encodeResync();

/// Board -> host.
struct Message {
  enum Kind { ReadData, Spike, StepDone } kind = StepDone;
  uint16_t data = 0;   ///< ReadData.
  uint8_t tick = 0;    ///< Spike: low 4 bits of the step counter.
  uint16_t neuron = 0; ///< Spike.
};

/// Reassembles messages from bytes as they arrive, in any chunking.
class MessageDecoder {
public:
  /// Consumes \p size bytes. Returns false with \p error set on a byte that
  /// starts no message (the stream is then out of step).
  bool feed(const uint8_t *data, size_t size, std::string &error);
  /// Pops the oldest complete message.
  bool next(Message &message);
  bool empty() const { return head == messages.size(); }

private:
  std::vector<uint8_t> partial;
  std::vector<Message> messages;
  size_t head = 0;
};

} // namespace plasticc::host

#endif // PLASTICC_RUNTIME_HOST_PROTOCOL_H
