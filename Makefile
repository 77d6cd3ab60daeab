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
            libqt6sql6-psql postgresql \
            fonts-dejavu-core fonts-noto-cjk

DEPS_STAMP := $(BUILD)/.deps-installed

.PHONY: all deps configure build run test bench clean

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

clean:
	rm -rf $(BUILD)
