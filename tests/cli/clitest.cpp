#include "clitest.h"

#include "model/core/fileio.h"

#include <gtest/gtest.h>

namespace Netpol::Test {

std::string writeTemp(const std::string &dir, const std::string &name, const std::string &text)
{
    std::string error;
    const std::string path = dir + '/' + name;
    EXPECT_TRUE(writeFileAtomically(path, text, &error)) << error;
    return path;
}

} // namespace Netpol::Test
