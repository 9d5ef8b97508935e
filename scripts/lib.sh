# Shared helpers for scripts/run, scripts/test and .ci/run. Source it.

# APP_TAGS are the build tags of every build of the app (scripts/run,
# scripts/test, scripts/package). no_emoji leaves out fyne's colour emoji
# font: 4 MB in the program, and about 10 MB of memory in the window, where
# fyne parses it once for each text style. The atlas's own text needs none
# of its glyphs (ui/glyphs_test.go); emoji a user types or imports are
# drawn from the system's fonts, as any other character fyne's fonts lack.
APP_TAGS="no_emoji"

# Debian packages needed to build the app (cgo + X11/OpenGL headers).
BUILD_PACKAGES="gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev"
# Extra packages the full test suite needs: a virtual X server, input
# automation, screenshots and image comparison, PDF rasterizing, video
# (ffmpeg, for the MP4 tests) and GDAL (ogrinfo reads the KML and GeoJSON
# exports).
TEST_PACKAGES="xvfb xdotool imagemagick poppler-utils xauth ffmpeg gdal-bin"
# What scripts/package needs beyond the build: the Windows cross compiler
# (cgo), the NSIS installer builder, zip, and dpkg-shlibdeps for the .deb.
PACKAGE_PACKAGES="gcc-mingw-w64-x86-64-win32 nsis zip xz-utils dpkg-dev"
# What the package tests need: wine to run the Windows program and its
# installer (64-bit only: the installer is amd64 too), and the validators of
# the .deb's desktop file and AppStream metainfo.
PACKAGE_TEST_PACKAGES="wine wine64 appstream desktop-file-utils"

# ensure_packages installs the listed Debian packages that are missing,
# using sudo when not root. apt-get update runs first, once.
ensure_packages() {
	local missing=()
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	if ! command -v apt-get >/dev/null; then
		echo "Missing packages ${missing[*]} and no apt-get: install them with your package manager." >&2
		return 1
	fi
	local sudo=""
	[ "$(id -u)" -ne 0 ] && sudo="sudo"
	echo "Installing: ${missing[*]}" >&2
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# ensure_go makes a Go toolchain available. go.mod asks for Go 1.26; an
# older go (e.g. Debian's golang-go) fetches it by itself (GOTOOLCHAIN=auto).
ensure_go() {
	if ! command -v go >/dev/null; then
		[ -x /usr/local/go/bin/go ] && export PATH="$PATH:/usr/local/go/bin"
	fi
	if ! command -v go >/dev/null; then
		ensure_packages golang-go ca-certificates
	fi
	export GOTOOLCHAIN="${GOTOOLCHAIN:-auto}"
}

# app_meta reads the master FyneApp.toml into APP_NAME, APP_ID, APP_VERSION,
# APP_BUILD, APP_WEBSITE and APP_COMMENT, and sets APP_SLUG, the lower-case
# file-name form of the name (peru-trafficking-atlas).
app_meta() {
	local toml="${1:-FyneApp.toml}"
	toml_value() { sed -n "s/^$1 = \"\{0,1\}\([^\"]*\)\"\{0,1\}\$/\1/p" "$toml" | head -1; }
	APP_NAME=$(toml_value Name)
	APP_ID=$(toml_value ID)
	APP_VERSION=$(toml_value Version)
	APP_BUILD=$(toml_value Build)
	APP_WEBSITE=$(toml_value Website)
	APP_COMMENT=$(toml_value Comment)
	APP_SLUG=$(echo "$APP_NAME" | tr 'A-Z ' 'a-z-')
	local v
	for v in APP_NAME APP_ID APP_VERSION APP_BUILD APP_WEBSITE APP_COMMENT; do
		[ -n "${!v}" ] || { echo "$toml: no value for ${v#APP_}" >&2; return 1; }
	done
}
