# CPack: a Debian package of the application (`cpack` in a build directory, or
# `cmake --build <dir> --target package`). Included from the top-level CMakeLists.txt.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "mcpdock")
set(CPACK_PACKAGE_VENDOR "The MCP Dock authors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "The MCP Dock authors <maintainers@mcpdock.io>")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Build and publish MCP server container images
 MCP Dock turns a Model Context Protocol server project (a manifest, tools in
 TypeScript, JavaScript or Python, connectors and a config.yaml) into a Docker
 image without a hand-written Dockerfile, verifies it with an MCP handshake,
 tags it and pushes it to a registry. It is a Qt desktop application and a
 command line tool (mcpdock build, verify, push ...) for CI.")
# The library dependencies (Qt 6, yaml-cpp, libarchive, QtKeychain) come from dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The Qt platform plugins are loaded at run time, so dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "docker.io | docker-ce, gnome-keyring | keepassxc")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "golang-docker-credential-helpers")

include(CPack)
