#pragma once

#include <QJsonObject>
#include <QString>

namespace mcpdock::docker {

// One message of the daemon's JSON progress stream (build, push, pull).
struct JsonMessage
{
    QString stream;      // build output ("Step 1/7 : FROM ...\n", RUN output)
    QString status;      // push/pull status ("Pushing", "Pushed", "Layer already exists")
    QString id;          // layer id for status messages
    QString progress;    // the daemon's progress bar text, if any
    qint64 current = -1; // progressDetail.current, -1 when absent
    qint64 total = -1;   // progressDetail.total, -1 when absent
    QString error;       // errorDetail.message or legacy error; non-empty means the operation failed
    int errorCode = 0;   // errorDetail.code
    QString auxId;       // aux.ID (build: the image ID)
    QString auxDigest;   // aux.Digest (push)
    QString auxTag;      // aux.Tag (push)
    QJsonObject raw;     // the whole object when it carries more than the text fields (aux, errorDetail, ...)

    bool isError() const { return !error.isEmpty(); }
};

} // namespace mcpdock::docker
