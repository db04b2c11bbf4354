//===- board_link.cpp - A learning core on a board, seen from the host ----===//

#include "runtime/host/board_link.h"

#include <algorithm>
#include <cstdio>

namespace plasticc::host {

using golden::ConfigWrite;
using golden::CoreFeatures;
using golden::CoreImage;

namespace {

std::string hex4(uint32_t v) {
  char text[16];
  std::snprintf(text, sizeof text, "0x%04x", v);
  return text;
}

/// Bytes per chunk of a long write, between progress reports.
constexpr size_t kChunk = 4096;

} // namespace

bool BoardLink::send(const std::vector<uint8_t> &bytes, std::string &error) {
  return io.write(bytes.data(), bytes.size(), opt.timeoutMs, error);
}

bool BoardLink::receive(Message &message, const char *waitingFor,
                        std::string &error) {
  while (!decoder.next(message)) {
    uint8_t buf[512];
    const long n = io.read(buf, sizeof buf, opt.timeoutMs, error);
    if (n < 0)
      return false;
    if (n == 0) {
      error = io.name() + ": no answer within " +
              std::to_string(opt.timeoutMs) + " ms while waiting for " +
              waitingFor +
              " (is the board programmed with the plasticc bitstream and the "
              "baud rate right?)";
      return false;
    }
    if (!decoder.feed(buf, size_t(n), error)) {
      error = io.name() + ": " + error + " while waiting for " + waitingFor;
      return false;
    }
  }
  return true;
}

bool BoardLink::connect(std::string &error) {
  if (!send(encodeResync(), error))
    return false;
  // Whatever an interrupted earlier session left in flight is dropped: read
  // until the line has been quiet for a while.
  uint8_t buf[512];
  for (int rounds = 0;; ++rounds) {
    const long n = io.read(buf, sizeof buf, 100, error);
    if (n < 0)
      return false;
    if (n == 0)
      break;
    if (rounds > 1000) {
      error = io.name() + ": the board keeps sending; is a run still going?";
      return false;
    }
  }
  decoder = MessageDecoder();
  std::vector<uint16_t> tick;
  if (!readAddresses({configAddress(Region::Counter, 0)}, tick,
                     "the first read (board detection)", error))
    return false;
  // An earlier session may have left input spikes queued (sent without
  // their tick) or recurrent spikes due in later steps; the image load
  // cannot clear queues. With the recurrent path off, 16 empty steps
  // consume the input queue and let every recurrent entry (due within 15
  // steps, popped when its 4-bit due tick comes round) leave. Their state
  // changes and output spikes do not matter: the load rewrites everything.
  std::vector<uint8_t> bytes;
  encodeWrite(bytes, configAddress(Region::Param, golden::kRegRecurrentEnable),
              0);
  if (!send(bytes, error))
    return false;
  for (int k = 0; k < 16; ++k) {
    bytes.clear();
    encodeTick(bytes);
    if (!send(bytes, error))
      return false;
    Message m;
    do {
      if (!receive(m, "the end of a queue-flushing step", error))
        return false;
    } while (m.kind != Message::StepDone);
  }
  return true;
}

bool BoardLink::readAddresses(const std::vector<uint32_t> &addresses,
                              std::vector<uint16_t> &words, const char *what,
                              std::string &error) {
  words.clear();
  words.reserve(addresses.size());
  size_t issued = 0;
  uint64_t lastReport = 0;
  while (words.size() < addresses.size()) {
    // Keep at most readWindow reads in flight: their commands wait in the
    // bridge's receive FIFO while the replies go out at the same baud rate.
    std::vector<uint8_t> bytes;
    while (issued < addresses.size() && issued - words.size() < opt.readWindow)
      encodeRead(bytes, addresses[issued++]);
    if (!bytes.empty() && !send(bytes, error))
      return false;
    Message m;
    if (!receive(m, what, error))
      return false;
    if (m.kind != Message::ReadData) {
      error = io.name() + ": expected read data for " + what + ", got " +
              (m.kind == Message::Spike ? "an output spike" : "a step end");
      return false;
    }
    words.push_back(m.data);
    if (opt.progress && words.size() - lastReport >= 4096) {
      lastReport = words.size();
      opt.progress(what, words.size(), addresses.size());
    }
  }
  return true;
}

bool BoardLink::readWords(Region region, uint32_t count,
                          std::vector<uint16_t> &words, std::string &error) {
  std::vector<uint32_t> addresses(count);
  for (uint32_t k = 0; k < count; ++k)
    addresses[k] = configAddress(region, k);
  return readAddresses(addresses, words, golden::regionName(region), error);
}

bool BoardLink::readCapabilities(golden::CoreCapabilities &c,
                                 std::string &error) {
  std::vector<uint16_t> words;
  if (!readAddresses({configAddress(Region::Counter, golden::kCapNeurons),
                      configAddress(Region::Counter, golden::kCapAxons),
                      configAddress(Region::Counter, golden::kCapFeatures)},
                     words, "the capability registers", error))
    return false;
  if (!golden::decodeCapabilities(words, c, error)) {
    error = io.name() + ": " + error;
    return false;
  }
  return true;
}

bool BoardLink::setModulator(int32_t q7, std::string &error) {
  if (q7 < -128 || q7 > 127) {
    error = "modulator " + std::to_string(q7) + " is outside Q1.7's [-128, 127]";
    return false;
  }
  std::vector<uint8_t> bytes;
  encodeWrite(bytes, configAddress(Region::Param, golden::kRegModulator),
              uint16_t(uint32_t(q7) & 0xff));
  return send(bytes, error);
}

bool BoardLink::load(const CoreImage &image, std::string &error) {
  std::vector<ConfigWrite> writes;
  if (!golden::imageConfigWrites(image, CoreFeatures::usedBy(image), writes,
                                 error) ||
      !readCapabilities(caps, error))
    return false;
  std::string why;
  if (!golden::imageRunsOn(image, caps, why)) {
    error = io.name() + ": the board's core " + why +
            "; build the bitstream for this image (plasticc "
            "--target=ice40-up5k)";
    return false;
  }
  std::vector<uint8_t> bytes;
  for (const ConfigWrite &w : writes)
    encodeWrite(bytes, w.address(), w.data);
  // The bridge takes a write in a few clocks, far faster than the UART
  // delivers it, so writes need no flow control.
  for (size_t done = 0; done < bytes.size(); done += kChunk) {
    const size_t n = std::min(kChunk, bytes.size() - done);
    if (!io.write(bytes.data() + done, n, opt.timeoutMs, error))
      return false;
    if (opt.progress && bytes.size() > kChunk)
      opt.progress("writing the image", (done + n) / 6, writes.size());
  }
  std::vector<uint32_t> addresses;
  std::vector<const ConfigWrite *> checked;
  for (const ConfigWrite &w : writes)
    if (w.readMask) {
      addresses.push_back(w.address());
      checked.push_back(&w);
    }
  std::vector<uint16_t> words;
  if (!readAddresses(addresses, words, "the image read-back", error))
    return false;
  for (size_t k = 0; k < words.size(); ++k) {
    const ConfigWrite &w = *checked[k];
    if ((words[k] & w.readMask) != (w.data & w.readMask)) {
      error = io.name() + ": image read-back differs at " + w.what + " [" +
              std::to_string(w.index) + "] (address " + hex4(w.address()) +
              "): wrote " + hex4(w.data & w.readMask) + ", read " +
              hex4(words[k] & w.readMask) +
              " (a faulty link or board?)";
      return false;
    }
  }
  steps = 0;
  return true;
}

bool BoardLink::step(const std::vector<uint32_t> &inputs,
                     std::vector<uint32_t> &outputSpikes, std::string &error) {
  std::vector<uint8_t> bytes;
  for (uint32_t axon : inputs)
    encodeSpike(bytes, axon);
  encodeTick(bytes);
  if (!send(bytes, error))
    return false;
  outputSpikes.clear();
  const std::string where = "the end of step " + std::to_string(steps);
  for (;;) {
    Message m;
    if (!receive(m, where.c_str(), error))
      return false;
    if (m.kind == Message::StepDone)
      break;
    if (m.kind == Message::ReadData) {
      error = io.name() + ": unexpected read data during step " +
              std::to_string(steps);
      return false;
    }
    if (m.tick != (steps & 15)) {
      error = io.name() + ": output spike of neuron " +
              std::to_string(m.neuron) + " tagged step " +
              std::to_string(m.tick) + " (mod 16) during step " +
              std::to_string(steps);
      return false;
    }
    if (!outputSpikes.empty() && m.neuron <= outputSpikes.back()) {
      error = io.name() + ": output spikes of step " + std::to_string(steps) +
              " out of order (" + std::to_string(m.neuron) + " after " +
              std::to_string(outputSpikes.back()) + ")";
      return false;
    }
    outputSpikes.push_back(m.neuron);
  }
  ++steps;
  return true;
}

bool BoardLink::readBack(CoreImage &img, uint64_t &tick, std::string &error) {
  // The memories the image uses; the board's core has them (load checked).
  for (const auto &[region, count] :
       golden::readBackRegions(img, CoreFeatures::usedBy(img))) {
    std::vector<uint16_t> words;
    if (!readWords(region, count, words, error))
      return false;
    golden::applyReadBack(img, region, words);
  }
  std::vector<uint16_t> counters;
  if (!readWords(Region::Counter, 2, counters, error))
    return false;
  tick = golden::decodeCounters(counters).tick;
  return true;
}

} // namespace plasticc::host
