# The zone file reader's fuzz target: built only with clang and libFuzzer.
# Self-contained: it compiles the reader's sources itself, instrumented.
# Run: build/tests/fuzz_zonefile tests/fuzz/corpus/zonefile -max_total_time=60
include(CheckCXXSourceCompiles)
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    set(CMAKE_REQUIRED_FLAGS "-fsanitize=fuzzer")
    check_cxx_source_compiles("
        #include <cstddef>
        #include <cstdint>
        extern \"C\" int LLVMFuzzerTestOneInput(const uint8_t *, size_t) { return 0; }"
        HCLOUD_HAVE_LIBFUZZER)
    unset(CMAKE_REQUIRED_FLAGS)
endif()
if(HCLOUD_HAVE_LIBFUZZER)
    set(dns ${PROJECT_SOURCE_DIR}/core/dns)
    add_executable(fuzz_zonefile ${CMAKE_CURRENT_LIST_DIR}/fuzz_zonefile.cpp
        ${dns}/zonefileparser.cpp ${dns}/recordcheck.cpp ${dns}/txtstrings.cpp ${dns}/recordset.cpp)
    target_compile_options(fuzz_zonefile PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_options(fuzz_zonefile PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_libraries(fuzz_zonefile PRIVATE Qt6::Core Qt6::Network)
endif()
