#pragma once

// Helpers shared by the registry integration tests (tst_push, tst_prune): a tiny managed image
// built through the real daemon, the registry's own HTTP API, and a scan for leaked secrets.

#include "docker/engineclient.h"
#include "dockerfile/labels.h"

#include <archive.h>
#include <archive_entry.h>

#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace mcpdock::test {

namespace detail {
struct ArchiveSink
{
    docker::BodyWriter* out;
};

inline la_ssize_t archiveWrite(struct archive*, void* client, const void* buffer, size_t length)
{
    auto* sink = static_cast<ArchiveSink*>(client);
    return sink->out->write(static_cast<const char*>(buffer), qint64(length)) ? la_ssize_t(length) : -1;
}

inline bool addFile(struct archive* a, const QString& name, const QByteArray& data, int mode)
{
    archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, name.toUtf8().constData());
    archive_entry_set_size(e, data.size());
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, mode);
    archive_entry_set_mtime(e, 1700000000, 0);
    const bool ok = archive_write_header(a, e) == ARCHIVE_OK &&
                    archive_write_data(a, data.constData(), size_t(data.size())) == la_ssize_t(data.size());
    archive_entry_free(e);
    return ok;
}
} // namespace detail

// FROM scratch + busybox + a file with unique content (so each run pushes new layers), with our
// labels. Returns the image ID, or empty with *error set.
inline QString buildManagedImage(docker::EngineClient& client, const QStringList& tags,
                                 const QString& project, const QString& version, const QByteArray& unique,
                                 QString* error, bool managed = true)
{
    QFile busybox(QStringLiteral("/bin/busybox"));
    if (!busybox.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read /bin/busybox");
        return {};
    }
    const QByteArray busyboxData = busybox.readAll();
    const QByteArray dockerfile = "FROM scratch\nCOPY busybox /busybox\nCOPY unique.txt /unique.txt\n"
                                  "CMD [\"/busybox\", \"true\"]\n";
    docker::BuildOptions options;
    options.tags = tags;
    if (managed) {
        options.labels.insert(QLatin1String(dockerfile::labels::Managed), QStringLiteral("true"));
        options.labels.insert(QLatin1String(dockerfile::labels::Project), project);
        options.labels.insert(QLatin1String(dockerfile::labels::Version), version);
        options.labels.insert(
            QLatin1String(dockerfile::labels::Tools),
            QStringLiteral("[{\"name\":\"forecast\",\"description\":\"d\"},{\"name\":\"alerts\"}]"));
    } else {
        options.labels.insert(QStringLiteral("io.example.other"), QStringLiteral("yes"));
    }
    const auto produce = [&](docker::BodyWriter& out, QString* produceError) {
        struct archive* a = archive_write_new();
        archive_write_set_format_pax_restricted(a);
        detail::ArchiveSink sink{&out};
        if (archive_write_open(a, &sink, nullptr, detail::archiveWrite, nullptr) != ARCHIVE_OK) {
            *produceError = QString::fromUtf8(archive_error_string(a));
            archive_write_free(a);
            return false;
        }
        const bool ok = detail::addFile(a, QStringLiteral("Dockerfile"), dockerfile, 0644) &&
                        detail::addFile(a, QStringLiteral("busybox"), busyboxData, 0755) &&
                        detail::addFile(a, QStringLiteral("unique.txt"), unique, 0644);
        if (!ok)
            *produceError = QString::fromUtf8(archive_error_string(a));
        archive_write_close(a);
        archive_write_free(a);
        return ok;
    };
    const auto built = client.buildImage(options, produce, {});
    if (!built) {
        *error = built.error().message;
        return {};
    }
    return *built;
}

// The registry's own HTTP API (plain HTTP, basic auth), to prove what arrived.
class RegistryApi
{
public:
    RegistryApi(QString hostPort, QString user, QString password)
        : m_base(QStringLiteral("http://") + hostPort)
        , m_user(std::move(user))
        , m_password(std::move(password))
    {}

    // -1 on network failure; the tags (empty when the repository does not exist: 404).
    QStringList tags(const QString& repository, int* status = nullptr)
    {
        QNetworkReply* r =
            run(QStringLiteral("GET"), QStringLiteral("/v2/") + repository + QStringLiteral("/tags/list"));
        const int code = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status)
            *status = r->error() == QNetworkReply::NoError || code > 0 ? code : -1;
        QStringList out;
        if (code == 200) {
            for (const QJsonValue& v :
                 QJsonDocument::fromJson(r->readAll()).object().value(QStringLiteral("tags")).toArray())
                out << v.toString();
        }
        r->deleteLater();
        return out;
    }

    // Docker-Content-Digest of the manifest for tag (HEAD with every manifest media type accepted).
    QString manifestDigest(const QString& repository, const QString& tag, int* status = nullptr)
    {
        QNetworkReply* r = run(QStringLiteral("HEAD"),
                               QStringLiteral("/v2/") + repository + QStringLiteral("/manifests/") + tag);
        const int code = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status)
            *status = code;
        const QString digest =
            code == 200 ? QString::fromLatin1(r->rawHeader("Docker-Content-Digest")) : QString();
        r->deleteLater();
        return digest;
    }

private:
    QNetworkReply* run(const QString& verb, const QString& path)
    {
        QNetworkRequest req(QUrl(m_base + path));
        req.setRawHeader("Authorization",
                         "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64());
        req.setRawHeader("Accept", "application/vnd.oci.image.manifest.v1+json, "
                                   "application/vnd.docker.distribution.manifest.v2+json, "
                                   "application/vnd.oci.image.index.v1+json, "
                                   "application/vnd.docker.distribution.manifest.list.v2+json");
        req.setTransferTimeout(15000);
        QNetworkReply* r = m_nam.sendCustomRequest(req, verb.toLatin1());
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!r->isFinished())
            loop.exec();
        return r;
    }

    QNetworkAccessManager m_nam;
    QString m_base;
    QString m_user;
    QString m_password;
};

// Every file under the given folders that contains secret (as bytes).
inline QStringList filesContaining(const QStringList& dirs, const QByteArray& secret)
{
    QStringList hits;
    for (const QString& dir : dirs) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(secret))
                hits << path;
        }
    }
    return hits;
}

} // namespace mcpdock::test
