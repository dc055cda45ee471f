# netpol_layer(FOLDER [USES FOLDER...] [SOURCES file...] [PRIVATE_LIBS lib...] [PUBLIC_LIBS lib...]
#              [AUTOMOC])
#
# One layer of model/ or views/: a static library named after its folder (model/k8s ->
# netpol_model_k8s) that links the layers it uses and nothing else of ours. Each call records
# "FOLDER=USES,..." in the global property NETPOL_LAYERS, which the `layering` test checks the
# tree's includes against, so the order is written only where the layers are declared.
function(netpol_layer folder)
    cmake_parse_arguments(PARSE_ARGV 1 ARG "AUTOMOC" "" "USES;SOURCES;PRIVATE_LIBS;PUBLIC_LIBS")
    string(REPLACE "/" "_" target "netpol_${folder}")
    add_library(${target} STATIC ${ARG_SOURCES})
    target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR})
    target_compile_options(${target} PRIVATE ${NETPOL_WARNING_FLAGS})
    if(ARG_AUTOMOC)
        set_target_properties(${target} PROPERTIES AUTOMOC ON)
    endif()
    foreach(lower IN LISTS ARG_USES)
        string(REPLACE "/" "_" lowerTarget "netpol_${lower}")
        target_link_libraries(${target} PUBLIC ${lowerTarget})
    endforeach()
    target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
    netpol_record_layer(${folder} ${ARG_USES})
endfunction()

# Records a folder that is not a library of its own (the app shells) for the layering test.
function(netpol_record_layer folder)
    list(JOIN ARGN "," uses)
    set_property(GLOBAL APPEND PROPERTY NETPOL_LAYERS "${folder}=${uses}")
endfunction()
