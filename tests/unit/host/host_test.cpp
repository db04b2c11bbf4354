//===- host_test.cpp - The host loader's protocol and image writes --------===//

#include "runtime/host/board_link.h"
#include "runtime/host/protocol.h"
#include "runtime/host/serial_port.h"

#include <gtest/gtest.h>

using namespace plasticc;
using namespace plasticc::host;

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

TEST(HostImageWrites, EveryRegisterAndMemoryInOrder) {
  const golden::CoreImage img = smallImage();
  std::vector<ConfigWrite> w;
  std::string error;
  ASSERT_TRUE(imageConfigWrites(img, w, error)) << error;
  // 27 registers, 8 weights, 4 x (u, misc), 2 x, 3 counter writes.
  ASSERT_EQ(w.size(), 27u + 8 + 8 + 2 + 3);
  EXPECT_EQ(w[18].address, configAddress(Region::Param, 18));
  EXPECT_EQ(w[18].data, 0xfd); // w_min -3 as an 8-bit register
  EXPECT_EQ(w[20].data, 0x5678);
  EXPECT_EQ(w[21].data, 0x1234);
  EXPECT_EQ(w[27 + 5].address, configAddress(Region::Weight, 5));
  EXPECT_EQ(w[27 + 5].data, 0xf9);
  EXPECT_EQ(w[35 + 2 * 2].address, configAddress(Region::U, 2));
  EXPECT_EQ(w[35 + 2 * 2].data, 0xfffe);
  EXPECT_EQ(w[35 + 2 * 3 + 1].address, configAddress(Region::Misc, 3));
  EXPECT_EQ(w[35 + 2 * 3 + 1].data, 0xab05);
  EXPECT_EQ(w[44].address, configAddress(Region::X, 1));
  EXPECT_EQ(w[44].data, 0x42);
  EXPECT_EQ(w.back().address, configAddress(Region::Counter, 4));
  EXPECT_EQ(w.back().readMask, 0); // clearing status is not read back
}

TEST(HostImageWrites, CubaAndAdaptiveStateOnlyWhenUsed) {
  golden::CoreImage img = smallImage();
  img.neuron.cuba = img.neuron.adaptive = true;
  std::vector<ConfigWrite> w;
  std::string error;
  ASSERT_TRUE(imageConfigWrites(img, w, error)) << error;
  EXPECT_EQ(w.size(), 27u + 8 + 16 + 2 + 3);
}

TEST(HostImageWrites, RefusesWhatTheBoardLacks) {
  std::string error;
  std::vector<ConfigWrite> w;
  golden::CoreImage img = smallImage();
  img.threeFactor = true;
  EXPECT_FALSE(imageConfigWrites(img, w, error));
  EXPECT_NE(error.find("three_factor.enabled"), std::string::npos) << error;
  img = smallImage();
  img.neuron.inhCurrent = true;
  EXPECT_FALSE(imageConfigWrites(img, w, error));
  EXPECT_NE(error.find("neuron.inh_current"), std::string::npos) << error;
  img = golden::CoreImage::blank(512, 256);
  EXPECT_FALSE(imageConfigWrites(img, w, error));
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
