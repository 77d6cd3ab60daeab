// SPDX-License-Identifier: Apache-2.0
#include "scenarioeventform.h"

#include "eventjson.h"
#include "scenariojson.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace gui {

namespace {
using Field = ScenarioEventForm::Field;
using Kind = ScenarioEventForm::Kind;
const QStringList kResources{QStringLiteral("vcpus"), QStringLiteral("ram_mb"), QStringLiteral("disk_gb")};

std::vector<Field> vmFields()
{
    return {{QStringLiteral("tenant"), Kind::Tenant, ScenarioEventForm::tr("Tenant or pattern:"), {}, 0,
             ScenarioEventForm::tr("t1, or burst-{001..400}, or new-{n}")},
            {QStringLiteral("az"), Kind::Text, ScenarioEventForm::tr("AZ:"), {}, 0, ScenarioEventForm::tr("empty = any bottom AZ")},
            {QStringLiteral("group"), Kind::Text, ScenarioEventForm::tr("Pod group:"), {}, 0,
             ScenarioEventForm::tr("resource:gpu, empty = general")},
            {QStringLiteral("size.vcpus"), Kind::Int, ScenarioEventForm::tr("vCPUs per VM:")},
            {QStringLiteral("size.ram_mb"), Kind::Int, ScenarioEventForm::tr("RAM per VM (MB):")},
            {QStringLiteral("size.disk_gb"), Kind::Int, ScenarioEventForm::tr("Disk per VM (GB):")},
            {QStringLiteral("count"), Kind::Int, ScenarioEventForm::tr("VMs:"), {}, 1}};
}

Field podField() { return {QStringLiteral("pod"), Kind::Text, ScenarioEventForm::tr("Pod (name or id):")}; }

// grow (docs/scenario-format.md): days 1-3650; az, group and vm optional.
std::vector<Field> growFields()
{
    Field days{QStringLiteral("days"), Kind::Int, ScenarioEventForm::tr("Days of growth:"), {}, 30};
    days.minimum = 1;
    days.maximum = int(model::EventJson::kMaxGrowDays);
    std::vector<Field> fields{
        days,
        {QStringLiteral("az"), Kind::OptionalText, ScenarioEventForm::tr("AZ:"), {}, 0, ScenarioEventForm::tr("empty = every AZ")},
        {QStringLiteral("group"), Kind::GroupScope, ScenarioEventForm::tr("Pod group:"), {}, 0,
         ScenarioEventForm::tr("resource:gpu")}};
    const QString typical = ScenarioEventForm::tr("typical VM of the history");
    fields.push_back({QStringLiteral("vm.vcpus"), Kind::OptionalInt, ScenarioEventForm::tr("VM vCPUs:"), {}, 0, typical});
    fields.push_back({QStringLiteral("vm.ram_mb"), Kind::OptionalInt, ScenarioEventForm::tr("VM RAM (MB):"), {}, 0, typical});
    fields.push_back({QStringLiteral("vm.disk_gb"), Kind::OptionalInt, ScenarioEventForm::tr("VM disk (GB):"), {}, 0, typical});
    return fields;
}
QString everyGroup() { return ScenarioEventForm::tr("(every group)"); }
QString generalGroup() { return ScenarioEventForm::tr("(general group)"); }
} // namespace

ScenarioEventForm::ScenarioEventForm(QString type, std::vector<Field> fields, QWidget *parent)
    : QWidget(parent), m_type(std::move(type)), m_fields(std::move(fields))
{
    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const Field &f : m_fields) {
        QWidget *editor = makeEditor(f);
        m_editors.push_back(editor);
        layout->addRow(f.label, editor);
    }
}

QStringList ScenarioEventForm::types()
{
    return {QStringLiteral("create_vm"), QStringLiteral("delete_vm"), QStringLiteral("set_usage"),
            QStringLiteral("set_capacity"), QStringLiteral("pod_state"), QStringLiteral("add_pod"),
            QStringLiteral("remove_pod"), QStringLiteral("drain_pod"), QStringLiteral("new_tenants"),
            QStringLiteral("grow")};
}

ScenarioEventForm *ScenarioEventForm::create(const QString &type, QWidget *parent)
{
    std::vector<Field> fields;
    if (type == QLatin1String("create_vm") || type == QLatin1String("delete_vm"))
        fields = vmFields();
    else if (type == QLatin1String("set_usage"))
        fields = {podField(), {QStringLiteral("resource"), Kind::Choice, tr("Resource:"), kResources},
                  {QStringLiteral("used"), Kind::NullableInt, tr("Used:")}};
    else if (type == QLatin1String("set_capacity"))
        fields = {podField(), {QStringLiteral("resource"), Kind::Choice, tr("Resource:"), kResources},
                  {QStringLiteral("total"), Kind::Int, tr("Total:")},
                  {QStringLiteral("threshold"), Kind::Fraction, tr("Threshold:")}};
    else if (type == QLatin1String("pod_state"))
        fields = {podField(), {QStringLiteral("state"), Kind::Choice, tr("State:"),
                               {QStringLiteral("enabled"), QStringLiteral("maintenance"), QStringLiteral("disabled")}}};
    else if (type == QLatin1String("add_pod"))
        fields = {{QStringLiteral("pod.pod_name"), Kind::Text, tr("Pod name:")},
                  {QStringLiteral("pod.az_name"), Kind::Text, tr("AZ:")},
                  {QStringLiteral("pod.resource_affinity_tags"), Kind::Tags, tr("Affinity tags:"), {}, 0,
                   tr("resource:gpu, empty = general group")},
                  {QStringLiteral("pod.capacity.vcpus"), Kind::Int, tr("vCPUs:")},
                  {QStringLiteral("pod.capacity.ram_mb"), Kind::Int, tr("RAM (MB):")},
                  {QStringLiteral("pod.capacity.disk_gb"), Kind::Int, tr("Disk (GB):")}};
    else if (type == QLatin1String("remove_pod") || type == QLatin1String("drain_pod"))
        fields = {podField()};
    else if (type == QLatin1String("grow"))
        fields = growFields();
    else if (type == QLatin1String("new_tenants"))
        fields = {{QStringLiteral("pattern"), Kind::Text, tr("Pattern:"), {}, 0, tr("new-{n} or t-{001..120}")},
                  {QStringLiteral("count"), Kind::Int, tr("Tenants:"), {}, 1}};
    else
        return nullptr;
    return new ScenarioEventForm(type, std::move(fields), parent);
}

QJsonObject ScenarioEventForm::defaultEvent(const QString &type)
{
    std::unique_ptr<ScenarioEventForm> form(create(type));
    if (!form)
        return {};
    form->load(QJsonObject{{QStringLiteral("type"), type}});
    return form->event();
}

QWidget *ScenarioEventForm::makeEditor(const Field &f)
{
    switch (f.kind) {
    case Kind::Int:
    case Kind::OptionalInt:
    case Kind::NullableInt: {
        auto *spin = new QSpinBox;
        spin->setRange(f.kind == Kind::NullableInt ? -1 : f.minimum, f.maximum);
        if (f.kind == Kind::NullableInt)
            spin->setSpecialValueText(tr("unknown (never collected)"));
        if (f.kind == Kind::OptionalInt)
            spin->setSpecialValueText(f.placeholder); // 0: the key is left out
        connect(spin, &QSpinBox::valueChanged, this, [this] { if (!m_loading) emit edited(); });
        return spin;
    }
    case Kind::Fraction: {
        auto *spin = new QDoubleSpinBox;
        spin->setRange(0, 1);
        spin->setDecimals(2);
        spin->setSingleStep(0.05);
        spin->setSpecialValueText(tr("unchanged"));
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this] { if (!m_loading) emit edited(); });
        return spin;
    }
    case Kind::Choice: {
        auto *combo = new QComboBox;
        combo->addItems(f.choices);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { if (!m_loading) emit edited(); });
        return combo;
    }
    case Kind::GroupScope: {
        auto *combo = new QComboBox;
        combo->setEditable(true);
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        combo->addItems({everyGroup(), generalGroup()});
        combo->lineEdit()->setPlaceholderText(f.placeholder);
        connect(combo, &QComboBox::currentTextChanged, this, [this] { if (!m_loading) emit edited(); });
        return combo;
    }
    case Kind::Text:
    case Kind::OptionalText:
    case Kind::Tenant:
    case Kind::Tags: {
        auto *edit = new QLineEdit;
        edit->setPlaceholderText(f.placeholder);
        connect(edit, &QLineEdit::textEdited, this, [this] { if (!m_loading) emit edited(); });
        return edit;
    }
    }
    return nullptr;
}

QWidget *ScenarioEventForm::fieldWidget(const QString &key) const
{
    for (std::size_t i = 0; i < m_fields.size(); ++i)
        if (m_fields[i].key == key)
            return m_editors[i];
    return nullptr;
}

QJsonValue ScenarioEventForm::read(const QJsonObject &o, const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    QJsonValue v = o;
    for (const QString &p : parts)
        v = v.toObject().value(p);
    return v;
}

void ScenarioEventForm::write(QJsonObject &o, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        o.insert(path, value);
        return;
    }
    QJsonObject inner = o.value(path.left(dot)).toObject();
    write(inner, path.mid(dot + 1), value);
    o.insert(path.left(dot), inner);
}

void ScenarioEventForm::remove(QJsonObject &o, const QString &path)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        o.remove(path);
        return;
    }
    QJsonObject inner = o.value(path.left(dot)).toObject();
    remove(inner, path.mid(dot + 1));
    o.insert(path.left(dot), inner);
}

void ScenarioEventForm::load(const QJsonObject &event)
{
    m_loading = true;
    m_event = event;
    for (std::size_t i = 0; i < m_fields.size(); ++i)
        loadField(event, i);
    m_loading = false;
}

void ScenarioEventForm::loadField(const QJsonObject &event, std::size_t i)
{
    const Field &f = m_fields[i];
    const QJsonValue v = read(event, f.key);
    switch (f.kind) {
    case Kind::Int:
    case Kind::OptionalInt:
        static_cast<QSpinBox *>(m_editors[i])->setValue(v.isUndefined() ? int(f.defaultValue) : v.toInt());
        break;
    case Kind::NullableInt:
        static_cast<QSpinBox *>(m_editors[i])->setValue(v.isDouble() ? v.toInt() : -1);
        break;
    case Kind::Fraction:
        static_cast<QDoubleSpinBox *>(m_editors[i])->setValue(v.toDouble(0));
        break;
    case Kind::Choice:
        static_cast<QComboBox *>(m_editors[i])->setCurrentIndex(std::max<qsizetype>(0, f.choices.indexOf(v.toString())));
        break;
    case Kind::GroupScope: {
        auto *combo = static_cast<QComboBox *>(m_editors[i]);
        combo->setCurrentText(v.isUndefined() ? everyGroup() : v.toString().isEmpty() ? generalGroup() : v.toString());
        break;
    }
    case Kind::Tenant:
        static_cast<QLineEdit *>(m_editors[i])->setText(
            event.contains(QLatin1String("tenants")) ? event.value(QLatin1String("tenants")).toString() : v.toString());
        break;
    case Kind::Tags: {
        QStringList tags;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            tags << it.key() + QLatin1Char(':') + it.value().toString();
        static_cast<QLineEdit *>(m_editors[i])->setText(tags.join(QLatin1Char(',')));
        break;
    }
    case Kind::Text:
    case Kind::OptionalText:
        static_cast<QLineEdit *>(m_editors[i])->setText(v.toString());
        break;
    }
}

QJsonObject ScenarioEventForm::event() const
{
    QJsonObject e = m_event;
    e.insert(QStringLiteral("type"), m_type);
    for (std::size_t i = 0; i < m_fields.size(); ++i)
        writeField(e, i);
    // An object whose optional keys all went (grow's "vm") goes too.
    for (const Field &f : m_fields) {
        const QString parent = f.key.section(QLatin1Char('.'), 0, 0);
        if (f.kind == Kind::OptionalInt && f.key.contains(QLatin1Char('.')) && e.value(parent).toObject().isEmpty())
            e.remove(parent);
    }
    return e;
}

void ScenarioEventForm::writeField(QJsonObject &e, std::size_t i) const
{
    const Field &f = m_fields[i];
    switch (f.kind) {
    case Kind::Int:
        write(e, f.key, static_cast<QSpinBox *>(m_editors[i])->value());
        break;
    case Kind::OptionalInt: {
        const int v = static_cast<QSpinBox *>(m_editors[i])->value();
        v > 0 ? write(e, f.key, v) : remove(e, f.key);
        break;
    }
    case Kind::NullableInt: {
        const int v = static_cast<QSpinBox *>(m_editors[i])->value();
        write(e, f.key, v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(v));
        break;
    }
    case Kind::Fraction: {
        const double v = static_cast<QDoubleSpinBox *>(m_editors[i])->value();
        v > 0 ? write(e, f.key, v) : remove(e, f.key);
        break;
    }
    case Kind::Choice:
        write(e, f.key, static_cast<QComboBox *>(m_editors[i])->currentText());
        break;
    case Kind::GroupScope: {
        const QString text = static_cast<QComboBox *>(m_editors[i])->currentText().trimmed();
        if (text == everyGroup() || text.isEmpty())
            remove(e, f.key);
        else
            write(e, f.key, text == generalGroup() ? QString() : text);
        break;
    }
    case Kind::Tenant: {
        const QString text = static_cast<QLineEdit *>(m_editors[i])->text().trimmed();
        const bool pattern = text.contains(QLatin1Char('{'));
        e.remove(QStringLiteral("tenant"));
        e.remove(QStringLiteral("tenants"));
        e.insert(pattern ? QStringLiteral("tenants") : QStringLiteral("tenant"), text);
        break;
    }
    case Kind::Tags: {
        QJsonObject tags;
        const QStringList parts = static_cast<QLineEdit *>(m_editors[i])->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const qsizetype colon = part.indexOf(QLatin1Char(':'));
            if (colon > 0)
                tags.insert(part.left(colon).trimmed(), part.mid(colon + 1).trimmed());
        }
        write(e, f.key, tags);
        break;
    }
    case Kind::Text:
        write(e, f.key, static_cast<QLineEdit *>(m_editors[i])->text().trimmed());
        break;
    case Kind::OptionalText: {
        const QString text = static_cast<QLineEdit *>(m_editors[i])->text().trimmed();
        text.isEmpty() ? remove(e, f.key) : write(e, f.key, text);
        break;
    }
    }
}

// The event alone in a scenario, read by the file format's own parser: its
// error names the field ('events[0] (grow): field "group" must be ...');
// the form says it with the field's label in front.
QString ScenarioEventForm::problem() const
{
    const QJsonObject scenario{{QStringLiteral("base"), QStringLiteral("current")},
                               {QStringLiteral("events"), QJsonArray{event()}}};
    const auto parsed = model::ScenarioJson::parse(QJsonDocument(scenario).toJson(QJsonDocument::Compact), QString());
    if (parsed)
        return {};
    QString message = parsed.error();
    message.remove(QRegularExpression(QStringLiteral("^events\\[0\\] \\([a-z_]+\\): ")));
    message.remove(QRegularExpression(QStringLiteral(" \\(the event at byte \\d+\\)$")));
    const QRegularExpressionMatch field = QRegularExpression(QStringLiteral("field \"([a-z_.]+)\"")).match(message);
    for (const Field &f : m_fields)
        if (field.hasMatch() && (f.key == field.captured(1) || f.key.startsWith(field.captured(1) + QLatin1Char('.'))))
            return tr("%1 %2", "field label, then what is wrong with it").arg(f.label, message);
    return message;
}

} // namespace gui
