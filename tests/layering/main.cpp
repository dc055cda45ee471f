// netpol_layering ROOT LAYER...: checks the includes of the source tree at ROOT against the
// layers (FOLDER=USES,... as model/CMakeLists.txt records them). Prints each violation as
// file:line: message and exits 1 when there is any, 2 on bad arguments.

#include "layering.h"

#include <iostream>

int main(int argc, char **argv)
{
    using namespace Netpol::Layering;
    if (argc < 3) {
        std::cerr << "usage: netpol_layering ROOT FOLDER=USES,... ...\n";
        return 2;
    }
    std::string error;
    const auto layers = parseLayers(std::vector<std::string>(argv + 2, argv + argc), &error);
    if (!layers) {
        std::cerr << "error: " << error << '\n';
        return 2;
    }
    const Report report = checkTree(argv[1], *layers);
    for (const Violation &v : report.violations)
        std::cout << v.toString() << '\n';
    std::cout << "layering: " << layers->size() << " layers, " << report.files << " files, "
              << report.includes << " includes, " << report.violations.size()
              << (report.violations.size() == 1 ? " violation" : " violations") << '\n';
    if (report.files == 0) {
        std::cerr << "error: no source file found below " << argv[1] << '\n';
        return 2;
    }
    return report.violations.empty() ? 0 : 1;
}
