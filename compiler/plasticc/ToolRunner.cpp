//===- ToolRunner.cpp - running external tools with a log ------------------===//
//
// Part of plasticc. The hardware targets drive verilator, yosys and nextpnr;
// their output goes to a log in the output directory, and a failure is
// reported with the command, the log's path and its last lines.
//
//===----------------------------------------------------------------------===//

#include "compiler/plasticc/HardwareTarget.h"

#include "mlir/IR/Diagnostics.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"

using namespace mlir;

std::string plasticc::tailOfFile(llvm::StringRef path, unsigned lines) {
  auto buffer = llvm::MemoryBuffer::getFile(path);
  if (!buffer)
    return "";
  llvm::StringRef text = (*buffer)->getBuffer().rtrim();
  size_t pos = text.size();
  for (unsigned k = 0; k < lines && pos != llvm::StringRef::npos && pos > 0;
       ++k)
    pos = text.rfind('\n', pos - 1);
  llvm::StringRef tail =
      pos == llvm::StringRef::npos ? text : text.drop_front(pos + 1);
  std::string out;
  llvm::SmallVector<llvm::StringRef> split;
  tail.split(split, '\n');
  for (llvm::StringRef line : split)
    out += "  | " + line.str() + "\n";
  return out;
}

LogicalResult plasticc::runLogged(Location loc, llvm::StringRef stage,
                                  llvm::StringRef program,
                                  llvm::ArrayRef<std::string> args,
                                  llvm::StringRef logPath,
                                  llvm::StringRef what) {
  llvm::ErrorOr<std::string> path = llvm::sys::findProgramByName(program);
  if (!path)
    return emitError(loc) << stage << ": '" << program
                          << "' is not on PATH; " << what;
  llvm::SmallVector<llvm::StringRef> argv{*path};
  for (const std::string &a : args)
    argv.push_back(a);
  std::optional<llvm::StringRef> redirects[] = {std::nullopt, logPath, logPath};
  std::string message;
  int rc = llvm::sys::ExecuteAndWait(*path, argv, std::nullopt, redirects, 0,
                                     0, &message);
  if (rc == 0)
    return success();
  InFlightDiagnostic diag = emitError(loc)
                            << stage << " failed ("
                            << (rc < 0 ? message : "exit status " +
                                                       std::to_string(rc))
                            << "); log in " << logPath << "\n";
  std::string command = program.str();
  for (const std::string &a : args)
    command += a.find(' ') == std::string::npos ? " " + a : " '" + a + "'";
  diag << "  command: " << command << "\n"
       << tailOfFile(logPath, 15);
  return failure();
}
