//===- system_config_bus_test.cpp - A system image over the system bus ----===//
//
// The router's writes (docs/core.md §10.5, rtl/plasticc_router.sv): the
// table grouped by source core with each source's routes in image order,
// the per-source index, the status cleared; the 24-bit addresses of a
// whole system; the systems the bus cannot hold; and register 35 (static
// rows) as a feature of a core's build.
//
//===----------------------------------------------------------------------===//

#include "sim/golden/config_bus.h"

#include <gtest/gtest.h>

using namespace plasticc::golden;

namespace {

SystemImage threeCores() {
  SystemImage sys;
  sys.coreNames = {"a", "b", "c"};
  sys.cores = {CoreImage::blank(8, 8), CoreImage::blank(4, 16),
               CoreImage::blank(4, 8)};
  // Table order interleaves sources; b has no route.
  sys.routes = {{2, 0, 4, 4}, {0, 1, 3, 8}, {2, 1, 0, 2}, {0, 2, 0, 8}};
  return sys;
}

struct Entry {
  uint32_t dst, first, count;
};

/// Decodes the table and index from the router's writes.
void decode(const std::vector<ConfigWrite> &writes, std::vector<Entry> &table,
            std::vector<std::pair<uint32_t, uint32_t>> &index) {
  for (const ConfigWrite &w : writes) {
    if (w.region != Region::Param)
      continue;
    if (w.index >= kRouteIndexBase) {
      const uint32_t k = (w.index - kRouteIndexBase) / 2;
      index.resize(std::max<size_t>(index.size(), k + 1));
      (w.index % 2 ? index[k].second : index[k].first) = w.data;
      continue;
    }
    const uint32_t r = w.index / 4;
    table.resize(std::max<size_t>(table.size(), r + 1));
    if (w.index % 4 == kRouteDst)
      table[r].dst = w.data;
    else if (w.index % 4 == kRouteFirst)
      table[r].first = w.data;
    else if (w.index % 4 == kRouteCount)
      table[r].count = w.data;
  }
}

} // namespace

TEST(SystemConfigBus, TableGroupedBySourceInImageOrder) {
  std::vector<ConfigWrite> writes;
  std::string error;
  ASSERT_TRUE(routerConfigWrites(threeCores(), 64, writes, error)) << error;
  std::vector<Entry> table;
  std::vector<std::pair<uint32_t, uint32_t>> index;
  decode(writes, table, index);
  ASSERT_EQ(table.size(), 4u);
  // a's routes (image routes 1, 3), then c's (image routes 0, 2).
  EXPECT_EQ(table[0].dst, 1u);
  EXPECT_EQ(table[0].first, 3u);
  EXPECT_EQ(table[0].count, 8u);
  EXPECT_EQ(table[1].dst, 2u);
  EXPECT_EQ(table[2].dst, 0u);
  EXPECT_EQ(table[2].first, 4u);
  EXPECT_EQ(table[3].dst, 1u);
  EXPECT_EQ(table[3].count, 2u);
  ASSERT_EQ(index.size(), 3u);
  EXPECT_EQ(index[0], std::make_pair(0u, 2u));
  EXPECT_EQ(index[1], std::make_pair(2u, 0u));
  EXPECT_EQ(index[2], std::make_pair(2u, 2u));
  // The sticky drop flag and count are cleared last.
  EXPECT_EQ(writes.back().region, Region::Counter);
  EXPECT_EQ(writes.back().index, uint32_t(kRouterStatus));
}

TEST(SystemConfigBus, SystemWritesTargetCoresThenRouter) {
  const SystemImage sys = threeCores();
  std::vector<SystemConfigWrite> writes;
  std::string error;
  ASSERT_TRUE(systemConfigWrites(sys, std::vector<CoreFeatures>(3), 64, writes,
                                 error))
      << error;
  std::vector<uint32_t> order;
  for (const SystemConfigWrite &w : writes)
    if (order.empty() || order.back() != w.target)
      order.push_back(w.target);
  EXPECT_EQ(order, (std::vector<uint32_t>{0, 1, 2, kRouterTarget}));
  std::vector<ConfigWrite> core1;
  ASSERT_TRUE(imageConfigWrites(sys.cores[1], CoreFeatures(), core1, error));
  size_t n1 = 0;
  for (const SystemConfigWrite &w : writes)
    n1 += w.target == 1;
  EXPECT_EQ(n1, core1.size());
  // addr[23:20] is the target, addr[19:0] the core's own address.
  const SystemConfigWrite &last = writes.back();
  EXPECT_EQ(last.address(), 0xf00000u | configAddress(Region::Counter, 4));
  EXPECT_EQ(systemAddress(3, configAddress(Region::Weight, 0x1234)), 0x311234u);
}

TEST(SystemConfigBus, RefusesWhatTheBusCannotHold) {
  std::vector<ConfigWrite> writes;
  std::string error;
  // More routes than the table holds.
  EXPECT_FALSE(routerConfigWrites(threeCores(), 2, writes, error));
  EXPECT_NE(error.find("4 routes, but the router's table holds 2"),
            std::string::npos)
      << error;
  // 16 cores: the system check refuses them, the bus's target 15 is the
  // router.
  SystemImage big;
  for (int k = 0; k < 16; ++k) {
    big.coreNames.push_back("c" + std::to_string(k));
    big.cores.push_back(CoreImage::blank(4, 4));
  }
  EXPECT_FALSE(routerConfigWrites(big, 64, writes, error));
  EXPECT_NE(error.find("more than 15 cores (target 15 of the system bus"),
            std::string::npos)
      << error;
  // An invalid route is the system check's message.
  SystemImage bad = threeCores();
  bad.routes.push_back({1, 2, 6, 4});
  EXPECT_FALSE(routerConfigWrites(bad, 64, writes, error));
  EXPECT_NE(error.find("exceed core 'c'"), std::string::npos) << error;
  // One build per core.
  std::vector<SystemConfigWrite> sw;
  EXPECT_FALSE(systemConfigWrites(threeCores(), std::vector<CoreFeatures>(2),
                                  64, sw, error));
  EXPECT_NE(error.find("3 cores but 2 core builds"), std::string::npos) << error;
}

// Register 35 is the core's EnStaticRows: an image with P < M needs it, is
// refused by a build without it (the UP5K board), and probes for it.
TEST(SystemConfigBus, StaticRowsAreAFeatureOfTheBuild) {
  CoreImage img = CoreImage::blank(8, 8);
  EXPECT_FALSE(CoreFeatures::usedBy(img).staticRows); // P defaults to M
  img.plasticAxons = 8;
  EXPECT_FALSE(CoreFeatures::usedBy(img).staticRows);
  img.plasticAxons = 5;
  const CoreFeatures used = CoreFeatures::usedBy(img);
  EXPECT_TRUE(used.staticRows);
  CoreFeatures board;
  board.staticRows = false;
  std::string why;
  EXPECT_FALSE(imageFits(img, board, why));
  EXPECT_NE(why.find("EnStaticRows = 0"), std::string::npos) << why;
  EXPECT_TRUE(imageFits(img, CoreFeatures(), why)) << why;
  EXPECT_EQ(parameterReadMask(kRegPlasticAxons, board), 0u);
  EXPECT_EQ(parameterReadMask(kRegPlasticAxons, CoreFeatures()), 0x07ffu);
  // The capability word carries it as bit 8, so a host sees the build.
  EXPECT_EQ(featureWord(used) >> 8 & 1, 1u);
  EXPECT_FALSE(featuresFromWord(featureWord(board)).staticRows);
  EXPECT_TRUE(featuresFromWord(featureWord(used)).staticRows);
}
