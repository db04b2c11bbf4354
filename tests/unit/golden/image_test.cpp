//===- image_test.cpp - Core image round trip and malformed input ----------===//

#include "sim/golden/image.h"
#include "sim/golden/spike_io.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

using namespace plasticc::golden;
namespace fs = std::filesystem;

namespace {

fs::path freshDir(const std::string &name) {
  fs::path dir = fs::path(PLASTICC_TEST_TMPDIR) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void writeFile(const fs::path &path, const std::string &text) {
  std::ofstream(path) << text;
}

/// A valid 4x2 manifest with \p extra appended (line 5 onward).
std::string manifest(const std::string &extra = "") {
  return "plasticc-core-image 1\n"
         "core.neurons = 4\n"
         "core.axons = 2\n"
         "mem.weights = weights.hex\n" +
         extra;
}

const char *kWeights = "00\n7f\n80\nff\n01\n02\n03\n04\n";

std::string loadError(const std::string &name, const std::string &text,
                      const char *weights = kWeights) {
  fs::path dir = freshDir(name);
  writeFile(dir / "manifest.txt", text);
  writeFile(dir / "weights.hex", weights);
  CoreImage img;
  std::string error;
  EXPECT_FALSE(loadCoreImage(dir.string(), img, error));
  // Strip the directory so the expectations read as file:line: message.
  return error.substr(error.find_last_of('/') + 1);
}

} // namespace

TEST(CoreImage, LoadsMinimalManifest) {
  fs::path dir = freshDir("minimal");
  writeFile(dir / "manifest.txt", manifest("# a comment\n\nneuron.model = li\n"));
  writeFile(dir / "weights.hex", kWeights);
  CoreImage img;
  std::string error;
  ASSERT_TRUE(loadCoreImage(dir.string(), img, error)) << error;
  EXPECT_EQ(img.neurons, 4u);
  EXPECT_EQ(img.weight(0, 1), 127);
  EXPECT_EQ(img.weight(0, 2), kNoSynapse);
  EXPECT_EQ(img.weight(0, 3), -1);
  EXPECT_EQ(img.weight(1, 3), 4);
  EXPECT_FALSE(img.neuron.spikes);
  EXPECT_EQ(img.state.size(), 4u);
}

TEST(CoreImage, RoundTripsThroughWriter) {
  CoreImage img = CoreImage::blank(8, 4);
  applyNeuronModel(img, NeuronModel::CubaLif);
  img.neuron.decayV = 62340;
  img.neuron.threshold = 1280;
  img.neuron.reset = ResetMode::Subtract;
  img.neuron.adaptive = true;
  img.stdp.bounds = Bounds::Multiplicative;
  img.stdp.wMin = -3;
  img.preTrace.pairing = img.postTrace.pairing = Pairing::Nearest;
  img.seedLearn = 0xdeadbeef;
  img.recurrent = {true, 4, 7};
  img.threeFactor = true;
  img.threeFactorParams.eFracBits = 5;
  img.hebbianParams.eta = 1234;
  img.hebbianParams.decay = 4321;
  img.hebbianParams.rounding = WeightRounding::Stochastic;
  img.modulator = -7;
  img.eligibility[9] = -3;
  for (size_t k = 0; k < img.weights.size(); ++k)
    img.weights[k] = int8_t(k * 37);
  img.state[3].u = -1234;
  img.state[3].i = 55;
  img.state[3].iInh = -66;
  img.state[3].theta = 9;
  img.state[3].ref = 3;
  img.neuron.inhCurrent = true;
  img.postTraceMem[3] = 200;
  img.preTraceMem[1] = 17;
  fs::path dir = freshDir("roundtrip");
  std::string error;
  ASSERT_TRUE(writeCoreImage(dir.string(), img, error)) << error;
  CoreImage back;
  ASSERT_TRUE(loadCoreImage((dir / "manifest.txt").string(), back, error))
      << error;
  EXPECT_EQ(back.weights, img.weights);
  EXPECT_EQ(back.model, NeuronModel::CubaLif);
  EXPECT_TRUE(back.neuron.cuba);
  EXPECT_EQ(back.neuron.reset, ResetMode::Subtract);
  EXPECT_EQ(back.stdp.bounds, Bounds::Multiplicative);
  EXPECT_EQ(back.stdp.wMin, -3);
  EXPECT_EQ(back.preTrace.pairing, Pairing::Nearest);
  EXPECT_EQ(back.seedLearn, 0xdeadbeefu);
  EXPECT_EQ(back.recurrent.delay, 7u);
  EXPECT_TRUE(back.threeFactor);
  EXPECT_EQ(back.threeFactorParams.eFracBits, 5u);
  EXPECT_EQ(back.modulator, -7);
  EXPECT_FALSE(back.hebbian);
  EXPECT_EQ(back.hebbianParams.eta, 1234u);
  EXPECT_EQ(back.hebbianParams.decay, 4321u);
  EXPECT_EQ(back.hebbianParams.rounding, WeightRounding::Stochastic);
  EXPECT_EQ(back.eligibility, img.eligibility);
  EXPECT_EQ(back.state[3].u, -1234);
  EXPECT_EQ(back.state[3].i, 55);
  EXPECT_EQ(back.state[3].iInh, -66);
  EXPECT_TRUE(back.neuron.inhCurrent);
  EXPECT_EQ(back.state[3].theta, 9);
  EXPECT_EQ(back.state[3].ref, 3u);
  EXPECT_EQ(back.postTraceMem[3], 200);
  EXPECT_EQ(back.preTraceMem[1], 17);
}

TEST(CoreImage, RejectsMalformedManifestWithFileAndLine) {
  EXPECT_EQ(loadError("magic", "core.neurons = 4\n"),
            "manifest.txt:1: expected 'plasticc-core-image 1' as the first "
            "line");
  EXPECT_EQ(loadError("version", "plasticc-core-image 2\n"),
            "manifest.txt:1: unsupported core image version 2");
  EXPECT_EQ(loadError("unknown", manifest("neuron.tau_m = 20\n")),
            "manifest.txt:5: unknown key 'neuron.tau_m'");
  EXPECT_EQ(loadError("noeq", manifest("neuron.model lif\n")),
            "manifest.txt:5: expected 'key = value'");
  EXPECT_EQ(loadError("badint", manifest("neuron.threshold = 12x\n")),
            "manifest.txt:5: '12x' is not an integer");
  EXPECT_EQ(loadError("range", manifest("neuron.decay_v = 70000\n")),
            "manifest.txt:5: value 70000 out of range [0, 65535]");
  EXPECT_EQ(loadError("decay", manifest("hebbian.decay = 65536\n")),
            "manifest.txt:5: value 65536 out of range [0, 65535]");
  EXPECT_EQ(loadError("enum", manifest("neuron.model = hh\n")),
            "manifest.txt:5: 'hh' is not one of lif|cuba_lif|if|li");
  EXPECT_EQ(loadError("dup", manifest("core.axons = 2\n")),
            "manifest.txt:5: duplicate key 'core.axons' (first on line 3)");
  EXPECT_EQ(loadError("missing", "plasticc-core-image 1\ncore.neurons = 4\n"),
            "manifest.txt:2: missing required key 'core.axons'");
  EXPECT_EQ(loadError("mult4", "plasticc-core-image 1\ncore.neurons = 6\n"
                               "core.axons = 2\nmem.weights = weights.hex\n"),
            "manifest.txt:2: core.neurons must be a multiple of 4");
  EXPECT_EQ(loadError("both", manifest("stdp.enabled = 1\n"
                                       "three_factor.enabled = 1\n")),
            "manifest.txt:6: at most one of stdp, three_factor and hebbian "
            "can be enabled on one core");
  EXPECT_EQ(loadError("seed", manifest("rng.seed_learn = 0\n")),
            "manifest.txt:5: value 0 out of range [1, 4294967295]");
}

TEST(CoreImage, PlasticAxonsDefaultsToMAndRoundTrips) {
  fs::path dir = freshDir("plastic");
  writeFile(dir / "manifest.txt", manifest());
  writeFile(dir / "weights.hex", kWeights);
  CoreImage img;
  std::string error;
  ASSERT_TRUE(loadCoreImage(dir.string(), img, error)) << error;
  EXPECT_EQ(img.plasticRows(), 2u); // omitted: every row learns
  EXPECT_TRUE(img.isPlasticRow(1));

  writeFile(dir / "manifest.txt", manifest("learn.plastic_axons = 1\n"));
  ASSERT_TRUE(loadCoreImage(dir.string(), img, error)) << error;
  EXPECT_EQ(img.plasticRows(), 1u);
  EXPECT_TRUE(img.isPlasticRow(0));
  EXPECT_FALSE(img.isPlasticRow(1));

  fs::path out = freshDir("plastic-out");
  ASSERT_TRUE(writeCoreImage(out.string(), img, error)) << error;
  CoreImage back;
  ASSERT_TRUE(loadCoreImage(out.string(), back, error)) << error;
  EXPECT_EQ(back.plasticRows(), 1u);

  // P = 0 (every row static) and P = M are both in range.
  writeFile(dir / "manifest.txt", manifest("learn.plastic_axons = 0\n"));
  ASSERT_TRUE(loadCoreImage(dir.string(), img, error)) << error;
  EXPECT_EQ(img.plasticRows(), 0u);
  EXPECT_FALSE(img.isPlasticRow(0));
}

TEST(CoreImage, RejectsPlasticAxonsBeyondM) {
  // Checked against core.axons even when the key comes first.
  EXPECT_EQ(loadError("plastic-m", "plasticc-core-image 1\n"
                                   "learn.plastic_axons = 3\n"
                                   "core.neurons = 4\ncore.axons = 2\n"
                                   "mem.weights = weights.hex\n"),
            "manifest.txt:2: learn.plastic_axons 3 is greater than "
            "core.axons 2");
  EXPECT_EQ(loadError("plastic-neg", manifest("learn.plastic_axons = -1\n")),
            "manifest.txt:5: value -1 out of range [0, 1024]");
  EXPECT_EQ(loadError("plastic-dup", manifest("learn.plastic_axons = 1\n"
                                              "learn.plastic_axons = 2\n")),
            "manifest.txt:6: duplicate key 'learn.plastic_axons' (first on "
            "line 5)");
}

TEST(CoreImage, PruneKeysDefaultToZeroAndRoundTrip) {
  fs::path dir = freshDir("prune");
  writeFile(dir / "manifest.txt", manifest());
  writeFile(dir / "weights.hex", kWeights);
  CoreImage img;
  std::string error;
  ASSERT_TRUE(loadCoreImage(dir.string(), img, error)) << error;
  EXPECT_EQ(img.pruneThreshold, 0u); // omitted: never prunes
  EXPECT_EQ(img.pruneEvery, 0u);

  // The extremes of both ranges.
  writeFile(dir / "manifest.txt",
            manifest("prune.threshold = 128\nprune.every = 0xffff\n"));
  ASSERT_TRUE(loadCoreImage(dir.string(), img, error)) << error;
  EXPECT_EQ(img.pruneThreshold, 128u);
  EXPECT_EQ(img.pruneEvery, 65535u);

  img.pruneThreshold = 5;
  img.pruneEvery = 3;
  fs::path out = freshDir("prune-out");
  ASSERT_TRUE(writeCoreImage(out.string(), img, error)) << error;
  CoreImage back;
  ASSERT_TRUE(loadCoreImage(out.string(), back, error)) << error;
  EXPECT_EQ(back.pruneThreshold, 5u);
  EXPECT_EQ(back.pruneEvery, 3u);
}

TEST(CoreImage, RejectsPruneValuesOutOfRangeWithFileAndLine) {
  EXPECT_EQ(loadError("prune-t", manifest("prune.threshold = 129\n")),
            "manifest.txt:5: value 129 out of range [0, 128]");
  EXPECT_EQ(loadError("prune-tneg", manifest("prune.threshold = -1\n")),
            "manifest.txt:5: value -1 out of range [0, 128]");
  EXPECT_EQ(loadError("prune-e", manifest("neuron.model = lif\n"
                                          "prune.every = 65536\n")),
            "manifest.txt:6: value 65536 out of range [0, 65535]");
  EXPECT_EQ(loadError("prune-ex", manifest("prune.every = 3x\n")),
            "manifest.txt:5: '3x' is not an integer");
  EXPECT_EQ(loadError("prune-dup", manifest("prune.every = 1\n"
                                            "prune.every = 2\n")),
            "manifest.txt:6: duplicate key 'prune.every' (first on line 5)");
  EXPECT_EQ(loadError("prune-countdown", manifest("prune.countdown = 1\n")),
            "manifest.txt:5: unknown key 'prune.countdown'");
}

TEST(CoreImage, RejectsMalformedHexWithFileAndLine) {
  EXPECT_EQ(loadError("short", manifest(), "00\n01\n"),
            "weights.hex:2: expected 8 words, found 2");
  EXPECT_EQ(loadError("digit", manifest(), "00\n0g\n"),
            "weights.hex:2: '0g' is not a hex word");
  EXPECT_EQ(loadError("wide", manifest(), "00\n100\n"),
            "weights.hex:2: word '100' is wider than 2 hex digits");
  EXPECT_EQ(loadError("long", manifest(), "0\n1\n2\n3\n4\n5\n6\n7\n8\n"),
            "weights.hex:9: more than the 8 words this memory holds");
  EXPECT_EQ(loadError("nofile", manifest("mem.state_u = nope.hex\n")),
            "nope.hex:0: cannot open memory file");
}

TEST(ModulatorInput, ParsesAndRejectsWithFileAndLine) {
  fs::path dir = freshDir("modulator");
  writeFile(dir / "m.txt", "# step value\n0 0\n5 64\n9 -128\n");
  ModulatorSchedule m;
  std::string error;
  ASSERT_TRUE(readModulator((dir / "m.txt").string(), m, error)) << error;
  EXPECT_EQ(m, (ModulatorSchedule{{0, 0}, {5, 64}, {9, -128}}));
  writeFile(dir / "bad.txt", "5 1\n5 2\n");
  EXPECT_FALSE(readModulator((dir / "bad.txt").string(), m, error));
  EXPECT_EQ(error.substr(error.find_last_of('/') + 1),
            "bad.txt:2: steps must be strictly ascending");
  writeFile(dir / "bad2.txt", "1 200\n");
  EXPECT_FALSE(readModulator((dir / "bad2.txt").string(), m, error));
  EXPECT_EQ(error.substr(error.find_last_of('/') + 1),
            "bad2.txt:1: modulator 200 out of range [-128, 127] (Q1.7)");
}

TEST(SpikeInput, ParsesAndRejectsWithFileAndLine) {
  fs::path dir = freshDir("spikes");
  writeFile(dir / "in.txt", "# step axons\n3 1 0\n\n0 1   # trailing\n3 1\n");
  SpikeSchedule s;
  std::string error;
  ASSERT_TRUE(readInputSpikes((dir / "in.txt").string(), 2, s, error));
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0], std::vector<uint32_t>({1}));
  EXPECT_EQ(s[3], std::vector<uint32_t>({1, 0, 1}));

  writeFile(dir / "bad.txt", "0 1\n1 2\n");
  EXPECT_FALSE(readInputSpikes((dir / "bad.txt").string(), 2, s, error));
  EXPECT_EQ(error.substr(error.find_last_of('/') + 1),
            "bad.txt:2: axon 2 out of range [0, 2)");
  writeFile(dir / "bad2.txt", "0 1\n-1 0\n");
  EXPECT_FALSE(readInputSpikes((dir / "bad2.txt").string(), 2, s, error));
  EXPECT_EQ(error.substr(error.find_last_of('/') + 1),
            "bad2.txt:2: step -1 out of range [0, 2^32)");
  writeFile(dir / "bad3.txt", "0 a\n");
  EXPECT_FALSE(readInputSpikes((dir / "bad3.txt").string(), 2, s, error));
  EXPECT_EQ(error.substr(error.find_last_of('/') + 1),
            "bad3.txt:1: 'a' is not an integer");
}
