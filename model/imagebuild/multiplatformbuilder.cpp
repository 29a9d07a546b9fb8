#include "multiplatformbuilder.h"

#include "docker/engineclient.h"
#include "registry/reference.h"

#include <archive.h>
#include <archive_entry.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <optional>

namespace mcpdock::imagebuild {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MultiPlatformBuilder", text);
}

void putLe(QByteArray& out, quint64 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

// The smallest static ELF executable that exits 0: ELF header, one PT_LOAD program header, code.
QByteArray exitZeroElf(const QString& architecture)
{
    QByteArray code;
    quint16 machine = 0;
    if (architecture == QLatin1String("arm64")) {
        machine = 0xb7; // mov x0, #0; mov x8, #93 (exit); svc #0
        for (quint32 insn : {0xd2800000u, 0xd2800ba8u, 0xd4000001u})
            putLe(code, insn, 4);
    } else if (architecture == QLatin1String("riscv64")) {
        machine = 0xf3; // li a0, 0; li a7, 93 (exit); ecall
        for (quint32 insn : {0x00000513u, 0x05d00893u, 0x00000073u})
            putLe(code, insn, 4);
    } else {
        machine = 0x3e; // mov eax, 60 (exit); xor edi, edi; syscall
        code = QByteArray::fromHex("b83c00000031ff0f05");
    }
    const quint64 base = 0x400000, headers = 64 + 56, total = headers + quint64(code.size());
    QByteArray elf("\x7f"
                   "ELF\x02\x01\x01",
                   7);
    elf.append(9, '\0');
    putLe(elf, 2, 2); // ET_EXEC
    putLe(elf, machine, 2);
    putLe(elf, 1, 4);              // EV_CURRENT
    putLe(elf, base + headers, 8); // entry
    putLe(elf, 64, 8);             // program headers right after this one
    putLe(elf, 0, 8);              // no section headers
    putLe(elf, 0, 4);              // flags
    for (quint64 v : {64u, 56u, 1u, 64u, 0u, 0u})
        putLe(elf, v, 2); // ehsize, phentsize, phnum, shentsize, shnum, shstrndx
    putLe(elf, 1, 4);     // PT_LOAD
    putLe(elf, 5, 4);     // R + X
    putLe(elf, 0, 8);     // offset
    putLe(elf, base, 8);  // vaddr
    putLe(elf, base, 8);  // paddr
    putLe(elf, total, 8); // filesz
    putLe(elf, total, 8); // memsz
    putLe(elf, 0x1000, 8);
    elf.append(code);
    return elf;
}

la_ssize_t appendToByteArray(struct archive*, void* client, const void* buffer, size_t length)
{
    static_cast<QByteArray*>(client)->append(static_cast<const char*>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

QByteArray tarOf(const QList<std::tuple<QString, QByteArray, int>>& files)
{
    QByteArray out;
    struct archive* a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_set_bytes_in_last_block(a, 1);
    archive_write_open(a, &out, nullptr, appendToByteArray, nullptr);
    for (const auto& [name, data, mode] : files) {
        archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, name.toUtf8().constData());
        archive_entry_set_size(e, data.size());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, mode);
        archive_entry_set_mtime(e, 1700000000, 0);
        archive_write_header(a, e);
        archive_write_data(a, data.constData(), size_t(data.size()));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

QString emulationHint(const Platform& platform)
{
    return tr("Install QEMU's binfmt_misc handlers where the Docker daemon runs: on Debian or Ubuntu "
              "'sudo apt-get install qemu-user-static binfmt-support', elsewhere once per boot "
              "'docker run --privileged --rm tonistiigi/binfmt --install %1'. Then build again; RUN steps "
              "of %2 run emulated (npm and pip installs are several times slower).")
        .arg(platform.architecture, platform.text());
}

} // namespace

QString Platform::text() const
{
    return os + QLatin1Char('/') + architecture +
           (variant.isEmpty() ? QString() : QLatin1Char('/') + variant);
}

QString Platform::tagSuffix() const
{
    return os + QLatin1Char('-') + architecture +
           (variant.isEmpty() ? QString() : QLatin1Char('-') + variant);
}

Expected<QList<Platform>, QString> Platform::parseList(const QString& list)
{
    QList<Platform> out;
    const QStringList entries = list.split(QLatin1Char(','));
    for (const QString& raw : entries) {
        const QString entry = raw.trimmed().toLower();
        Platform p;
        if (entry == QLatin1String("linux/amd64") || entry == QLatin1String("linux/x86_64"))
            p.architecture = QStringLiteral("amd64");
        else if (entry == QLatin1String("linux/arm64") || entry == QLatin1String("linux/arm64/v8") ||
                 entry == QLatin1String("linux/aarch64"))
            p.architecture = QStringLiteral("arm64");
        else
            return tr("--platform: '%1' is not a platform MCP Dock builds; give linux/amd64, linux/arm64 or "
                      "both, separated by a comma")
                .arg(raw.trimmed());
        if (out.contains(p))
            return tr("--platform: %1 is given twice").arg(p.text());
        out.append(p);
    }
    return out;
}

Platform Platform::fromDaemonArchitecture(const QString& architecture)
{
    Platform p;
    const QString a = architecture.toLower();
    p.architecture = (a == QLatin1String("aarch64") || a == QLatin1String("arm64"))  ? QStringLiteral("arm64")
                     : (a == QLatin1String("x86_64") || a == QLatin1String("amd64")) ? QStringLiteral("amd64")
                                                                                     : a;
    return p;
}

MultiPlatformBuilder::MultiPlatformBuilder(ImageBuildOptions options, QList<Platform> platforms)
    : m_options(std::move(options))
    , m_platforms(std::move(platforms))
{}

void MultiPlatformBuilder::emitEvent(const Platform& platform, BuildEvent event)
{
    event.platform = platform.text();
    if (m_onEvent)
        m_onEvent(event);
}

std::optional<BuildFailure> MultiPlatformBuilder::checkEmulation(const docker::Endpoint& endpoint,
                                                                 const Platform& platform)
{
    docker::EngineClient client(endpoint);
    const QByteArray context =
        tarOf({{QStringLiteral("Dockerfile"),
                QByteArray("FROM scratch\nCOPY probe /probe\nRUN [\"/probe\"]\n"), 0644},
               {QStringLiteral("probe"), exitZeroElf(platform.architecture), 0755}});
    docker::BuildOptions options;
    options.platform = platform.text();
    options.labels.insert(QStringLiteral("io.mcpdock.probe"), QStringLiteral("emulation"));
    const docker::BodyProducer producer = [&context](docker::BodyWriter& out, QString*) {
        return out.write(context.constData(), context.size());
    };
    QString lastError;
    bool execFormat = false; // the kernel's word for "no handler for this binary"
    QStringList layers;      // " ---> 1a2b3c4d5e6f": the probe's intermediate images, removed after a failure
    const docker::MessageHandler onMessage = [&lastError, &execFormat,
                                              &layers](const docker::JsonMessage& m) {
        static const QRegularExpression layer(QStringLiteral("^ ---> ([0-9a-f]{12,64})\\s*$"));
        if (const auto match = layer.match(m.stream); match.hasMatch())
            layers << match.captured(1);
        if (!m.error.isEmpty())
            lastError = m.error;
        if (m.stream.contains(QLatin1String("exec format error")) ||
            m.error.contains(QLatin1String("exec format error")))
            execFormat = true;
    };
    auto built = client.buildImage(options, producer, onMessage);
    if (built) {
        client.removeImage(*built, true);
        return std::nullopt;
    }
    for (auto it = layers.crbegin(); it != layers.crend(); ++it)
        client.removeImage(*it, false);
    BuildFailure failure;
    const QString said = lastError.isEmpty() ? built.error().message : lastError;
    if (built.error().kind != docker::DockerError::Kind::StreamError && lastError.isEmpty()) {
        failure.kind = BuildFailure::Kind::Connection;
        failure.message = tr("Cannot check whether Docker runs %1 binaries: %2").arg(platform.text(), said);
        failure.suggestion = tr("Check the daemon with mcpdock ping, then build again.");
        return failure;
    }
    failure.kind = BuildFailure::Kind::Build;
    failure.subject = platform.text();
    failure.message = execFormat
                          ? tr("Docker cannot run %1 binaries (exec format error: the kernel has no "
                               "binfmt_misc handler for them).")
                                .arg(platform.text())
                          : tr("Docker cannot run %1 binaries (%2).").arg(platform.text(), said.trimmed());
    failure.suggestion = emulationHint(platform);
    return failure;
}

Expected<MultiPlatformResult, BuildFailure> MultiPlatformBuilder::build(const project::Project& project,
                                                                        const std::atomic_bool* cancel)
{
    QElapsedTimer timer;
    timer.start();
    auto info = [this](const Platform& p, const QString& text,
                       BuildEvent::Kind kind = BuildEvent::Kind::Info) {
        BuildEvent e;
        e.kind = kind;
        e.time = QDateTime::currentDateTimeUtc();
        e.elapsedMs = 0;
        e.text = text;
        emitEvent(p, e);
    };
    docker::EngineClient client(m_options.endpoint);
    const auto daemonInfo = client.info();
    if (!daemonInfo) {
        BuildFailure f;
        f.kind = BuildFailure::Kind::Connection;
        f.message = daemonInfo.error().message;
        f.suggestion =
            tr("The build did not start: the Docker daemon cannot be reached. Check it with mcpdock "
               "ping, then build again.");
        return f;
    }
    const Platform native =
        Platform::fromDaemonArchitecture(daemonInfo->value(QStringLiteral("Architecture")).toString());
    // The platform the plain tags (NAME:TAG) go to: the daemon's own when it is built, else the first.
    const Platform plain = m_platforms.contains(native) ? native : m_platforms.value(0);

    for (const Platform& p : std::as_const(m_platforms)) {
        if (p == native)
            continue;
        info(p, tr("Checking that Docker runs %1 binaries (the daemon is %2)").arg(p.text(), native.text()));
        if (auto failed = checkEmulation(m_options.endpoint, p)) {
            info(p, failed->message, BuildEvent::Kind::Error);
            info(p, failed->suggestion);
            return *failed;
        }
    }

    MultiPlatformResult result;
    auto removeBuilt = [&](BuildFailure& failure) {
        QStringList ids;
        for (const PlatformBuild& b : std::as_const(result.builds))
            ids << b.result.imageId;
        if (ids.isEmpty())
            return;
        if (!client.ping()) {
            CleanupJournal(m_options.cleanupJournalPath.isEmpty() ? CleanupJournal::defaultPath()
                                                                  : m_options.cleanupJournalPath)
                .add(m_options.endpoint.displayAddress(), {}, ids);
            return;
        }
        for (const QString& id : std::as_const(ids)) {
            // Untagged: it goes, and with it every parent no other image shares (the build cache of
            // other builds stays).
            auto removed = client.removeImage(id, false, false);
            if (removed)
                failure.removedImages << id;
        }
    };

    // The daemon's own platform last: each build pulls its base for its platform, and the local
    // NAME:TAG of that base then names the last one pulled. Built last, the native one is what a
    // later single build (which does not pull) finds, not the arm64 image.
    QList<Platform> order;
    for (const Platform& p : std::as_const(m_platforms))
        if (!(p == native))
            order.append(p);
    if (m_platforms.contains(native))
        order.append(native);
    for (const Platform& p : std::as_const(order)) {
        ImageBuildOptions options = m_options;
        options.platform = p.text();
        options.tags.clear(); // tagged when every platform is built
        // Always pull: the local NAME:TAG of a base is one platform's image, and a daemon of the
        // graph-driver store (Docker 20.10) builds FROM it whatever platform= says.
        options.pull = true;
        ImageBuilder builder(options);
        builder.setEventHandler([this, &p](const BuildEvent& e) { emitEvent(p, e); });
        auto built = builder.build(project, cancel);
        if (!built) {
            BuildFailure failure = built.error();
            failure.message = QStringLiteral("%1: %2").arg(p.text(), failure.message);
            removeBuilt(failure);
            if (!result.builds.isEmpty())
                info(p,
                     tr("Removed the images of the platforms already built: a multi-platform build is all or "
                        "nothing"));
            return failure;
        }
        // What the daemon made must be what was asked for: a wrong-architecture image must never be
        // pushed under the other's name.
        const auto inspected = client.inspectImage(built->imageId);
        const QString arch =
            inspected ? inspected->value(QStringLiteral("Architecture")).toString() : QStringLiteral("?");
        result.builds.append({p, *built});
        if (arch != p.architecture) {
            BuildFailure failure;
            failure.kind = BuildFailure::Kind::Build;
            failure.subject = p.text();
            failure.message =
                tr("%1: the daemon built an image for %2, not %3 (its base image has no %3 variant?)")
                    .arg(p.text(), arch, p.architecture);
            failure.suggestion =
                tr("Use a base image that is published for %1 (a multi-platform index), then build again.")
                    .arg(p.text());
            removeBuilt(failure);
            info(p, failure.message, BuildEvent::Kind::Error);
            return failure;
        }
    }

    // Back to the order asked for (the index lists the platforms so).
    std::sort(result.builds.begin(), result.builds.end(),
              [this](const PlatformBuild& a, const PlatformBuild& b) {
                  return m_platforms.indexOf(a.platform) < m_platforms.indexOf(b.platform);
              });

    // Tags only now, and all or nothing.
    QStringList applied;
    for (PlatformBuild& b : result.builds) {
        b.result.tags.clear();
        for (const QString& tag : std::as_const(m_options.tags)) {
            const auto ref = registry::ReferenceParser::parse(tag);
            QString problem;
            if (ref) {
                const QString repository = ref->familiarName();
                QStringList tagsHere{ref->tagOrLatest() + QLatin1Char('-') + b.platform.tagSuffix()};
                if (b.platform == plain)
                    tagsHere.prepend(ref->tagOrLatest());
                for (const QString& t : std::as_const(tagsHere)) {
                    auto tagged = client.tagImage(b.result.imageId, repository, t);
                    if (!tagged) {
                        problem = tagged.error().message;
                        break;
                    }
                    applied << repository + QLatin1Char(':') + t;
                    b.result.tags << applied.last();
                    info(b.platform, tr("Tagged %1").arg(applied.last()));
                }
                if (problem.isEmpty())
                    continue;
            } else {
                problem = ref.error().message;
            }
            BuildFailure failure;
            failure.kind = BuildFailure::Kind::Tag;
            failure.message = tr("Cannot tag the %1 image as %2: %3").arg(b.platform.text(), tag, problem);
            failure.suggestion =
                tr("Choose a valid tag (lowercase name, tag of letters, digits, '.', '_' or '-').");
            failure.subject = tag;
            for (const QString& t : std::as_const(applied))
                client.removeImage(t, false, true); // the tag only
            removeBuilt(failure);
            info(b.platform, failure.message, BuildEvent::Kind::Error);
            return failure;
        }
    }
    for (const QString& tag : std::as_const(m_options.tags)) {
        const auto ref = registry::ReferenceParser::parse(tag);
        result.tags << ref->familiarName() + QLatin1Char(':') + ref->tagOrLatest();
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace mcpdock::imagebuild
