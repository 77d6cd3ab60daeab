// SPDX-License-Identifier: Apache-2.0
#pragma once

// The form for one event type of the scenario editor: a field per JSON key
// (nested keys as "size.vcpus"), built from a small table of field
// descriptions. load() shows an event, event() gives it back with the edits;
// problem() says what the scenario format refuses in it (ScenarioJson's own
// check), naming the field by its label.
// Optional keys: OptionalText leaves the key out when empty, OptionalInt when
// 0 (an object left empty goes too), GroupScope offers "every group" (key
// left out), "general group" ("") or a typed "key:value" group.

#include <QJsonObject>
#include <QWidget>

#include <limits>

class QFormLayout;

namespace gui {

class ScenarioEventForm final : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Text, Tenant, Int, NullableInt, Fraction, Choice, Tags, OptionalText, OptionalInt, GroupScope };
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
        int minimum = 0; // Int, OptionalInt
        int maximum = std::numeric_limits<int>::max();
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
    // What the scenario format refuses in event(), as "Label: reason"; empty when it is fine.
    QString problem() const;

signals:
    void edited();

private:
    QWidget *makeEditor(const Field &field);
    static QJsonValue read(const QJsonObject &o, const QString &path);
    static void write(QJsonObject &o, const QString &path, const QJsonValue &value);
    static void remove(QJsonObject &o, const QString &path);
    void writeField(QJsonObject &e, std::size_t i) const;
    void loadField(const QJsonObject &event, std::size_t i);

    QString m_type;
    std::vector<Field> m_fields;
    std::vector<QWidget *> m_editors;
    QJsonObject m_event; // keys the form does not show survive
    bool m_loading = false;
};

} // namespace gui
