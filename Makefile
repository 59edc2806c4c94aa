# adder's front door. Every target installs what it needs (scripts/setup.sh
# is idempotent and quiet when all is present), configures once, and
# rebuilds only what changed.
#
#   make run          compile examples/sensor_loop.py for the mps2-an385
#                     board and run it in QEMU (RUN_TARGET=host: natively)
#   make test         build and run every test suite; ends with a summary
#   make bench        benchmarks against C (clang -O2) and CPython, then compile time
#                     (BENCH_FLAGS="--only fib,nbody --runs 5" to narrow)
#   make parse-check  parse the whole CPython stdlib, compare with ast.dump
#   make fuzz-parser  libFuzzer on the lexer+parser for 10 minutes

BUILD ?= build
JOBS ?= 2
ADDER := $(BUILD)/tools/adder/adder
PYTHON ?= python3
CMAKE_FLAGS := -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19

.PHONY: all setup configure build run test bench parse-check fuzz-parser clean

all: build

setup:
	@sh scripts/setup.sh

configure: setup
	@[ -f $(BUILD)/build.ninja ] || cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null

build: configure
	@ninja -C $(BUILD) -j$(JOBS)

RUN_TARGET ?= mps2-an385

run: build
	$(ADDER) run --target=$(RUN_TARGET) examples/sensor_loop.py

test: build
	@$(PYTHON) test/run_tests.py --build $(BUILD)

bench: build
	$(PYTHON) bench/run_bench.py --adder $(ADDER) --work-dir $(BUILD)/bench $(BENCH_FLAGS)
	$(PYTHON) bench/compile_time.py --adder $(ADDER)

parse-check: build
	$(PYTHON) test/parse-check/parse_check.py --adder $(ADDER)

FUZZ_DIR := $(BUILD)-fuzz
FUZZ_SOURCES := $(wildcard frontend/*.cpp frontend/host/*.cpp) \
  support/Arena.cpp support/Format.cpp support/HostSupport.cpp \
  $(wildcard support/unicode/*.cpp support/float/*.cpp) test/fuzz/ParserFuzzer.cpp
FUZZ_TIME ?= 600

# Needs only the frontend's generated headers, not the whole build.
fuzz-parser: configure
	@ninja -C $(BUILD) -j$(JOBS) adderFrontendHost
	@mkdir -p $(FUZZ_DIR)/corpus
	clang++-19 -std=c++20 -O1 -g -fno-exceptions -fsanitize=fuzzer,address,undefined \
	  -fno-sanitize-recover=undefined -Ifrontend/include -Isupport/include \
	  -I$(BUILD)/include -Isupport/float $(FUZZ_SOURCES) -o $(FUZZ_DIR)/parser-fuzzer
	@$(PYTHON) test/fuzz/make_seed_corpus.py $(FUZZ_DIR)/seeds 16384
	$(FUZZ_DIR)/parser-fuzzer -max_total_time=$(FUZZ_TIME) -max_len=16384 \
	  -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
	  $(FUZZ_DIR)/corpus $(FUZZ_DIR)/seeds

clean:
	rm -rf $(BUILD) $(FUZZ_DIR)
