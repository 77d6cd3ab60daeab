# SPDX-License-Identifier: Apache-2.0
# The two commands of the README: `make run` and `make test` (plus `make bench`, `make package`).
# Each installs missing Debian packages, configures once and builds incrementally,
# so running it twice does no finished work again.

BUILD    ?= build
JOBS     ?= $(shell nproc)
SUDO     := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
CONSOLE  := $(BUILD)/gui/trio2o-console

# What building and running the programs needs from Debian 12 (`make run`, `make package`).
PACKAGES := build-essential cmake ninja-build pkg-config \
            qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev \
            qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n \
            libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libqt6opengl6-dev libgl-dev \
            libxkbcommon-dev libvulkan-dev libsqlite3-dev libutf8proc-dev \
            libqt6sql6-psql libyaml-cpp-dev qtkeychain-qt6-dev \
            fonts-dejavu-core fonts-noto-cjk

# What `make test` and `make bench` add. postgresql: the store suites run on a
# throwaway server too (ctest fixture pgserver, tests/pg/pg-test-server.sh
# starts and removes it). The packaging checks: desktop-file-validate,
# appstreamcli, groff (man pages), dpkg-dev (the .deb's shlibdeps).
TEST_PACKAGES := libbenchmark-dev postgresql \
                 desktop-file-utils appstream groff-base dpkg-dev

# What `make package` adds: dpkg-shlibdeps computes the .deb's dependencies.
PACKAGE_PACKAGES := dpkg-dev

DEPS_STAMP      := $(BUILD)/.deps-installed
TEST_DEPS_STAMP := $(BUILD)/.test-deps-installed

.PHONY: all deps configure build run test bench package clean asan-build test-asan test-asan-core fuzz

all: build

# $(call install-missing,PACKAGE...): dpkg-query is fast; apt-get only runs
# when something is actually missing.
define install-missing
	@missing=$$(for p in $(1); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; \
	  done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing Debian packages:" $$missing; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing || exit 1; \
	fi
endef

$(DEPS_STAMP): Makefile
	$(call install-missing,$(PACKAGES))
	@mkdir -p $(BUILD) && touch $@

# Then CMake runs again, so it finds what was just installed (Google Benchmark).
$(TEST_DEPS_STAMP): Makefile $(BUILD)/build.ninja
	$(call install-missing,$(TEST_PACKAGES))
	cmake $(BUILD) >/dev/null
	@touch $@

deps: $(DEPS_STAMP)

$(BUILD)/build.ninja: $(DEPS_STAMP)
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release

configure: $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: configure
	cmake --build $(BUILD) -j $(JOBS) --target trio2o-console
	$(CONSOLE) $(ARGS)

# Ends with the number of store suites that ran on each engine (ctest's
# store_engines_report, tests/pg/store-engines.sh).
test: $(TEST_DEPS_STAMP)
	cmake --build $(BUILD) -j $(JOBS)
	cd $(BUILD) && status=0; QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8 \
	  ctest --output-on-failure -j $(JOBS) --timeout 600 || status=$$?; \
	  cat test-engines/summary 2>/dev/null; exit $$status

bench: $(TEST_DEPS_STAMP)
	cmake --build $(BUILD) -j $(JOBS)
	QT_QPA_PLATFORM=offscreen sh tests/bench/run-all.sh $(BUILD)

# A Debian package from its own build (no tests, so neither Qt Test nor
# Google Benchmark): $(PACKAGE_BUILD)/trio2o-console_<version>_<arch>.deb.
PACKAGE_BUILD ?= build-package
package: $(DEPS_STAMP)
	$(call install-missing,$(PACKAGE_PACKAGES))
	[ -f $(PACKAGE_BUILD)/build.ninja ] || cmake -S . -B $(PACKAGE_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
	cmake --build $(PACKAGE_BUILD) -j $(JOBS)
	cd $(PACKAGE_BUILD) && cpack -G DEB

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
asan-build: $(TEST_DEPS_STAMP)
	[ -f $(ASAN_BUILD)/build.ninja ] || cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTRIO2O_SANITIZE=ON
	cmake --build $(ASAN_BUILD) -j $(JOBS)

test-asan: asan-build
	cd $(ASAN_BUILD) && status=0; $(ASAN_ENV) ctest --output-on-failure -j $(JOBS) --timeout 1800 || status=$$?; \
	  cat test-engines/summary 2>/dev/null; exit $$status

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
	rm -rf $(BUILD) $(PACKAGE_BUILD)
