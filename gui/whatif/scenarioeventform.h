// SPDX-License-Identifier: Apache-2.0
#pragma once

// The form for one event type of the scenario editor: a field per JSON key
// (nested keys as "size.vcpus"), built from a small table of field
// descriptions. load() shows an event, event() gives it back with the edits.

#include <QJsonObject>
#include <QWidget>

class QFormLayout;

namespace gui {

class ScenarioEventForm final : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Text, Tenant, Int, NullableInt, Fraction, Choice, Tags };
    struct Field {
        Field(QString k, Kind kd, QString l, QStringList c = {}, qint64 d = 0, QString p = {})
            : key(std::move(k)), kind(kd), label(std::move(l)), choices(std::move(c)), defaultValue(d),
              placeholder(std::move(p))
        {
        }
        QString key;      // JSON path, "size.vcpus"
        Kind kind = Kind::Text;
        QString label;
        QStringList choices; // Kind::Choice
        qint64 defaultValue = 0;
        QString placeholder;
    };

    ScenarioEventForm(QString type, std::vector<Field> fields, QWidget *parent = nullptr);

    // The events the editor offers, with their fields; every one has a form.
    static QStringList types();
    static ScenarioEventForm *create(const QString &type, QWidget *parent = nullptr);
    static QJsonObject defaultEvent(const QString &type);

    QString type() const { return m_type; }
    void load(const QJsonObject &event);
    QJsonObject event() const;
    QWidget *fieldWidget(const QString &key) const;

signals:
    void edited();

private:
    QWidget *makeEditor(const Field &field);
    static QJsonValue read(const QJsonObject &o, const QString &path);
    static void write(QJsonObject &o, const QString &path, const QJsonValue &value);
    static void remove(QJsonObject &o, const QString &path);

    QString m_type;
    std::vector<Field> m_fields;
    std::vector<QWidget *> m_editors;
    QJsonObject m_event; // keys the form does not show survive
    bool m_loading = false;
};

} // namespace gui
