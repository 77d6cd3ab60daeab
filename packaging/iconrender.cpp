// SPDX-License-Identifier: Apache-2.0
// trio2o-iconrender SVG SIZE PNG: renders the application icon at SIZE x SIZE
// pixels for the hicolor theme's PNG folders. A build tool, not installed; it
// reads SVG through Qt's image-format plugin (libqt6svg6), as the console does.

#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QSaveFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    bool sizeOk = false;
    const int size = args.size() == 4 ? args.at(2).toInt(&sizeOk) : 0;
    if (!sizeOk || size < 1 || size > 4096) {
        err << "usage: trio2o-iconrender SVG SIZE PNG (SIZE 1..4096)\n";
        return 1;
    }
    QImageReader reader(args.at(1));
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read();
    if (image.isNull()) {
        err << "cannot render " << args.at(1) << ": " << reader.errorString()
            << " (is Qt's SVG image-format plugin, libqt6svg6, installed?)\n";
        return 1;
    }
    QSaveFile out(args.at(3));
    if (!out.open(QIODevice::WriteOnly) || !image.save(&out, "PNG") || !out.commit()) {
        err << "cannot write " << args.at(3) << ": " << out.errorString() << "\n";
        return 1;
    }
    return 0;
}
