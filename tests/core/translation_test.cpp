// Translations: the Bokmål catalogue is embedded in core at :/i18n and reaches the messages that
// core really produces (contexts must match what lupdate extracted), and no translation in any
// .ts file drops, adds or renames a placeholder.

#include "documents/derivedstatus.h"
#include "documents/invoicelifecycle.h"
#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace sd;

namespace {

// Installs the nb catalogue for the lifetime of the guard.
class NbTranslator
{
public:
    NbTranslator()
    {
        loaded = translator.load(QStringLiteral(":/i18n/salgsdesk_nb.qm"));
        if (loaded)
            QCoreApplication::installTranslator(&translator);
    }
    ~NbTranslator() { QCoreApplication::removeTranslator(&translator); }
    NbTranslator(const NbTranslator&) = delete;
    NbTranslator& operator=(const NbTranslator&) = delete;

    QTranslator translator;
    bool loaded = false;
};

// %1..%9, %L1.., %n and %Ln, sorted: a translation may reorder them but not change the set.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?[1-9n]"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

// Tags of rich text (<b>, </i>, <span style=...>) in order.
QStringList tags(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("<[^<>]+>"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    return found;
}

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or one per numerus form; empty strings when untranslated
    bool unfinished = false;
    bool obsolete = false;
};

QList<TsMessage> readTs(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage{context, {}, {}, false, false};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished");
            current.obsolete = type == QLatin1String("obsolete") || type == QLatin1String("vanished");
            // Either plain text or <numerusform> children.
            QString plain;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    plain += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (current.translations.isEmpty())
                current.translations << plain;
            messages << current;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

} // namespace

TEST_CASE("the Bokmål catalogue is embedded and translates core messages", "[translations]")
{
    NbTranslator nb;
    REQUIRE(nb.loaded);

    // The refusal of a file that is not ours, as Database::open really produces it.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.sdk"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("This is a shopping list, not a company file.\n");
    }
    auto opened = storage::Database::open(path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().message == QStringLiteral("«%1» er ikke en firmafil for Salgsdesk.").arg(path));

    // Status names from the lifecycle tables and the derived statuses.
    CHECK(InvoiceLifecycle::statusName(InvoiceStatus::Booked) == QStringLiteral("Bokført"));
    CHECK(InvoiceLifecycle::statusName(InvoiceStatus::Draft) == QStringLiteral("Utkast"));
    CHECK(deliveryStatusName(DeliveryStatus::Ready) == QStringLiteral("Klar for levering"));

    // Plural forms: Norwegian has two.
    CHECK(QCoreApplication::translate("EhfInvoiceWriter", "Payment within %n day(s)", nullptr, 1)
          == QStringLiteral("Betaling innen 1 dag"));
    CHECK(QCoreApplication::translate("EhfInvoiceWriter", "Payment within %n day(s)", nullptr, 14)
          == QStringLiteral("Betaling innen 14 dager"));
}

TEST_CASE("without a translator the messages stay English", "[translations]")
{
    CHECK(InvoiceLifecycle::statusName(InvoiceStatus::Booked) == QStringLiteral("Booked"));
}

TEST_CASE("every translation keeps the placeholders and tags of its source", "[translations]")
{
    for (const char* language : {"nb", "da", "sv", "en"}) {
        const QString path = QStringLiteral(SALGSDESK_SOURCE_DIR "/translations/salgsdesk_%1.ts")
                                 .arg(QLatin1String(language));
        INFO(path.toStdString());
        const QList<TsMessage> messages = readTs(path);
        CHECK(messages.size() > 100);
        for (const auto& m : messages) {
            if (m.obsolete)
                continue;
            for (const auto& t : m.translations) {
                if (t.isEmpty())
                    continue;
                INFO(m.context.toStdString() << ": " << m.source.toStdString() << " → " << t.toStdString());
                CHECK(placeholders(t) == placeholders(m.source));
                CHECK(tags(t) == tags(m.source));
            }
        }
    }
}

TEST_CASE("the Bokmål, Danish and Swedish catalogues have no unfinished message", "[translations]")
{
    // lrelease compiles an unfinished message that has text, so a guess lupdate left behind
    // would reach users (it did: "Fakturer %1" for "Invoice %1" in Danish EHF files).
    for (const char* language : {"nb", "da", "sv"}) {
        const QString path = QStringLiteral(SALGSDESK_SOURCE_DIR "/translations/salgsdesk_%1.ts")
                                 .arg(QLatin1String(language));
        INFO(path.toStdString());
        for (const auto& m : readTs(path)) {
            if (m.obsolete)
                continue;
            INFO(m.context.toStdString() << ": " << m.source.toStdString());
            CHECK_FALSE(m.unfinished);
            for (const auto& t : m.translations)
                CHECK_FALSE(t.isEmpty());
        }
    }
}
