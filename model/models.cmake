# The item models the panes show, plus the settings and the drop rule the window uses. Qt GUI (not
# Widgets) for the colours and fonts the models hand to views.
find_package(Qt6 REQUIRED COMPONENTS Gui)
target_link_libraries(mcpdock_model PUBLIC Qt6::Gui)

target_sources(mcpdock_model PRIVATE
    buildlogmodel.cpp buildlogmodel.h
    droppolicy.cpp droppolicy.h
    imagefilterproxymodel.cpp imagefilterproxymodel.h
    imagelistmodel.cpp imagelistmodel.h
    manifesttreemodel.cpp manifesttreemodel.h
    registrylistmodel.cpp registrylistmodel.h
)

add_subdirectory(settings)
