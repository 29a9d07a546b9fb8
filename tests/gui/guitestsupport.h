#pragma once

#include "settings/settings.h"
#include "testsupport.h"

#include <memory>

// In initTestCase() of a test that builds through a window: the environment must be up and have
// the local base images (fails loudly, never skips).
#define MCPDOCK_REQUIRE_WINDOW_TESTENV()                                                                     \
    do {                                                                                                     \
        MCPDOCK_REQUIRE_TESTENV();                                                                           \
        QVERIFY2(!::mcpdock::test::testEnv().baseNode.isEmpty(),                                             \
                 "MCPDOCK_TEST_BASE_NODE is not set in the test environment");                               \
    } while (false)

namespace mcpdock::test {

// Settings for a MainWindow under test: a temporary file pointing at the test daemon's socket, the
// local base images, and host networking for builds (the test daemon has no bridge).
inline std::unique_ptr<settings::Settings> windowSettings()
{
    using K = settings::Settings::Key;
    auto s = settings::Settings::createTemporary();
    s->setValue(K::DockerHostMode, QStringLiteral("socket"));
    s->setValue(K::DockerSocket, testEnv().dockerSocket);
    s->setValue(K::BaseImageNode, testEnv().baseNode);
    s->setValue(K::BaseImageNodeDebian, testEnv().baseNode);
    s->setValue(K::BaseImagePython, testEnv().basePython);
    s->setValue(K::BuildNetworkMode, QStringLiteral("host"));
    return s;
}

} // namespace mcpdock::test
