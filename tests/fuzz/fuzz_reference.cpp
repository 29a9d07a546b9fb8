// libFuzzer target: the image reference parser (model/registry/reference.h). Checks the round trips
// the rest of the app relies on: a parsed reference prints to a string that parses to the same
// reference (full and familiar forms), a suggestion is itself valid, and the sanitisers always
// produce what the validators accept.

#include "fuzzsupport.h"
#include "registry/reference.h"

using mcpdock::registry::ImageReference;
using mcpdock::registry::ReferenceParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString input =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    const auto parsed = ReferenceParser::parse(input);
    if (parsed.ok()) {
        const ImageReference& ref = parsed.value();
        FUZZ_CHECK(!ref.domain.isEmpty() && !ref.path.isEmpty(), input);
        FUZZ_CHECK(ref.tag.isEmpty() || ReferenceParser::isValidTag(ref.tag), input);
        FUZZ_CHECK(ref.digest.isEmpty() || ReferenceParser::isValidDigest(ref.digest), input);
        const auto again = ReferenceParser::parse(ref.toString());
        FUZZ_CHECK(again.ok() && again.value() == ref, input + QStringLiteral(" -> ") + ref.toString());
        const auto familiar = ReferenceParser::parse(ref.familiarString());
        FUZZ_CHECK(familiar.ok() && familiar.value() == ref,
                   input + QStringLiteral(" -> ") + ref.familiarString());
        const ImageReference retagged = ref.withTag(QStringLiteral("v1"));
        FUZZ_CHECK(ReferenceParser::parse(retagged.toString()).ok(), retagged.toString());
    } else {
        const auto& error = parsed.error();
        FUZZ_CHECK(!error.message.isEmpty(), input);
        if (!error.suggestion.isEmpty())
            FUZZ_CHECK(ReferenceParser::parse(error.suggestion).ok(),
                       input + QStringLiteral(" suggested ") + error.suggestion);
    }

    const QString tag = ReferenceParser::sanitizeTag(input);
    FUZZ_CHECK(ReferenceParser::isValidTag(tag), input + QStringLiteral(" -> tag ") + tag);
    FUZZ_CHECK(ReferenceParser::parseTag(tag).ok(), tag);
    const QString component = ReferenceParser::sanitizePathComponent(input);
    if (!component.isEmpty())
        FUZZ_CHECK(ReferenceParser::isValidPathComponent(component),
                   input + QStringLiteral(" -> component ") + component);
    (void)ReferenceParser::splitDomain(input);
    (void)ReferenceParser::isValidDomain(input);
    return 0;
}
