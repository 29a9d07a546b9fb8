#pragma once

#include "settings/settings.h"
#include "testsupport.h"

#include <memory>

// In initTestCase() of a test that builds through a window: the environment must be up and serve
// the base images (fails loudly, never skips).
#define MCPDOCK_REQUIRE_WINDOW_TESTENV() MCPDOCK_REQUIRE_TESTENV()

namespace mcpdock::test {

// Settings for a MainWindow under test: a temporary file pointing at the test daemon's socket and
// host networking for builds (the test daemon has no bridge). Base images keep their defaults: the
// test daemon pulls them from its Docker Hub mirror.
inline std::unique_ptr<settings::Settings> windowSettings()
{
    using K = settings::Settings::Key;
    auto s = settings::Settings::createTemporary();
    s->setValue(K::DockerHostMode, QStringLiteral("socket"));
    s->setValue(K::DockerSocket, testEnv().dockerSocket);
    s->setValue(K::BuildNetworkMode, QStringLiteral("host"));
    return s;
}

} // namespace mcpdock::test
