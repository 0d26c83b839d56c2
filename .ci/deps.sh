# Sourced by .ci/demo and .ci/test: installs the Debian/Ubuntu packages that
# are missing, with sudo when not root. Usage: install_missing pkg...
install_missing() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

BUILD_PACKAGES=(build-essential cmake pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libtomlplusplus-dev libsimdjson-dev libgl-dev libvncserver-dev)
RUN_PACKAGES=(gnome-keyring dbus-user-session qt6-qpa-plugins)
FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev libfuzzer-14-dev)
TEST_PACKAGES=(dbus dbus-bin gnome-keyring libsecret-tools hcloud-cli python3-hcloud python3
    chromium nodejs appstream desktop-file-utils dpkg-dev)
# tst_format and .ci/format: the Debian 12 clang-format.
TEST_PACKAGES+=(clang-format-14)
# .ci/package: dpkg-shlibdeps for the .deb's Depends.
PACKAGE_PACKAGES=(dpkg-dev)
# nodejs from NodeSource carries npm; Debian's nodejs needs the npm package.
NPM_PACKAGES=(npm)

build_tree() {
    local dir=$1; shift
    cmake -S "$ROOT" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$dir" --parallel "$(nproc)"
}
