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
