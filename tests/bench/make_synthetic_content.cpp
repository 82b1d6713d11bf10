// kinetic-synthetic-content: writes a content set N times larger than the bundled one, with the
// same shape (ids suffixed, every reference kept valid), for benchmarks and for trying the app
// on large content: `kinetic-synthetic-content 100 /tmp/content100 && kinetic validate /tmp/content100`.

#include "synthetic_content.hpp"

#include <cstdio>
#include <exception>
#include <string>

int main(int argc, char* argv[]) {
    if (argc < 3 || argc > 4) {
        std::fprintf(stderr, "usage: %s SCALE OUT_DIR [BUNDLED_DIR]\n", argv[0]);
        return 1;
    }
    try {
        const int scale = std::stoi(argv[1]);
        if (scale < 1) {
            std::fprintf(stderr, "SCALE must be 1 or more\n");
            return 1;
        }
        const std::filesystem::path bundled = argc == 4 ? std::filesystem::path(argv[3]) : KINETIC_DATA_DIR;
        const auto texts = kinetic::bench::makeSyntheticContent(kinetic::bench::readContentTexts(bundled), scale);
        kinetic::bench::writeContentTexts(texts, argv[2]);
        std::printf("%s: %dx content, %zu bytes\n", argv[2], scale, kinetic::bench::totalBytes(texts));
    } catch (const std::exception& error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
    return 0;
}
