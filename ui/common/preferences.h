#pragma once

// Per-user UI state, typed and declared centrally (Tiled Preference<T> + KeePassXC's one
// table). Company data never goes here: it lives in the company file.

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace sd::ui {

template <typename T>
class Preference
{
public:
    Preference(const char* key, T defaultValue = T())
        : m_key(QString::fromLatin1(key))
        , m_default(std::move(defaultValue))
    {
    }
    T get() const { return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    void set(const T& value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }
    QString key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

namespace prefs {
inline const Preference<QByteArray> mainWindowGeometry{"mainWindow/geometry"};
inline const Preference<QByteArray> mainWindowState{"mainWindow/state"};
inline const Preference<QString> lastCompanyFile{"files/lastCompany"};
inline const Preference<QStringList> recentFiles{"files/recent"};
inline const Preference<QString> language{"ui/language"};
// Remembered list filters, one map per document dock (DocumentDock::saveFilter).
inline const Preference<QVariantMap> quoteListFilter{"lists/quote/filter"};
inline const Preference<QVariantMap> orderListFilter{"lists/order/filter"};
inline const Preference<QVariantMap> shipmentListFilter{"lists/shipment/filter"};
inline const Preference<QVariantMap> invoiceListFilter{"lists/invoice/filter"};
} // namespace prefs

} // namespace sd::ui
