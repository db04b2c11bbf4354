//===- protocol.cpp - The iCEBreaker UART bridge's byte protocol ----------===//

#include "runtime/host/protocol.h"

#include <cstdio>

namespace plasticc::host {

namespace {
constexpr uint8_t kCmdWrite = 'W', kCmdRead = 'R', kCmdSpike = 'S',
                  kCmdTick = 'T';
constexpr uint8_t kMsgRead = 'r', kMsgSpike = 's', kMsgDone = 'd';
} // namespace

void encodeWrite(std::vector<uint8_t> &out, uint32_t address, uint16_t data) {
  out.insert(out.end(),
             {kCmdWrite, uint8_t(address >> 16 & 0x0f), uint8_t(address >> 8),
              uint8_t(address), uint8_t(data >> 8), uint8_t(data)});
}

void encodeRead(std::vector<uint8_t> &out, uint32_t address) {
  out.insert(out.end(), {kCmdRead, uint8_t(address >> 16 & 0x0f),
                         uint8_t(address >> 8), uint8_t(address)});
}

void encodeSpike(std::vector<uint8_t> &out, uint32_t axon) {
  out.insert(out.end(), {kCmdSpike, uint8_t(axon >> 8), uint8_t(axon)});
}

void encodeTick(std::vector<uint8_t> &out) { out.push_back(kCmdTick); }

std::vector<uint8_t> encodeResync() {
  // Zero is no command: after at most five of them the parser is idle, and
  // further zeros are ignored. A half-received 'W' completes as a write
  // that the image load then overwrites.
  return std::vector<uint8_t>(6, 0);
}

bool MessageDecoder::feed(const uint8_t *data, size_t size,
                          std::string &error) {
  for (size_t k = 0; k < size; ++k) {
    partial.push_back(data[k]);
    const uint8_t kind = partial[0];
    size_t length;
    if (kind == kMsgRead)
      length = 3;
    else if (kind == kMsgSpike)
      length = 4;
    else if (kind == kMsgDone)
      length = 1;
    else {
      char text[80];
      std::snprintf(text, sizeof text,
                    "unexpected byte 0x%02x from the board (no message "
                    "starts with it)",
                    unsigned(kind));
      error = text;
      partial.clear();
      return false;
    }
    if (partial.size() < length)
      continue;
    Message m;
    if (kind == kMsgRead) {
      m.kind = Message::ReadData;
      m.data = uint16_t(partial[1] << 8 | partial[2]);
    } else if (kind == kMsgSpike) {
      m.kind = Message::Spike;
      m.tick = partial[1] & 0x0f;
      m.neuron = uint16_t(partial[2] << 8 | partial[3]);
    } else {
      m.kind = Message::StepDone;
    }
    messages.push_back(m);
    partial.clear();
  }
  return true;
}

bool MessageDecoder::next(Message &message) {
  if (head == messages.size())
    return false;
  message = messages[head++];
  if (head == messages.size()) {
    messages.clear();
    head = 0;
  }
  return true;
}

} // namespace plasticc::host
