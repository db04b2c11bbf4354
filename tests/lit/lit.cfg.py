# -*- Python -*- lit configuration for plasticc's compiler tests.
import os

import lit.formats
from lit.llvm import llvm_config

config.name = "plasticc"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir"]
config.test_source_root = os.path.dirname(__file__)
config.excludes = ["CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py.in", "Inputs", "extract_examples.py"]

config.substitutions.append(("%examples", os.path.join(config.plasticc_src_root, "examples")))
config.substitutions.append(("%plasticc_src", config.plasticc_src_root))
config.substitutions.append(("%python", config.python_executable))

llvm_config.use_default_substitutions()
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
llvm_config.with_environment("PATH", config.plasticc_tools_dir, append_path=True)
tools = ["plasticc-opt", "plasticc-sim", "plasticc-ref", "plasticc"]
llvm_config.add_tool_substitutions(tools, [config.plasticc_tools_dir])

if config.verilator and os.path.exists(config.verilator):
    config.available_features.add("verilator")

# --target=ice40-up5k runs yosys, nextpnr-ice40 and icepack (scripts/setup
# installs them, so CI has them).
import shutil
if all(shutil.which(t) for t in ("yosys", "nextpnr-ice40", "icepack")):
    config.available_features.add("ice40-tools")
