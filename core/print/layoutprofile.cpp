#include "layoutprofile.h"

#include <QColor>
#include <QRegularExpression>

namespace sd {

namespace {

Result<bool> parseFlag(const QString& field, const QString& value)
{
    const QString v = value.trimmed().toLower();
    if (v == QStringLiteral("true") || v == QStringLiteral("yes") || v == QStringLiteral("1"))
        return true;
    if (v == QStringLiteral("false") || v == QStringLiteral("no") || v == QStringLiteral("0"))
        return false;
    return makeError(ErrorCode::InvalidInput,
        LayoutRules::tr("Invalid value for %1: use true or false.").arg(field));
}

QString flagText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

// Multi-line texts arrive from a shell as one argument; "\n" typed literally is the portable way
// to ask for a line break there, so it is accepted as one.
QString multiLine(const QString& value)
{
    QString out = value;
    out.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    return out;
}

} // namespace

QStringList LayoutRules::languages()
{
    return {
        QStringLiteral("nb"), QStringLiteral("da"), QStringLiteral("sv"), QStringLiteral("en")
    };
}

QStringList LayoutRules::fieldNames()
{
    return { QStringLiteral("logo"),
        QStringLiteral("accent"),
        QStringLiteral("font"),
        QStringLiteral("font-size"),
        QStringLiteral("footer"),
        QStringLiteral("terms"),
        QStringLiteral("language"),
        QStringLiteral("page-size"),
        QStringLiteral("margin"),
        QStringLiteral("show-payment-terms"),
        QStringLiteral("show-prices"),
        QStringLiteral("show-discounts") };
}

Result<void> LayoutRules::validateName(const QString& name)
{
    const QString n = name.trimmed();
    if (n.isEmpty() || n.size() > 60)
        return makeError(
            ErrorCode::InvalidInput, tr("A layout name must have 1 to 60 characters."));
    return {};
}

Result<void> LayoutRules::setField(
    LayoutProfile& layout, const QString& field, const QString& value)
{
    auto bad = [&](const QString& why) {
        return makeError(ErrorCode::InvalidInput, tr("Invalid value for %1: %2").arg(field, why));
    };
    if (field == QStringLiteral("logo")) {
        layout.logoPath = value.trimmed();
    } else if (field == QStringLiteral("accent")) {
        static const QRegularExpression re(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
        if (!re.match(value.trimmed()).hasMatch())
            return bad(tr("use a colour as #RRGGBB."));
        layout.accentColor = value.trimmed().toLower();
    } else if (field == QStringLiteral("font")) {
        if (value.trimmed().isEmpty())
            return bad(tr("a font family is needed."));
        layout.fontFamily = value.trimmed();
    } else if (field == QStringLiteral("font-size")) {
        bool ok = false;
        const int size = value.trimmed().toInt(&ok);
        if (!ok || size < 6 || size > 16)
            return bad(tr("a size from 6 to 16 points is expected."));
        layout.fontSize = size;
    } else if (field == QStringLiteral("footer")) {
        const QString text = multiLine(value);
        if (text.count(u'\n') >= 8 || text.size() > 1000)
            return bad(tr("the footer can have at most 8 lines and 1000 characters."));
        layout.footerText = text;
    } else if (field == QStringLiteral("terms")) {
        if (value.size() > 4000)
            return bad(tr("the text is too long."));
        layout.termsText = multiLine(value);
    } else if (field == QStringLiteral("language")) {
        if (!languages().contains(value.trimmed()))
            return bad(tr("use one of %1.").arg(languages().join(QStringLiteral(", "))));
        layout.language = value.trimmed();
    } else if (field == QStringLiteral("page-size")) {
        const QString v = value.trimmed();
        if (v.compare(QStringLiteral("A4"), Qt::CaseInsensitive) == 0)
            layout.pageSize = QStringLiteral("A4");
        else if (v.compare(QStringLiteral("Letter"), Qt::CaseInsensitive) == 0)
            layout.pageSize = QStringLiteral("Letter");
        else
            return bad(tr("use A4 or Letter."));
    } else if (field == QStringLiteral("margin")) {
        bool ok = false;
        const int mm = value.trimmed().toInt(&ok);
        if (!ok || mm < 5 || mm > 40)
            return bad(tr("a margin from 5 to 40 mm is expected."));
        layout.marginMm = mm;
    } else if (field == QStringLiteral("show-payment-terms")) {
        auto f = parseFlag(field, value);
        if (!f)
            return f.error();
        layout.showPaymentTerms = *f;
    } else if (field == QStringLiteral("show-prices")) {
        auto f = parseFlag(field, value);
        if (!f)
            return f.error();
        layout.showPrices = *f;
    } else if (field == QStringLiteral("show-discounts")) {
        auto f = parseFlag(field, value);
        if (!f)
            return f.error();
        layout.showDiscounts = *f;
    } else {
        return makeError(ErrorCode::InvalidInput, tr("“%1” is not a layout field.").arg(field));
    }
    return {};
}

QString LayoutRules::field(const LayoutProfile& layout, const QString& field)
{
    if (field == QStringLiteral("logo"))
        return layout.logoPath;
    if (field == QStringLiteral("accent"))
        return layout.accentColor;
    if (field == QStringLiteral("font"))
        return layout.fontFamily;
    if (field == QStringLiteral("font-size"))
        return QString::number(layout.fontSize);
    if (field == QStringLiteral("footer"))
        return layout.footerText;
    if (field == QStringLiteral("terms"))
        return layout.termsText;
    if (field == QStringLiteral("language"))
        return layout.language;
    if (field == QStringLiteral("page-size"))
        return layout.pageSize;
    if (field == QStringLiteral("margin"))
        return QString::number(layout.marginMm);
    if (field == QStringLiteral("show-payment-terms"))
        return flagText(layout.showPaymentTerms);
    if (field == QStringLiteral("show-prices"))
        return flagText(layout.showPrices);
    if (field == QStringLiteral("show-discounts"))
        return flagText(layout.showDiscounts);
    return {};
}

} // namespace sd
