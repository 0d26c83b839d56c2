# `cpack -G DEB` (see .ci/package): one .deb whose Depends come from
# dpkg-shlibdeps, so it installs on the Debian release it was built on.
set(CPACK_PACKAGE_NAME hcloud-desktop)
set(CPACK_PACKAGE_VENDOR "The hcloud-desktop developers")
set(CPACK_PACKAGE_CONTACT "The hcloud-desktop developers <hcloud-desktop@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop console for Hetzner Cloud")
set(CPACK_PACKAGE_DESCRIPTION
    "Manage many Hetzner Cloud projects from one window: servers, volumes, networks,\n"
    "load balancers, DNS zones, what needs attention and what it costs. API tokens\n"
    "stay in the system keychain. Includes hcloud-sim, a simulated Hetzner Cloud\n"
    "behind the demo.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so shlibdeps cannot see them: the window's platform
# plugins, and a Secret Service for the tokens.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc")
# cpack packages what was built (.ci/package builds first) instead of
# building every test: tst_package packages its own build tree.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
include(CPack)
