//===- SnnToLoops.cpp - lower snn.network to loops over memrefs -----------===//
//
// Part of plasticc. Lowers one `snn.network` to func/scf/memref/arith code
// that implements the float semantics of docs/semantics.md (Part 1) in f64:
// every population, trace and weight array becomes a `memref.global`, and
// `plasticc_net_step(t)` runs the six phases of one time step in order.
//
//===----------------------------------------------------------------------===//

#include "compiler/Lowering/LoopEmitter.h"
#include "compiler/SnnToLoops/Passes.h"
#include "sim/reference/exact.h"

#include "snn/SnnOps.h"

#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Transforms/DialectConversion.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <cmath>
#include <cstring>
#include <map>
#include <set>

namespace mlir::snn {
#define GEN_PASS_DEF_CONVERTSNNTOLOOPS
#include "compiler/SnnToLoops/Passes.h.inc"
} // namespace mlir::snn

using namespace mlir;
using namespace mlir::snn;

//===----------------------------------------------------------------------===//
// Utilities: the counter-based hash, parameters, connectivity tables
//===----------------------------------------------------------------------===//

namespace {

/// Probe kinds as the runtime numbers them
/// (runtime/include/plasticc/runtime.h).
enum RtProbeKind : int32_t {
  kSpikes = 0,
  kVoltage = 1,
  kTraces = 2,
  kWeights = 3
};

/// A non-plastic random projection at least this dense is stored as dense
/// rows: a contiguous row add beats CSR's gather once most entries exist.
constexpr double kDenseRowsThreshold = 0.3;

/// Spike flags are tested this many at a time (one 128-bit vector) before
/// the spike list is compacted from them.
constexpr int64_t kFlagBlock = 16;

constexpr uint64_t kGolden = 0x9E3779B97F4A7C15ULL;
constexpr uint64_t kMix1 = 0xBF58476D1CE4E5B9ULL;
constexpr uint64_t kMix2 = 0x94D049BB133111EBULL;

/// splitmix64 of docs/semantics.md §14, for tables built at compile time.
uint64_t splitmix64(uint64_t z) {
  z += kGolden;
  z = (z ^ (z >> 30)) * kMix1;
  z = (z ^ (z >> 27)) * kMix2;
  return z ^ (z >> 31);
}

/// The threshold T = round(p * 2^53) (2^53 for p >= 1) of §14.
uint64_t probabilityThreshold(double p) {
  if (p >= 1.0)
    return uint64_t(1) << 53;
  if (p <= 0.0)
    return 0;
  return uint64_t(std::llround(p * 9007199254740992.0));
}

/// Doubles of an inline weight tensor (any float element type).
FailureOr<std::vector<double>> getDoubles(Attribute attr) {
  auto elements = dyn_cast<DenseFPElementsAttr>(attr);
  if (!elements)
    return failure();
  std::vector<double> out;
  out.reserve(elements.getNumElements());
  for (APFloat value : elements.getValues<APFloat>()) {
    bool lost = false;
    value.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &lost);
    out.push_back(value.convertToDouble());
  }
  return out;
}

/// Reads the numbers of a #snn.file: a NumPy .npy array (format 1.x/2.x,
/// C order, little-endian f8/f4/i8/i4) or a whitespace-separated text file
/// ('#' starts a comment). `expected` (if > 0) is the number of values the
/// op needs. Errors are located at `op` and name the file (and line).
FailureOr<std::vector<double>> loadFile(Operation *op, FileAttr file,
                                        StringRef baseDir, int64_t expected) {
  SmallString<256> path(file.getPath());
  if (!llvm::sys::path::is_absolute(path)) {
    path = baseDir;
    llvm::sys::path::append(path, file.getPath());
  }
  auto buffer = llvm::MemoryBuffer::getFile(path);
  if (!buffer) {
    op->emitError("cannot read ")
        << path << ": " << buffer.getError().message();
    return failure();
  }
  StringRef data = (*buffer)->getBuffer();
  std::vector<double> values;
  if (path.ends_with(".npy")) {
    if (data.size() < 10 || !data.starts_with("\x93NUMPY")) {
      op->emitError() << path << ": not a NumPy .npy file";
      return failure();
    }
    size_t headerLen, start;
    if (data[6] == 1) {
      headerLen = uint8_t(data[8]) | (size_t(uint8_t(data[9])) << 8);
      start = 10;
    } else {
      headerLen = uint8_t(data[8]) | (size_t(uint8_t(data[9])) << 8) |
                  (size_t(uint8_t(data[10])) << 16) |
                  (size_t(uint8_t(data[11])) << 24);
      start = 12;
    }
    StringRef header = data.substr(start, headerLen);
    StringRef body = data.drop_front(start + headerLen);
    if (header.contains("'fortran_order': True")) {
      op->emitError() << path << ": Fortran-order arrays are not supported";
      return failure();
    }
    auto read = [&](size_t width, auto decode) {
      for (size_t k = 0; k + width <= body.size(); k += width)
        values.push_back(decode(body.data() + k));
    };
    if (header.contains("'<f8'"))
      read(8, [](const char *p) {
        double v;
        memcpy(&v, p, 8);
        return v;
      });
    else if (header.contains("'<f4'"))
      read(4, [](const char *p) {
        float v;
        memcpy(&v, p, 4);
        return double(v);
      });
    else if (header.contains("'<i8'"))
      read(8, [](const char *p) {
        int64_t v;
        memcpy(&v, p, 8);
        return double(v);
      });
    else if (header.contains("'<i4'"))
      read(4, [](const char *p) {
        int32_t v;
        memcpy(&v, p, 4);
        return double(v);
      });
    else {
      op->emitError() << path << ": unsupported dtype in header " << header;
      return failure();
    }
  } else {
    SmallVector<StringRef> lines;
    data.split(lines, '\n');
    for (auto [n, line] : llvm::enumerate(lines)) {
      StringRef rest = line.split('#').first;
      while (true) {
        auto [field, tail] = llvm::getToken(rest, " \t\r,");
        rest = tail;
        if (field.empty())
          break;
        double v;
        if (field.getAsDouble(v)) {
          op->emitError() << path << ":" << n + 1 << ": '" << field
                          << "' is not a number";
          return failure();
        }
        values.push_back(v);
      }
    }
  }
  if (expected > 0 && int64_t(values.size()) != expected) {
    op->emitError() << path << ": " << values.size() << " values, expected "
                    << expected;
    return failure();
  }
  return values;
}

/// Inline tensor values, or the numbers of a #snn.file.
FailureOr<std::vector<double>> getValues(Operation *op, Attribute attr,
                                         StringRef baseDir, int64_t expected) {
  if (auto file = dyn_cast<FileAttr>(attr))
    return loadFile(op, file, baseDir, expected);
  FailureOr<std::vector<double>> values = getDoubles(attr);
  if (failed(values))
    op->emitError("weights must be a float tensor or a #snn.file");
  return values;
}

/// A per-neuron parameter in the base unit of its dimension (ms, mV, nA,
/// MOhm): the model's value (else `fallback`), unless `overrides` names it
/// (override values are in the unit the model writes the parameter in).
std::vector<double> perNeuron(PopulationOp pop, StringRef name, QuantityAttr q,
                              std::vector<double> fallback) {
  int64_t n = pop.getSize();
  double scale = 1.0;
  if (q) {
    scale = getScaleToBase(q.getUnit());
    fallback.assign(n, q.getNumber() * scale);
  }
  if (std::optional<DictionaryAttr> overrides = pop.getOverrides())
    if (auto values = dyn_cast_or_null<DenseF64ArrayAttr>(overrides->get(name)))
      for (int64_t k = 0; k < n; ++k)
        fallback[k] = values[k] * scale;
  return fallback;
}
std::vector<double> perNeuron(PopulationOp pop, StringRef name, QuantityAttr q,
                              double fallback) {
  return perNeuron(pop, name, q, std::vector<double>(pop.getSize(), fallback));
}

/// Applies `fn` elementwise over equally long vectors.
template <typename Fn>
std::vector<double> zipMap(ArrayRef<std::vector<double>> ins, Fn fn) {
  size_t n = ins.front().size();
  std::vector<double> out(n);
  SmallVector<double, 8> args(ins.size());
  for (size_t k = 0; k < n; ++k) {
    for (size_t a = 0; a < ins.size(); ++a)
      args[a] = ins[a][k];
    out[k] = fn(ArrayRef<double>(args));
  }
  return out;
}

/// Synapses of a projection in CSR order (rows = pre neurons, ascending).
struct SynapseTable {
  int64_t pre = 0, post = 0;
  bool denseRows = false;      ///< stored as a [pre][post] matrix
  std::vector<int32_t> rowPtr; ///< CSR: P + 1 offsets
  std::vector<int32_t> col;    ///< CSR: post index of each synapse
  std::vector<double> weight;  ///< CSR: one per synapse; dense: P*Q
  bool uniform = false;        ///< every weight equals `uniformWeight`
  double uniformWeight = 0.0;
  int64_t size() const { return static_cast<int64_t>(col.size()); }
};

/// Builds the synapse table of a connectivity attribute, or fails with a
/// located error for the kinds the CPU backend does not lower yet.
FailureOr<SynapseTable> buildSynapses(ProjectionOp proj, int64_t P, int64_t Q,
                                      StringRef baseDir) {
  SynapseTable table;
  table.pre = P;
  table.post = Q;
  Attribute conn = proj.getConnectivity();
  auto csrFromPairs =
      [&](std::vector<std::tuple<int32_t, int32_t, double>> &pairs) {
        llvm::stable_sort(pairs, [](auto &a, auto &b) {
          return std::make_pair(std::get<0>(a), std::get<1>(a)) <
                 std::make_pair(std::get<0>(b), std::get<1>(b));
        });
        table.rowPtr.assign(P + 1, 0);
        for (auto &[i, j, w] : pairs) {
          ++table.rowPtr[i + 1];
          table.col.push_back(j);
          table.weight.push_back(w);
        }
        for (int64_t i = 0; i < P; ++i)
          table.rowPtr[i + 1] += table.rowPtr[i];
      };

  if (auto allToAll = dyn_cast<AllToAllAttr>(conn)) {
    table.denseRows = true;
    table.uniform = true;
    table.uniformWeight = allToAll.getWeight();
    table.weight.assign(P * Q, allToAll.getWeight());
    return table;
  }
  if (auto dense = dyn_cast<DenseAttr>(conn)) {
    FailureOr<std::vector<double>> w =
        getValues(proj, dense.getWeights(), baseDir, P * Q);
    if (failed(w))
      return failure();
    table.denseRows = true;
    table.weight = std::move(*w);
    return table;
  }
  if (auto fp = dyn_cast<FixedProbabilityAttr>(conn)) {
    // Pair (i, j) exists iff (h(seed, i, j) >> 11) < T (§3, §14); the
    // prefix splitmix64(splitmix64(seed) ^ i) is shared by a whole row.
    uint64_t threshold = probabilityThreshold(fp.getP());
    bool samePop = proj.getPre() == proj.getPost();
    uint64_t s0 = splitmix64(fp.getSeed());
    table.rowPtr.assign(P + 1, 0);
    for (int64_t i = 0; i < P; ++i) {
      uint64_t s1 = splitmix64(s0 ^ uint64_t(i));
      for (int64_t j = 0; j < Q; ++j) {
        if (samePop && !fp.getAllowSelf() && i == j)
          continue;
        if ((splitmix64(s1 ^ uint64_t(j)) >> 11) < threshold)
          table.col.push_back(int32_t(j));
      }
      table.rowPtr[i + 1] = int32_t(table.col.size());
    }
    table.uniform = true;
    table.uniformWeight = fp.getWeight();
    table.weight.assign(table.col.size(), fp.getWeight());
    return table;
  }
  if (auto sparse = dyn_cast<SparseAttr>(conn)) {
    FailureOr<std::vector<double>> w =
        getValues(proj, sparse.getWeights(), baseDir, sparse.getPre().size());
    if (failed(w))
      return failure();
    std::vector<std::tuple<int32_t, int32_t, double>> pairs;
    for (auto [i, j, v] : llvm::zip(sparse.getPre().asArrayRef(),
                                    sparse.getPost().asArrayRef(), *w))
      pairs.emplace_back(i, j, v);
    csrFromPairs(pairs);
    return table;
  }
  if (auto oneToOne = dyn_cast<OneToOneAttr>(conn)) {
    FailureOr<std::vector<double>> w =
        getValues(proj, oneToOne.getWeights(), baseDir, 0);
    if (failed(w))
      return failure();
    if (w->size() != 1 && int64_t(w->size()) != P)
      return proj.emitOpError("one_to_one needs 1 or ")
                 << P << " weights, got " << w->size(),
             failure();
    std::vector<std::tuple<int32_t, int32_t, double>> pairs;
    for (int64_t i = 0; i < P; ++i)
      pairs.emplace_back(int32_t(i), int32_t(i),
                         w->size() == 1 ? (*w)[0] : (*w)[i]);
    csrFromPairs(pairs);
    return table;
  }
  if (auto conv = dyn_cast<Conv2dAttr>(conn)) {
    // Every (output pixel, kernel tap) inside the zero padding is a synapse
    // of its own: plasticity may then let shared kernel weights diverge.
    if (isa<FileAttr>(conv.getKernel()))
      return proj.emitOpError("conv2d kernels from a file are not supported "
                              "by the CPU backend yet"),
             failure();
    FailureOr<std::vector<double>> kernel = getDoubles(conv.getKernel());
    if (failed(kernel))
      return failure();
    ArrayRef<int64_t> in = conv.getInShape(), out = conv.getOutShape();
    ArrayRef<int64_t> stride = conv.getStride(), pad = conv.getPadding();
    auto kernelType =
        cast<ShapedType>(cast<TypedAttr>(conv.getKernel()).getType());
    int64_t kh = kernelType.getDimSize(2), kw = kernelType.getDimSize(3);
    std::vector<std::tuple<int32_t, int32_t, double>> pairs;
    for (int64_t o = 0; o < out[0]; ++o)
      for (int64_t y = 0; y < out[1]; ++y)
        for (int64_t x = 0; x < out[2]; ++x)
          for (int64_t c = 0; c < in[0]; ++c)
            for (int64_t ky = 0; ky < kh; ++ky)
              for (int64_t kx = 0; kx < kw; ++kx) {
                int64_t iy = y * stride[0] + ky - pad[0];
                int64_t ix = x * stride[1] + kx - pad[1];
                if (iy < 0 || iy >= in[1] || ix < 0 || ix >= in[2])
                  continue;
                pairs.emplace_back(
                    int32_t((c * in[1] + iy) * in[2] + ix),
                    int32_t((o * out[1] + y) * out[2] + x),
                    (*kernel)[((o * in[0] + c) * kh + ky) * kw + kx]);
              }
    csrFromPairs(pairs);
    return table;
  }
  return proj.emitOpError("connectivity '")
             << conn << "' is not supported by the CPU backend yet",
         failure();
}

/// Converts a CSR table to dense rows (absent synapses weigh 0, which only a
/// non-plastic, unprobed projection may do).
void toDenseRows(SynapseTable &table) {
  std::vector<double> dense(table.pre * table.post, 0.0);
  for (int64_t i = 0; i < table.pre; ++i)
    for (int32_t s = table.rowPtr[i]; s < table.rowPtr[i + 1]; ++s)
      dense[i * table.post + table.col[s]] += table.weight[s];
  table.weight = std::move(dense);
  table.denseRows = true;
}

//===----------------------------------------------------------------------===//
// Utilities: an IR emitter for the generated functions
//===----------------------------------------------------------------------===//

/// Creates module-level globals and the ops of one function body, with the
/// small vocabulary the step function is written in.
class Emitter : public plasticc::LoopEmitter {
public:
  Emitter(ConversionPatternRewriter &rewriter, ModuleOp module,
          Operation *anchor, StringRef prefix)
      : LoopEmitter(rewriter, module, anchor, prefix) {}
  using LoopEmitter::forLoop;

  //===--- globals ---===//

  memref::GlobalOp f64Array(StringRef base, ArrayRef<double> values,
                            bool constant, ArrayRef<int64_t> shape = {}) {
    SmallVector<int64_t> dims(shape);
    if (dims.empty())
      dims.push_back(std::max<int64_t>(1, values.size()));
    auto tensorType = RankedTensorType::get(dims, b.getF64Type());
    DenseElementsAttr init;
    if (values.empty())
      init = DenseElementsAttr::get(tensorType, 0.0);
    else if (llvm::all_equal(values))
      init = DenseElementsAttr::get(tensorType, values.front());
    else
      init = DenseElementsAttr::get(tensorType, values);
    return global(base, MemRefType::get(dims, b.getF64Type()), init, constant);
  }
  memref::GlobalOp i32Array(StringRef base, ArrayRef<int32_t> values,
                            bool constant = true) {
    int64_t n = std::max<int64_t>(1, values.size());
    auto tensorType = RankedTensorType::get({n}, b.getI32Type());
    DenseElementsAttr init =
        values.empty() ? DenseElementsAttr::get(tensorType, int32_t(0))
                       : DenseElementsAttr::get(tensorType, values);
    return global(base, MemRefType::get({n}, b.getI32Type()), init, constant);
  }
  memref::GlobalOp i8Array(StringRef base, ArrayRef<int8_t> values,
                           ArrayRef<int64_t> shape) {
    auto tensorType = RankedTensorType::get(shape, b.getI8Type());
    return global(base, MemRefType::get(shape, b.getI8Type()),
                  DenseElementsAttr::get(tensorType, values), false);
  }
  /// A constant byte string (names and paths handed to the runtime).
  memref::GlobalOp bytes(StringRef base, StringRef text) {
    SmallVector<int8_t> chars(text.begin(), text.end());
    chars.push_back(0);
    auto tensorType =
        RankedTensorType::get({int64_t(chars.size())}, b.getI8Type());
    return global(base, MemRefType::get({int64_t(chars.size())}, b.getI8Type()),
                  DenseElementsAttr::get(tensorType, ArrayRef<int8_t>(chars)),
                  true);
  }

  //===--- functions ---===//



  //===--- values ---===//

  Value toI32(Value v) {
    return b.create<arith::IndexCastOp>(b.getI32Type(), v);
  }
  Value toI64(Value v) {
    if (v.getType().isIndex())
      return b.create<arith::IndexCastOp>(b.getI64Type(), v);
    return b.create<arith::ExtSIOp>(b.getI64Type(), v);
  }
  Value add(Value x, Value y) {
    if (isa<FloatType>(x.getType()))
      return b.create<arith::AddFOp>(x, y);
    return b.create<arith::AddIOp>(x, y);
  }
  Value sub(Value x, Value y) {
    if (isa<FloatType>(x.getType()))
      return b.create<arith::SubFOp>(x, y);
    return b.create<arith::SubIOp>(x, y);
  }
  Value mul(Value x, Value y) {
    if (isa<FloatType>(x.getType()))
      return b.create<arith::MulFOp>(x, y);
    return b.create<arith::MulIOp>(x, y);
  }
  Value div(Value x, Value y) { return b.create<arith::DivFOp>(x, y); }
  Value select(Value c, Value x, Value y) {
    return b.create<arith::SelectOp>(c, x, y);
  }
  Value clip(Value w, double lo, double hi) {
    Value v = b.create<arith::MinNumFOp>(w, f64(hi));
    return b.create<arith::MaxNumFOp>(v, f64(lo));
  }
  Value ge(Value x, Value y) {
    return b.create<arith::CmpFOp>(arith::CmpFPredicate::OGE, x, y);
  }
  Value icmp(arith::CmpIPredicate p, Value x, Value y) {
    return b.create<arith::CmpIOp>(p, x, y);
  }

  /// Address of a memref's first element plus `byteOffset`, as i64.
  Value address(Value mem, Value byteOffset = {}) {
    Value base = toI64(b.create<memref::ExtractAlignedPointerAsIndexOp>(mem));
    return byteOffset ? add(base, byteOffset) : base;
  }

  //===--- control flow ---===//

  void forLoop(int64_t n, function_ref<void(Value)> body) {
    forLoop(index(0), index(n), body);
  }

};

/// A neuron parameter: one constant for the whole population, or a constant
/// array when overrides make it differ per neuron.
struct Param {
  double scalar = 0.0;
  memref::GlobalOp array;

  static Param make(Emitter &e, StringRef name, const std::vector<double> &v) {
    Param p;
    if (v.empty() || llvm::all_equal(v))
      p.scalar = v.empty() ? 0.0 : v.front();
    else
      p.array = e.f64Array(name, v, /*constant=*/true);
    return p;
  }
  Value at(Emitter &e, Value j) const {
    return array ? e.load(e.get(array), j) : e.f64(scalar);
  }
  bool isZero() const { return !array && scalar == 0.0; }
};

//===----------------------------------------------------------------------===//
// The network plan: state of every element, then the step phases
//===----------------------------------------------------------------------===//

/// Anything that emits spikes: a population or an input source. Its spikes
/// of the last R steps are kept as index lists (ring buffer of R slots), so
/// delivery with delay d reads slot (t - d) mod R.
struct SpikeHistory {
  int64_t size = 0;
  int64_t slots = 1;
  memref::GlobalOp idx; ///< [R][N] i32
  memref::GlobalOp cnt; ///< [R] i32
};

struct PopPlan {
  PopulationOp op;
  enum Kind { Lif, Cuba, If, Li, Rate } kind;
  // Rate units: activation x, outputs of the last R steps (ring like the
  // spike lists: delivery with delay d reads slot (t - d) mod R).
  RateFn fn = RateFn::tanh;
  double eulerStep = 0; ///< dt / tau, 0 without a time constant
  memref::GlobalOp x, rHist;
  int64_t n;
  bool spiking = true, adaptive = false, inhInput = false, subtract = false;
  Param decayM, kDrive, thv, ureset, vrest, nref, decaySyn, coupling,
      decaySynInh, couplingInh, decayTh, thJump;
  memref::GlobalOp u, ref, iExc, iInh, theta, in, inInh, scratch;
  memref::GlobalOp fired; ///< [N] i8: fired in this step (before compaction)
  /// Stepped external current: (step, amplitude in nA) per current source.
  std::vector<std::vector<std::pair<int64_t, double>>> currents;
};

struct SourcePlan {
  Operation *op;
  int64_t n;
  int32_t id = 0;
  // Poisson
  uint64_t seedHash = 0, threshold = 0;
  memref::GlobalOp fired; ///< [N padded to 16] i8 draws of the step
  // Inline spike trains, sorted by step.
  memref::GlobalOp steps, channels, cursor;
  int64_t count = 0;
  bool fromFile = false;
};

/// A plasticity rule and the traces it reads (§5): x per pre neuron (it sees
/// delivered spikes), y per post neuron.
struct RulePlan {
  PlasticityOp op;
  Attribute rule;
  StdpAttr stdp; ///< set for pair STDP (event-driven updates)
  bool nearest = false;
  double decayPlus = 0, decayMinus = 0;
  memref::GlobalOp x, y;
  // three_factor: eligibility per synapse, y(t-1), pre spikes of the step.
  memref::GlobalOp elig, yPrev, preFlag;
  bool eligibility = false;
  double decayE = 0;
  /// The modulator M(t): a population's spike count of step t - 1, or a
  /// stepped signal given as (step, value) pairs.
  Value modulator;
  std::vector<std::pair<int64_t, double>> signal;
  // miconi: alpha per synapse (weights' layout; H lives in `elig`).
  memref::GlobalOp alpha;
  std::vector<double> alphaDense; ///< [pre][post]
  // bcm: sliding threshold per post neuron.
  memref::GlobalOp thetaM;
  double decayTheta = 0;
  double wMin = 0, wMax = 0;
  // sop: its terms by the phase they act in (§7).
  SopAttr sop;
  SmallVector<SopTermAttr> x0Terms, y0Terms, otherTerms, eTerms;
  /// Whether the rule also acts on every synapse every step (phase 5).
  bool everyStep() const { return !stdp; }
};

/// The factor values of one synapse for a sum-of-products term; `one` is
/// used for the spike factor of the group being evaluated.
struct SopFactors {
  Value x0, x1, y0, y1, r, e, w;
};

bool hasFactor(SopTermAttr term, SopFactor f) {
  return llvm::is_contained(term.getFactors(), f);
}

struct ProjPlan {
  ProjectionOp op;
  Value pre, post;
  int64_t delay;
  SynapseTable table;
  bool storeWeights =
      false; ///< weights live in a mutable array (plastic or probed)
  memref::GlobalOp w, rowPtr, col, rowLen, colPtr, colSyn, colPre;
  /// The projection's learning rules in the order they are written
  /// (structural plasticity apart, below).
  std::vector<RulePlan> rules;
  StructuralAttr structural;
  memref::GlobalOp exists; ///< [P][Q] i8 with structural plasticity
};

/// Whether `v` is a population of rate units.
bool isRatePopulation(Value v) {
  auto pop = v.getDefiningOp<PopulationOp>();
  return pop && isa<RateAttr>(pop.getModel());
}

/// Entries of the weight array: P * Q for dense rows, one per CSR synapse.
int64_t synapseCount(const ProjPlan &p) {
  return p.table.denseRows ? p.table.pre * p.table.post : p.table.size();
}

struct ProbePlan {
  ProbeOp op;
  int32_t id;
  int64_t every;
};

class NetworkLowering {
public:
  NetworkLowering(NetworkOp net, Emitter &e, StringRef inputDir)
      : net(net), e(e), inputDir(inputDir) {}

  LogicalResult run();

private:
  NetworkOp net;
  Emitter &e;
  std::string inputDir;
  double dt = 0.0;
  std::vector<PopPlan> pops;
  std::vector<SourcePlan> sources;
  std::vector<ProjPlan> projs;
  std::vector<ProbePlan> probes;
  DenseMap<Value, SpikeHistory> history;
  DenseMap<Value, size_t> popIndex;
  memref::GlobalOp spikeCount, eventCount;

  int64_t steps(double ms) const { return std::llround(ms / dt); }
  LogicalResult planPopulation(PopulationOp op);
  LogicalResult planProjection(ProjectionOp op);
  LogicalResult planSource(Operation *op);
  /// Where relative #snn.file paths start (the runtime may override it).
  std::string sourceDir() const;

  // Step phases.
  Value slotOf(Value t, const SpikeHistory &h, int64_t delay);
  void appendSpike(const SpikeHistory &h, Value slot, Value j);
  Value emitCompaction(const SpikeHistory &h, Value slot,
                       memref::GlobalOp fired, int64_t n);
  void emitDelivery(ProjPlan &p, Value t);
  void emitSources(Value t);
  void emitNeurons(PopPlan &p, Value t);
  void emitRateUnits(PopPlan &p, Value slot);
  void emitRateDelivery(ProjPlan &p, Value t);
  /// The output r of rate population `pop` `delay` steps before step t.
  Value rateAt(Value pop, Value t, int64_t delay, Value i);
  void emitTraces(ProjPlan &p, RulePlan &r, Value t);
  void emitPotentiation(ProjPlan &p, RulePlan &r, Value t);
  void emitEveryStepRule(ProjPlan &p, RulePlan &r, Value t);
  void emitStructural(ProjPlan &p, Value t);
  void emitSopColumns(ProjPlan &p, RulePlan &r, Value t);
  /// sum_k scale_k prod_l factor_kl (§7, sop).
  Value sumTerms(ArrayRef<SopTermAttr> terms, const SopFactors &f) {
    Value sum = e.f64(0.0);
    for (SopTermAttr term : terms) {
      Value product = e.f64(term.getScale());
      for (SopFactor factor : term.getFactors()) {
        Value v;
        switch (factor) {
        case SopFactor::x0:
          v = f.x0;
          break;
        case SopFactor::x1:
          v = f.x1;
          break;
        case SopFactor::y0:
          v = f.y0;
          break;
        case SopFactor::y1:
          v = f.y1;
          break;
        case SopFactor::r:
          v = f.r;
          break;
        case SopFactor::e:
          v = f.e;
          break;
        case SopFactor::w:
          v = f.w;
          break;
        }
        product = e.mul(product, v);
      }
      sum = e.add(sum, product);
    }
    return sum;
  }
  /// Whether synapse (i, j) of a structural projection exists.
  Value liveAt(ProjPlan &p, Value i, Value j) {
    return e.icmp(arith::CmpIPredicate::eq, e.load(e.get(p.exists), {i, j}),
                  e.b.create<arith::ConstantIntOp>(1, 8));
  }
  Value emitModulator(RulePlan &r, Value t);
  LogicalResult planRule(PlasticityOp op, ProjType type, RulePlan &r);
  LogicalResult planSignal(RulePlan &r);
  void emitProbe(ProbePlan &p, Value t);
  void emitInit();
  void emitStep();
  void emitCounters();
};

std::string NetworkLowering::sourceDir() const {
  if (!inputDir.empty())
    return inputDir;
  if (auto loc = dyn_cast<FileLineColLoc>(net->getLoc())) {
    SmallString<256> dir(loc.getFilename().getValue());
    llvm::sys::fs::make_absolute(dir);
    return std::string(llvm::sys::path::parent_path(dir));
  }
  return ".";
}

LogicalResult NetworkLowering::planPopulation(PopulationOp op) {
  PopPlan p;
  p.op = op;
  p.n = op.getSize();
  Attribute model = op.getModel();
  auto dts = std::vector<double>(p.n, dt);
  std::vector<double> vRest, vTh, vReset, tRef, rM, tauM;
  QuantityAttr tauTh, thJump;
  ResetMode reset = ResetMode::value;
  if (auto lif = dyn_cast<LifAttr>(model)) {
    p.kind = PopPlan::Lif;
    vRest = perNeuron(op, "v_rest", lif.getVRest(), 0);
    vTh = perNeuron(op, "v_th", lif.getVTh(), 0);
    vReset = perNeuron(op, "v_reset", lif.getVReset(), vRest);
    tRef = perNeuron(op, "t_ref", lif.getTRef(), 0);
    rM = perNeuron(op, "r_m", lif.getRM(), 1);
    tauM = perNeuron(op, "tau_m", lif.getTauM(), 1);
    std::vector<double> vInit = perNeuron(op, "v_init", lif.getVInit(), vRest);
    p.u = e.f64Array(
        op.getSymName().str() + "_u",
        zipMap({vInit, vRest}, [](ArrayRef<double> a) { return a[0] - a[1]; }),
        false);
    tauTh = lif.getTauTh();
    thJump = lif.getThJump();
    reset = lif.getReset();
  } else if (auto cuba = dyn_cast<CubaLifAttr>(model)) {
    p.kind = PopPlan::Cuba;
    vRest = perNeuron(op, "v_rest", cuba.getVRest(), 0);
    vTh = perNeuron(op, "v_th", cuba.getVTh(), 0);
    vReset = perNeuron(op, "v_reset", cuba.getVReset(), vRest);
    tRef = perNeuron(op, "t_ref", cuba.getTRef(), 0);
    rM = perNeuron(op, "r_m", cuba.getRM(), 1);
    tauM = perNeuron(op, "tau_m", cuba.getTauM(), 1);
    std::vector<double> vInit = perNeuron(op, "v_init", cuba.getVInit(), vRest);
    p.u = e.f64Array(
        op.getSymName().str() + "_u",
        zipMap({vInit, vRest}, [](ArrayRef<double> a) { return a[0] - a[1]; }),
        false);
    auto decay = [&](const std::vector<double> &tau) {
      return zipMap({dts, tau},
                    [](ArrayRef<double> a) { return std::exp(-a[0] / a[1]); });
    };
    // c = tau_s / (tau_s - tau_m) * (a_s - a_m); (dt/tau_m) a_m if equal.
    auto coupling = [&](const std::vector<double> &tauS) {
      return zipMap({dts, tauS, tauM}, [](ArrayRef<double> a) {
        return plasticc::reference::cubaCoupling(a[0], a[2], a[1]);
      });
    };
    std::vector<double> tauSyn = perNeuron(op, "tau_syn", cuba.getTauSyn(), 1);
    p.decaySyn = Param::make(e, "a_syn", decay(tauSyn));
    p.coupling = Param::make(e, "c_syn", coupling(tauSyn));
    p.iExc = e.zeros(op.getSymName().str() + "_i", {p.n}, e.b.getF64Type());
    if (cuba.getTauSynInh()) {
      // Negative weights feed a second current with its own time constant,
      // integrated exactly like the first (the two are independent).
      std::vector<double> tauInh =
          perNeuron(op, "tau_syn_inh", cuba.getTauSynInh(), 1);
      p.inhInput = true;
      p.decaySynInh = Param::make(e, "a_syn_inh", decay(tauInh));
      p.couplingInh = Param::make(e, "c_syn_inh", coupling(tauInh));
      p.iInh =
          e.zeros(op.getSymName().str() + "_i_inh", {p.n}, e.b.getF64Type());
      p.inInh =
          e.zeros(op.getSymName().str() + "_in_inh", {p.n}, e.b.getF64Type());
    }
    tauTh = cuba.getTauTh();
    thJump = cuba.getThJump();
    reset = cuba.getReset();
  } else if (auto ifm = dyn_cast<IfAttr>(model)) {
    p.kind = PopPlan::If;
    vRest = std::vector<double>(p.n, 0.0);
    vTh = perNeuron(op, "v_th", ifm.getVTh(), 0);
    vReset = perNeuron(op, "v_reset", ifm.getVReset(), 0);
    tRef = perNeuron(op, "t_ref", ifm.getTRef(), 0);
    rM = perNeuron(op, "r_m", ifm.getRM(), 1);
    tauM = perNeuron(op, "tau_m", ifm.getTauM(), 1);
    std::vector<double> vInit = perNeuron(op, "v_init", ifm.getVInit(), vReset);
    p.u = e.f64Array(op.getSymName().str() + "_u", vInit, false);
    reset = ifm.getReset();
  } else if (auto li = dyn_cast<LiAttr>(model)) {
    p.kind = PopPlan::Li;
    p.spiking = false;
    vRest = perNeuron(op, "v_rest", li.getVRest(), 0);
    vTh = vRest;
    vReset = vRest;
    tRef = std::vector<double>(p.n, 0.0);
    rM = perNeuron(op, "r_m", li.getRM(), 1);
    tauM = perNeuron(op, "tau_m", li.getTauM(), 1);
    std::vector<double> vInit = perNeuron(op, "v_init", li.getVInit(), vRest);
    p.u = e.f64Array(
        op.getSymName().str() + "_u",
        zipMap({vInit, vRest}, [](ArrayRef<double> a) { return a[0] - a[1]; }),
        false);
  } else if (auto rate = dyn_cast<RateAttr>(model)) {
    p.kind = PopPlan::Rate;
    p.spiking = false;
    p.fn = rate.getFn();
    if (rate.getTau())
      p.eulerStep = dt / rate.getTau().getIn(Unit::ms);
    p.x = e.zeros(op.getSymName().str() + "_x", {p.n}, e.b.getF64Type());
    p.in = e.zeros(op.getSymName().str() + "_in", {p.n}, e.b.getF64Type());
    popIndex[op.getResult()] = pops.size();
    pops.push_back(std::move(p));
    return success(); // rHist is sized with the spike histories
  } else {
    return op.emitOpError("neuron model '")
           << op.getModel().getModelName()
           << "' is not supported by the CPU backend yet";
  }

  std::vector<double> aM = zipMap(
      {dts, tauM}, [](ArrayRef<double> a) { return std::exp(-a[0] / a[1]); });
  p.decayM = Param::make(e, "a_m", aM);
  // The factor of I_ext in the update: (1 - a_m) r_m for leaky models,
  // r_m dt / tau_m for the perfect integrator.
  if (p.kind == PopPlan::If)
    p.kDrive = Param::make(e, "k_drive",
                           zipMap({rM, dts, tauM}, [](ArrayRef<double> a) {
                             return a[0] * a[1] / a[2];
                           }));
  else
    p.kDrive = Param::make(
        e, "k_drive",
        zipMap({aM, rM}, [](ArrayRef<double> a) { return (1 - a[0]) * a[1]; }));
  p.thv = Param::make(
      e, "theta_v",
      zipMap({vTh, vRest}, [](ArrayRef<double> a) { return a[0] - a[1]; }));
  p.ureset = Param::make(
      e, "u_reset",
      zipMap({vReset, vRest}, [](ArrayRef<double> a) { return a[0] - a[1]; }));
  p.vrest = Param::make(e, "v_rest", vRest);
  p.nref = Param::make(e, "n_ref", zipMap({tRef}, [&](ArrayRef<double> a) {
                         return double(std::llround(a[0] / dt));
                       }));
  p.subtract = reset == ResetMode::subtract;
  if (thJump) {
    // Without tau_th the threshold offset does not decay (a_th = 1); without
    // th_jump it stays 0, which is the non-adaptive model.
    p.adaptive = true;
    std::vector<double> aTh(p.n, 1.0);
    if (tauTh)
      aTh = zipMap({dts, perNeuron(op, "tau_th", tauTh, 1.0)},
                   [](ArrayRef<double> a) { return std::exp(-a[0] / a[1]); });
    p.decayTh = Param::make(e, "a_th", aTh);
    p.thJump = Param::make(e, "th_jump", perNeuron(op, "th_jump", thJump, 0));
    p.theta =
        e.zeros(op.getSymName().str() + "_theta", {p.n}, e.b.getF64Type());
  }
  p.ref = e.zeros(op.getSymName().str() + "_ref", {p.n}, e.b.getI32Type());
  p.in = e.zeros(op.getSymName().str() + "_in", {p.n}, e.b.getF64Type());
  p.scratch =
      e.zeros(op.getSymName().str() + "_probe", {p.n}, e.b.getF64Type());
  // Padded to whole 16-byte blocks for the vector test of the compaction.
  p.fired = e.zeros(op.getSymName().str() + "_fired",
                    {(p.n + kFlagBlock - 1) / kFlagBlock * kFlagBlock},
                    e.b.getI8Type());
  popIndex[op.getResult()] = pops.size();
  pops.push_back(std::move(p));
  return success();
}

LogicalResult NetworkLowering::planSource(Operation *op) {
  SourcePlan s;
  s.op = op;
  s.id = int32_t(sources.size());
  if (auto poisson = dyn_cast<PoissonSourceOp>(op)) {
    s.n = cast<PopType>(poisson.getResult().getType()).getSize();
    s.seedHash = splitmix64(uint64_t(poisson.getSeed()));
    double p = poisson.getRate().getIn(Unit::Hz) * dt * 1e-3;
    s.threshold = probabilityThreshold(std::min(1.0, p));
    s.fired = e.zeros(poisson.getSymName().str() + "_fired",
                      {(s.n + kFlagBlock - 1) / kFlagBlock * kFlagBlock},
                      e.b.getI8Type());
  } else {
    auto spikes = cast<SpikeSourceOp>(op);
    s.n = cast<PopType>(spikes.getResult().getType()).getSize();
    if (spikes.getFile()) {
      s.fromFile = true;
    } else {
      // A spike at time t is emitted in step round(t / dt); two spikes of one
      // channel in one step are one spike.
      std::set<std::pair<int64_t, int32_t>> events;
      ArrayRef<int32_t> channels = *spikes.getChannels();
      ArrayRef<double> times = *spikes.getTimesMs();
      for (auto [ch, ms] : llvm::zip(channels, times))
        if (int64_t step = steps(ms); step >= 0)
          events.insert({step, ch});
      std::vector<int32_t> stepI, chanI;
      for (auto [step, ch] : events) {
        stepI.push_back(int32_t(step));
        chanI.push_back(ch);
      }
      s.count = int64_t(events.size());
      std::string name = cast<SymbolOpInterface>(op).getName().str();
      s.steps = e.i32Array(name + "_steps", stepI);
      s.channels = e.i32Array(name + "_channels", chanI);
      s.cursor = e.zeros(name + "_cursor", {1}, e.b.getI64Type());
    }
  }
  sources.push_back(s);
  return success();
}

LogicalResult NetworkLowering::planProjection(ProjectionOp op) {
  ProjPlan p;
  p.op = op;
  p.pre = op.getPre();
  p.post = op.getPost();
  p.delay = op.getDelaySteps();
  auto type = cast<ProjType>(op.getResult().getType());
  FailureOr<SynapseTable> table =
      buildSynapses(op, type.getPre(), type.getPost(), sourceDir());
  if (failed(table))
    return failure();
  p.table = std::move(*table);

  bool probed = false;
  // Rules act in the order they are written; use lists are unordered.
  SmallVector<Operation *> users(op.getResult().getUsers());
  llvm::sort(users,
             [](Operation *a, Operation *b) { return a->isBeforeInBlock(b); });
  for (Operation *user : users) {
    if (auto plasticity = dyn_cast<PlasticityOp>(user)) {
      if (auto structural = dyn_cast<StructuralAttr>(plasticity.getRule())) {
        p.structural = structural;
        continue;
      }
      if (failed(planRule(plasticity, type, p.rules.emplace_back())))
        return failure();
    }
    if (auto probe = dyn_cast<ProbeOp>(user))
      probed |= probe.getKind() == ProbeKind::weights;
  }
  p.storeWeights = !p.rules.empty() || p.structural || probed;
  std::string name = op.getSymName().str();
  if (p.structural) {
    // Synapses come and go: dense rows with an existence mask (1 exists,
    // 0 absent, 2 pruned in the current event), NaN weights where absent,
    // and live per-row counts for the event counter.
    std::vector<int8_t> exists(p.table.pre * p.table.post, 1);
    std::vector<int32_t> lens(p.table.pre, int32_t(p.table.post));
    if (!p.table.denseRows) {
      std::fill(exists.begin(), exists.end(), 0);
      for (int64_t i = 0; i < p.table.pre; ++i) {
        lens[i] = p.table.rowPtr[i + 1] - p.table.rowPtr[i];
        for (int32_t s = p.table.rowPtr[i]; s < p.table.rowPtr[i + 1]; ++s)
          exists[i * p.table.post + p.table.col[s]] = 1;
      }
      toDenseRows(p.table);
    }
    for (size_t k = 0; k < exists.size(); ++k)
      if (!exists[k])
        p.table.weight[k] = std::nan("");
    p.table.uniform = false;
    p.exists = e.i8Array(name + "_exists", exists, {p.table.pre, p.table.post});
    p.rowLen = e.i32Array(name + "_row_len", lens, /*constant=*/false);
  }
  if (!p.table.denseRows && !p.storeWeights &&
      double(p.table.size()) >
          kDenseRowsThreshold * double(p.table.pre * p.table.post)) {
    std::vector<int32_t> lens(p.table.pre);
    for (int64_t i = 0; i < p.table.pre; ++i)
      lens[i] = p.table.rowPtr[i + 1] - p.table.rowPtr[i];
    p.rowLen = e.i32Array(name + "_row_len", lens);
    toDenseRows(p.table);
    p.table.uniform = false;
  }
  SmallVector<int64_t> layout;
  if (p.table.denseRows)
    layout = {p.table.pre, p.table.post};
  else
    layout = {std::max<int64_t>(1, p.table.size())};
  for (RulePlan &r : p.rules) {
    // Miconi's alpha has the weights' layout.
    if (!r.alphaDense.empty()) {
      std::vector<double> alpha;
      if (p.table.denseRows) {
        alpha = r.alphaDense;
      } else {
        for (int64_t i = 0; i < p.table.pre; ++i)
          for (int32_t s = p.table.rowPtr[i]; s < p.table.rowPtr[i + 1]; ++s)
            alpha.push_back(r.alphaDense[i * p.table.post + p.table.col[s]]);
      }
      r.alpha = e.f64Array(name + "_alpha", alpha, true, layout);
    }
    // The eligibility of three_factor (Miconi's H) has the weights' layout.
    if (r.eligibility)
      r.elig = e.zeros(name + "_e", layout, e.b.getF64Type());
  }
  if (p.table.denseRows) {
    if (!p.table.uniform || p.storeWeights)
      p.w = e.f64Array(name + "_w", p.table.weight, !p.storeWeights,
                       {p.table.pre, p.table.post});
  } else {
    p.rowPtr = e.i32Array(name + "_row_ptr", p.table.rowPtr);
    p.col = e.i32Array(name + "_col", p.table.col);
    if (p.storeWeights || !p.table.uniform)
      p.w = e.f64Array(name + "_w", p.table.weight, !p.storeWeights,
                       {std::max<int64_t>(1, p.table.size())});
    if (llvm::any_of(p.rules, [](const RulePlan &r) {
          return r.stdp || !r.y0Terms.empty();
        })) {
      // Column view for potentiation: synapses of post neuron j.
      std::vector<int32_t> colPtr(p.table.post + 1, 0), colSyn, colPre;
      std::vector<std::vector<std::pair<int32_t, int32_t>>> cols(p.table.post);
      for (int64_t i = 0; i < p.table.pre; ++i)
        for (int32_t s = p.table.rowPtr[i]; s < p.table.rowPtr[i + 1]; ++s)
          cols[p.table.col[s]].push_back({s, int32_t(i)});
      for (int64_t j = 0; j < p.table.post; ++j) {
        for (auto [s, i] : cols[j]) {
          colSyn.push_back(s);
          colPre.push_back(i);
        }
        colPtr[j + 1] = int32_t(colSyn.size());
      }
      p.colPtr = e.i32Array(name + "_col_ptr", colPtr);
      p.colSyn = e.i32Array(name + "_col_syn", colSyn);
      p.colPre = e.i32Array(name + "_col_pre", colPre);
    }
  }
  projs.push_back(std::move(p));
  return success();
}

/// The (step, value) pairs of a signal modulator, inline or from a text file
/// of `time_ms value` lines (docs/formats.md), read at compile time.
LogicalResult NetworkLowering::planSignal(RulePlan &r) {
  auto signal =
      r.modulator ? r.modulator.getDefiningOp<SignalSourceOp>() : nullptr;
  if (!signal)
    return success();
  if (FileAttr file = signal.getFileAttr()) {
    FailureOr<std::vector<double>> values =
        loadFile(signal, file, sourceDir(), 0);
    if (failed(values))
      return failure();
    if (values->size() % 2)
      return signal.emitOpError("signal file ")
             << file.getPath() << " needs `time_ms value` pairs";
    std::vector<std::pair<int64_t, double>> pairs;
    for (size_t k = 0; k < values->size(); k += 2)
      pairs.push_back({steps((*values)[k]), (*values)[k + 1]});
    // Stepped values hold from their step on: apply them in time order.
    llvm::stable_sort(pairs,
                      [](auto &a, auto &b) { return a.first < b.first; });
    r.signal = std::move(pairs);
    return success();
  }
  for (auto [ms, v] : llvm::zip(*signal.getTimesMs(), *signal.getValues()))
    r.signal.push_back({steps(ms), v});
  return success();
}

LogicalResult NetworkLowering::planRule(PlasticityOp op, ProjType type,
                                        RulePlan &r) {
  r.op = op;
  r.rule = op.getRule();
  std::string name =
      op.getProjection().getDefiningOp<ProjectionOp>().getSymName().str();
  auto decay = [&](QuantityAttr tau) {
    return std::exp(-dt / tau.getIn(Unit::ms));
  };
  // Hebbian-family rules on spiking populations read traces with `tau`.
  auto proj = op.getProjection().getDefiningOp<ProjectionOp>();
  bool rates =
      isRatePopulation(proj.getPre()) && isRatePopulation(proj.getPost());
  auto traceTau = [&](QuantityAttr tau) -> LogicalResult {
    if (!tau && rates)
      return success(); // rate units read their outputs, not traces
    if (!tau)
      return op.emitOpError("rule '")
             << op.getRule().getRuleName()
             << "' on spiking populations needs a trace time constant 'tau'";
    r.decayPlus = r.decayMinus = decay(tau);
    return success();
  };
  if (auto stdp = dyn_cast<StdpAttr>(r.rule)) {
    r.stdp = stdp;
    r.nearest = stdp.getPairing() == Pairing::nearest;
    r.decayPlus = decay(stdp.getTauPlus());
    r.decayMinus = decay(stdp.getTauMinus());
  } else if (auto hebb = dyn_cast<HebbianAttr>(r.rule)) {
    if (failed(traceTau(hebb.getTau())))
      return failure();
  } else if (auto oja = dyn_cast<OjaAttr>(r.rule)) {
    if (failed(traceTau(oja.getTau())))
      return failure();
  } else if (auto bcm = dyn_cast<BcmAttr>(r.rule)) {
    if (failed(traceTau(bcm.getTau())))
      return failure();
    r.decayTheta = decay(bcm.getTauTheta());
    r.thetaM = e.zeros(name + "_theta_m", {type.getPost()}, e.b.getF64Type());
  } else if (auto tf = dyn_cast<ThreeFactorAttr>(r.rule)) {
    r.decayPlus = decay(tf.getTauPlus());
    r.decayMinus = decay(tf.getTauMinus());
    r.decayE = decay(tf.getTauE());
    r.eligibility = true;
    r.yPrev = e.zeros(name + "_y_prev", {type.getPost()}, e.b.getF64Type());
    r.preFlag = e.zeros(name + "_pre_fired", {type.getPre()}, e.b.getI8Type());
    r.modulator = op.getModulator();
    if (failed(planSignal(r)))
      return failure();
  } else if (auto sop = dyn_cast<SopAttr>(r.rule)) {
    r.sop = sop;
    r.decayPlus = decay(sop.getTauX());
    r.decayMinus = decay(sop.getTauY());
    r.yPrev = e.zeros(name + "_y_prev", {type.getPost()}, e.b.getF64Type());
    r.preFlag = e.zeros(name + "_pre_fired", {type.getPre()}, e.b.getI8Type());
    for (Attribute a : sop.getTerms()) {
      auto term = cast<SopTermAttr>(a);
      if (hasFactor(term, SopFactor::x0))
        r.x0Terms.push_back(term);
      else if (hasFactor(term, SopFactor::y0))
        r.y0Terms.push_back(term);
      else
        r.otherTerms.push_back(term);
    }
    if (sop.getETerms()) {
      for (Attribute a : sop.getETerms())
        r.eTerms.push_back(cast<SopTermAttr>(a));
      r.eligibility = true;
      r.decayE = sop.getTauE() ? decay(sop.getTauE()) : 1.0;
    }
    r.modulator = op.getModulator();
    if (failed(planSignal(r)))
      return failure();
  } else if (auto miconi = dyn_cast<MiconiAttr>(r.rule)) {
    for (Value v :
         {op.getProjection().getDefiningOp<ProjectionOp>().getPre(),
          op.getProjection().getDefiningOp<ProjectionOp>().getPost()}) {
      auto pop = v.getDefiningOp<PopulationOp>();
      if (!pop || !isa<RateAttr>(pop.getModel()))
        return op.emitOpError("rule 'miconi' needs rate populations on both "
                              "sides in the CPU backend");
    }
    r.eligibility = true; // the Hebbian trace H
    r.modulator = op.getModulator();
    if (failed(planSignal(r)))
      return failure();
    int64_t n = type.getPre() * type.getPost();
    Attribute alpha = miconi.getAlpha();
    if (auto f = dyn_cast<FloatAttr>(alpha))
      r.alphaDense.assign(n, f.getValueAsDouble());
    else if (auto i = dyn_cast<IntegerAttr>(alpha))
      r.alphaDense.assign(n, double(i.getInt()));
    else if (FailureOr<std::vector<double>> values = getDoubles(alpha);
             succeeded(values) && int64_t(values->size()) == n)
      r.alphaDense = std::move(*values);
    else if (succeeded(values) && values->size() == 1)
      r.alphaDense.assign(n, values->front());
    else
      return op.emitOpError("miconi 'alpha' must be a number or a ")
             << type.getPre() << "x" << type.getPost() << " tensor";
  } else {
    return op.emitOpError("rule '")
           << op.getRule().getRuleName()
           << "' is not supported by the CPU backend yet";
  }
  if (auto limits = cast<PlasticityRuleAttr>(r.rule).getWeightLimits()) {
    r.wMin = limits->first;
    r.wMax = limits->second;
  }
  r.x = e.zeros(name + "_x", {type.getPre()}, e.b.getF64Type());
  r.y = e.zeros(name + "_y", {type.getPost()}, e.b.getF64Type());
  return success();
}

LogicalResult NetworkLowering::run() {
  dt = net.getDtMs();
  Block &body = net.getBody().front();
  for (Operation &op : body) {
    if (auto pop = dyn_cast<PopulationOp>(op)) {
      if (failed(planPopulation(pop)))
        return failure();
    } else if (isa<PoissonSourceOp, SpikeSourceOp>(op)) {
      if (failed(planSource(&op)))
        return failure();
    }
  }
  for (Operation &op : body)
    if (auto proj = dyn_cast<ProjectionOp>(op))
      if (failed(planProjection(proj)))
        return failure();
  for (Operation &op : body) {
    auto cur = dyn_cast<CurrentSourceOp>(op);
    if (!cur)
      continue;
    std::vector<std::pair<int64_t, double>> stepsList;
    for (auto [time, amp] : llvm::zip(cur.getTimes(), cur.getAmplitudes()))
      stepsList.push_back({steps(cast<QuantityAttr>(time).getIn(Unit::ms)),
                           cast<QuantityAttr>(amp).getIn(Unit::nA)});
    pops[popIndex.lookup(cur.getTarget())].currents.push_back(stepsList);
  }

  // Spike histories: one slot per step of the longest outgoing delay.
  auto addHistory = [&](Value v, int64_t n, StringRef name) {
    SpikeHistory h;
    h.size = n;
    for (ProjPlan &p : projs) {
      if (p.pre == v)
        h.slots = std::max(h.slots, p.delay);
      // Phase 5 reads a modulator population's spikes of step t - 1 after
      // phase 3 wrote step t's.
      for (RulePlan &r : p.rules)
        if (r.modulator == v)
          h.slots = std::max<int64_t>(h.slots, 2);
      // Rules read a rate pre's r(t - d) in phase 5, after phase 3 wrote
      // r(t) into slot t mod R.
      if (!p.rules.empty() && p.pre == v && isRatePopulation(v))
        h.slots = std::max(h.slots, p.delay + 1);
    }
    h.idx = e.zeros((name + "_spikes").str(), {h.slots, n}, e.b.getI32Type());
    h.cnt = e.zeros((name + "_count").str(), {h.slots}, e.b.getI32Type());
    history[v] = h;
  };
  for (PopPlan &p : pops) {
    addHistory(p.op.getResult(), p.n, p.op.getSymName());
    if (p.kind == PopPlan::Rate)
      p.rHist =
          e.zeros(p.op.getSymName().str() + "_r",
                  {history[p.op.getResult()].slots, p.n}, e.b.getF64Type());
  }
  for (SourcePlan &s : sources)
    addHistory(s.op->getResult(0), s.n,
               cast<SymbolOpInterface>(s.op).getName());

  int32_t probeId = 0;
  for (Operation &op : body)
    if (auto probe = dyn_cast<ProbeOp>(op))
      probes.push_back(
          {probe, probeId++, int64_t(probe.getEvery().value_or(1))});

  spikeCount = e.zeros("spike_count", {1}, e.b.getI64Type());
  eventCount = e.zeros("event_count", {1}, e.b.getI64Type());
  emitInit();
  emitStep();
  emitCounters();
  return success();
}

//===----------------------------------------------------------------------===//
// Phases of one step
//===----------------------------------------------------------------------===//

Value NetworkLowering::slotOf(Value t, const SpikeHistory &h, int64_t delay) {
  // (t + R - d) mod R >= 0 because 0 <= d <= R.
  Value v = e.add(t, e.i64(h.slots - delay));
  return e.toIndex(e.b.create<arith::RemUIOp>(v, e.i64(h.slots)));
}

void NetworkLowering::appendSpike(const SpikeHistory &h, Value slot, Value j) {
  Value cnt = e.get(h.cnt);
  Value c = e.load(cnt, slot);
  e.store(e.toI32(j), e.get(h.idx), {slot, e.toIndex(c)});
  e.store(e.add(c, e.i32(1)), cnt, slot);
}

Value NetworkLowering::rateAt(Value pop, Value t, int64_t delay, Value i) {
  PopPlan &p = pops[popIndex.lookup(pop)];
  Value slot = slotOf(t, history[pop], delay);
  return e.load(e.get(p.rHist), {slot, i});
}

/// Phase 1 from rate units: h_j += sum_i w_ij r_i(t - d) over every synapse
/// (rates are dense in time, so there is no event list to follow). A Miconi
/// projection uses the effective weight w + alpha H.
void NetworkLowering::emitRateDelivery(ProjPlan &p, Value t) {
  PopPlan &post = pops[popIndex.lookup(p.post)];
  Value in = e.get(post.in);
  Value wMem = p.w ? e.get(p.w) : Value();
  auto weight = [&](ValueRange at) -> Value {
    Value w = wMem ? e.load(wMem, at) : e.f64(p.table.uniformWeight);
    for (RulePlan &r : p.rules)
      if (r.alpha)
        w = e.add(w,
                  e.mul(e.load(e.get(r.alpha), at), e.load(e.get(r.elig), at)));
    if (p.exists) // structural plasticity: dense rows with a mask
      w = e.select(liveAt(p, at[0], at[1]), w, e.f64(0.0));
    return w;
  };
  e.forLoop(p.table.pre, [&](Value i) {
    Value r = rateAt(p.pre, t, p.delay, i);
    if (p.table.denseRows) {
      e.forLoop(p.table.post, [&](Value j) {
        e.store(e.add(e.load(in, j), e.mul(weight({i, j}), r)), in, j);
      });
      return;
    }
    Value rowPtr = e.get(p.rowPtr), col = e.get(p.col);
    Value begin = e.toIndex(e.load(rowPtr, i));
    Value end = e.toIndex(
        e.load(rowPtr, Value(e.b.create<arith::AddIOp>(i, e.index(1)))));
    e.forLoop(begin, end, [&](Value s) {
      Value j = e.toIndex(e.load(col, s));
      e.store(e.add(e.load(in, j), e.mul(weight({s}), r)), in, j);
    });
  });
  Value events = e.get(eventCount), zero = e.index(0);
  e.store(e.add(e.load(events, zero), e.i64(synapseCount(p))), events, zero);
}

/// Phases 1 and 2 for one projection: every pre spike fired d steps ago adds
/// its row to the post neurons' input (weights at the start of the step) and,
/// with STDP, is depressed right after being read. Each synapse is read once
/// per step, so fusing the two phases keeps "read before depress".
void NetworkLowering::emitDelivery(ProjPlan &p, Value t) {
  if (isRatePopulation(p.pre)) {
    emitRateDelivery(p, t);
    return;
  }
  const SpikeHistory &h = history[p.pre];
  PopPlan &post = pops[popIndex.lookup(p.post)];
  Value slot = slotOf(t, h, p.delay);
  Value count = e.toIndex(e.load(e.get(h.cnt), slot));
  Value idx = e.get(h.idx);
  Sign sign = Sign::mixed;
  if (auto prePop = p.pre.getDefiningOp<PopulationOp>())
    sign = prePop.getSignOrMixed();

  // Where a weight goes: cuba_lif with tau_syn_inh splits by sign.
  auto accumulate = [&](Value j, Value w) {
    Value in = e.get(post.in);
    if (!post.inhInput || sign == Sign::excitatory) {
      e.store(e.add(e.load(in, j), w), in, j);
      return;
    }
    Value inh = e.get(post.inInh);
    if (sign == Sign::inhibitory) {
      e.store(e.add(e.load(inh, j), w), inh, j);
      return;
    }
    Value zero = e.f64(0.0);
    Value neg = e.b.create<arith::CmpFOp>(arith::CmpFPredicate::OLT, w, zero);
    e.store(e.add(e.load(in, j), e.select(neg, zero, w)), in, j);
    e.store(e.add(e.load(inh, j), e.select(neg, w, zero)), inh, j);
  };
  // Depression (§6): w -= a_minus f-(w) y_j(t-1), then clip.
  auto depress = [&](RulePlan &rule, Value w, Value j) -> Value {
    StdpAttr r = rule.stdp;
    Value y = e.load(e.get(rule.y), j);
    Value amp = e.f64(r.getAMinus());
    if (r.getBounds() == Bounds::multiplicative)
      amp = e.mul(amp, e.div(e.sub(w, e.f64(r.getWMin())),
                             e.f64(r.getWMax() - r.getWMin())));
    return e.clip(e.sub(w, e.mul(amp, y)), r.getWMin(), r.getWMax());
  };

  // sop, phase 2: the terms with x0, on the weight before the step's other
  // updates, with x1 = x_i(t) = a+ (x_i + 1) and y1 = y_j(t - 1).
  SmallVector<Value> modulators;
  for (RulePlan &r : p.rules)
    modulators.push_back(!r.x0Terms.empty() && r.modulator ? emitModulator(r, t)
                                                           : Value());
  auto sopPreUpdate = [&](RulePlan &r, Value modulator, Value w, Value i,
                          Value j, ValueRange at) {
    SopFactors f;
    f.x0 = e.f64(1.0);
    f.x1 = e.mul(e.f64(r.decayPlus), e.add(e.load(e.get(r.x), i), e.f64(1.0)));
    f.y1 = e.load(e.get(r.y), j);
    f.r = modulator;
    f.e = r.elig ? e.load(e.get(r.elig), at) : Value();
    f.w = w;
    return e.clip(e.add(w, sumTerms(r.x0Terms, f)), r.wMin, r.wMax);
  };
  // The pre-triggered parts of the rules, in the order they are written, each
  // with its own clip; null when no rule has one.
  auto preTriggered = [&](Value w, Value i, Value j, ValueRange at) -> Value {
    Value next = w;
    for (auto [r, modulator] : llvm::zip(p.rules, modulators)) {
      if (r.stdp)
        next = depress(r, next, j);
      if (!r.x0Terms.empty())
        next = sopPreUpdate(r, modulator, next, i, j, at);
    }
    return next == w ? Value() : next;
  };
  Value events = e.get(eventCount);
  e.forLoop(e.index(0), count, [&](Value k) {
    Value i = e.toIndex(e.load(idx, {slot, k}));
    Value rowEvents;
    if (p.table.denseRows) {
      int64_t Q = p.table.post;
      Value wMem = p.w ? e.get(p.w) : Value();
      e.forLoop(Q, [&](Value j) {
        Value w = wMem ? e.load(wMem, {i, j}) : e.f64(p.table.uniformWeight);
        Value live;
        if (p.exists) {
          live =
              e.icmp(arith::CmpIPredicate::eq, e.load(e.get(p.exists), {i, j}),
                     e.b.create<arith::ConstantIntOp>(1, 8));
          accumulate(j, e.select(live, w, e.f64(0.0)));
        } else {
          accumulate(j, w);
        }
        if (Value next = preTriggered(w, i, j, ValueRange{i, j}))
          e.store(live ? e.select(live, next, w) : next, wMem, {i, j});
      });
      rowEvents = p.rowLen ? e.toI64(e.load(e.get(p.rowLen), i)) : e.i64(Q);
    } else {
      Value rowPtr = e.get(p.rowPtr), col = e.get(p.col);
      Value begin = e.load(rowPtr, i);
      Value end =
          e.load(rowPtr, Value(e.b.create<arith::AddIOp>(i, e.index(1))));
      Value wMem = p.w ? e.get(p.w) : Value();
      e.forLoop(e.toIndex(begin), e.toIndex(end), [&](Value s) {
        Value j = e.toIndex(e.load(col, s));
        Value w = wMem ? e.load(wMem, s) : e.f64(p.table.uniformWeight);
        accumulate(j, w);
        if (Value next = preTriggered(w, i, j, ValueRange{s}))
          e.store(next, wMem, s);
      });
      rowEvents = e.toI64(e.sub(end, begin));
    }
    Value zero = e.index(0);
    e.store(e.add(e.load(events, zero), rowEvents), events, zero);
    // The pre trace's jump of phase 4, done here because phase 3 may reuse
    // this history slot; nothing reads x between here and phase 4's decay.
    for (RulePlan &r : p.rules) {
      Value xMem = e.get(r.x), one = e.f64(1.0);
      e.store(r.nearest ? one : e.add(e.load(xMem, i), one), xMem, i);
      if (r.preFlag)
        e.store(e.b.create<arith::ConstantIntOp>(1, 8), e.get(r.preFlag), i);
    }
  });
}

/// Compacts the fired flags of `n` neurons into the spike list of `slot` and
/// returns the count: a 16-byte vector test skips blocks without spikes (most
/// of them), then a branch-free pass writes j at the end of the list
/// unconditionally and advances the end by the flag.
Value NetworkLowering::emitCompaction(const SpikeHistory &h, Value slot,
                                      memref::GlobalOp fired, int64_t n) {
  Value firedMem = e.get(fired), idxMem = e.get(h.idx);
  int64_t blocks = (n + kFlagBlock - 1) / kFlagBlock;
  auto compact = e.b.create<scf::ForOp>(e.index(0), e.index(blocks), e.index(1),
                                        ValueRange{e.i32(0)});
  {
    OpBuilder::InsertionGuard guard(e.b);
    e.b.setInsertionPointToStart(compact.getBody());
    Value start = e.b.create<arith::MulIOp>(compact.getInductionVar(),
                                            e.index(kFlagBlock));
    Value flags = e.b.create<vector::LoadOp>(
        VectorType::get({kFlagBlock}, e.b.getI8Type()), firedMem, start);
    Value any =
        e.b.create<vector::ReductionOp>(vector::CombiningKind::OR, flags);
    auto ifAny =
        e.b.create<scf::IfOp>(TypeRange{e.b.getI32Type()},
                              e.icmp(arith::CmpIPredicate::ne, any,
                                     e.b.create<arith::ConstantIntOp>(0, 8)),
                              /*addThenBlock=*/true, /*addElseBlock=*/true);
    Value end = compact.getRegionIterArgs()[0];
    {
      OpBuilder::InsertionGuard inner(e.b);
      e.b.setInsertionPointToStart(ifAny.thenBlock());
      Value stop = e.b.create<arith::MinSIOp>(
          e.b.create<arith::AddIOp>(start, e.index(kFlagBlock)), e.index(n));
      auto scan =
          e.b.create<scf::ForOp>(start, stop, e.index(1), ValueRange{end});
      e.b.setInsertionPointToStart(scan.getBody());
      Value j = scan.getInductionVar();
      Value cur = scan.getRegionIterArgs()[0];
      e.store(e.toI32(j), idxMem, {slot, e.toIndex(cur)});
      Value flag =
          e.b.create<arith::ExtUIOp>(e.b.getI32Type(), e.load(firedMem, j));
      e.b.create<scf::YieldOp>(ValueRange{e.add(cur, flag)});
      e.b.setInsertionPointAfter(scan);
      e.b.create<scf::YieldOp>(scan.getResults());
      e.b.setInsertionPointToStart(ifAny.elseBlock());
      e.b.create<scf::YieldOp>(ValueRange{end});
    }
    e.b.create<scf::YieldOp>(ifAny.getResults());
  }
  return compact.getResult(0);
}

/// Input channels that fire at step t (they are delivered from step t + d).
void NetworkLowering::emitSources(Value t) {
  for (SourcePlan &s : sources) {
    const SpikeHistory &h = history[s.op->getResult(0)];
    Value slot = slotOf(t, h, h.slots);
    e.store(e.i32(0), e.get(h.cnt), slot);
    if (isa<PoissonSourceOp>(s.op)) {
      // Channel n fires iff (h(seed, t, n) >> 11) < T: a branch-free draw
      // loop (it vectorises) into flags, then the compaction.
      Value prefix =
          e.splitmix(e.b.create<arith::XOrIOp>(e.u64(s.seedHash), t));
      Value flagsMem = e.get(s.fired);
      e.forLoop(s.n, [&](Value n) {
        Value hash = e.splitmix(e.b.create<arith::XOrIOp>(prefix, e.toI64(n)));
        Value draw = e.b.create<arith::ShRUIOp>(hash, e.i64(11));
        Value fire =
            e.icmp(arith::CmpIPredicate::ult, draw, e.u64(s.threshold));
        e.store(e.b.create<arith::ExtUIOp>(e.b.getI8Type(), fire), flagsMem, n);
      });
      e.store(emitCompaction(h, slot, s.fired, s.n), e.get(h.cnt), slot);
    } else if (s.fromFile) {
      // The runtime writes the step's channel indices into the slot's row.
      Value row = e.b.create<arith::MulIOp>(e.toI64(slot), e.i64(s.n * 4));
      Value n = e.b.create<func::CallOp>(
                       "plasticc_rt_input", TypeRange{e.b.getI32Type()},
                       ValueRange{e.i32(s.id), t, e.address(e.get(h.idx), row)})
                    .getResult(0);
      e.store(n, e.get(h.cnt), slot);
    } else {
      // Inline trains are sorted by step; a cursor walks them.
      Value cursorMem = e.get(s.cursor);
      Value zero = e.index(0);
      Value stepsMem = e.get(s.steps), chanMem = e.get(s.channels);
      Value count = e.i64(s.count);
      auto loop = e.b.create<scf::WhileOp>(TypeRange{}, ValueRange{});
      {
        OpBuilder::InsertionGuard guard(e.b);
        Block *before = e.b.createBlock(&loop.getBefore());
        e.b.setInsertionPointToStart(before);
        Value c = e.load(cursorMem, zero);
        Value inRange = e.icmp(arith::CmpIPredicate::slt, c, count);
        // Clamp the index so the load stays in bounds when out of range.
        Value safe = e.toIndex(e.select(inRange, c, e.i64(0)));
        Value due = e.icmp(arith::CmpIPredicate::sle,
                           e.toI64(e.load(stepsMem, safe)), t);
        e.b.create<scf::ConditionOp>(e.b.create<arith::AndIOp>(inRange, due),
                                     ValueRange{});
        Block *after = e.b.createBlock(&loop.getAfter());
        e.b.setInsertionPointToStart(after);
        Value c2 = e.load(cursorMem, zero);
        Value ch = e.toIndex(e.load(chanMem, e.toIndex(c2)));
        appendSpike(h, slot, ch);
        e.store(e.add(c2, e.i64(1)), cursorMem, zero);
        e.b.create<scf::YieldOp>();
      }
    }
  }
}

/// Phase 3 for rate units (§2): x <- h, or x <- x + (dt/tau)(-x + h) when
/// leaky; r(t) = fn(x) goes to the output ring's slot of step t.
void NetworkLowering::emitRateUnits(PopPlan &p, Value slot) {
  Value xMem = e.get(p.x), inMem = e.get(p.in), rMem = e.get(p.rHist);
  Value zero = e.f64(0.0);
  e.forLoop(p.n, [&](Value j) {
    Value h = e.load(inMem, j);
    e.store(zero, inMem, j);
    Value x = h;
    if (p.eulerStep != 0) {
      Value old = e.load(xMem, j);
      x = e.add(old, e.mul(e.f64(p.eulerStep), e.sub(h, old)));
    }
    e.store(x, xMem, j);
    Value r;
    switch (p.fn) {
    case RateFn::tanh:
      r = e.b.create<math::TanhOp>(x);
      break;
    case RateFn::relu:
      r = e.b.create<arith::MaximumFOp>(x, zero);
      break;
    case RateFn::sigmoid:
      r = e.div(e.f64(1.0),
                e.add(e.f64(1.0),
                      e.b.create<math::ExpOp>(e.b.create<arith::NegFOp>(x))));
      break;
    }
    e.store(r, rMem, {slot, j});
  });
}

/// Phase 3 for one population (§2): a branch-free update loop (it
/// vectorises) that reads and clears the input accumulators and sets a fired
/// flag per neuron, then a compaction of the flags into the spike list.
void NetworkLowering::emitNeurons(PopPlan &p, Value t) {
  const SpikeHistory &h = history[p.op.getResult()];
  Value slot = slotOf(t, h, h.slots);
  Value cntMem = e.get(h.cnt);
  e.store(e.i32(0), cntMem, slot);
  if (p.kind == PopPlan::Rate) {
    emitRateUnits(p, slot);
    return;
  }

  // I_ext(t): the sum of the stepped currents into the population.
  Value current;
  for (auto &stepsList : p.currents) {
    Value v = e.f64(0.0);
    for (auto [step, amp] : stepsList)
      v = e.select(e.icmp(arith::CmpIPredicate::sge, t, e.i64(step)),
                   e.f64(amp), v);
    current = current ? e.add(current, v) : v;
  }

  Value uMem = e.get(p.u), refMem = e.get(p.ref), inMem = e.get(p.in);
  Value zeroF = e.f64(0.0);
  e.forLoop(p.n, [&](Value j) {
    Value u = e.load(uMem, j);
    Value ref = e.load(refMem, j);
    Value in = e.load(inMem, j);
    e.store(zeroF, inMem, j);
    Value refractory = e.icmp(arith::CmpIPredicate::sgt, ref, e.i32(0));
    Value drive;
    if (current && !p.kDrive.isZero())
      drive = e.mul(p.kDrive.at(e, j), current);

    Value integrated;
    switch (p.kind) {
    case PopPlan::Lif:
    case PopPlan::Li:
      // u <- a_m (u + in) + (1 - a_m) r_m I_ext
      integrated = e.mul(p.decayM.at(e, j), e.add(u, in));
      break;
    case PopPlan::If:
      integrated = e.add(u, in);
      break;
    case PopPlan::Rate:
      llvm_unreachable("rate units are updated by emitRateUnits");
    case PopPlan::Cuba: {
      // i' = i + in; u <- a_m u + c i' (+ c_inh i_inh'); i <- a_syn i'.
      Value iMem = e.get(p.iExc);
      Value iNew = e.add(e.load(iMem, j), in);
      e.store(e.mul(p.decaySyn.at(e, j), iNew), iMem, j);
      integrated =
          e.add(e.mul(p.decayM.at(e, j), u), e.mul(p.coupling.at(e, j), iNew));
      if (p.inhInput) {
        Value inhMem = e.get(p.inInh), iInhMem = e.get(p.iInh);
        Value iInh = e.add(e.load(iInhMem, j), e.load(inhMem, j));
        e.store(zeroF, inhMem, j);
        e.store(e.mul(p.decaySynInh.at(e, j), iInh), iInhMem, j);
        integrated = e.add(integrated, e.mul(p.couplingInh.at(e, j), iInh));
      }
      break;
    }
    }
    if (drive)
      integrated = e.add(integrated, drive);

    if (!p.spiking) {
      e.store(integrated, uMem, j);
      return;
    }
    Value u1 = e.select(refractory, u, integrated);
    Value threshold = p.thv.at(e, j);
    Value theta;
    if (p.adaptive) {
      // theta decays every step, refractory or not, before the comparison.
      theta = e.mul(p.decayTh.at(e, j), e.load(e.get(p.theta), j));
      threshold = e.add(threshold, theta);
    }
    Value notRef = e.b.create<arith::XOrIOp>(
        refractory, e.b.create<arith::ConstantIntOp>(1, 1));
    Value fire = e.b.create<arith::AndIOp>(notRef, e.ge(u1, threshold));
    Value reset = p.subtract ? e.sub(u1, e.sub(threshold, p.ureset.at(e, j)))
                             : p.ureset.at(e, j);
    e.store(e.select(fire, reset, u1), uMem, j);
    Value nref = e.b.create<arith::FPToSIOp>(e.b.getI32Type(), p.nref.at(e, j));
    Value refNext = e.select(refractory, e.sub(ref, e.i32(1)), e.i32(0));
    e.store(e.select(fire, nref, refNext), refMem, j);
    if (p.adaptive)
      e.store(e.select(fire, e.add(theta, p.thJump.at(e, j)), theta),
              e.get(p.theta), j);
    e.store(e.b.create<arith::ExtUIOp>(e.b.getI8Type(), fire), e.get(p.fired),
            j);
  });
  if (!p.spiking)
    return;
  Value count = emitCompaction(h, slot, p.fired, p.n);
  e.store(count, cntMem, slot);
  Value total = e.get(spikeCount), zero = e.index(0);
  e.store(e.add(e.load(total, zero), e.toI64(count)), total, zero);
}

/// Phase 4 (§5): pre traces see this step's delivered spikes, post traces
/// this step's post spikes. x <- a+ (x + s) is done as "jump (in delivery),
/// then decay all" and y <- a- y + s as "decay all, then jump", which is the
/// same arithmetic.
void NetworkLowering::emitTraces(ProjPlan &p, RulePlan &s, Value t) {
  bool nearest = s.nearest;
  Value one = e.f64(1.0);
  const SpikeHistory &post = history[p.post];
  Value xMem = e.get(s.x), yMem = e.get(s.y);
  Value aPlus = e.f64(s.decayPlus), aMinus = e.f64(s.decayMinus);
  e.forLoop(p.table.pre,
            [&](Value i) { e.store(e.mul(aPlus, e.load(xMem, i)), xMem, i); });
  e.forLoop(p.table.post, [&](Value j) {
    Value y = e.load(yMem, j);
    if (s.yPrev)
      e.store(y, e.get(s.yPrev), j); // three_factor reads y(t-1) in phase 5
    e.store(e.mul(aMinus, y), yMem, j);
  });
  Value postSlot = slotOf(t, post, post.slots);
  e.forLoop(e.index(0), e.toIndex(e.load(e.get(post.cnt), postSlot)),
            [&](Value k) {
              Value j = e.toIndex(e.load(e.get(post.idx), {postSlot, k}));
              e.store(nearest ? one : e.add(e.load(yMem, j), one), yMem, j);
            });
}

/// Phase 5 (§6): for every post spike of step t, w += a_plus f+(w) x_i(t) on
/// the neuron's column, then clip.
void NetworkLowering::emitPotentiation(ProjPlan &p, RulePlan &rule, Value t) {
  StdpAttr r = rule.stdp;
  const SpikeHistory &post = history[p.post];
  Value slot = slotOf(t, post, post.slots);
  Value xMem = e.get(rule.x), wMem = e.get(p.w);
  auto potentiate = [&](Value w, Value i) -> Value {
    Value amp = e.f64(r.getAPlus());
    if (r.getBounds() == Bounds::multiplicative)
      amp = e.mul(amp, e.div(e.sub(e.f64(r.getWMax()), w),
                             e.f64(r.getWMax() - r.getWMin())));
    return e.clip(e.add(w, e.mul(amp, e.load(xMem, i))), r.getWMin(),
                  r.getWMax());
  };
  e.forLoop(e.index(0), e.toIndex(e.load(e.get(post.cnt), slot)), [&](Value k) {
    Value j = e.toIndex(e.load(e.get(post.idx), {slot, k}));
    if (p.table.denseRows) {
      e.forLoop(p.table.pre, [&](Value i) {
        Value w = e.load(wMem, {i, j});
        Value next = potentiate(w, i);
        if (p.exists)
          next = e.select(liveAt(p, i, j), next, w);
        e.store(next, wMem, {i, j});
      });
      return;
    }
    Value colPtr = e.get(p.colPtr);
    Value begin = e.toIndex(e.load(colPtr, j));
    Value end = e.toIndex(
        e.load(colPtr, Value(e.b.create<arith::AddIOp>(j, e.index(1)))));
    e.forLoop(begin, end, [&](Value c) {
      Value syn = e.toIndex(e.load(e.get(p.colSyn), c));
      Value i = e.toIndex(e.load(e.get(p.colPre), c));
      e.store(potentiate(e.load(wMem, syn), i), wMem, syn);
    });
  });
}

/// Phase 6: hands end-of-step values to the runtime.
void NetworkLowering::emitProbe(ProbePlan &p, Value t) {
  Value target = p.op.getTarget();
  auto sample = [&](Value mem, int64_t n) {
    e.call("plasticc_rt_sample", {e.i32(p.id), t, e.address(mem), e.i64(n)});
  };
  if (p.op.getKind() == ProbeKind::spikes) {
    const SpikeHistory &h = history[target];
    Value slot = slotOf(t, h, h.slots);
    Value row = e.b.create<arith::MulIOp>(e.toI64(slot), e.i64(h.size * 4));
    e.call("plasticc_rt_spikes", {e.i32(p.id), t, e.address(e.get(h.idx), row),
                                  e.load(e.get(h.cnt), slot)});
    return;
  }
  Value due = e.icmp(
      arith::CmpIPredicate::eq,
      e.b.create<arith::RemUIOp>(e.add(t, e.i64(1)), e.i64(p.every)), e.i64(0));
  e.ifThen(due, [&] {
    if (p.op.getKind() == ProbeKind::voltage) {
      PopPlan &pop = pops[popIndex.lookup(target)];
      if (pop.kind == PopPlan::Rate) {
        // Rate units record their output r(t), a row of the output ring.
        const SpikeHistory &h = history[target];
        Value slot = slotOf(t, h, h.slots);
        Value row = e.b.create<arith::MulIOp>(e.toI64(slot), e.i64(pop.n * 8));
        e.call(
            "plasticc_rt_sample",
            {e.i32(p.id), t, e.address(e.get(pop.rHist), row), e.i64(pop.n)});
        return;
      }
      // Membrane potential v = u + v_rest in mV.
      Value uMem = e.get(pop.u), scratch = e.get(pop.scratch);
      e.forLoop(pop.n, [&](Value j) {
        e.store(e.add(e.load(uMem, j), pop.vrest.at(e, j)), scratch, j);
      });
      sample(scratch, pop.n);
      return;
    }
    ProjPlan *proj = nullptr;
    for (ProjPlan &q : projs)
      if (q.op.getResult() == target)
        proj = &q;
    if (p.op.getKind() == ProbeKind::traces) {
      // The traces of the projection's first rule.
      RulePlan &r = proj->rules.front();
      sample(e.get(r.x), proj->table.pre);
      sample(e.get(r.y), proj->table.post);
      if (r.elig)
        sample(e.get(r.elig), synapseCount(*proj));
      return;
    }
    sample(e.get(proj->w), synapseCount(*proj));
  });
}

void NetworkLowering::emitInit() {
  MLIRContext *ctx = e.b.getContext();
  Type i32 = e.b.getI32Type(), i64 = e.b.getI64Type(), f64 = e.b.getF64Type();
  e.declare("plasticc_rt_network", FunctionType::get(ctx, {i64, i64, f64}, {}));
  e.declare("plasticc_rt_probe",
            FunctionType::get(ctx, {i32, i64, i64, i32, i64, i64, i64}, {}));
  e.declare("plasticc_rt_probe_synapses",
            FunctionType::get(ctx, {i32, i64, i64, i64}, {}));
  e.declare("plasticc_rt_spike_file",
            FunctionType::get(ctx, {i32, i64, i64, i64, i64, i64}, {}));
  e.declare("plasticc_rt_input",
            FunctionType::get(ctx, {i32, i64, i64}, {i32}));
  e.declare("plasticc_rt_spikes",
            FunctionType::get(ctx, {i32, i64, i64, i32}, {}));
  e.declare("plasticc_rt_sample",
            FunctionType::get(ctx, {i32, i64, i64, i64}, {}));

  // Globals for strings must exist before the function body refers to them.
  std::vector<memref::GlobalOp> probeNames;
  for (ProbePlan &p : probes)
    probeNames.push_back(e.bytes("name", p.op.getSymName()));
  memref::GlobalOp netName = e.bytes("name", net.getSymName());
  std::vector<std::pair<SourcePlan *, memref::GlobalOp>> files;
  memref::GlobalOp baseDir;
  for (SourcePlan &s : sources)
    if (s.fromFile) {
      auto op = cast<SpikeSourceOp>(s.op);
      files.push_back({&s, e.bytes("path", op.getFile()->getPath())});
    }

  if (!files.empty())
    baseDir = e.bytes("dir", sourceDir());
  e.beginFunc("plasticc_net_init", FunctionType::get(ctx, {}, {}));
  e.call("plasticc_rt_network", {e.address(e.get(netName)),
                                 e.i64(net.getSymName().size()), e.f64(dt)});
  for (auto [p, name] : llvm::zip(probes, probeNames)) {
    Value target = p.op.getTarget();
    int64_t d0 = 0, d1 = 0;
    int32_t kind = kSpikes;
    ProjPlan *proj = nullptr;
    for (ProjPlan &q : projs)
      if (q.op.getResult() == target)
        proj = &q;
    switch (p.op.getKind()) {
    case ProbeKind::spikes:
      d0 = history[target].size;
      break;
    case ProbeKind::voltage:
      kind = kVoltage;
      d0 = pops[popIndex.lookup(target)].n;
      break;
    case ProbeKind::traces:
      kind = kTraces;
      d0 = proj->table.pre + proj->table.post +
           (proj->rules.front().elig ? synapseCount(*proj) : 0);
      break;
    case ProbeKind::weights:
      kind = kWeights;
      if (proj->table.denseRows) {
        d0 = proj->table.pre;
        d1 = proj->table.post;
      } else {
        d0 = proj->table.size();
      }
      break;
    }
    e.call("plasticc_rt_probe", {e.i32(p.id), e.address(e.get(name)),
                                 e.i64(p.op.getSymName().size()), e.i32(kind),
                                 e.i64(d0), e.i64(d1), e.i64(p.every)});
    if (kind == kWeights && !proj->table.denseRows)
      e.call("plasticc_rt_probe_synapses",
             {e.i32(p.id), e.address(e.get(proj->rowPtr)),
              e.address(e.get(proj->col)), e.i64(proj->table.pre)});
  }
  auto length = [](memref::GlobalOp g) {
    return cast<MemRefType>(g.getType()).getNumElements() - 1;
  };
  for (auto [s, path] : files)
    e.call("plasticc_rt_spike_file",
           {e.i32(s->id), e.address(e.get(path)), e.i64(length(path)),
            e.address(e.get(baseDir)), e.i64(length(baseDir)), e.i64(s->n)});
  e.b.create<func::ReturnOp>();
}

void NetworkLowering::emitStep() {
  MLIRContext *ctx = e.b.getContext();
  func::FuncOp fn = e.beginFunc("plasticc_net_step",
                                FunctionType::get(ctx, {e.b.getI64Type()}, {}));
  Value t = fn.getArgument(0);
  // 1-2. deliver (and depress)
  for (ProjPlan &p : projs)
    emitDelivery(p, t);
  // 3. inputs and neurons
  emitSources(t);
  for (PopPlan &p : pops)
    emitNeurons(p, t);
  // 4. traces; 5. potentiation
  // Each rule in the order written: the post-triggered parts first, then the
  // rules on every synapse, then structural plasticity (§1, §7).
  for (ProjPlan &p : projs)
    for (RulePlan &r : p.rules)
      emitTraces(p, r, t);
  for (ProjPlan &p : projs)
    for (RulePlan &r : p.rules) {
      if (r.stdp)
        emitPotentiation(p, r, t);
      if (!r.y0Terms.empty())
        emitSopColumns(p, r, t);
    }
  for (ProjPlan &p : projs)
    for (RulePlan &r : p.rules)
      if (r.everyStep())
        emitEveryStepRule(p, r, t);
  for (ProjPlan &p : projs)
    if (p.structural)
      emitStructural(p, t);
  // 6. record
  for (ProbePlan &p : probes)
    emitProbe(p, t);
  e.b.create<func::ReturnOp>();
}

/// sop, phase 5: the terms with y0 on the columns of this step's post
/// spikes, with x1 = x_i(t), y1 = y_j(t - 1), x0 = the pre spike of step t.
void NetworkLowering::emitSopColumns(ProjPlan &p, RulePlan &r, Value t) {
  const SpikeHistory &post = history[p.post];
  Value slot = slotOf(t, post, post.slots);
  Value xMem = e.get(r.x), wMem = e.get(p.w), flags = e.get(r.preFlag);
  Value modulator = r.modulator ? emitModulator(r, t) : Value();
  auto update = [&](Value i, Value j, ValueRange at) {
    Value w = e.load(wMem, at);
    SopFactors f;
    f.x0 = e.b.create<arith::UIToFPOp>(e.b.getF64Type(), e.load(flags, i));
    f.x1 = e.load(xMem, i);
    f.y0 = e.f64(1.0);
    f.y1 = e.load(e.get(r.yPrev), j);
    f.r = modulator;
    f.e = r.elig ? e.load(e.get(r.elig), at) : Value();
    f.w = w;
    Value next = e.clip(e.add(w, sumTerms(r.y0Terms, f)), r.wMin, r.wMax);
    if (p.exists)
      next = e.select(liveAt(p, i, j), next, w);
    e.store(next, wMem, at);
  };
  e.forLoop(e.index(0), e.toIndex(e.load(e.get(post.cnt), slot)), [&](Value k) {
    Value j = e.toIndex(e.load(e.get(post.idx), {slot, k}));
    if (p.table.denseRows) {
      e.forLoop(p.table.pre, [&](Value i) { update(i, j, ValueRange{i, j}); });
      return;
    }
    Value colPtr = e.get(p.colPtr);
    Value begin = e.toIndex(e.load(colPtr, j));
    Value end = e.toIndex(
        e.load(colPtr, Value(e.b.create<arith::AddIOp>(j, e.index(1)))));
    e.forLoop(begin, end, [&](Value c) {
      Value syn = e.toIndex(e.load(e.get(p.colSyn), c));
      Value i = e.toIndex(e.load(e.get(p.colPre), c));
      update(i, j, ValueRange{syn});
    });
  });
}

/// M(t) of §7: a signal's value at step t, or the number of spikes a
/// modulator population fired at step t - 1 (the modulator connection has
/// the minimum delay, one step, and scale 1).
Value NetworkLowering::emitModulator(RulePlan &r, Value t) {
  if (r.modulator.getDefiningOp<SignalSourceOp>()) {
    Value v = e.f64(0.0);
    for (auto [step, value] : r.signal)
      v = e.select(e.icmp(arith::CmpIPredicate::sge, t, e.i64(step)),
                   e.f64(value), v);
    return v;
  }
  const SpikeHistory &h = history[r.modulator];
  Value count = e.load(e.get(h.cnt), slotOf(t, h, 1));
  return e.b.create<arith::UIToFPOp>(e.b.getF64Type(), count);
}

/// Phase 5, rules on every synapse every step (§7): hebbian, oja, bcm (after
/// its threshold update) and three_factor (eligibility, then weight), each
/// followed by the clip. Rows also clear three_factor's pre-spike flags.
void NetworkLowering::emitEveryStepRule(ProjPlan &p, RulePlan &r, Value t) {
  Value xMem = e.get(r.x), yMem = e.get(r.y), wMem = e.get(p.w);
  if (r.thetaM) {
    // theta_M <- a_theta theta_M + (1 - a_theta) y^2, before the weights.
    Value thMem = e.get(r.thetaM);
    e.forLoop(p.table.post, [&](Value j) {
      Value y = e.load(yMem, j);
      e.store(e.add(e.mul(e.f64(r.decayTheta), e.load(thMem, j)),
                    e.mul(e.f64(1 - r.decayTheta), e.mul(y, y))),
              thMem, j);
    });
  }
  Value modulator;
  Value postFired;
  if (isa<ThreeFactorAttr, SopAttr>(r.rule)) {
    if (r.modulator)
      modulator = emitModulator(r, t);
    postFired = e.get(pops[popIndex.lookup(p.post)].fired);
  } else if (r.modulator) {
    modulator = emitModulator(r, t);
  }
  auto toF64 = [&](Value flag) {
    return e.b.create<arith::UIToFPOp>(e.b.getF64Type(), flag);
  };
  // One synapse (i, j) whose weight (and eligibility) live at `at`.
  bool preRate = isRatePopulation(p.pre);
  bool postRate = isRatePopulation(p.post);
  auto update = [&](Value i, Value j, ValueRange at, Value preSpike) {
    Value w = e.load(wMem, at);
    // Rate units use their outputs r_i(t - d), r_j(t) instead of traces.
    Value x = preRate ? rateAt(p.pre, t, p.delay, i) : e.load(xMem, i);
    Value y = postRate ? rateAt(p.post, t, 0, j) : e.load(yMem, j);
    Value next;
    if (r.sop) {
      // e <- a_e e + (e_terms), then w <- clip(w + other terms), which read
      // y1 = y_j(t - 1) and this step's spikes as x0, y0.
      SopFactors f;
      f.x0 = preSpike;
      f.x1 = x;
      f.y0 = toF64(e.load(postFired, j));
      f.y1 = e.load(e.get(r.yPrev), j);
      f.r = modulator;
      f.w = w;
      if (r.elig) {
        // §7: e_terms with x0 act at the start of the step and decay with
        // it; the others arrive at the end: e = a_e (e + x0 terms) + rest.
        SmallVector<SopTermAttr> atStart, atEnd;
        for (SopTermAttr term : r.eTerms)
          (llvm::is_contained(term.getFactors(), SopFactor::x0) ? atStart
                                                                : atEnd)
              .push_back(term);
        Value eMem = e.get(r.elig);
        Value el = e.load(eMem, at);
        if (!atStart.empty())
          el = e.add(el, sumTerms(atStart, f));
        el = e.mul(e.f64(r.decayE), el);
        if (!atEnd.empty())
          el = e.add(el, sumTerms(atEnd, f));
        e.store(el, eMem, at);
        f.e = el;
      }
      if (r.otherTerms.empty())
        return;
      next = e.add(w, sumTerms(r.otherTerms, f));
    } else if (auto hebb = dyn_cast<HebbianAttr>(r.rule)) {
      next = e.add(w, e.mul(e.mul(e.f64(hebb.getEta()), x), y));
    } else if (auto oja = dyn_cast<OjaAttr>(r.rule)) {
      next =
          e.add(w, e.mul(e.mul(e.f64(oja.getEta()), y), e.sub(x, e.mul(y, w))));
    } else if (auto bcm = dyn_cast<BcmAttr>(r.rule)) {
      Value th = e.load(e.get(r.thetaM), j);
      next = e.add(
          w, e.mul(e.mul(e.mul(e.f64(bcm.getEta()), x), y), e.sub(y, th)));
    } else if (auto miconi = dyn_cast<MiconiAttr>(r.rule)) {
      // The Hebbian trace H of w + alpha H (w itself stays fixed), per the
      // attribute's table; a modulator scales the Hebbian term.
      Value hMem = e.get(r.elig);
      Value hebb = e.load(hMem, at);
      Value eta = e.f64(miconi.getEta());
      Value xy = e.mul(x, y);
      Value next;
      switch (miconi.getNorm()) {
      case HebbNorm::decay:
        if (modulator)
          xy = e.mul(modulator, xy);
        next = e.add(e.mul(e.f64(1 - miconi.getEta()), hebb), e.mul(eta, xy));
        break;
      case HebbNorm::oja: {
        Value term = e.mul(y, e.sub(x, e.mul(y, hebb)));
        if (modulator)
          term = e.mul(modulator, term);
        next = e.add(hebb, e.mul(eta, term));
        break;
      }
      case HebbNorm::clip:
        // eta is unused with clip; without a modulator m = 1.
        next = e.clip(e.add(hebb, modulator ? e.mul(modulator, xy) : xy),
                      -miconi.getClip(), miconi.getClip());
        break;
      }
      e.store(next, hMem, at);
      return;
    } else {
      auto tf = cast<ThreeFactorAttr>(r.rule);
      // §7: e <- a_e (e - a_minus y_j(t-1) s_pre) + a_plus x_i(t) s_post: the
      // pre-triggered change comes at the start of the step and decays with
      // it.
      Value eMem = e.get(r.elig);
      Value sPost = toF64(e.load(postFired, j));
      Value yPrev = e.load(e.get(r.yPrev), j);
      Value el = e.sub(e.load(eMem, at),
                       e.mul(e.mul(e.f64(tf.getAMinus()), yPrev), preSpike));
      el = e.add(e.mul(e.f64(r.decayE), el),
                 e.mul(e.mul(e.f64(tf.getAPlus()), x), sPost));
      e.store(el, eMem, at);
      next = e.add(w, e.mul(e.mul(e.f64(tf.getEta()), modulator), el));
    }
    next = e.clip(next, r.wMin, r.wMax);
    if (p.exists)
      next = e.select(liveAt(p, i, j), next, w);
    e.store(next, wMem, at);
  };
  e.forLoop(p.table.pre, [&](Value i) {
    Value preSpike;
    if (r.preFlag)
      preSpike = toF64(e.load(e.get(r.preFlag), i));
    if (p.table.denseRows) {
      e.forLoop(p.table.post, [&](Value j) {
        update(i, j, ValueRange{i, j}, preSpike);
      });
    } else {
      Value rowPtr = e.get(p.rowPtr), col = e.get(p.col);
      Value begin = e.toIndex(e.load(rowPtr, i));
      Value end = e.toIndex(
          e.load(rowPtr, Value(e.b.create<arith::AddIOp>(i, e.index(1)))));
      e.forLoop(begin, end, [&](Value syn) {
        Value j = e.toIndex(e.load(col, syn));
        update(i, j, ValueRange{syn}, preSpike);
      });
    }
    if (r.preFlag)
      e.store(e.b.create<arith::ConstantIntOp>(0, 8), e.get(r.preFlag), i);
  });
}

/// Structural plasticity (§7), after all other rules, at steps t with
/// (t + 1) mod every = 0: prune every synapse with |w| < threshold, then give
/// each post neuron up to k new synapses of weight w_init (candidates below).
void NetworkLowering::emitStructural(ProjPlan &p, Value t) {
  StructuralAttr rule = p.structural;
  int64_t P = p.table.pre, Q = p.table.post;
  Value due = e.icmp(
      arith::CmpIPredicate::eq,
      e.b.create<arith::RemUIOp>(e.add(t, e.i64(1)), e.i64(rule.getEvery())),
      e.i64(0));
  e.ifThen(due, [&] {
    Value exMem = e.get(p.exists), wMem = e.get(p.w), lenMem = e.get(p.rowLen);
    Value one8 = e.b.create<arith::ConstantIntOp>(1, 8);
    Value two8 = e.b.create<arith::ConstantIntOp>(2, 8);
    Value zero8 = e.b.create<arith::ConstantIntOp>(0, 8);
    Value nan = e.f64(std::nan(""));
    e.forLoop(P, [&](Value i) {
      e.forLoop(Q, [&](Value j) {
        Value w = e.load(wMem, {i, j});
        Value weak = e.b.create<arith::CmpFOp>(arith::CmpFPredicate::OLT,
                                               e.b.create<math::AbsFOp>(w),
                                               e.f64(rule.getThreshold()));
        Value prune = e.b.create<arith::AndIOp>(liveAt(p, i, j), weak);
        e.ifThen(prune, [&] {
          e.store(two8, exMem, {i, j});
          e.store(nan, wMem, {i, j});
          e.store(e.sub(e.load(lenMem, i), e.i32(1)), lenMem, i);
        });
      });
    });
    int64_t k = rule.getRegrow();
    if (k > 0) {
      // Per post neuron j: candidates i = h(seed, t, j 2^32 + r) mod P for
      // r = 0 .. 16k - 1 until k absent, not just pruned pairs have grown.
      Value prefix = e.splitmix(
          e.b.create<arith::XOrIOp>(e.u64(splitmix64(rule.getSeed())), t));
      e.forLoop(Q, [&](Value j) {
        Value jHigh = e.b.create<arith::ShLIOp>(e.toI64(j), e.i64(32));
        auto loop = e.b.create<scf::ForOp>(e.index(0), e.index(16 * k),
                                           e.index(1), ValueRange{e.i64(0)});
        OpBuilder::InsertionGuard guard(e.b);
        e.b.setInsertionPointToStart(loop.getBody());
        Value b = e.add(jHigh, e.toI64(loop.getInductionVar()));
        Value hi = e.splitmix(e.b.create<arith::XOrIOp>(prefix, b));
        Value i = e.toIndex(e.b.create<arith::RemUIOp>(hi, e.i64(P)));
        Value created = loop.getRegionIterArgs()[0];
        Value grow = e.b.create<arith::AndIOp>(
            e.icmp(arith::CmpIPredicate::slt, created, e.i64(k)),
            e.icmp(arith::CmpIPredicate::eq, e.load(exMem, {i, j}), zero8));
        e.ifThen(grow, [&] {
          e.store(one8, exMem, {i, j});
          e.store(e.f64(rule.getWInit()), wMem, {i, j});
          e.store(e.add(e.load(lenMem, i), e.i32(1)), lenMem, i);
          for (RulePlan &r : p.rules)
            if (r.elig)
              e.store(e.f64(0.0), e.get(r.elig), {i, j});
        });
        e.b.create<scf::YieldOp>(ValueRange{e.add(
            created, e.b.create<arith::ExtUIOp>(e.b.getI64Type(), grow))});
      });
    }
    // Pruned pairs become ordinary absent pairs for the next event.
    e.forLoop(P, [&](Value i) {
      e.forLoop(Q, [&](Value j) {
        Value ex = e.load(exMem, {i, j});
        e.store(e.select(e.icmp(arith::CmpIPredicate::eq, ex, two8), zero8, ex),
                exMem, {i, j});
      });
    });
  });
}

void NetworkLowering::emitCounters() {
  MLIRContext *ctx = e.b.getContext();
  for (auto [name, counter] :
       {std::pair{"plasticc_net_spike_count", spikeCount},
        std::pair{"plasticc_net_event_count", eventCount}}) {
    e.beginFunc(name, FunctionType::get(ctx, {}, {e.b.getI64Type()}));
    e.b.create<func::ReturnOp>(ValueRange{e.load(e.get(counter), e.index(0))});
  }
}

//===----------------------------------------------------------------------===//
// Patterns
//===----------------------------------------------------------------------===//

/// Replaces an `snn.network` (and everything in it) by its globals and
/// functions. A network the backend cannot lower (a bad weight file, say) has
/// had its located error emitted; the pattern then still erases it, so the
/// error is reported once, and sets `userError` for the pass to fail.
struct NetworkOpLowering : OpConversionPattern<NetworkOp> {
  NetworkOpLowering(MLIRContext *ctx, StringRef inputDir, bool *userError)
      : OpConversionPattern(ctx), inputDir(inputDir.str()),
        userError(userError) {}

  LogicalResult
  matchAndRewrite(NetworkOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto module = op->getParentOfType<ModuleOp>();
    Emitter emitter(rewriter, module, op, "snn_" + op.getSymName().str());
    NetworkLowering lowering(op, emitter, inputDir);
    if (failed(lowering.run()) && userError)
      *userError = true;
    rewriter.eraseOp(op);
    return success();
  }

  std::string inputDir;
  bool *userError;
};

} // namespace

void mlir::snn::populateSnnToLoopsPatterns(RewritePatternSet &patterns,
                                           StringRef inputDir,
                                           bool *userError) {
  patterns.add<NetworkOpLowering>(patterns.getContext(), inputDir, userError);
}

LogicalResult mlir::snn::checkSnnToLoopsSupport(ModuleOp module) {
  bool ok = true;
  int networks = 0;
  module.walk([&](Operation *op) {
    if (isa<NetworkOp>(op) && ++networks == 2) {
      op->emitError("the CPU backend compiles one snn.network per module");
      ok = false;
    }
    if (auto pop = dyn_cast<PopulationOp>(op)) {
      if (!isa<LifAttr, CubaLifAttr, IfAttr, LiAttr, RateAttr>(
              pop.getModel())) {
        pop.emitError("snn.population model '")
            << pop.getModel().getModelName()
            << "' is not supported by the CPU backend yet";
        ok = false;
      }
    } else if (auto plasticity = dyn_cast<PlasticityOp>(op)) {
      Attribute rule = plasticity.getRule();
      auto proj = plasticity.getProjection().getDefiningOp<ProjectionOp>();
      bool rates = proj && isRatePopulation(proj.getPre()) &&
                   isRatePopulation(proj.getPost());
      auto fail = [&](const Twine &message) {
        plasticity.emitError(message);
        ok = false;
      };
      if (auto sop = dyn_cast<SopAttr>(rule);
          sop && llvm::any_of(sop.getTerms(), [](Attribute a) {
            auto term = cast<SopTermAttr>(a);
            return hasFactor(term, SopFactor::x0) &&
                   hasFactor(term, SopFactor::y0);
          })) {
        fail("sop terms with both x0 and y0 are not supported by the CPU "
             "backend yet");
      } else if (auto sop = dyn_cast<SopAttr>(rule);
                 sop && !sop.getETerms() &&
                 llvm::any_of(sop.getTerms(), [](Attribute a) {
                   return hasFactor(cast<SopTermAttr>(a), SopFactor::e);
                 })) {
        fail("sop terms read 'e' but the rule has no e_terms");
      } else if (auto sop = dyn_cast<SopAttr>(rule);
                 sop && !plasticity.getModulator() &&
                 llvm::any_of(sop.getTerms(), [](Attribute a) {
                   return hasFactor(cast<SopTermAttr>(a), SopFactor::r);
                 })) {
        fail("sop terms read 'r' but the rule has no modulator");
      } else if (isa<SopAttr>(rule) && proj &&
                 (isRatePopulation(proj.getPre()) ||
                  isRatePopulation(proj.getPost()))) {
        fail("rule 'sop' needs spiking populations");
      } else if (!isa<StdpAttr, HebbianAttr, OjaAttr, BcmAttr, ThreeFactorAttr,
                      MiconiAttr, StructuralAttr, SopAttr>(rule)) {
        fail("snn.plasticity '" + cast<PlasticityRuleAttr>(rule).getRuleName() +
             "' is not supported by the CPU backend yet");
      } else if (isa<MiconiAttr>(rule) && !rates) {
        fail("rule 'miconi' needs rate populations on both sides in the CPU "
             "backend");
      } else if (isa<StdpAttr, ThreeFactorAttr>(rule) && proj &&
                 (isRatePopulation(proj.getPre()) ||
                  isRatePopulation(proj.getPost()))) {
        fail("rule '" + cast<PlasticityRuleAttr>(rule).getRuleName() +
             "' needs spiking populations");
      }
    } else if (auto proj = dyn_cast<ProjectionOp>(op)) {
      // Kernels kept in files are not read yet (weights are, at compile
      // time).
      Attribute conn = proj.getConnectivity();
      Attribute weights;
      if (auto c = dyn_cast<Conv2dAttr>(conn))
        weights = c.getKernel();
      if (weights && isa<FileAttr>(weights)) {
        proj.emitError("snn.projection conv2d kernels from a file are not "
                       "supported by the CPU backend yet");
        ok = false;
      }
    } else if (auto probe = dyn_cast<ProbeOp>(op)) {
      if (probe.getKind() == ProbeKind::traces) {
        bool hasRule =
            llvm::any_of(probe.getTarget().getUsers(), [](Operation *user) {
              auto plasticity = dyn_cast<PlasticityOp>(user);
              return plasticity && !isa<StructuralAttr>(plasticity.getRule());
            });
        if (!hasRule) {
          probe.emitError("snn.probe 'traces' needs a plasticity rule with "
                          "traces on the projection");
          ok = false;
        }
      }
      if (probe.getKind() == ProbeKind::voltage &&
          !probe.getTarget().getDefiningOp<PopulationOp>()) {
        probe.emitError("snn.probe 'voltage' needs a population");
        ok = false;
      }
    }
  });
  return success(ok);
}

//===----------------------------------------------------------------------===//
// Pass
//===----------------------------------------------------------------------===//

namespace {
struct ConvertSnnToLoopsPass
    : snn::impl::ConvertSnnToLoopsBase<ConvertSnnToLoopsPass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    if (failed(checkSnnToLoopsSupport(module)))
      return signalPassFailure();

    ConversionTarget target(getContext());
    target.addLegalDialect<arith::ArithDialect, func::FuncDialect,
                           math::MathDialect, memref::MemRefDialect,
                           scf::SCFDialect, vector::VectorDialect>();
    target.addIllegalDialect<SnnDialect>();
    RewritePatternSet patterns(&getContext());
    bool userError = false;
    populateSnnToLoopsPatterns(patterns, inputDir, &userError);
    if (failed(applyPartialConversion(module, target, std::move(patterns))) ||
        userError)
      signalPassFailure();
  }
};
} // namespace
