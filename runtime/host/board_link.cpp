//===- board_link.cpp - A learning core on a board, seen from the host ----===//

#include "runtime/host/board_link.h"

#include <algorithm>
#include <cstdio>

namespace plasticc::host {

using golden::CoreImage;

namespace {

std::string hex4(uint32_t v) {
  char text[16];
  std::snprintf(text, sizeof text, "0x%04x", v);
  return text;
}

/// Parameter register 24: recurrent.enabled.
constexpr uint32_t kRegRecurrentEnable = 24;

/// Bytes per chunk of a long write, between progress reports.
constexpr size_t kChunk = 4096;

} // namespace

std::vector<uint16_t> parameterRegisters(const CoreImage &img) {
  const golden::NeuronParams &p = img.neuron;
  return {
      uint16_t(uint32_t(img.model) << 2 | uint32_t(p.reset) << 1 |
               uint32_t(p.adaptive)),
      uint16_t(p.decayV), uint16_t(p.decayI), uint16_t(p.decayTh),
      uint16_t(p.gainI), uint16_t(p.threshold), uint16_t(p.vReset),
      uint16_t(p.thJump), uint16_t(p.bias), uint16_t(p.refSteps),
      uint16_t(img.wShift), uint16_t(img.preTrace.pairing),
      uint16_t(img.preTrace.decay), uint16_t(img.postTrace.decay),
      uint16_t(img.preTrace.impulse),
      uint16_t(uint32_t(img.stdp.enabled) << 2 |
               uint32_t(img.stdp.bounds) << 1 | uint32_t(img.stdp.rounding)),
      uint16_t(img.stdp.aPlus), uint16_t(img.stdp.aMinus),
      // w_min / w_max are 8-bit registers.
      uint8_t(img.stdp.wMin), uint8_t(img.stdp.wMax), uint16_t(img.seedNeuron),
      uint16_t(img.seedNeuron >> 16), uint16_t(img.seedLearn),
      uint16_t(img.seedLearn >> 16), uint16_t(img.recurrent.enabled),
      uint16_t(img.recurrent.offset), uint16_t(img.recurrent.delay)};
}

bool imageConfigWrites(const CoreImage &img, std::vector<ConfigWrite> &writes,
                       std::string &error) {
  const char *missing = img.neuron.inhCurrent ? "neuron.inh_current"
                        : img.threeFactor     ? "three_factor.enabled"
                        : img.hebbian         ? "hebbian.enabled"
                                              : nullptr;
  if (missing) {
    error = std::string("the image sets ") + missing +
            ", which the board's core (RTL v1) does not implement "
            "(docs/core.md §9)";
    return false;
  }
  if (size_t(img.neurons) * img.axons > 65536) {
    error = "the image has " + std::to_string(size_t(img.neurons) * img.axons) +
            " synapses; the configuration bus addresses at most 65536";
    return false;
  }
  static const char *const regNames[27] = {"neuron flags",
                                           "decay_v",
                                           "decay_i",
                                           "decay_th",
                                           "gain_i",
                                           "threshold",
                                           "v_reset",
                                           "th_jump",
                                           "bias",
                                           "ref_steps",
                                           "w_shift",
                                           "pairing",
                                           "decay_pre",
                                           "decay_post",
                                           "impulse",
                                           "stdp flags",
                                           "a_plus",
                                           "a_minus",
                                           "w_min",
                                           "w_max",
                                           "seed_neuron lo",
                                           "seed_neuron hi",
                                           "seed_learn lo",
                                           "seed_learn hi",
                                           "recurrent.enabled",
                                           "recurrent.offset",
                                           "recurrent.delay"};
  writes.clear();
  const std::vector<uint16_t> regs = parameterRegisters(img);
  for (uint32_t r = 0; r < regs.size(); ++r)
    writes.push_back(
        {configAddress(Region::Param, r), regs[r], 0xffff, regNames[r]});
  for (uint32_t k = 0; k < img.weights.size(); ++k)
    writes.push_back({configAddress(Region::Weight, k), uint8_t(img.weights[k]),
                      0x00ff, "weight"});
  for (uint32_t j = 0; j < img.neurons; ++j) {
    const golden::NeuronState &s = img.state[j];
    writes.push_back({configAddress(Region::U, j), uint16_t(s.u), 0xffff, "u"});
    // Only the datapaths the image uses hold i and theta; a core built
    // without them has no such memory (and the model leaves them alone).
    if (img.neuron.cuba)
      writes.push_back(
          {configAddress(Region::I, j), uint16_t(s.i), 0xffff, "i"});
    if (img.neuron.adaptive)
      writes.push_back({configAddress(Region::Theta, j), uint16_t(s.theta),
                        0xffff, "theta"});
    writes.push_back({configAddress(Region::Misc, j),
                      uint16_t(img.postTraceMem[j] << 8 | (s.ref & 0x7f)),
                      0xffff, "y/ref"});
  }
  for (uint32_t a = 0; a < img.axons; ++a)
    writes.push_back(
        {configAddress(Region::X, a), img.preTraceMem[a], 0x00ff, "x"});
  // A fresh step counter (the 's' messages carry its low bits) and status.
  writes.push_back({configAddress(Region::Counter, 0), 0, 0xffff, "tick lo"});
  writes.push_back({configAddress(Region::Counter, 1), 0, 0xffff, "tick hi"});
  writes.push_back({configAddress(Region::Counter, 4), 0x3, 0, "status"});
  return true;
}

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
  encodeWrite(bytes, configAddress(Region::Param, kRegRecurrentEnable), 0);
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
  static const char *const names[] = {"registers", "weights", "u", "i",
                                      "theta",     "y/ref",   "x", "counters"};
  return readAddresses(addresses, words,
                       uint32_t(region) < 8 ? names[uint32_t(region)] : "words",
                       error);
}

bool BoardLink::load(const CoreImage &image, std::string &error) {
  std::vector<ConfigWrite> writes;
  if (!imageConfigWrites(image, writes, error))
    return false;
  std::vector<uint8_t> bytes;
  for (const ConfigWrite &w : writes)
    encodeWrite(bytes, w.address, w.data);
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
      addresses.push_back(w.address);
      checked.push_back(&w);
    }
  std::vector<uint16_t> words;
  if (!readAddresses(addresses, words, "the image read-back", error))
    return false;
  for (size_t k = 0; k < words.size(); ++k) {
    const ConfigWrite &w = *checked[k];
    if ((words[k] & w.readMask) != (w.data & w.readMask)) {
      error = io.name() + ": image read-back differs at " + w.what + " [" +
              std::to_string(w.address & 0xffff) + "] (address " +
              hex4(w.address) + "): wrote " + hex4(w.data & w.readMask) +
              ", read " + hex4(words[k] & w.readMask) +
              " (does the board's core have this feature and this size?)";
      return false;
    }
  }
  auto valueAt = [&](uint32_t address) -> uint16_t {
    for (const ConfigWrite &w : writes)
      if (w.address == address)
        return w.data;
    return 0;
  };
  if (!checkSize(Region::U, image.neurons, 0xffff, "neurons", valueAt, error) ||
      !checkSize(Region::X, image.axons, 0x00ff, "axons", valueAt, error))
    return false;
  steps = 0;
  return true;
}

bool BoardLink::checkSize(Region region, uint32_t size, uint16_t mask,
                          const char *what,
                          const std::function<uint16_t(uint32_t)> &valueAt,
                          std::string &error) {
  // The core decodes a neuron (axon) index modulo its memory's power-of-two
  // size, so the write at index P = 2^ceil(log2 size) lands on index 0 if
  // and only if the memory has at most P entries, and the one at P/2 lands
  // on 0 if it has at most P/2. The core reports no size of its own.
  uint32_t p = 1;
  while (p < size)
    p <<= 1;
  if (p > 0xffff)
    return true;
  const uint32_t a0 = configAddress(region, 0),
                 aHalf = configAddress(region, p / 2),
                 aP = configAddress(region, p);
  const uint16_t v0 = valueAt(a0), vHalf = valueAt(aHalf);
  const uint16_t marker = uint16_t((v0 ^ 0x5a5a) & mask);
  std::vector<uint8_t> bytes;
  std::vector<uint16_t> words;
  encodeWrite(bytes, aP, marker);
  if (!send(bytes, error) ||
      !readAddresses({a0}, words, "the size check", error))
    return false;
  const bool atMostP = words[0] == marker;
  bytes.clear();
  encodeWrite(bytes, a0, v0);
  encodeWrite(bytes, aHalf, uint16_t((vHalf ^ 0x5a5a) & mask));
  if (!send(bytes, error) ||
      !readAddresses({a0}, words, "the size check", error))
    return false;
  const bool moreThanHalf = (words[0] & mask) == (v0 & mask);
  bytes.clear();
  encodeWrite(bytes, aHalf, vHalf);
  if (!send(bytes, error) ||
      !readAddresses({a0, aHalf}, words, "the size check", error))
    return false;
  if (!atMostP || !moreThanHalf) {
    error = io.name() + ": the board's core has " +
            (atMostP ? "fewer" : "more") + " " + what + " than the image's " +
            std::to_string(size) + "; build the bitstream for this image";
    return false;
  }
  if ((words[0] & mask) != (v0 & mask) || (words[1] & mask) != (vHalf & mask)) {
    error = io.name() + ": the size check could not restore " + what +
            " 0 and " + std::to_string(p / 2);
    return false;
  }
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
  std::vector<uint16_t> w, u, cur, th, misc, x, counters;
  if (!readWords(Region::Weight, uint32_t(img.weights.size()), w, error) ||
      !readWords(Region::U, img.neurons, u, error) ||
      (img.neuron.cuba && !readWords(Region::I, img.neurons, cur, error)) ||
      (img.neuron.adaptive &&
       !readWords(Region::Theta, img.neurons, th, error)) ||
      !readWords(Region::Misc, img.neurons, misc, error) ||
      !readWords(Region::X, img.axons, x, error) ||
      !readWords(Region::Counter, 2, counters, error))
    return false;
  for (size_t k = 0; k < w.size(); ++k)
    img.weights[k] = int8_t(uint8_t(w[k]));
  for (uint32_t j = 0; j < img.neurons; ++j) {
    golden::NeuronState &s = img.state[j];
    s.u = int16_t(u[j]);
    if (img.neuron.cuba)
      s.i = int16_t(cur[j]);
    if (img.neuron.adaptive)
      s.theta = int16_t(th[j]);
    s.ref = misc[j] & 0x7f;
    img.postTraceMem[j] = uint8_t(misc[j] >> 8);
  }
  for (uint32_t a = 0; a < img.axons; ++a)
    img.preTraceMem[a] = uint8_t(x[a]);
  tick = uint64_t(counters[0]) | uint64_t(counters[1]) << 16;
  return true;
}

} // namespace plasticc::host
