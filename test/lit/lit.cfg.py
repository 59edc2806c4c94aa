# lit configuration for adder's compiler-stage tests.
import os
import lit.formats

config.name = "adder"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".py", ".td", ".test", ".ir"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.adder_obj_root, "test", "lit")

llvm_bin = config.llvm_tools_dir
config.environment["PATH"] = os.pathsep.join(
    [os.path.dirname(config.adder_bin), llvm_bin, config.environment.get("PATH", "")])

config.substitutions.append(("%adder-tblgen", config.adder_tblgen))
config.substitutions.append(("%adder", config.adder_bin))
config.substitutions.append(("%python", config.python))
config.substitutions.append(("%clang", config.clang))
config.substitutions.append(("%src_root", config.adder_src_root))
config.substitutions.append(("%gen_include", config.adder_gen_include))
# QEMU runners for the board targets (used once boards exist).
config.substitutions.append(("%qemu-arm", "qemu-system-arm"))

# Board targets (targets/): adder-board-tool answers what the driver gets
# from adderTargets (flags, linker script, libraries, QEMU command line).
# Tests that boot an image need the tool, the board support libraries
# (ninja adder-boards) and qemu-system-arm.
import shutil
board_tool = os.path.join(config.adder_obj_root, "targets", "adder-board-tool")
# Ahead of "%adder", which would otherwise match its prefix.
config.substitutions.insert(0, ("%adder-board-tool", board_tool))
if os.path.exists(board_tool):
    config.available_features.add("adder-board-tool")
if shutil.which("qemu-system-arm"):
    config.available_features.add("qemu-arm")
if os.path.exists(board_tool) and os.path.exists(os.path.join(
        config.adder_obj_root, "lib", "adder", "boards", "boards.stamp")):
    config.available_features.add("board-libs")
