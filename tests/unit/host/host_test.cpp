//===- host_test.cpp - The host loader's protocol and image writes --------===//

#include "runtime/host/board_link.h"
#include "runtime/host/protocol.h"
#include "runtime/host/serial_port.h"

#include <gtest/gtest.h>

using namespace plasticc;
using namespace plasticc::host;
using plasticc::golden::ConfigWrite;
using plasticc::golden::CoreFeatures;

namespace {

TEST(HostProtocol, CommandsAreTheBridgesBytes) {
  std::vector<uint8_t> b;
  encodeWrite(b, configAddress(Region::Weight, 0x1234), 0xbeef);
  encodeRead(b, configAddress(Region::Counter, 4));
  encodeSpike(b, 0x103);
  encodeTick(b);
  const std::vector<uint8_t> want = {'W',  0x01, 0x12, 0x34, 0xbe, 0xef, 'R',
                                     0x07, 0x00, 0x04, 'S',  0x01, 0x03, 'T'};
  EXPECT_EQ(b, want);
}

TEST(HostProtocol, ResyncCompletesTheLongestCommand) {
  const std::vector<uint8_t> r = encodeResync();
  EXPECT_GE(r.size(), 5u); // 'W' has five argument bytes
  for (uint8_t x : r)
    EXPECT_EQ(x, 0) << "must not start a command";
}

TEST(HostProtocol, DecoderReassemblesAnyChunking) {
  const std::vector<uint8_t> stream = {'s',  0x03, 0x00, 0x07, 'r',  0x80,
                                       0x01, 'd',  's',  0x0f, 0x01, 0x00};
  for (size_t chunk = 1; chunk <= stream.size(); ++chunk) {
    MessageDecoder d;
    std::string error;
    for (size_t k = 0; k < stream.size(); k += chunk)
      ASSERT_TRUE(
          d.feed(stream.data() + k, std::min(chunk, stream.size() - k), error))
          << error;
    Message m;
    ASSERT_TRUE(d.next(m));
    EXPECT_EQ(m.kind, Message::Spike);
    EXPECT_EQ(m.tick, 3);
    EXPECT_EQ(m.neuron, 7);
    ASSERT_TRUE(d.next(m));
    EXPECT_EQ(m.kind, Message::ReadData);
    EXPECT_EQ(m.data, 0x8001);
    ASSERT_TRUE(d.next(m));
    EXPECT_EQ(m.kind, Message::StepDone);
    ASSERT_TRUE(d.next(m));
    EXPECT_EQ(m.kind, Message::Spike);
    EXPECT_EQ(m.tick, 15);
    EXPECT_EQ(m.neuron, 256);
    EXPECT_FALSE(d.next(m));
  }
}

TEST(HostProtocol, DecoderRejectsAStrayByte) {
  MessageDecoder d;
  std::string error;
  const uint8_t bytes[] = {'d', 'x'};
  EXPECT_FALSE(d.feed(bytes, 2, error));
  EXPECT_NE(error.find("unexpected byte 0x78"), std::string::npos) << error;
}

golden::CoreImage smallImage() {
  golden::CoreImage img = golden::CoreImage::blank(4, 2);
  img.stdp.wMin = -3;
  img.stdp.wMax = 100;
  img.seedNeuron = 0x12345678;
  img.weights[5] = -7;
  img.state[2].u = -2;
  img.state[3].ref = 5;
  img.postTraceMem[3] = 0xab;
  img.preTraceMem[1] = 0x42;
  return img;
}

/// The memories the host writes are those the image uses.
bool writesFor(const golden::CoreImage &img, std::vector<ConfigWrite> &w,
               std::string &error) {
  return golden::imageConfigWrites(img, CoreFeatures::usedBy(img), w, error);
}

TEST(HostImageWrites, EveryRegisterAndMemoryInOrder) {
  const golden::CoreImage img = smallImage();
  std::vector<ConfigWrite> w;
  std::string error;
  ASSERT_TRUE(writesFor(img, w, error)) << error;
  // 46 registers (0..45: the write of 45 sets the countdown 46), 8
  // weights, 4 x (u, misc), 2 x, 3 counter writes.
  ASSERT_EQ(golden::kNumParamRegisters, 47u);
  constexpr size_t R = golden::kNumParamRegisters - 1;
  EXPECT_EQ(w[R - 1].address(), configAddress(Region::Param, 45));
  ASSERT_EQ(w.size(), R + 8 + 8 + 2 + 3);
  EXPECT_EQ(w[18].address(), configAddress(Region::Param, 18));
  EXPECT_EQ(w[18].data, 0xfd); // w_min -3 as an 8-bit register
  EXPECT_EQ(w[20].data, 0x5678);
  EXPECT_EQ(w[21].data, 0x1234);
  EXPECT_EQ(w[R + 5].address(), configAddress(Region::Weight, 5));
  EXPECT_EQ(w[R + 5].data, 0xf9);
  EXPECT_EQ(w[R + 8 + 2 * 2].address(), configAddress(Region::U, 2));
  EXPECT_EQ(w[R + 8 + 2 * 2].data, 0xfffe);
  EXPECT_EQ(w[R + 8 + 2 * 3 + 1].address(), configAddress(Region::Misc, 3));
  EXPECT_EQ(w[R + 8 + 2 * 3 + 1].data, 0xab05);
  EXPECT_EQ(w[R + 17].address(), configAddress(Region::X, 1));
  EXPECT_EQ(w[R + 17].data, 0x42);
  EXPECT_EQ(w.back().address(), configAddress(Region::Counter, 4));
  EXPECT_EQ(w.back().readMask, 0); // clearing status is not read back
  // A core without the three-factor, Hebbian and inhibitory-current
  // registers reads them as 0: an image that does not use them must not
  // fail its read-back there (e_frac_bits defaults to 3).
  EXPECT_EQ(w[31].data, 3);
  for (uint32_t r = golden::kRegThreeFactorEnable; r < R; ++r)
    EXPECT_EQ(w[r].readMask, 0) << golden::parameterName(r);
  EXPECT_EQ(w[0].readMask, 0x000f);
}

TEST(HostImageWrites, CubaAndAdaptiveStateOnlyWhenUsed) {
  golden::CoreImage img = smallImage();
  img.neuron.cuba = img.neuron.adaptive = true;
  std::vector<ConfigWrite> w;
  std::string error;
  ASSERT_TRUE(writesFor(img, w, error)) << error;
  EXPECT_EQ(w.size(), golden::kNumParamRegisters - 1 + 8 + 16 + 2 + 3);
}

TEST(HostImageWrites, NewRulesRegistersAndMemories) {
  golden::CoreImage img = smallImage();
  img.stdp.enabled = false;
  img.threeFactor = true;
  img.threeFactorParams.wMin = -40;
  img.modulator = -5;
  img.eligibility.assign(img.weights.size(), 0);
  img.eligibility[3] = -2;
  img.model = golden::NeuronModel::CubaLif;
  img.neuron.cuba = img.neuron.inhCurrent = true;
  img.neuron.decayIInh = 0x1234;
  img.state[1].iInh = -300;
  std::vector<ConfigWrite> w;
  std::string error;
  ASSERT_TRUE(writesFor(img, w, error)) << error;
  // 46 registers, 8 weights, 8 e, 4 x (u, i, i2, misc), 2 x, 3 counters.
  constexpr size_t R = golden::kNumParamRegisters - 1;
  ASSERT_EQ(w.size(), R + 8 + 8 + 16 + 2 + 3);
  EXPECT_EQ(w[0].data & 0x1c, 0x10 | 1 << 2); // inh_current, cuba_lif
  EXPECT_EQ(w[0].readMask, 0x001f);
  EXPECT_EQ(w[27].data, 1);
  EXPECT_EQ(w[27].readMask, 1);
  EXPECT_EQ(w[33].data, 0xd8); // -40 as an 8-bit register
  EXPECT_EQ(w[36].data, 0xfb); // M = -5
  EXPECT_EQ(w[36].readMask, 0xff);
  EXPECT_EQ(w[37].readMask, 0); // Hebbian unused
  EXPECT_EQ(w[golden::kRegHebbianDecay].readMask, 0);
  EXPECT_EQ(w[41].data, 0x1234);
  EXPECT_EQ(w[R + 8 + 3].address(), configAddress(Region::E, 3));
  EXPECT_EQ(w[R + 8 + 3].data, 0xfe);
  EXPECT_EQ(w[R + 16 + 4 * 1 + 2].address(), configAddress(Region::I2, 1));
  EXPECT_EQ(w[R + 16 + 4 * 1 + 2].data, uint16_t(-300));
  // What the host checks on the board before loading: every feature the
  // image uses, in the feature word's bit order.
  const std::vector<std::string> missing =
      golden::missingFeatures(img, golden::featuresFromWord(0));
  ASSERT_EQ(missing.size(), 3u) << missing.size();
  EXPECT_NE(missing[0].find("EnCuba"), std::string::npos);
  EXPECT_NE(missing[1].find("EnInhCurrent"), std::string::npos);
  EXPECT_NE(missing[2].find("EnThreeFactor"), std::string::npos);
}

TEST(HostCapabilities, FeatureWordBitsFollowTheDocumentedLayout) {
  // docs/core.md §4: bit 0 EnCuba ... bit 7 EnRecurrent, bit 8 EnStaticRows,
  // bit 9 EnOja, bit 10 EnPrune.
  const char *const order[] = {"cuba",      "inhCurrent", "adaptive",
                               "stdp",      "multiplicative", "threeFactor",
                               "hebbian",   "recurrent",  "staticRows",
                               "oja",       "prune"};
  for (unsigned k = 0; k < 11; ++k) {
    const CoreFeatures f = golden::featuresFromWord(uint16_t(1u << k));
    const bool flags[] = {f.cuba,      f.inhCurrent, f.adaptive,
                          f.stdp,      f.multiplicative, f.threeFactor,
                          f.hebbian,   f.recurrent,  f.staticRows,
                          f.oja,       f.prune};
    for (unsigned b = 0; b < 11; ++b)
      EXPECT_EQ(flags[b], b == k) << "bit " << k << " flag " << order[b];
    EXPECT_EQ(golden::featureWord(f), uint16_t(1u << k)) << order[k];
  }
  EXPECT_EQ(golden::featureWord(CoreFeatures()), 0x07ff);
  // The reserved bits 15..11 are ignored.
  EXPECT_EQ(golden::featureWord(golden::featuresFromWord(0xf800)), 0);
}

TEST(HostCapabilities, DecodeRefusesACoreWithoutThem) {
  golden::CoreCapabilities caps;
  std::string error;
  ASSERT_TRUE(golden::decodeCapabilities({256, 128, 0x00a9}, caps, error))
      << error;
  EXPECT_EQ(caps.neurons, 256u);
  EXPECT_EQ(caps.axons, 128u);
  EXPECT_TRUE(caps.features.cuba && caps.features.stdp &&
              caps.features.threeFactor && caps.features.recurrent);
  EXPECT_FALSE(caps.features.inhCurrent || caps.features.adaptive ||
               caps.features.multiplicative || caps.features.hebbian);
  EXPECT_FALSE(golden::decodeCapabilities({0, 0, 0}, caps, error));
  EXPECT_NE(error.find("older than the capability registers"),
            std::string::npos)
      << error;
  EXPECT_FALSE(golden::decodeCapabilities({8, 8}, caps, error));
  ASSERT_TRUE(golden::decodeCapabilities({256, 128, 0x00a9}, caps, error));
  EXPECT_EQ(golden::describeCapabilities(caps),
            "256 neurons x 128 axons, built with EnCuba EnStdp EnThreeFactor "
            "EnRecurrent");
}

TEST(HostCapabilities, ImageMustMatchSizeAndFeatures) {
  golden::CoreImage img = golden::CoreImage::blank(8, 6);
  img.stdp.enabled = true;
  img.stdp.bounds = golden::Bounds::Multiplicative;
  img.recurrent.enabled = true;
  golden::CoreCapabilities caps;
  caps.neurons = 8;
  caps.axons = 6;
  std::string why;
  EXPECT_TRUE(golden::imageRunsOn(img, caps, why)) << why;
  // An M = 6 image on an M = 8 core: same power-of-two ceiling, refused.
  caps.axons = 8;
  EXPECT_FALSE(golden::imageRunsOn(img, caps, why));
  EXPECT_EQ(why, "is not the image's size: it has more axons (8 neurons x 8 "
                 "axons) than the image (8 x 6); a core runs images of "
                 "exactly its own size");
  caps.neurons = 4;
  EXPECT_FALSE(golden::imageRunsOn(img, caps, why));
  EXPECT_EQ(why, "is too small: it has fewer neurons (4 neurons x 8 axons) "
                 "than the image (8 x 6)");
  // What no bus probe could see: STDP, multiplicative bounds, recurrence.
  caps.neurons = 8;
  caps.axons = 6;
  caps.features = golden::featuresFromWord(0x0001); // cuba only
  EXPECT_FALSE(golden::imageRunsOn(img, caps, why));
  EXPECT_EQ(why, "was built without STDP (EnStdp = 0), multiplicative STDP "
                 "(EnMultiplicative = 0) and recurrent spikes (EnRecurrent = "
                 "0), which the image uses");
}

TEST(HostImageWrites, OjaNeedsEnOjaAndRegister43) {
  golden::CoreImage img = smallImage();
  img.stdp.enabled = false;
  img.hebbian = true;
  img.hebbianParams.decay = 1234;
  CoreFeatures has = CoreFeatures::usedBy(img);
  EXPECT_TRUE(has.hebbian && has.oja);
  std::vector<ConfigWrite> w;
  std::string error;
  ASSERT_TRUE(golden::imageConfigWrites(img, has, w, error)) << error;
  EXPECT_EQ(w[golden::kRegHebbianDecay].data, 1234);
  EXPECT_EQ(w[golden::kRegHebbianDecay].readMask, 0xffff);
  // The board reports EnOja as bit 9 of the capability word.
  EXPECT_EQ(golden::featureWord(has), (1u << 6) | (1u << 9));
  golden::CoreCapabilities caps;
  ASSERT_TRUE(golden::decodeCapabilities(
      {uint16_t(img.neurons), uint16_t(img.axons), 0x0040}, caps, error))
      << error;
  std::string runs;
  EXPECT_FALSE(golden::imageRunsOn(img, caps, runs));
  EXPECT_EQ(runs, "was built without Oja's decay term (EnOja = 0), which the "
                  "image uses");
  caps.features.oja = true;
  EXPECT_TRUE(golden::imageRunsOn(img, caps, runs)) << runs;
  EXPECT_EQ(golden::describeCapabilities(caps),
            std::to_string(img.neurons) + " neurons x " +
                std::to_string(img.axons) + " axons, built with EnHebbian EnOja");
  // A plain Hebbian build (EnOja = 0) refuses the image and reads 43 as 0.
  has.oja = false;
  std::string why;
  EXPECT_FALSE(golden::imageFits(img, has, why));
  EXPECT_EQ(why, "Oja's decay term (EnOja = 0)");
  EXPECT_EQ(golden::parameterReadMask(golden::kRegHebbianDecay, has), 0);
  // With eta_o = 0 the image is plain Hebbian and fits.
  img.hebbianParams.decay = 0;
  EXPECT_FALSE(CoreFeatures::usedBy(img).oja);
  EXPECT_TRUE(golden::imageFits(img, has, why)) << why;
}

TEST(HostImageWrites, ReadBackRestoresEveryMemory) {
  golden::CoreImage img = smallImage();
  img.threeFactor = true;
  img.eligibility.assign(img.weights.size(), 0);
  img.neuron.cuba = img.neuron.inhCurrent = true;
  const CoreFeatures has = CoreFeatures::usedBy(img);
  std::vector<ConfigWrite> w;
  std::string error;
  ASSERT_TRUE(golden::imageConfigWrites(img, has, w, error)) << error;
  img.eligibility[6] = -7;
  img.state[2].iInh = 1234;
  // What a core would answer: the written words, weights and e
  // sign-extended as the RTL reads them.
  std::vector<ConfigWrite> w2;
  ASSERT_TRUE(golden::imageConfigWrites(img, has, w2, error)) << error;
  golden::CoreImage back = golden::CoreImage::blank(img.neurons, img.axons);
  for (const auto &[region, count] : golden::readBackRegions(img, has)) {
    std::vector<uint16_t> words(count);
    for (const ConfigWrite &x : w2)
      if (x.region == region && x.index < count)
        words[x.index] = region == Region::Weight || region == Region::E
                             ? uint16_t(int16_t(int8_t(x.data)))
                             : x.data;
    golden::applyReadBack(back, region, words);
  }
  EXPECT_EQ(back.weights, img.weights);
  EXPECT_EQ(back.eligibility, img.eligibility);
  for (uint32_t j = 0; j < img.neurons; ++j) {
    EXPECT_EQ(back.state[j].u, img.state[j].u);
    EXPECT_EQ(back.state[j].iInh, img.state[j].iInh);
    EXPECT_EQ(back.state[j].ref, img.state[j].ref);
  }
  EXPECT_EQ(back.postTraceMem, img.postTraceMem);
  EXPECT_EQ(back.preTraceMem, img.preTraceMem);
}

TEST(HostImageWrites, RefusesMoreSynapsesThanTheBusAddresses) {
  std::string error;
  std::vector<ConfigWrite> w;
  golden::CoreImage img = golden::CoreImage::blank(512, 256);
  EXPECT_FALSE(writesFor(img, w, error));
  EXPECT_NE(error.find("65536"), std::string::npos) << error;
}

TEST(HostSerialPort, ClearErrors) {
  std::string error;
  EXPECT_EQ(SerialPort::open("/dev/null", 115200, error), nullptr);
  EXPECT_EQ(error.rfind("/dev/null: not a serial port", 0), 0u) << error;
  EXPECT_EQ(SerialPort::open("/dev/null", 12345, error), nullptr);
  EXPECT_EQ(error, "/dev/null: unsupported baud rate 12345");
  EXPECT_EQ(SerialPort::open("/nonexistent/tty", 115200, error), nullptr);
  EXPECT_EQ(error.rfind("/nonexistent/tty: cannot open: ", 0), 0u) << error;
}

} // namespace
