# Build and install OneOnOne. `make install` puts `oneonone` in $(PREFIX)/bin (default
# /usr/local/bin; `make install PREFIX=$HOME/.local` needs no root). The binary carries the Swift
# runtime (--static-swift-stdlib), so it runs where no Swift toolchain is installed; it still
# needs libcmark-gfm at run time (Debian and Ubuntu: the libcmark-gfm0.* and
# libcmark-gfm-extensions0.* packages, which libcmark-gfm-dev pulls in).
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
SWIFT ?= swift
BUILD := $(SWIFT) build -c release --static-swift-stdlib

.PHONY: release install uninstall test

release:
	$(BUILD)

install: release
	install -d "$(DESTDIR)$(BINDIR)"
	install -m 755 "$$($(BUILD) --show-bin-path)/oneonone" "$(DESTDIR)$(BINDIR)/oneonone"

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/oneonone"

test:
	$(SWIFT) test
