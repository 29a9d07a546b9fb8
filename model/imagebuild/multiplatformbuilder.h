#pragma once

#include "imagebuilder.h"

#include <QList>
#include <QString>

namespace mcpdock::imagebuild {

// os/architecture[/variant] of an image, as `--platform` and the registry's index name it.
struct Platform
{
    QString os = QStringLiteral("linux");
    QString architecture; // "amd64", "arm64"
    QString variant;      // "v8" or empty

    QString text() const; // "linux/arm64"
    // The suffix the platform's local tags get: "linux-arm64".
    QString tagSuffix() const;
    bool operator==(const Platform& other) const = default;

    // "linux/amd64,linux/arm64". Only linux/amd64 and linux/arm64 (alias aarch64, arm64/v8) are
    // built; the error names the entry and what is accepted.
    static Expected<QList<Platform>, QString> parseList(const QString& list);
    // The daemon's own ("x86_64" -> linux/amd64), from GET /info's Architecture.
    static Platform fromDaemonArchitecture(const QString& architecture);
};

struct PlatformBuild
{
    Platform platform;
    BuildResult result; // tags: the platform's own (NAME:TAG-linux-arm64, and NAME:TAG for the daemon's own)
};

struct MultiPlatformResult
{
    QList<PlatformBuild> builds; // in the order asked for
    QStringList tags;            // the tags asked for (NAME:TAG), pushed as an index of the builds
    qint64 elapsedMs = 0;
};

// `mcpdock build --platform linux/amd64,linux/arm64`: one classic build per platform (POST /build
// with platform= and pull, so the base image is the one published for that platform; an image of
// another architecture than asked is a failure), events marked with their platform, and
// the same all-or-nothing rule as a single build: the platforms are built untagged, and only when
// every one succeeded each gets its tags — NAME:TAG-<os>-<arch> for every platform, plus NAME:TAG
// itself for the daemon's own platform (so `docker run NAME:TAG` works here); a failure on any
// removes what the others built (untagged images go with their unshared parents) and leaves no tag.
//
// The daemon's own platform is built last, so the local tags of the base images name the native
// images afterwards (a single build, which does not pull, would otherwise build FROM the arm64 one).
//
// Before building a platform the daemon does not run natively, it checks once that the daemon can
// run that platform's binaries (a two-step build of a 132-byte static binary), so a missing QEMU
// is said up front with what to install, not as "exec format error" at a RUN step.
class MultiPlatformBuilder
{
public:
    MultiPlatformBuilder(ImageBuildOptions options, QList<Platform> platforms);

    void setEventHandler(BuildEventHandler handler) { m_onEvent = std::move(handler); }

    Expected<MultiPlatformResult, BuildFailure> build(const project::Project& project,
                                                      const std::atomic_bool* cancel = nullptr);

    // Runs a tiny static binary of the platform (amd64, arm64, riscv64) through the daemon. Empty when it
    // runs; otherwise the failure with the next step (install qemu-user-static and binfmt-support, or run
    // tonistiigi/binfmt).
    static std::optional<BuildFailure> checkEmulation(const docker::Endpoint& endpoint,
                                                      const Platform& platform);

private:
    void emitEvent(const Platform& platform, BuildEvent event);

    ImageBuildOptions m_options;
    QList<Platform> m_platforms;
    BuildEventHandler m_onEvent;
};

} // namespace mcpdock::imagebuild
