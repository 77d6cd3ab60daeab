# The two commands of the README: `make run` and `make test` (plus `make bench`).
# Each installs missing Debian packages, configures once and builds incrementally,
# so running it twice does no finished work again.

BUILD    ?= build
JOBS     ?= $(shell nproc)
SUDO     := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
CONSOLE  := $(BUILD)/gui/trio2o-console

# Everything the build, the tests and the benchmarks need from Debian 12.
# postgresql: `make test` runs the store suites on a throwaway server too
# (ctest fixture pgserver, tests/pg/pg-test-server.sh starts and removes it).
PACKAGES := build-essential cmake ninja-build pkg-config \
            qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev \
            qt6-tools-dev-tools qt6-l10n-tools qt6-httpserver-dev qt6-translations-l10n \
            libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libqt6opengl6-dev libgl-dev \
            libxkbcommon-dev libvulkan-dev libbenchmark-dev libsqlite3-dev \
            libqt6sql6-psql postgresql libyaml-cpp-dev qtkeychain-qt6-dev \
            fonts-dejavu-core fonts-noto-cjk

DEPS_STAMP := $(BUILD)/.deps-installed

.PHONY: all deps configure build run test bench clean asan-build test-asan test-asan-core fuzz

all: build

# dpkg-query is fast; apt-get only runs when something is actually missing.
$(DEPS_STAMP): Makefile
	@missing=$$(for p in $(PACKAGES); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; \
	  done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing Debian packages:" $$missing; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing || exit 1; \
	fi
	@mkdir -p $(BUILD) && touch $@

deps: $(DEPS_STAMP)

$(BUILD)/build.ninja: $(DEPS_STAMP)
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release

configure: $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(CONSOLE) $(ARGS)

test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8 \
	  ctest --output-on-failure -j $(JOBS) --timeout 600

bench: build
	QT_QPA_PLATFORM=offscreen sh tests/bench/run-all.sh $(BUILD)

# The whole suite (PostgreSQL variants included) built with AddressSanitizer
# (leak checking included) and UndefinedBehaviorSanitizer; any report fails the
# test. tests/sanitizers/lsan.supp lists, each with its reason, the leaks that
# are not ours (Qt's plugins, fontconfig). test-asan-core leaves out the suites
# of the console's widgets (ctest label "gui"); .ci/run runs that one.
ASAN_BUILD ?= build-asan
ASAN_ENV   := QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8 \
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0 \
  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/lsan.supp:print_suppressions=0 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
asan-build: $(DEPS_STAMP)
	[ -f $(ASAN_BUILD)/build.ninja ] || cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTRIO2O_SANITIZE=ON
	cmake --build $(ASAN_BUILD) -j $(JOBS)

test-asan: asan-build
	cd $(ASAN_BUILD) && $(ASAN_ENV) ctest --output-on-failure -j $(JOBS) --timeout 1800

test-asan-core: asan-build
	cd $(ASAN_BUILD) && $(ASAN_ENV) ctest --output-on-failure -j $(JOBS) --timeout 1800 -LE gui

# libFuzzer (clang) on every parser of outside data, FUZZ_TIME seconds each.
# New corpus entries go to $(FUZZ_BUILD)/corpus, crashes to $(FUZZ_BUILD)/findings.
FUZZ_BUILD ?= build-fuzz
FUZZ_TIME  ?= 60
FUZZERS    := statejson schedulerconfig databaselocation scenariojson planjson apiresponses keystonetoken
fuzz: $(DEPS_STAMP)
	@command -v clang++ >/dev/null || { $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends clang libclang-rt-dev; }
	[ -f $(FUZZ_BUILD)/build.ninja ] || CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -G Ninja \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTRIO2O_FUZZ=ON
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target $(addprefix fuzz_,$(FUZZERS))
	@status=0; for f in $(FUZZERS); do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$f $(FUZZ_BUILD)/findings/$$f; \
	  $(FUZZ_BUILD)/tests/fuzz/fuzz_$$f -max_total_time=$(FUZZ_TIME) -max_len=1048576 -rss_limit_mb=2048 \
	    -timeout=10 -print_final_stats=1 -artifact_prefix=$(FUZZ_BUILD)/findings/$$f/ \
	    $(FUZZ_BUILD)/corpus/$$f tests/fuzz/corpus/$$f > $(FUZZ_BUILD)/fuzz_$$f.log 2>&1 || status=1; \
	  echo "fuzz_$$f: $$(grep -o 'stat::number_of_executed_units: [0-9]*' $(FUZZ_BUILD)/fuzz_$$f.log | grep -o '[0-9]*$$') executions," \
	    "$$(ls $(FUZZ_BUILD)/findings/$$f | wc -l) finding(s) (log: $(FUZZ_BUILD)/fuzz_$$f.log)"; \
	done; exit $$status

clean:
	rm -rf $(BUILD)
